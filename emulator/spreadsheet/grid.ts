import type { Cell, CellFormat, GridRange, SheetState } from './workbookSchema';

// Plain operations on one sheet's cell grid. Coordinates are 1-based like Apps Script.

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

export function newSheetState(id: number, name: string): SheetState {
  return {
    id,
    name,
    hidden: false,
    maxRows: DEFAULT_ROWS,
    maxColumns: DEFAULT_COLUMNS,
    frozenRows: 0,
    frozenColumns: 0,
    tabColor: null,
    cells: [],
    columnWidths: {},
    merges: [],
    conditionalFormats: [],
    charts: [],
  };
}

export function emptyCell(): Cell {
  return { value: '', formula: '' };
}

export function cellAt(sheet: SheetState, row: number, column: number): Cell | null {
  return sheet.cells[row - 1]?.[column - 1] ?? null;
}

/** The cell to write into, created (with its row) if it was never touched. */
export function writableCell(sheet: SheetState, row: number, column: number): Cell {
  while (sheet.cells.length < row) sheet.cells.push([]);
  const cells = sheet.cells[row - 1]!;
  while (cells.length < column) cells.push(null);
  let cell = cells[column - 1];
  if (!cell) {
    cell = emptyCell();
    cells[column - 1] = cell;
  }
  return cell;
}

export function hasContent(cell: Cell | null): boolean {
  return cell !== null && (cell.value !== '' || cell.formula !== '');
}

export function lastRowWithContent(sheet: SheetState): number {
  for (let row = sheet.cells.length; row >= 1; row -= 1) {
    if (sheet.cells[row - 1]!.some(hasContent)) return row;
  }
  return 0;
}

export function lastColumnWithContent(sheet: SheetState): number {
  let last = 0;
  for (const cells of sheet.cells) {
    for (let column = cells.length; column > last; column -= 1) {
      if (hasContent(cells[column - 1] ?? null)) {
        last = column;
        break;
      }
    }
  }
  return last;
}

export function forEachPosition(range: GridRange, visit: (row: number, column: number, i: number, j: number) => void): void {
  for (let i = 0; i < range.numRows; i += 1) {
    for (let j = 0; j < range.numColumns; j += 1) visit(range.row + i, range.column + j, i, j);
  }
}

export function mapRange<T>(range: GridRange, read: (row: number, column: number) => T): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < range.numRows; i += 1) {
    const row: T[] = [];
    for (let j = 0; j < range.numColumns; j += 1) row.push(read(range.row + i, range.column + j));
    rows.push(row);
  }
  return rows;
}

export function intersects(a: GridRange, b: GridRange): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;
}

export function contains(outer: GridRange, inner: GridRange): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}

export function wholeSheet(sheet: SheetState): GridRange {
  return { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
}

const formatKeys: ReadonlyArray<keyof CellFormat> = [
  'numberFormat',
  'background',
  'fontColor',
  'fontWeight',
  'fontStyle',
  'horizontalAlignment',
  'verticalAlignment',
  'wrapStrategy',
  'border',
];

export function clearCellFormat(cell: Cell): void {
  for (const key of formatKeys) delete cell[key];
}

export function clearCellContent(cell: Cell): void {
  cell.value = '';
  cell.formula = '';
}

/**
 * Moves a span [start, start+count) along one axis when `delta` lines are inserted (delta > 0)
 * before line `at`, or removed (delta < 0) starting at line `at`. Returns null when the span is
 * deleted entirely.
 */
export function shiftSpan(start: number, count: number, at: number, delta: number): [number, number] | null {
  if (delta > 0) {
    if (start >= at) return [start + delta, count];
    if (start + count > at) return [start, count + delta];
    return [start, count];
  }
  const removed = -delta;
  const end = start + count; // exclusive
  const cutEnd = at + removed;
  const overlap = Math.max(0, Math.min(end, cutEnd) - Math.max(start, at));
  if (overlap === count) return null;
  const newStart = start < at ? start : start >= cutEnd ? start - removed : at;
  return [newStart, count - overlap];
}

export function shiftRange(range: GridRange, axis: 'rows' | 'columns', at: number, delta: number): GridRange | null {
  const [start, count] = axis === 'rows' ? [range.row, range.numRows] : [range.column, range.numColumns];
  const shifted = shiftSpan(start, count, at, delta);
  if (!shifted) return null;
  return axis === 'rows' ? { ...range, row: shifted[0], numRows: shifted[1] } : { ...range, column: shifted[0], numColumns: shifted[1] };
}

/** Inserts (delta > 0) or deletes (delta < 0) whole rows or columns of cells and resizes the grid. */
export function shiftCells(sheet: SheetState, axis: 'rows' | 'columns', at: number, delta: number): void {
  if (axis === 'rows') {
    // Lines past the last touched row hold no cells, so only the touched part needs to move.
    if (at - 1 < sheet.cells.length) {
      if (delta > 0) sheet.cells.splice(at - 1, 0, ...Array.from({ length: delta }, () => []));
      else sheet.cells.splice(at - 1, -delta);
    }
    sheet.maxRows += delta;
    return;
  }
  for (const cells of sheet.cells) {
    if (cells.length < at - 1) continue;
    if (delta > 0) cells.splice(at - 1, 0, ...Array.from({ length: delta }, () => null));
    else cells.splice(at - 1, -delta);
  }
  const widths: Record<string, number> = {};
  for (const [column, width] of Object.entries(sheet.columnWidths)) {
    const shifted = shiftSpan(Number(column), 1, at, delta);
    if (shifted) widths[String(shifted[0])] = width;
  }
  sheet.columnWidths = widths;
  sheet.maxColumns += delta;
}
