// The Workbook over the active spreadsheet, composed of the tab modules' parts: each tab module
// implements the methods of its tabs, acrossTabs.ts the steps that span several. The layouts are pure
// functions in layout/, and every block is written with one call per property.
import type { Workbook } from '../usecases/ports/workbook';
import { TabRegistry, type Tabs } from './registry';
import { acrossTabsPart } from './tabs/acrossTabs';
import { actionItemsTabPart } from './tabs/actionItemsTab';
import { discussionTabPart } from './tabs/discussionTab';
import { evaluatorTabsPart } from './tabs/evaluatorTabs';
import { logTabsPart } from './tabs/logTabs';
import { resultsTabsPart } from './tabs/resultsTabs';
import { scorecardTabPart } from './tabs/scorecardTab';
import { sessionTabPart } from './tabs/sessionTab';
import { summaryTabPart } from './tabs/summaryTab';
import { tabCheckPart } from './tabs/tabCheck';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What the spreadsheet itself answers, with no tab involved. */
const spreadsheetPart = (spreadsheet: Spreadsheet): Pick<Workbook, 'sheetCount' | 'spreadsheetUrl' | 'ownerEmail' | 'progress'> => ({
  sheetCount: () => spreadsheet.getNumSheets(),
  spreadsheetUrl: () => spreadsheet.getUrl(),
  ownerEmail() {
    const owner = spreadsheet.getOwner();
    return owner === null ? null : owner.getEmail().trim().toLowerCase();
  },
  progress: (message) => spreadsheet.toast(message, 'Call Calibration', 5),
});

/** The method names two or more of the parts implement (never, when each comes from exactly one). */
type Repeated<Parts extends readonly object[], Seen = never> = Parts extends readonly [infer Head, ...infer Rest extends readonly object[]]
  ? (keyof Head & Seen) | Repeated<Rest, Seen | keyof Head>
  : never;
type Joined<Parts extends readonly object[]> = Parts extends readonly [infer Head, ...infer Rest extends readonly object[]]
  ? Head & Joined<Rest>
  : unknown;

/** The parts as one object; a method implemented by two parts does not compile (it names the method). */
function joined<const Parts extends readonly object[]>(
  ...parts: Parts & ([Repeated<Parts>] extends [never] ? unknown : { implementedTwice: Repeated<Parts> })
): Joined<Parts> {
  return Object.assign({}, ...parts) as Joined<Parts>;
}

export function spreadsheetWorkbook(spreadsheet: Spreadsheet, clock: () => Date = () => new Date()): Workbook {
  // A fresh registry per operation: sheet names are cached only for the length of one call.
  const tabs: Tabs = () => new TabRegistry(spreadsheet);
  const own = spreadsheetPart(spreadsheet);
  return joined(
    own,
    scorecardTabPart(tabs),
    sessionTabPart(tabs),
    summaryTabPart(tabs),
    discussionTabPart(tabs),
    evaluatorTabsPart(tabs),
    tabCheckPart(tabs),
    actionItemsTabPart(tabs, clock),
    resultsTabsPart(tabs),
    logTabsPart(tabs, own.progress),
    acrossTabsPart(tabs),
  );
}
