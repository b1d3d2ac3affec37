import { instrument } from '../instrument';
import { quoteSheetName, splitSheetName, parseA1 } from './a1Notation';
import { requireInteger, signatureError } from './arguments';
import { chartApi, chartBuilderApi, chartStateOf, newChartState } from './chart';
import { conditionalRuleApi, conditionalRuleStateOf } from './conditionalFormat';
import { enumMember, ProtectionType } from './enums';
import {
  cellAt,
  clearCellContent,
  clearCellFormat,
  DEFAULT_COLUMN_WIDTH,
  lastColumnWithContent,
  lastRowWithContent,
  wholeSheet,
  writableCell,
} from './grid';
import type { MemorySpreadsheet } from './memorySpreadsheet';
import { displayValue, GENERAL } from './numberFormat';
import { createProtection, protectionApi } from './protection';
import { internalRange, rangeApi, writeCellValue } from './range';
import { assertInsideGrid, boundedRange, OUTSIDE_GRID } from './rangeBounds';
import { spreadsheetApi } from './spreadsheet';
import type { SheetState } from './workbookSchema';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

type SheetMethods =
  | 'activate'
  | 'appendRow'
  | 'autoResizeColumn'
  | 'autoResizeColumns'
  | 'clear'
  | 'clearConditionalFormatRules'
  | 'clearContents'
  | 'clearFormats'
  | 'clearNotes'
  | 'deleteColumn'
  | 'deleteColumns'
  | 'deleteRow'
  | 'deleteRows'
  | 'getActiveCell'
  | 'getActiveRange'
  | 'getCharts'
  | 'getColumnWidth'
  | 'getConditionalFormatRules'
  | 'getDataRange'
  | 'getFrozenColumns'
  | 'getFrozenRows'
  | 'getIndex'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getName'
  | 'getParent'
  | 'getProtections'
  | 'getRange'
  | 'getSheetId'
  | 'getSheetName'
  | 'getSheetValues'
  | 'getTabColor'
  | 'hideSheet'
  | 'insertChart'
  | 'insertColumnAfter'
  | 'insertColumnBefore'
  | 'insertColumns'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'insertRowAfter'
  | 'insertRowBefore'
  | 'insertRows'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'isSheetHidden'
  | 'newChart'
  | 'protect'
  | 'removeChart'
  | 'setActiveSelection'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'setConditionalFormatRules'
  | 'setFrozenColumns'
  | 'setFrozenRows'
  | 'setName'
  | 'setTabColor'
  | 'showSheet'
  | 'updateChart';

export function sheetApi(book: MemorySpreadsheet, sheetId: number): Sheet {
  return instrument(new MemorySheet(book, sheetId), book.ctx, 'SpreadsheetApp', 'Sheet') as unknown as Sheet;
}

/** Resolves A1 notation on a sheet: Apps Script's "Range not found" for text that is not A1. */
export function rangeFromA1(book: MemorySpreadsheet, sheet: SheetState, a1: string): Range {
  const grid = parseA1(a1, sheet.maxRows, sheet.maxColumns);
  if (!grid) throw new Error('Range not found');
  assertInsideGrid(sheet, grid);
  return rangeApi(book, sheet.id, grid);
}

export class MemorySheet implements Pick<Sheet, SheetMethods> {
  constructor(
    readonly _book: MemorySpreadsheet,
    readonly _sheetId: number,
  ) {}

  private state(): SheetState {
    return this._book.sheet(this._sheetId);
  }

  private editableSheet(options?: { includingRanges?: boolean }): SheetState {
    const sheet = this.state();
    this._book.assertCanEditSheet(this._sheetId, options);
    return sheet;
  }

  private self(): Sheet {
    return this as unknown as Sheet;
  }

  private visibleCount(): number {
    return this._book.state.sheets.filter((sheet) => !sheet.hidden).length;
  }

  // --- identity -----------------------------------------------------------------------------------

