/**
 * Menu and sidebar openers. onOpen may run in AuthMode.NONE (the add-on installed but not yet used in
 * this spreadsheet), so it builds the menu and touches no service that needs authorization.
 */
const ADDON_TITLE = 'Call Calibration';

const menuItems = [
  { caption: 'Open calibration sidebar', functionName: 'showSidebar' },
  { caption: 'Check this spreadsheet', functionName: 'showSpreadsheetCheck' },
  { caption: 'Help', functionName: 'showHelp' },
] as const;

/** The sidebar opens on the view named here (read by sidebar/main.ts from the body's data-open). */
const OPEN_CHECK_MARKER = '<body data-open="check"';

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of menuItems) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(ADDON_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** The same sidebar, opened on "Check this spreadsheet". */
export function showSpreadsheetCheck(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar');
  html.setContent(html.getContent().replace('<body', OPEN_CHECK_MARKER)).setTitle(ADDON_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

const HELP_TEXT = [
  'Facilitator: open the sidebar, start a new session from a preset or your Scorecard sheet, and share',
  'the spreadsheet with your evaluators. When everyone has submitted, click "Reveal scores".',
  '',
  'Evaluator: open the sidebar (Extensions > Call Calibration > Open calibration sidebar), score each call',
  "and submit. Nobody sees anyone else's scores until the facilitator reveals them.",
].join('\n');

export function showHelp(): void {
  SpreadsheetApp.getUi().alert(ADDON_TITLE, HELP_TEXT, SpreadsheetApp.getUi().ButtonSet.OK);
}
