import { instrument } from '../instrument';
import { conditionalRuleBuilderApi } from './conditionalFormat';
import { validationBuilderApi } from './dataValidation';
import { BooleanCriteria, BorderStyle, DataValidationCriteria, InterpolationType, ProtectionType, WrapStrategy } from './enums';
import type { MemorySpreadsheet } from './memorySpreadsheet';
import { MemorySpreadsheetService, spreadsheetApi } from './spreadsheet';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

type AppMethods =
  | 'flush'
  | 'getActive'
  | 'getActiveRange'
  | 'getActiveSheet'
  | 'getActiveSpreadsheet'
  | 'getUi'
  | 'newConditionalFormatRule'
  | 'newDataValidation'
  | 'openById'
  | 'setActiveRange'
  | 'setActiveSheet';

/** The SpreadsheetApp global for one workbook. */
export class MemorySpreadsheetApp implements Pick<App, AppMethods> {
  readonly ProtectionType = ProtectionType as unknown as App['ProtectionType'];
  readonly DataValidationCriteria = DataValidationCriteria as unknown as App['DataValidationCriteria'];
  readonly BooleanCriteria = BooleanCriteria as unknown as App['BooleanCriteria'];
  readonly BorderStyle = BorderStyle as unknown as App['BorderStyle'];
  readonly WrapStrategy = WrapStrategy as unknown as App['WrapStrategy'];
  readonly InterpolationType = InterpolationType as unknown as App['InterpolationType'];

  constructor(readonly _book: MemorySpreadsheet) {}

  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return (this._book.detached ? null : spreadsheetApi(this._book)) as GoogleAppsScript.Spreadsheet.Spreadsheet;
  }
  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return (this._book.detached ? null : spreadsheetApi(this._book)) as GoogleAppsScript.Spreadsheet.Spreadsheet;
  }
  // The shortcuts below reach the workbook directly so that each counts as one call, as in Apps Script.
  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return new MemorySpreadsheetService(this._book).getActiveSheet();
  }
  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    return new MemorySpreadsheetService(this._book).getActiveRange()!;
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, restoreSelection?: boolean): GoogleAppsScript.Spreadsheet.Sheet {
    return new MemorySpreadsheetService(this._book).setActiveSheet(sheet, restoreSelection ?? false);
  }
  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): GoogleAppsScript.Spreadsheet.Range {
    return new MemorySpreadsheetService(this._book).setActiveRange(range);
  }
  openById(id: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    if (id !== this._book.state.id) {
      throw new Error('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    }
    return spreadsheetApi(this._book);
  }
  /** Writes are applied immediately in memory, so there is nothing to flush; the call is still counted. */
  flush(): void {}
  getUi(): GoogleAppsScript.Base.Ui {
    if (!this._book.ui) throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    return this._book.ui;
  }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return validationBuilderApi(this._book);
  }
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return conditionalRuleBuilderApi(this._book);
  }
}

export function spreadsheetAppApi(book: MemorySpreadsheet): App {
  return instrument(new MemorySpreadsheetApp(book), book.ctx, 'SpreadsheetApp') as unknown as App;
}
