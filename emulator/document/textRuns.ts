import type { TextRun, TextStyle } from './model';

/** Pure operations on run lists; offsets are character offsets, end offsets inclusive as in Apps Script. */

export function textOf(runs: readonly TextRun[]): string {
  return runs.map((r) => r.text).join('');
}

function sameStyle(a: TextStyle, b: TextStyle): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof TextStyle>;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/** Drops empty runs and joins neighbours with equal styles, so equal text always has equal runs. */
export function normalizeRuns(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = out[out.length - 1];
    if (last && sameStyle(last.style, run.style)) last.text += run.text;
    else out.push({ text: run.text, style: { ...run.style } });
  }
  return out;
}

export function plainRuns(text: string): TextRun[] {
  return text === '' ? [] : [{ text, style: {} }];
}

/** Splits so that a run boundary falls at `offset`. */
function splitAt(runs: readonly TextRun[], offset: number): TextRun[] {
  const out: TextRun[] = [];
  let position = 0;
  for (const run of runs) {
    const end = position + run.text.length;
    if (offset > position && offset < end) {
      out.push({ text: run.text.slice(0, offset - position), style: { ...run.style } });
      out.push({ text: run.text.slice(offset - position), style: { ...run.style } });
    } else {
      out.push({ text: run.text, style: { ...run.style } });
    }
    position = end;
  }
  return out;
}

export function checkRange(length: number, start: number, endInclusive: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(endInclusive) || start < 0 || endInclusive < start || endInclusive >= length) {
    throw new Error(`Invalid offsets ${start}..${endInclusive} for text of length ${length}`);
  }
}

export type StylePatch = { [K in keyof TextStyle]?: TextStyle[K] | null };

function patched(style: TextStyle, patch: StylePatch): TextStyle {
  const next: TextStyle = { ...style };
  for (const [key, value] of Object.entries(patch) as Array<[keyof TextStyle, unknown]>) {
    if (value === null || value === undefined) delete next[key];
    else (next as Record<string, unknown>)[key] = value;
  }
  return next;
}

export function styleRange(runs: readonly TextRun[], start: number, endInclusive: number, patch: StylePatch): TextRun[] {
  checkRange(textOf(runs).length, start, endInclusive);
  const pieces = splitAt(splitAt(runs, start), endInclusive + 1);
  let position = 0;
  const out = pieces.map((run) => {
    const inside = position >= start && position <= endInclusive;
    position += run.text.length;
    return inside ? { text: run.text, style: patched(run.style, patch) } : run;
  });
  return normalizeRuns(out);
}

export function styleAll(runs: readonly TextRun[], patch: StylePatch): TextRun[] {
  return normalizeRuns(runs.map((run) => ({ text: run.text, style: patched(run.style, patch) })));
}

export function styleAt(runs: readonly TextRun[], offset: number): TextStyle {
  checkRange(textOf(runs).length, offset, offset);
  let position = 0;
  for (const run of runs) {
    if (offset < position + run.text.length) return { ...run.style };
    position += run.text.length;
  }
  return {};
}

export function insertText(runs: readonly TextRun[], offset: number, text: string): TextRun[] {
  const length = textOf(runs).length;
  if (!Number.isInteger(offset) || offset < 0 || offset > length) throw new Error(`Invalid offset ${offset} for text of length ${length}`);
  // New text takes the style of the character before it, as typing does.
  const style = offset > 0 ? styleAt(runs, offset - 1) : (runs[0]?.style ?? {});
  const pieces = splitAt(runs, offset);
  let position = 0;
  const out: TextRun[] = [];
  let inserted = false;
  for (const run of pieces) {
    if (!inserted && position === offset) {
      out.push({ text, style: { ...style } });
      inserted = true;
    }
    out.push(run);
    position += run.text.length;
  }
  if (!inserted) out.push({ text, style: { ...style } });
  return normalizeRuns(out);
}

export function deleteText(runs: readonly TextRun[], start: number, endInclusive: number): TextRun[] {
  checkRange(textOf(runs).length, start, endInclusive);
  const pieces = splitAt(splitAt(runs, start), endInclusive + 1);
  let position = 0;
  return normalizeRuns(
    pieces.filter((run) => {
      const inside = position >= start && position <= endInclusive;
      position += run.text.length;
      return !inside;
    }),
  );
}
