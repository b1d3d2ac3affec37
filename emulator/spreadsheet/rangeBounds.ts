import { requireInteger } from './arguments';
import type { GridRange, SheetState } from './workbookSchema';

export const OUTSIDE_GRID = 'The coordinates of the range are outside the dimensions of the sheet.';

/** Checks a 1-based block against the sheet's grid with Apps Script's messages. */
export function boundedRange(sheet: SheetState, args: readonly unknown[], method: string): GridRange {
  const [row, column, numRows = 1, numColumns = 1] = args.map((arg) => requireInteger(arg, method, args));
  if (row! < 1) throw new Error('The starting row of the range is too small.');
  if (column! < 1) throw new Error('The starting column of the range is too small.');
  if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
  if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
  const range = { row: row!, column: column!, numRows, numColumns };
  assertInsideGrid(sheet, range);
  return range;
}

export function assertInsideGrid(sheet: SheetState, range: GridRange): void {
  if (range.row + range.numRows - 1 > sheet.maxRows || range.column + range.numColumns - 1 > sheet.maxColumns) {
    throw new Error(OUTSIDE_GRID);
  }
}
