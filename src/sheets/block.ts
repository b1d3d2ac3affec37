// A block is a rectangle of cells as plain data: what each cell holds and how it looks. Layouts build
// blocks without touching Apps Script; the writer puts a block on a sheet with one call per property.

type SheetValue = string | number | boolean | Date;

/** Sheets' plain-text number format: whatever is written stays text (no formula, no number, no date). */
export const TEXT_FORMAT = '@';
const DATE_FORMAT = 'yyyy-mm-dd';
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
export const INTEGER_FORMAT = '0';
export const ONE_DECIMAL_FORMAT = '0.0';
export const TWO_DECIMALS_FORMAT = '0.00';
/** Percentage points, signed: lenient +, harsh −. */
export const SIGNED_POINTS_FORMAT = '+0.0;-0.0;0.0';
/** A share 0–1 shown as a percentage. */
export const SHARE_FORMAT = '0%';
/** A number that is already 0–100, shown with a percent sign without scaling it. */
export const PERCENT_NUMBER_FORMAT = '0.0"%"';
/** Numbers shown as they are (1, 2.5), formulas we wrote ourselves (links) and booleans. */
export const GENERAL_FORMAT = 'General';

export type Alignment = 'left' | 'center' | 'right';

export interface Cell {
  value: SheetValue;
  format: string;
  background: string | null;
  bold: boolean;
  note: string;
  /** Set only where a block needs it (Sheets aligns text left and numbers right by default). */
  align?: Alignment;
  /** Wrap long text onto more lines in its column (headers), rather than clipping it. */
  wrap?: boolean;
}

export interface Style {
  background?: string | null;
  bold?: boolean;
  note?: string;
  align?: Alignment;
  wrap?: boolean;
}

function cell(value: SheetValue, format: string, style: Style = {}): Cell {
  const made: Cell = { value, format, background: style.background ?? null, bold: style.bold ?? false, note: style.note ?? '' };
  if (style.align) made.align = style.align;
  if (style.wrap) made.wrap = true;
  return made;
}

/** Text written as text, whatever it starts with: `=cmd`, `+1`, `00123` and `2026-01-01` stay as typed. */
export function text(value: string, style?: Style): Cell {
  return cell(value, TEXT_FORMAT, style);
}

export function bold(value: string, style?: Style): Cell {
  return text(value, { ...style, bold: true });
}

export function blank(style?: Style): Cell {
  return text('', style);
}

/** A number in the given format; null leaves the cell empty (keeping the format for later edits). */
export function num(value: number | null, format: string = GENERAL_FORMAT, style?: Style): Cell {
  return cell(value === null || !Number.isFinite(value) ? '' : value, format, style);
}

/** An ISO calendar date that Sheets stores as a date; '' leaves the cell empty. */
export function date(iso: string, style?: Style): Cell {
  return cell(iso, DATE_FORMAT, style);
}

/** An instant (ISO with offset) shown as date and time in the spreadsheet's time zone; '' leaves it empty. */
export function dateTime(iso: string, style?: Style): Cell {
  return iso === '' ? cell('', DATE_TIME_FORMAT, style) : cell(new Date(iso), DATE_TIME_FORMAT, style);
}

/** A value of ours (never user text) in a General cell: numbers stay numbers, `NA` stays text. */
export function general(value: number | 'NA' | '', style?: Style): Cell {
  return cell(value, GENERAL_FORMAT, style);
}

export function checkbox(value: boolean, style?: Style): Cell {
  return cell(value, GENERAL_FORMAT, style);
}

function quoted(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/**
 * A clickable link. The formula is ours; the label and address are quoted string literals inside it,
 * so nothing the user typed can become part of the formula. An empty address gives plain text.
 */
export function link(url: string, label: string, style?: Style): Cell {
  if (url === '') return text(label, style);
  return cell(`=HYPERLINK(${quoted(url)}, ${quoted(label === '' ? url : label)})`, GENERAL_FORMAT, style);
}

export type Row = Cell[];

export interface Block {
  rows: Row[];
  width: number;
  /** Whether the writer sets notes (a block that never has notes saves the call). */
  hasNotes: boolean;
}

/** Pads ragged rows with blank text cells so the block is a rectangle. */
export function block(rows: Row[], options: { width?: number; hasNotes?: boolean } = {}): Block {
  const width = Math.max(options.width ?? 0, 1, ...rows.map((row) => row.length));
  const padded = rows.map((row) => [...row, ...Array.from({ length: width - row.length }, () => blank())]);
  return { rows: padded, width, hasNotes: options.hasNotes ?? false };
}

interface Stacked {
  block: Block;
  /** 0-based row offset of each part inside the stacked block, in the order given. */
  offsets: number[];
}

/** Parts one under another, separated by `gap` blank rows, as one block (so it is written in one go). */
export function stack(parts: Block[], gap = 1): Stacked {
  const rows: Row[] = [];
  const offsets: number[] = [];
  parts.forEach((part, i) => {
    if (i > 0) for (let g = 0; g < gap; g++) rows.push([]);
    offsets.push(rows.length);
    rows.push(...part.rows);
  });
  return {
    block: block(rows, { width: Math.max(1, ...parts.map((part) => part.width)), hasNotes: parts.some((part) => part.hasNotes) }),
    offsets,
  };
}

/** The property grids the writer sends, one per Apps Script call. */
export function values(b: Block): SheetValue[][] {
  return b.rows.map((row) => row.map((c) => c.value));
}
export function formats(b: Block): string[][] {
  return b.rows.map((row) => row.map((c) => c.format));
}
export function backgrounds(b: Block): Array<Array<string | null>> {
  return b.rows.map((row) => row.map((c) => c.background));
}
export function fontWeights(b: Block): Array<Array<'bold' | 'normal'>> {
  return b.rows.map((row) => row.map((c) => (c.bold ? 'bold' : 'normal')));
}
export function notes(b: Block): string[][] {
  return b.rows.map((row) => row.map((c) => c.note));
}
/** null when no cell of the block sets an alignment (the writer then saves the call). */
export function alignments(b: Block): Array<Array<Alignment | null>> | null {
  if (!b.rows.some((row) => row.some((c) => c.align))) return null;
  return b.rows.map((row) => row.map((c) => c.align ?? null));
}
/** null when no cell of the block wraps. */
export function wraps(b: Block): boolean[][] | null {
  if (!b.rows.some((row) => row.some((c) => c.wrap))) return null;
  return b.rows.map((row) => row.map((c) => c.wrap === true));
}

/**
 * Whether a cell value read back from a sheet is a date. Checked by tag rather than `instanceof`, which
 * is false for a Date made in another JavaScript realm (as when the bundle runs in a sandboxed context).
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
