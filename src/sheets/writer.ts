// Puts a block on a sheet: one Apps Script call per property, never one per cell. Number formats go
// first, so a text cell is already plain text when its value arrives and nothing typed by a user can
// become a formula, a number or a date.
import { alignments, backgrounds, fontWeights, formats, notes, values, wraps, type Block, type Cell } from './block';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * A sheet inserted by this operation: empty, 1000 rows by 26 columns (the size Sheets gives a new sheet,
 * which the Spreadsheet reference does not state; the Sheets UI and API have always made it so), so it
 * is neither read for its size nor cleared. Keyed by the Sheet object, which lives for one operation.
 */
const NEW_SHEET_SIZE = { rows: 1000, columns: 26 } as const;
const knownSizes = new WeakMap<Sheet, { rows: number; columns: number }>();
const untouched = new WeakSet<Sheet>();

export function noteInsertedSheet(sheet: Sheet): void {
  knownSizes.set(sheet, { ...NEW_SHEET_SIZE });
  untouched.add(sheet);
}

/**
 * A sheet this operation copied from a template (`insertSheet` with `template`). Google's reference does
 * not say whether the copy has the template's size, so it is taken to be a new sheet's: a block that
 * outgrew the template grows the copy too, which at worst adds blank rows to a copy that had them.
 */
export function noteCopiedSheet(sheet: Sheet): void {
  knownSizes.set(sheet, { ...NEW_SHEET_SIZE });
}

/**
 * Grows the sheet so (lastRow, lastColumn) exists: Sheets refuses ranges past its edge. Two reads the
 * first time this Sheet object is fitted (none for a sheet this operation inserted), none after, plus one
 * insert per direction only when a block outgrows it. The size is kept with the Sheet object, which
 * lives for one tab's write: nothing between two blocks of that write deletes rows or columns.
 */
export function fitSheet(sheet: Sheet, lastRow: number, lastColumn: number): void {
  const known = knownSizes.get(sheet);
  const maxRows = known?.rows ?? sheet.getMaxRows();
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
  const maxColumns = known?.columns ?? sheet.getMaxColumns();
  if (lastColumn > maxColumns) sheet.insertColumnsAfter(maxColumns, lastColumn - maxColumns);
  knownSizes.set(sheet, { rows: Math.max(maxRows, lastRow), columns: Math.max(maxColumns, lastColumn) });
}

/** Writes the whole block with its top-left cell at (row, column); returns the range it covers. */
export function writeBlock(sheet: Sheet, row: number, column: number, block: Block): Range {
  fitSheet(sheet, row + block.rows.length - 1, column + block.width - 1);
  untouched.delete(sheet);
  const range = sheet.getRange(row, column, block.rows.length, block.width);
  range.setNumberFormats(formats(block));
  range.setValues(values(block));
  range.setBackgrounds(backgrounds(block));
  range.setFontWeights(fontWeights(block));
  if (block.hasNotes) range.setNotes(notes(block));
  const aligned = alignments(block);
  if (aligned) range.setHorizontalAlignments(aligned);
  const wrapped = wraps(block);
  if (wrapped) range.setWraps(wrapped);
  return range;
}

/**
 * Values only, at (row, column) of a sheet whose formats are already in place (a copy of a tab laid out
 * with the same shape): grows the sheet if needed, then one range and one write.
 */
export function writeBlockValues(sheet: Sheet, row: number, column: number, block: Block): Range {
  fitSheet(sheet, row + block.rows.length - 1, column + block.width - 1);
  untouched.delete(sheet);
  const range = sheet.getRange(row, column, block.rows.length, block.width);
  range.setValues(values(block));
  return range;
}

/** Values only, into a range whose formats were set when it was laid out (the same shape). */
export function writeValues(range: Range, block: Block): void {
  range.setValues(values(block));
}

/**
 * Values only, at `row` of the sheet a fixed tab's anchor (a strip of column A from A1) sits on: two
 * calls, for a block set-up already laid out there with its formats (the same shape).
 */
export function writeValuesAt(anchor: Range, row: number, block: Block): void {
  anchor.offset(row - 1, 0, block.rows.length, block.width).setValues(values(block));
}

