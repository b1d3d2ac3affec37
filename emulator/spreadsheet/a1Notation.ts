import type { GridRange } from './workbookSchema';

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column;
}

export function cellA1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function rangeA1(range: GridRange): string {
  const start = cellA1(range.row, range.column);
  if (range.numRows === 1 && range.numColumns === 1) return start;
  return `${start}:${cellA1(range.row + range.numRows - 1, range.column + range.numColumns - 1)}`;
}

/** Sheet names that are not plain words are quoted, with inner quotes doubled, as Sheets does. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export interface A1Reference {
  sheetName: string | null;
  a1: string;
}

/** Splits `'My sheet'!A1:B2` into its sheet name and the cell part. */
export function splitSheetName(notation: string): A1Reference {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(notation);
  if (quoted) return { sheetName: quoted[1]!.replace(/''/g, "'"), a1: quoted[2]! };
  const bang = notation.lastIndexOf('!');
  if (bang > 0) return { sheetName: notation.slice(0, bang), a1: notation.slice(bang + 1) };
  return { sheetName: null, a1: notation };
}

interface Corner {
  row: number | null;
  column: number | null;
}

function parseCorner(text: string): Corner | null {
  const match = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text);
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const row = match[2] === '' ? null : Number(match[2]);
  if (row === 0) return null;
  return { column: match[1] === '' ? null : columnNumber(match[1]!), row };
}

/**
 * Resolves A1 notation ('B2', 'A1:C3', 'A:A', '2:4', 'A2:C') against a grid of the given size.
 * Returns null for text that is not A1 notation.
 */
export function parseA1(a1: string, maxRows: number, maxColumns: number): GridRange | null {
  const pieces = a1.trim().split(':');
  if (pieces.length > 2) return null;
  const start = parseCorner(pieces[0]!);
  const end = pieces.length === 2 ? parseCorner(pieces[1]!) : start;
  if (!start || !end) return null;
  if (pieces.length === 1 && (start.row === null || start.column === null)) return null;
  // A missing row or column opens the range to the grid's edge: 'A:B', '2:4', 'A2:C'. A corner
  // that lacks a part the start has is fine ('A2:C'); a start lacking what the end has is not.
  if (start.row === null && end.row !== null) return null;
  if (start.column === null && end.column !== null) return null;
  const r1 = start.row ?? 1;
  const r2 = end.row ?? maxRows;
  const c1 = start.column ?? 1;
  const c2 = end.column ?? maxColumns;
  const [top, bottom] = [Math.min(r1, r2), Math.max(r1, r2)];
  const [left, right] = [Math.min(c1, c2), Math.max(c1, c2)];
  return { row: top, column: left, numRows: bottom - top + 1, numColumns: right - left + 1 };
}
