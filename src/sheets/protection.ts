// Sheet protection that restricts editing to named people. It restricts editing only: any editor of the
// spreadsheet can still unhide a tab or read it with a formula, which is why answers are sealed outside
// the cells until the reveal.

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Protects the whole sheet so only `editors` (plus the spreadsheet owner and the person running this,
 * whom Sheets never removes) can edit it. Re-running replaces the editor list rather than adding a
 * second protection.
 */
export function restrictSheet(sheet: Sheet, editors: readonly string[], description: string): void {
  const protection = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0] ?? sheet.protect();
  protection.setDescription(description);
  protection.removeEditors(protection.getEditors());
  const wanted = [...new Set(editors.map((email) => email.trim().toLowerCase()).filter(Boolean))];
  if (wanted.length > 0) protection.addEditors(wanted);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}
