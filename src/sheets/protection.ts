// Sheet protection that restricts editing to named people. It restricts editing only: any editor of the
// spreadsheet can still unhide a tab or read it with a formula, which is why answers are sealed outside
// the cells until the reveal.

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function normalized(emails: readonly string[]): string[] {
  return [...new Set(emails.map((email) => email.trim().toLowerCase()).filter(Boolean))];
}

/** The address of the account this execution runs as ('' when Google withholds it). */
export function effectiveUserEmail(): string {
  return Session.getEffectiveUser().getEmail().trim().toLowerCase();
}

/**
 * Protects the whole sheet so only `editors` (plus the spreadsheet owner, whom Sheets never removes) can
 * edit it. The wanted editors and the person running this (`runningAs`) are added before anyone else is
 * removed: Google's Protection reference warns that when the caller's edit access comes through a
 * Google Group, removing that group first throws, so its own examples add the effective user first
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection). Re-running replaces
 * the editor list rather than adding a second protection.
 */
export function restrictSheet(sheet: Sheet, editors: readonly string[], description: string, runningAs: string): void {
  const protection = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0] ?? sheet.protect();
  protection.setDescription(description);
  const wanted = normalized([...editors, runningAs]);
  if (wanted.length > 0) protection.addEditors(wanted);
  const others = protection.getEditors().filter((user) => !wanted.includes(user.getEmail().trim().toLowerCase()));
  if (others.length > 0) protection.removeEditors(others.map((user) => user.getEmail()));
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

/**
 * Protects sheets this operation made, none of them protected yet, each for its own editors. Google's
 * Protection reference: until a script changes a new protection's editors, "the permissions mirror those
 * of the spreadsheet itself", so every new protection starts with the same editors and domain setting.
 * Those are read once, on the first, before anyone is added; on each sheet the wanted editors (and the
 * person running this) are added first and everyone else is then removed by address, as restrictSheet does.
 */
export function newSheetsProtector(runningAs: string): (sheet: Sheet, editors: readonly string[], description: string) => void {
  let mirrored: { editors: string[]; domainEdit: boolean } | null = null;
  return (sheet, editors, description) => {
    const protection = sheet.protect();
    mirrored ??= {
      editors: normalized(protection.getEditors().map((user) => user.getEmail())),
      domainEdit: protection.canDomainEdit(),
    };
    protection.setDescription(description);
    const wanted = normalized([...editors, runningAs]);
    if (wanted.length > 0) protection.addEditors(wanted);
    const others = mirrored.editors.filter((email) => !wanted.includes(email));
    if (others.length > 0) protection.removeEditors(others);
    if (mirrored.domainEdit) protection.setDomainEdit(false);
  };
}