  getName(): string {
    return this.state().name;
  }
  getSheetName(): string {
    return this.state().name;
  }
  setName(name: string): Sheet {
    if (typeof name !== 'string' || name.trim() === '') throw signatureError('Sheet.setName', [name]);
    const sheet = this.editableSheet();
    this._book.assertSheetNameFree(name, sheet.id);
    sheet.name = name;
    return this.self();
  }
  getSheetId(): number {
    return this.state().id;
  }
  getIndex(): number {
    this.state();
    return this._book.state.sheets.findIndex((sheet) => sheet.id === this._sheetId) + 1;
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return spreadsheetApi(this._book);
  }
  activate(): Sheet {
    this.state();
    this._book.state.activeSheetId = this._sheetId;
    this._book.state.activeRange = null;
    return this.self();
  }
  getActiveRange(): Range | null {
    const active = this._book.state.activeRange;
    if (active?.sheetId === this._sheetId) return rangeApi(this._book, this._sheetId, active);
    return rangeApi(this._book, this._sheetId, { row: 1, column: 1, numRows: 1, numColumns: 1 });
  }
  getActiveCell(): Range {
    const active = this._book.state.activeRange;
    const cell = active?.sheetId === this._sheetId ? active : { row: 1, column: 1 };
    return rangeApi(this._book, this._sheetId, { row: cell.row, column: cell.column, numRows: 1, numColumns: 1 });
  }
  setActiveSelection(range: Range | string): Range {
    const target = typeof range === 'string' ? this.getRange(range) : range;
    return internalRange(target, 'Sheet.setActiveSelection').activate();
  }

  // --- visibility ---------------------------------------------------------------------------------

  hideSheet(): Sheet {
    const sheet = this.editableSheet();
    if (sheet.hidden) return this.self();
    if (this.visibleCount() === 1) throw new Error("You can't hide all the sheets in a document.");
    sheet.hidden = true;
    if (this._book.state.activeSheetId === sheet.id) {
      this._book.state.activeSheetId = this._book.state.sheets.find((candidate) => !candidate.hidden)!.id;
    }
    return this.self();
  }
  showSheet(): Sheet {
    this.editableSheet().hidden = false;
    return this.self();
  }
  isSheetHidden(): boolean {
    return this.state().hidden;
  }
  setTabColor(color: string | null): Sheet {
    this.editableSheet().tabColor = color === null || color === '' ? null : String(color);
    return this.self();
  }
  getTabColor(): string | null {
    return this.state().tabColor;
  }

