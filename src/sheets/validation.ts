// Data-validation rules the sheets use: dropdowns, checkboxes and dates.

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** A dropdown; with `allowInvalid` other text is accepted and only marked (e.g. an owner outside the session). */
export function dropdown(options: readonly string[], allowInvalid: boolean, helpText: string): DataValidation {
  return SpreadsheetApp.newDataValidation()
    .requireValueInList([...options], true)
    .setAllowInvalid(allowInvalid)
    .setHelpText(helpText)
    .build();
}

export function checkboxRule(): DataValidation {
  return SpreadsheetApp.newDataValidation().requireCheckbox().build();
}

export function dateRule(helpText: string): DataValidation {
  return SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(false).setHelpText(helpText).build();
}
