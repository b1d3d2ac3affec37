// The sheets the add-on writes, behind the use cases' Workbook port.
import type { Workbook } from '../usecases/ports/workbook';
import { spreadsheetWorkbook } from './spreadsheetWorkbook';

/** The Workbook of the spreadsheet the add-on is open in. */
export function openWorkbook(): Workbook {
  return spreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet());
}
