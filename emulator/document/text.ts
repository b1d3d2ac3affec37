import type { EmulatorContext } from '../context';
import { instrument } from '../instrument';
import { splitAttributes, styleValue, textAttributes, unsupportedAttributes } from './attributes';
import type { RunHolder, TextStyle, TextStyleKey } from './model';
import { deleteText, insertText, normalizeRuns, styleAll, styleAt, styleRange, textOf, type StylePatch } from './textRuns';

/** Paragraphs of a container read as one text, separated like Docs separates them. */
const SEPARATOR = '\n';

interface Located {
  holder: RunHolder;
  local: number;
}

type TextMethods =
  | 'getText'
  | 'setText'
  | 'appendText'
  | 'insertText'
  | 'deleteText'
  | 'editAsText'
  | 'setBold'
  | 'setItalic'
  | 'setUnderline'
  | 'setStrikethrough'
  | 'setFontSize'
  | 'setFontFamily'
  | 'setForegroundColor'
  | 'setBackgroundColor'
  | 'setLinkUrl'
  | 'isBold'
  | 'isItalic'
  | 'isUnderline'
  | 'isStrikethrough'
  | 'getFontSize'
  | 'getFontFamily'
  | 'getForegroundColor'
  | 'getBackgroundColor'
  | 'getLinkUrl'
  | 'setAttributes'
  | 'getAttributes'
  | 'getType';

/**
 * Text over one or more run holders (a paragraph, or every cell of a table). Style setters take an
 * optional inclusive offset range; getters without an offset return the value shared by all the
 * text, or null when it varies.
 */
class TextImpl implements Pick<GoogleAppsScript.Document.Text, TextMethods> {
  /**
   * `window` narrows the text to the stretch one appendText call added, which Apps Script hands back
   * as its own Text element; offsets are then relative to that stretch.
   */
  constructor(
    private readonly holders: () => RunHolder[],
    private readonly window?: { start: number; length: number },
  ) {}

  private self(): GoogleAppsScript.Document.Text {
    return this as unknown as GoogleAppsScript.Document.Text;
  }

  private single(method: string): RunHolder {
    if (this.window) throw new Error(`Text.${method} on appended text is not supported by the in-memory Apps Script environment`);
    const holders = this.holders();
    if (holders.length !== 1)
      throw new Error(
        `Text.${method} on text spanning several paragraphs or cells is not supported by the in-memory Apps Script environment`,
      );
    return holders[0]!;
  }

  private locate(localOffset: number): Located {
    if (this.window && (localOffset < 0 || localOffset >= this.window.length)) {
      throw new Error(`Invalid offset ${localOffset} for text of length ${this.window.length}`);
    }
    const offset = localOffset + (this.window?.start ?? 0);
    let base = 0;
    for (const holder of this.holders()) {
      const length = textOf(holder.runs).length;
      if (offset >= base && offset < base + length) return { holder, local: offset - base };
      base += length + SEPARATOR.length;
    }
    throw new Error(`Invalid offset ${offset} for text of length ${this.getText().length}`);
  }

  private apply(args: unknown[], key: TextStyleKey): GoogleAppsScript.Document.Text {
    if (args.length === 1) {
      const patch = { [key]: styleValue(key, args[0]) } as StylePatch;
      if (this.window) {
        if (this.window.length > 0) this.styleBetween(0, this.window.length - 1, patch);
      } else for (const holder of this.holders()) holder.runs = styleAll(holder.runs, patch);
      return this.self();
    }
    if (args.length !== 3) throw new Error(`Text.set${key}: expected (value) or (startOffset, endOffsetInclusive, value)`);
    const [start, end, value] = args as [number, number, unknown];
    this.styleBetween(start, end, { [key]: styleValue(key, value) } as StylePatch);
    return this.self();
  }

  private styleBetween(localStart: number, localEnd: number, patch: StylePatch): void {
    const total = this.getText().length;
    if (!Number.isInteger(localStart) || !Number.isInteger(localEnd) || localStart < 0 || localEnd < localStart || localEnd >= total) {
      throw new Error(`Invalid offsets ${localStart}..${localEnd} for text of length ${total}`);
    }
    const shift = this.window?.start ?? 0;
    const [start, end] = [localStart + shift, localEnd + shift];
    let base = 0;
    for (const holder of this.holders()) {
      const length = textOf(holder.runs).length;
      const from = Math.max(start - base, 0);
      const to = Math.min(end - base, length - 1);
      if (from <= to) holder.runs = styleRange(holder.runs, from, to, patch);
      base += length + SEPARATOR.length;
    }
  }