/** The properties of a cell the writer sets, one Apps Script call each. */
const cellProperties = ['format', 'value', 'background', 'bold', 'note', 'align', 'wrap'] as const;
type CellProperty = (typeof cellProperties)[number];

function sameProperty(a: Cell, b: Cell, property: CellProperty): boolean {
  const [x, y] = [a[property], b[property]];
  if (x instanceof Date || y instanceof Date) return x instanceof Date && y instanceof Date && x.getTime() === y.getTime();
  return (x ?? null) === (y ?? null);
}

/** Whether two blocks have the same size, so one can be written over the other cell for cell. */
export function sameSize(a: Block, b: Block): boolean {
  return a.width === b.width && a.rows.length === b.rows.length;
}

/** Whether two blocks of the same size hold the same cells, every property alike. */
export function sameCells(a: Block, b: Block): boolean {
  return a.rows.every((row, r) => row.every((cell, c) => cellProperties.every((p) => sameProperty(cell, b.rows[r]![c]!, p))));
}

/**
 * Over a block laid out as `before` (the same size, with its top-left cell at the anchor's), writes
 * `after` where it differs: the smallest rectangle holding every changed cell, with one call per property
 * that changed in it (number formats first). Nothing at all when nothing changed.
 */
export function writeChangedCells(anchor: Range, before: Block, after: Block): void {
  if (!sameSize(before, after)) throw new Error('Only a block of the same size can be written cell by cell over another');
  let [top, left, bottom, right] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, -1, -1];
  const changed = new Set<CellProperty>();
  after.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const differing = cellProperties.filter((property) => !sameProperty(cell, before.rows[r]![c]!, property));
      if (differing.length === 0) return;
      for (const property of differing) changed.add(property);
      [top, left, bottom, right] = [Math.min(top, r), Math.min(left, c), Math.max(bottom, r), Math.max(right, c)];
    }),
  );
  if (bottom < 0) return;
  const part: Block = {
    rows: after.rows.slice(top, bottom + 1).map((row) => row.slice(left, right + 1)),
    width: right - left + 1,
    hasNotes: true,
  };
  const range = anchor.offset(top, left, part.rows.length, part.width);
  if (changed.has('format')) range.setNumberFormats(formats(part));
  if (changed.has('value')) range.setValues(values(part));
  if (changed.has('background')) range.setBackgrounds(backgrounds(part));
  if (changed.has('bold')) range.setFontWeights(fontWeights(part));
  if (changed.has('note')) range.setNotes(notes(part));
  if (changed.has('align')) range.setHorizontalAlignments(part.rows.map((row) => row.map((cell) => cell.align ?? null)));
  if (changed.has('wrap')) range.setWraps(part.rows.map((row) => row.map((cell) => cell.wrap === true)));
}

/** Empties a sheet we own completely: values, formats, notes, rules and charts (nothing to do on one just inserted). */
export function clearOwnedSheet(sheet: Sheet): void {
  if (untouched.has(sheet)) return;
  sheet.clear();
  sheet.clearNotes();
  sheet.clearConditionalFormatRules();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
}

/**
 * Column widths in pixels from column 1, one call per run of equal widths (so the evaluator columns,
 * however many, cost one call), and the frozen header rows and columns.
 */
export function shapeSheet(sheet: Sheet, widths: readonly number[], frozen: { rows: number; columns: number }): void {
  let start = 0;
  while (start < widths.length) {
    let end = start;
    while (end + 1 < widths.length && widths[end + 1] === widths[start]) end++;
    if (end === start) sheet.setColumnWidth(start + 1, widths[start]!);
    else sheet.setColumnWidths(start + 1, end - start + 1, widths[start]!);
    start = end + 1;
  }
  sheet.setFrozenRows(frozen.rows);
  sheet.setFrozenColumns(frozen.columns);
}

/** Widens the columns that hold long text (column -> pixels); the others keep Sheets' default. */
export function widenColumns(sheet: Sheet, widths: Readonly<Record<number, number>>): void {
  for (const [column, width] of Object.entries(widths)) sheet.setColumnWidth(Number(column), width);
}
