// The sheets the add-on writes, behind the Workbook contract.
import { SpreadsheetWorkbook } from './spreadsheetWorkbook';
import type { Workbook } from './workbook';

export type { ScoreLogRow, SubmissionStatusRow, Workbook } from './workbook';

/** The Workbook of the spreadsheet the add-on is open in. */
export function openWorkbook(): Workbook {
  return new SpreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet());
}