  // --- ranges -------------------------------------------------------------------------------------

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    const sheet = this.state();
    if (typeof rowOrA1 === 'string' && column === undefined) {
      const { sheetName, a1 } = splitSheetName(rowOrA1);
      if (sheetName !== null && sheetName !== sheet.name) throw new Error('Range not found');
      return rangeFromA1(this._book, sheet, a1);
    }
    const args = [rowOrA1, column, numRows, numColumns].filter((arg) => arg !== undefined);
    if (args.length < 2) throw signatureError('Sheet.getRange', args);
    return rangeApi(this._book, this._sheetId, boundedRange(sheet, args, 'Sheet.getRange'));
  }
  getDataRange(): Range {
    const sheet = this.state();
    const numRows = Math.max(lastRowWithContent(sheet), 1);
    const numColumns = Math.max(lastColumnWithContent(sheet), 1);
    return rangeApi(this._book, this._sheetId, { row: 1, column: 1, numRows, numColumns });
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): any[][] {
    const sheet = this.state();
    const lastRow = lastRowWithContent(sheet);
    const lastColumn = lastColumnWithContent(sheet);
    // -1 means "to the last row/column with content", as in Apps Script.
    const rows = numRows === -1 ? Math.max(lastRow - startRow + 1, 1) : numRows;
    const columns = numColumns === -1 ? Math.max(lastColumn - startColumn + 1, 1) : numColumns;
    return internalRange(this.getRange(startRow, startColumn, rows, columns), 'Sheet.getSheetValues').getValues();
  }
  getLastRow(): number {
    return lastRowWithContent(this.state());
  }
  getLastColumn(): number {
    return lastColumnWithContent(this.state());
  }
  getMaxRows(): number {
    return this.state().maxRows;
  }
  getMaxColumns(): number {
    return this.state().maxColumns;
  }

  /** Adds a row after the last row with content, growing the grid if needed, as Apps Script does. */
  appendRow(rowContents: any[]): Sheet {
    if (!Array.isArray(rowContents)) throw signatureError('Sheet.appendRow', [rowContents]);
    const sheet = this.state();
    const row = lastRowWithContent(sheet) + 1;
    const area = { row, column: 1, numRows: 1, numColumns: Math.max(rowContents.length, 1) };
    this._book.assertCanEditCells(this._sheetId, area);
    if (row > sheet.maxRows) this._book.shiftLines(this._sheetId, 'rows', sheet.maxRows + 1, row - sheet.maxRows);
    if (rowContents.length > sheet.maxColumns) {
      this._book.shiftLines(this._sheetId, 'columns', sheet.maxColumns + 1, rowContents.length - sheet.maxColumns);
    }
    rowContents.forEach((value, index) => writeCellValue(writableCell(sheet, row, index + 1), value, this._book.timeZone));
    return this.self();
  }

  // --- clearing -----------------------------------------------------------------------------------

  private clearCells(change: (cell: NonNullable<ReturnType<typeof cellAt>>) => void): Sheet {
    const sheet = this.state();
    this._book.assertCanEditCells(this._sheetId, wholeSheet(sheet));
    for (const row of sheet.cells) for (const cell of row) if (cell) change(cell);
    return this.self();
  }
  clear(options?: { formatOnly?: boolean | undefined; contentsOnly?: boolean | undefined }): Sheet {
    const selective = options?.formatOnly || options?.contentsOnly;
    return this.clearCells((cell) => {
      if (!selective || options?.contentsOnly) clearCellContent(cell);
      if (!selective || options?.formatOnly) clearCellFormat(cell);
    });
  }
  clearContents(): Sheet {
    return this.clearCells(clearCellContent);
  }
  clearFormats(): Sheet {
    return this.clearCells(clearCellFormat);
  }
  clearNotes(): Sheet {
    return this.clearCells((cell) => delete cell.note);
  }

  // --- rows and columns ---------------------------------------------------------------------------

  private insertLines(axis: 'rows' | 'columns', before: number, count: number, method: string): Sheet {
    const args = [before, count];
    const at = requireInteger(before, `Sheet.${method}`, args);
    const howMany = requireInteger(count, `Sheet.${method}`, args);
    const sheet = this.editableSheet();
    const max = axis === 'rows' ? sheet.maxRows : sheet.maxColumns;
    if (howMany < 1) throw new Error(`The number of ${axis} to insert must be at least 1.`);
    if (at < 1 || at > max + 1) throw new Error(`Those ${axis} are out of bounds.`);
    this._book.shiftLines(this._sheetId, axis, at, howMany);
    return this.self();
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertLines('rows', rowIndex, numRows, 'insertRows');
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    return this.insertLines('rows', beforePosition, howMany, 'insertRowsBefore');
  }
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    return this.insertLines(
      'rows',
      requireInteger(afterPosition, 'Sheet.insertRowsAfter', [afterPosition, howMany]) + 1,
      howMany,
      'insertRowsAfter',
    );
  }
  insertRowBefore(beforePosition: number): Sheet {
    return this.insertLines('rows', beforePosition, 1, 'insertRowBefore');
  }
  insertRowAfter(afterPosition: number): Sheet {
    return this.insertLines('rows', requireInteger(afterPosition, 'Sheet.insertRowAfter', [afterPosition]) + 1, 1, 'insertRowAfter');
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertLines('columns', columnIndex, numColumns, 'insertColumns');
  }
  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    return this.insertLines('columns', beforePosition, howMany, 'insertColumnsBefore');
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    return this.insertLines(
      'columns',
      requireInteger(afterPosition, 'Sheet.insertColumnsAfter', [afterPosition, howMany]) + 1,
      howMany,
      'insertColumnsAfter',
    );
  }
  insertColumnBefore(beforePosition: number): Sheet {
    return this.insertLines('columns', beforePosition, 1, 'insertColumnBefore');
  }
  insertColumnAfter(afterPosition: number): Sheet {
    return this.insertLines(
      'columns',
      requireInteger(afterPosition, 'Sheet.insertColumnAfter', [afterPosition]) + 1,
      1,
      'insertColumnAfter',
    );
  }

  private deleteLines(axis: 'rows' | 'columns', position: number, count: number, method: string): Sheet {
    const args = [position, count];
    const at = requireInteger(position, `Sheet.${method}`, args);
    const howMany = requireInteger(count, `Sheet.${method}`, args);
    const sheet = this.editableSheet();
    const max = axis === 'rows' ? sheet.maxRows : sheet.maxColumns;
    if (at < 1 || howMany < 1 || at + howMany - 1 > max) throw new Error(`Those ${axis} are out of bounds.`);
    const frozen = axis === 'rows' ? sheet.frozenRows : sheet.frozenColumns;
    if (max - howMany <= frozen) {
      throw new Error(`Sorry, it is not possible to delete all non-frozen ${axis}.`);
    }
    this._book.shiftLines(this._sheetId, axis, at, -howMany);
    return this.self();
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.deleteLines('rows', rowPosition, howMany, 'deleteRows');
  }
  deleteRow(rowPosition: number): Sheet {
    return this.deleteLines('rows', rowPosition, 1, 'deleteRow');
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.deleteLines('columns', columnPosition, howMany, 'deleteColumns');
  }
  deleteColumn(columnPosition: number): Sheet {
    return this.deleteLines('columns', columnPosition, 1, 'deleteColumn');
  }

  // --- layout -------------------------------------------------------------------------------------

  setFrozenRows(rows: number): void {
    const count = requireInteger(rows, 'Sheet.setFrozenRows', [rows]);
    const sheet = this.editableSheet();
    if (count < 0 || count >= sheet.maxRows) throw new Error("You can't freeze all visible rows on the sheet.");
    sheet.frozenRows = count;
  }
  setFrozenColumns(columns: number): void {
    const count = requireInteger(columns, 'Sheet.setFrozenColumns', [columns]);
    const sheet = this.editableSheet();
    if (count < 0 || count >= sheet.maxColumns) throw new Error("You can't freeze all visible columns on the sheet.");
    sheet.frozenColumns = count;
  }
  getFrozenRows(): number {
    return this.state().frozenRows;
  }
  getFrozenColumns(): number {
    return this.state().frozenColumns;
  }
  private checkColumns(start: number, count: number): SheetState {
    const sheet = this.state();
    if (start < 1 || count < 1 || start + count - 1 > sheet.maxColumns) throw new Error(OUTSIDE_GRID);
    return sheet;
  }
  setColumnWidth(columnPosition: number, width: number): Sheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    const args = [startColumn, numColumns, width];
    const [start, count, pixels] = args.map((arg) => requireInteger(arg, 'Sheet.setColumnWidths', args)) as [number, number, number];
    this.checkColumns(start, count);
    const sheet = this.editableSheet();
    for (let column = start; column < start + count; column += 1) {
      if (pixels === DEFAULT_COLUMN_WIDTH) delete sheet.columnWidths[String(column)];
      else sheet.columnWidths[String(column)] = pixels;
    }
    return this.self();
  }
  getColumnWidth(columnPosition: number): number {
    const column = requireInteger(columnPosition, 'Sheet.getColumnWidth', [columnPosition]);
    this.checkColumns(column, 1);
    return this.state().columnWidths[String(column)] ?? DEFAULT_COLUMN_WIDTH;
  }
  /**
   * Sheets measures rendered text; the emulator estimates 7 pixels per character of the longest
   * displayed value plus padding, which is enough to check that a script asked for a resize.
   */
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    const args = [startColumn, numColumns];
    const [start, count] = args.map((arg) => requireInteger(arg, 'Sheet.autoResizeColumns', args)) as [number, number];
    this.checkColumns(start, count);
    const sheet = this.editableSheet();
    for (let column = start; column < start + count; column += 1) {
      let longest = 0;
      for (let row = 1; row <= sheet.cells.length; row += 1) {
        const cell = cellAt(sheet, row, column);
        if (!cell) continue;
        const lines = displayValue(cell.value, cell.numberFormat ?? GENERAL, this._book.timeZone).split('\n');
        longest = Math.max(longest, ...lines.map((line) => line.length));
      }
      const width = longest === 0 ? DEFAULT_COLUMN_WIDTH : Math.max(21, longest * 7 + 14);
      if (width === DEFAULT_COLUMN_WIDTH) delete sheet.columnWidths[String(column)];
      else sheet.columnWidths[String(column)] = width;
    }
    return this.self();
  }
  autoResizeColumn(columnPosition: number): Sheet {
    return this.autoResizeColumns(columnPosition, 1);
  }

  // --- protection ---------------------------------------------------------------------------------

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const sheet = this.state();
    return createProtection(this._book, 'SHEET', { ...wholeSheet(sheet), sheetId: sheet.id });
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    const wanted = enumMember(ProtectionType, type, 'protection type');
    this.state();
    return this._book.state.protections
      .filter((protection) => protection.type === wanted && protection.range.sheetId === this._sheetId)
      .map((protection) => protectionApi(this._book, protection.id));
  }

  // --- conditional formats ------------------------------------------------------------------------

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this.state().conditionalFormats.map((rule) => conditionalRuleApi(this._book, rule));
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    if (!Array.isArray(rules)) throw signatureError('Sheet.setConditionalFormatRules', [rules]);
    const states = rules.map((rule) => conditionalRuleStateOf(rule, 'Sheet.setConditionalFormatRules'));
    const sheet = this.editableSheet();
    if (states.some((rule) => rule.ranges.some((range) => range.sheetId !== sheet.id))) {
      throw new Error('Conditional format rules can only reference ranges on the sheet they are set on.');
    }
    sheet.conditionalFormats = states;
  }
  clearConditionalFormatRules(): void {
    this.editableSheet().conditionalFormats = [];
  }

  // --- charts -------------------------------------------------------------------------------------

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.state();
    return chartBuilderApi(this._book, newChartState());
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const state = chartStateOf(chart, 'Sheet.insertChart');
    const sheet = this.editableSheet();
    state.id = this._book.nextId();
    sheet.charts.push(state);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this.state().charts.map((chart) => chartApi(this._book, chart));
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const { id } = chartStateOf(chart, 'Sheet.removeChart');
    const sheet = this.editableSheet();
    if (!sheet.charts.some((candidate) => candidate.id === id)) throw new Error('The chart is not on this sheet.');
    sheet.charts = sheet.charts.filter((candidate) => candidate.id !== id);
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const state = chartStateOf(chart, 'Sheet.updateChart');
    const sheet = this.editableSheet();
    const index = sheet.charts.findIndex((candidate) => candidate.id === state.id);
    if (index === -1) throw new Error('The chart is not on this sheet; insert it with insertChart first.');
    sheet.charts[index] = state;
  }
}

/** `'Sheet name'!A1` for messages and inspection. */
export function qualifiedA1(sheet: SheetState, a1: string): string {
  return `${quoteSheetName(sheet.name)}!${a1}`;
}