  private read<K extends TextStyleKey>(key: K, offset: number | null | undefined): TextStyle[K] | null {
    if (offset !== undefined && offset !== null) {
      const { holder, local } = this.locate(offset);
      return styleAt(holder.runs, local)[key] ?? null;
    }
    const values = new Set<unknown>();
    if (this.window) {
      for (let i = 0; i < this.window.length; i++) values.add(this.read(key, i));
    } else for (const holder of this.holders()) for (const run of holder.runs) values.add(run.style[key] ?? null);
    return values.size === 1 ? ([...values][0] as TextStyle[K] | null) : null;
  }

  getType(): GoogleAppsScript.Document.ElementType {
    return 'TEXT' as unknown as GoogleAppsScript.Document.ElementType;
  }
  getText(): string {
    const all = this.holders()
      .map((h) => textOf(h.runs))
      .join(SEPARATOR);
    return this.window ? all.slice(this.window.start, this.window.start + this.window.length) : all;
  }
  setText(text: string): GoogleAppsScript.Document.Text {
    const holder = this.single('setText');
    const style = holder.runs[0]?.style ?? {};
    holder.runs = normalizeRuns([{ text: String(text), style: { ...style } }]);
    return this.self();
  }
  appendText(text: string): GoogleAppsScript.Document.Text {
    const holder = this.single('appendText');
    holder.runs = insertText(holder.runs, textOf(holder.runs).length, String(text));
    return this.self();
  }
  insertText(offset: number, text: string): GoogleAppsScript.Document.Text {
    const holder = this.single('insertText');
    holder.runs = insertText(holder.runs, offset, String(text));
    return this.self();
  }
  deleteText(startOffset: number, endOffsetInclusive: number): GoogleAppsScript.Document.Text {
    const holder = this.single('deleteText');
    holder.runs = deleteText(holder.runs, startOffset, endOffsetInclusive);
    return this.self();
  }
  editAsText(): GoogleAppsScript.Document.Text {
    return this.self();
  }
  setBold(...args: unknown[]) {
    return this.apply(args, 'bold');
  }
  setItalic(...args: unknown[]) {
    return this.apply(args, 'italic');
  }
  setUnderline(...args: unknown[]) {
    return this.apply(args, 'underline');
  }
  setStrikethrough(...args: unknown[]) {
    return this.apply(args, 'strikethrough');
  }
  setFontSize(...args: unknown[]) {
    return this.apply(args, 'fontSize');
  }
  setFontFamily(...args: unknown[]) {
    return this.apply(args, 'fontFamily');
  }
  setForegroundColor(...args: unknown[]) {
    return this.apply(args, 'foregroundColor');
  }
  setBackgroundColor(...args: unknown[]) {
    return this.apply(args, 'backgroundColor');
  }
  setLinkUrl(...args: unknown[]) {
    return this.apply(args, 'linkUrl');
  }
  isBold(offset?: number | null): boolean {
    return this.read('bold', offset) as boolean;
  }
  isItalic(offset?: number | null): boolean {
    return this.read('italic', offset) as boolean;
  }
  isUnderline(offset?: number | null): boolean {
    return this.read('underline', offset) as boolean;
  }
  isStrikethrough(offset?: number | null): boolean {
    return this.read('strikethrough', offset) as boolean;
  }
  getFontSize(offset?: number | null): number {
    return this.read('fontSize', offset) as number;
  }
  getFontFamily(offset?: number | null): string {
    return this.read('fontFamily', offset) as string;
  }
  getForegroundColor(offset?: number | null): string {
    return this.read('foregroundColor', offset) as string;
  }
  getBackgroundColor(offset?: number | null): string {
    return this.read('backgroundColor', offset) as string;
  }
  getLinkUrl(offset?: number | null): string {
    return this.read('linkUrl', offset) as string;
  }
  setAttributes(...args: unknown[]): GoogleAppsScript.Document.Text {
    const attributes = args.length === 3 ? args[2] : args[0];
    const { patch, rest } = splitAttributes(attributes);
    unsupportedAttributes(rest, 'Text');
    if (args.length === 3) this.styleBetween(args[0] as number, args[1] as number, patch);
    else if (this.window) {
      if (this.window.length > 0) this.styleBetween(0, this.window.length - 1, patch);
    } else for (const holder of this.holders()) holder.runs = styleAll(holder.runs, patch);
    return this.self();
  }
  getAttributes(offset?: number | null): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [name, { key }] of Object.entries(textAttributes)) out[name] = this.read(key, offset);
    return out;
  }
}

export function textOver(
  ctx: EmulatorContext,
  holders: () => RunHolder[],
  window?: { start: number; length: number },
): GoogleAppsScript.Document.Text {
  return instrument(new TextImpl(holders, window), ctx, 'DocumentApp', 'Text') as unknown as GoogleAppsScript.Document.Text;
}
