// The Results and Session results tabs: each session's rows are kept together and replaced as a whole
// while the session is open (reveal, every final, close), so the tables are always current; rows of
// other sessions are never touched.
import { resultRows, sessionResultRow, type ResultRow, type SessionResultRow } from '../../domain/results';
import { TEXT_FORMAT, values, type Block } from '../block';
import { resultsHeaderRow, resultsRows, sessionResultsHeaderRow, sessionResultsRows } from '../layout/resultsSheet';
import { fixedTab, sessionRowsName } from '../naming';
import type { TabRegistry, Tabs } from '../registry';
import type { Workbook } from '../../usecases/ports/workbook';
import { sameCells, sameSize, writeBlock } from '../writer';

const RESULTS = fixedTab('results');
const SESSION_RESULTS = fixedTab('sessionResults');
/** The open session's run of rows on each tab is named, so a final finds it again in one call. */
const ROWS_NAME = { results: sessionRowsName('results'), sessionResults: sessionRowsName('sessionResults') } as const;
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
function replaceSessionRows(registry: TabRegistry, sheet: Sheet, sessionId: string, rows: Block, rowsName: string): void {
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
  registry.spreadsheet.setNamedRange(rowsName, writeBlock(sheet, Math.max(lastRow, 1) + 1, 1, rows));
}

function writeResultsTabs(registry: TabRegistry, sessionId: string, rows: readonly ResultRow[], session: SessionResultRow): void {
  replaceSessionRows(registry, ensureTable(registry, RESULTS, resultsHeaderRow()), sessionId, resultsRows(rows), ROWS_NAME.results);
  replaceSessionRows(
    registry,
    ensureTable(registry, SESSION_RESULTS, sessionResultsHeaderRow()),
    sessionId,
    sessionResultsRows([session]),
    ROWS_NAME.sessionResults,
  );
}

/**
 * The session's run of rows as its name finds it, when it still holds them: the same size, and every
 * text cell this change leaves alone (session, call, evaluator, row kind) reads back as written. Rows
 * sorted, moved, inserted or deleted by hand fail the check, and the run is then replaced as a whole.
 */
function runStillOurs(registry: TabRegistry, rowsName: string, before: Block, after: Block): GoogleAppsScript.Spreadsheet.Range | null {
  let run: GoogleAppsScript.Spreadsheet.Range | null;
  try {
    run = registry.spreadsheet.getRangeByName(rowsName);
  } catch {
    return null;
  }
  if (!run) return null;
  const onSheet = run.getValues();
  if (onSheet.length !== after.rows.length || onSheet.some((row) => row.length !== after.width)) return null;
  const ours = after.rows.every((row, r) =>
    row.every((cell, c) => {
      const was = before.rows[r]![c]!;
      if (cell.format !== TEXT_FORMAT || was.format !== TEXT_FORMAT || cell.value !== was.value) return true;
      return onSheet[r]![c] === cell.value;
    }),
  );
  return ours ? run : null;
}

/**
 * After a final: the session's rows, values only, written over its named run in one call (their formats
 * are the run's own), after checking the run still holds them; replaced as a whole otherwise.
 */
function rewriteSessionRows(
  registry: TabRegistry,
  spec: typeof RESULTS,
  header: Block,
  sessionId: string,
  before: Block,
  after: Block,
): void {
  const rowsName = spec === RESULTS ? ROWS_NAME.results : ROWS_NAME.sessionResults;
  if (sameSize(before, after) && sameCells(before, after)) return;
  const alike =
    sameSize(before, after) &&
    after.rows.length > 0 &&
    before.rows.every((row, r) => row.every((cell, c) => cell.format === after.rows[r]![c]!.format));
  const run = alike ? runStillOurs(registry, rowsName, before, after) : null;
  if (run) run.setValues(values(after));
  else replaceSessionRows(registry, ensureTable(registry, spec, header), sessionId, after, rowsName);
}

interface Figures {
  rows: readonly ResultRow[];
  session: SessionResultRow;
}

/** After a final: the session's rows on both tabs follow it. */
export function writeResultsChange(registry: TabRegistry, sessionId: string, before: Figures, after: Figures): void {
  rewriteSessionRows(registry, RESULTS, resultsHeaderRow(), sessionId, resultsRows(before.rows), resultsRows(after.rows));
  rewriteSessionRows(
    registry,
    SESSION_RESULTS,
    sessionResultsHeaderRow(),
    sessionId,
    sessionResultsRows([before.session]),
    sessionResultsRows([after.session]),
  );
}

export const resultsTabsPart = (tabs: Tabs): Pick<Workbook, 'writeResults'> => ({
  writeResults: (session, analysis) =>
    writeResultsTabs(tabs(), session.id, resultRows(session, analysis), sessionResultRow(session, analysis)),
});
