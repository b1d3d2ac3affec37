// The History and Scores tabs: append-only logs kept across sessions.
import { HISTORY_FIRST_ROW, historyHeaderRow, historyHeaders, historyRows, parseHistory, type HistoryRead } from '../layout/historySheet';
import { scoresLogHeaderRow, scoresLogRows } from '../layout/scoresLogSheet';
import { fixedTab } from '../naming';
import type { TabRegistry, Tabs } from '../registry';
import type { Workbook } from '../../usecases/ports/workbook';
import { writeBlock } from '../writer';
import type { Block } from '../block';

const HISTORY = fixedTab('history');
const SCORES = fixedTab('scores');

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function ensureLog(registry: TabRegistry, spec: typeof HISTORY, header: Block): Sheet {
  const { sheet, created } = registry.ensure(spec);
  if (created) {
    writeBlock(sheet, 1, 1, header);
    sheet.setFrozenRows(1);
  }
  return sheet;
}

export function setUpLogTabs(registry: TabRegistry): void {
  ensureLog(registry, HISTORY, historyHeaderRow());
  ensureLog(registry, SCORES, scoresLogHeaderRow());
}

function append(sheet: Sheet, rows: Block): void {
  if (rows.rows.length === 0) return;
  writeBlock(sheet, Math.max(sheet.getLastRow(), 1) + 1, 1, rows);
}

function readHistoryTab(registry: TabRegistry): HistoryRead {
  const sheet = registry.find(HISTORY);
  if (!sheet) return { entries: [], skipped: [] };
  const lastRow = sheet.getLastRow();
  if (lastRow < HISTORY_FIRST_ROW) return { entries: [], skipped: [] };
  const range = sheet.getRange(HISTORY_FIRST_ROW, 1, lastRow - 1, historyHeaders.length);
  return parseHistory(sheet.getName(), range.getValues(), range.getDisplayValues());
}

/** History and Scores for the workbook; rows History cannot read are left out, and said so in `progress`. */
export const logTabsPart = (
  tabs: Tabs,
  progress: (message: string) => void,
): Pick<Workbook, 'readHistory' | 'appendHistory' | 'appendScoresLog' | 'sessionsInScoresLog'> => ({
  readHistory() {
    const { entries, skipped } = readHistoryTab(tabs());
    if (skipped.length > 0) {
      const more = skipped.length > 1 ? ` (and ${skipped.length - 1} more)` : '';
      progress(`${skipped[0]}${more}. The trend leaves those rows out.`);
    }
    return entries;
  },
  appendHistory(entry) {
    const sheet = ensureLog(tabs(), HISTORY, historyHeaderRow());
    // A History tab made by an earlier version has fewer columns (no AC1, critical disagreements,
    // scoring rule or attendance): its header is brought up to date before a row with those columns goes under it.
    writeBlock(sheet, 1, 1, historyHeaderRow());
    append(sheet, historyRows([entry]));
  },
  appendScoresLog: (rows) => append(ensureLog(tabs(), SCORES, scoresLogHeaderRow()), scoresLogRows(rows)),
  sessionsInScoresLog() {
    const sheet = tabs().find(SCORES);
    if (!sheet) return [];
    const lastRow = sheet.getLastRow();
    if (lastRow < 2) return [];
    const ids = sheet
      .getRange(2, 1, lastRow - 1, 1)
      .getValues()
      .map((row) => String(row[0] ?? '').trim());
    return [...new Set(ids.filter(Boolean))];
  },
});
