// The Results and Session results tabs: each session's rows are kept together and replaced as a whole
// while the session is open (reveal, every final, close), so the tables are always current; rows of
// other sessions are never touched.
import type { ResultRow, SessionResultRow } from '../../domain/results';
import type { Block } from '../block';
import { resultsHeaderRow, resultsRows, sessionResultsHeaderRow, sessionResultsRows } from '../layout/resultsSheet';
import { fixedTab } from '../naming';
import type { TabRegistry } from '../registry';
import { writeBlock } from '../writer';

const RESULTS = fixedTab('results');
const SESSION_RESULTS = fixedTab('sessionResults');
const FIRST_ROW = 2;

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function ensureTable(registry: TabRegistry, spec: typeof RESULTS, header: Block): Sheet {
  const { sheet, created } = registry.ensure(spec);
  if (created) {
    writeBlock(sheet, 1, 1, header);
    sheet.setFrozenRows(1);
  }
  return sheet;
}

/** Made when a session is set up, beside History, so the reveal only writes rows. */
export function setUpResultsTabs(registry: TabRegistry): void {
  ensureTable(registry, RESULTS, resultsHeaderRow());
  ensureTable(registry, SESSION_RESULTS, sessionResultsHeaderRow());
}

/**
 * Replaces the session's rows: they sit together (each write puts them at the end), so the old ones are
 * one run of rows found from the first column. A row someone moved out of the run is left as it is.
 */
function replaceSessionRows(sheet: Sheet, sessionId: string, rows: Block): void {
  // Read once: deleting the old run moves every row below it up by as many rows.
  let lastRow = sheet.getLastRow();
  if (lastRow >= FIRST_ROW) {
    const ids = sheet
      .getRange(FIRST_ROW, 1, lastRow - FIRST_ROW + 1, 1)
      .getValues()
      .map((row) => String(row[0] ?? ''));
    const first = ids.indexOf(sessionId);
    if (first >= 0) {
      let count = 1;
      while (first + count < ids.length && ids[first + count] === sessionId) count++;
      sheet.deleteRows(FIRST_ROW + first, count);
      lastRow -= count;
    }
  }
  if (rows.rows.length === 0) return;
  writeBlock(sheet, Math.max(lastRow, 1) + 1, 1, rows);
}

export function writeResultsTabs(registry: TabRegistry, sessionId: string, rows: readonly ResultRow[], session: SessionResultRow): void {
  replaceSessionRows(ensureTable(registry, RESULTS, resultsHeaderRow()), sessionId, resultsRows(rows));
  replaceSessionRows(ensureTable(registry, SESSION_RESULTS, sessionResultsHeaderRow()), sessionId, sessionResultsRows([session]));
}
