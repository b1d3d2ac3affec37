import type { EmulatorContext } from '../context';
import { MemorySpreadsheet } from './memorySpreadsheet';
import { spreadsheetAppApi } from './spreadsheetApp';

export { ChartType } from './enums';
export { inspectSheetByName, inspectWorkbook, validationViolations } from './inspect';
export type { ChartView, ProtectionView, SheetView, ValidationView, ViolationView, WorkbookView } from './inspect';
export { MemorySpreadsheet } from './memorySpreadsheet';
export { PROTECTED_MESSAGE } from './protectionRules';
export { restoreSpreadsheet, snapshotSpreadsheet } from './snapshot';
export type { SpreadsheetSnapshot } from './workbookSchema';

export interface SpreadsheetAppOptions {
  name?: string;
  id?: string;
  /** What SpreadsheetApp.getUi() returns; without it getUi throws as it does outside the editor. */
  ui?: GoogleAppsScript.Base.Ui;
  /** An existing workbook (e.g. from restoreSpreadsheet) to serve instead of a new one. */
  spreadsheet?: MemorySpreadsheet;
}

/**
 * An in-memory SpreadsheetApp over one workbook, with every service object instrumented so each
 * call is recorded on the context as `SpreadsheetApp.<Kind>.<method>`.
 */
export function createSpreadsheetApp(
  ctx: EmulatorContext,
  options: SpreadsheetAppOptions = {},
): { app: GoogleAppsScript.Spreadsheet.SpreadsheetApp; spreadsheet: MemorySpreadsheet } {
  const spreadsheet = options.spreadsheet ?? MemorySpreadsheet.create(ctx, options);
  if (options.ui) spreadsheet.ui = options.ui;
  return { app: spreadsheetAppApi(spreadsheet), spreadsheet };
}
