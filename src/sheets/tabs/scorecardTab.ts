// The Scorecard tab on the spreadsheet: laid out from a scorecard, read back with cell-addressed errors.
import { UserError } from '../../domain/errors';
import type { DefinitionChange, Scorecard } from '../../domain/schemas';
import { cellAddress } from '../a1';
import { block } from '../block';
import { locateScorecardTable, parseAnyScorecardSheet, type ScorecardTable } from '../layout/scorecardRead';
import {
  CHANGE_LOG_WIDTH,
  changeLogHeaderRow,
  changeLogRow,
  columnOf,
  identityCells,
  SCORECARD_FIRST_ROW,
  SCORECARD_HEADER_ROW,
  SCORECARD_IDENTITY_ROW,
  scorecardColumns,
  scorecardSheet,
} from '../layout/scorecardSheet';
import { criterionTypes } from '../../domain/schemas';
import { fixedTab } from '../naming';
import type { TabRegistry, Tabs } from '../registry';
import type { Workbook } from '../../usecases/ports/workbook';
import { checkboxRule, dropdown } from '../validation';
import { clearOwnedSheet, widenColumns, writeBlock } from '../writer';

const SCORECARD = fixedTab('scorecard');

export function writeScorecardTab(registry: TabRegistry, scorecard: Scorecard, changes: readonly DefinitionChange[]): void {
  const { sheet, created } = registry.ensure(SCORECARD);
  const layout = scorecardSheet(scorecard, changes);
  // A tab this call just made is empty: nothing to clear, and its size need not be read.
  if (!created) {
    clearOwnedSheet(sheet);
    // Dropdowns and checkboxes left over from a longer table would outlive the clear.
    sheet.getRange(SCORECARD_FIRST_ROW, 1, sheet.getMaxRows() - SCORECARD_FIRST_ROW + 1, scorecardColumns.length).clearDataValidations();
  }
  writeBlock(sheet, 1, 1, layout.block);

  const rows = layout.editableRows;
  sheet
    .getRange(SCORECARD_FIRST_ROW, columnOf('type'), rows, 1)
    .setDataValidation(dropdown(criterionTypes, false, 'yes-no, scale or points'));
  sheet.getRange(SCORECARD_FIRST_ROW, columnOf('critical'), rows, 2).setDataValidation(checkboxRule());
  sheet.getRange(SCORECARD_FIRST_ROW, columnOf('question'), rows, 2).setWrap(true);
  sheet.setFrozenRows(SCORECARD_HEADER_ROW);
  widenColumns(sheet, { [columnOf('question')]: 280, [columnOf('definition')]: 320, [columnOf('levels')]: 220 });
}

/** Our Scorecard tab, else a tab named "Scorecard" that someone typed by hand. */
function scorecardSheetOf(registry: TabRegistry): GoogleAppsScript.Spreadsheet.Sheet | null {
  return registry.find(SCORECARD) ?? registry.spreadsheet.getSheetByName(SCORECARD.baseName);
}

/** Every value of the tab, in one call: the table may sit anywhere in the first rows, typed by hand. */
function gridOf(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[][] {
  const lastRow = Math.max(sheet.getLastRow(), SCORECARD_FIRST_ROW);
  const lastColumn = Math.max(sheet.getLastColumn(), scorecardColumns.length);
  return sheet.getRange(1, 1, lastRow, lastColumn).getValues();
}

/**
 * A Scorecard tab typed by hand becomes ours as it is (its named range is added, nothing rewritten), so
 * a renamed tab is still found and the sessions' definition changes go into it. False when there is none.
 */
export function adoptScorecardTab(registry: TabRegistry): boolean {
  if (registry.find(SCORECARD)) return true;
  const sheet = registry.spreadsheet.getSheetByName(SCORECARD.baseName);
  if (!sheet || locateScorecardTable(gridOf(sheet)) === null) return false;
  registry.anchor(SCORECARD, sheet.getRange(1, 1, 1, 1));
  return true;
}

interface DefinitionTarget {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  table: ScorecardTable;
  row: number;
  logRows: number;
  cells: Array<{ column: number; address: string; now: string; expected: string; next: string }>;
}

function definitionTarget(registry: TabRegistry, change: DefinitionChange): DefinitionTarget | string {
  const sheet = scorecardSheetOf(registry);
  if (!sheet) return 'the Scorecard tab was deleted';
  const grid = gridOf(sheet);
  const table = locateScorecardTable(grid);
  if (!table) return `the ${sheet.getName()} tab has lost its header row`;
  const idColumn = table.columns.criterionId!;
  const index = grid.findIndex((row, i) => i >= table.headerRow && String(row[idColumn - 1] ?? '').trim() === change.criterionId);
  if (index < 0) return `criterion "${change.criterionId}" is no longer on the ${sheet.getName()} tab`;
  const cell = (key: 'question' | 'definition', expected: string, next: string) => {
    const column = table.columns[key]!;
    return {
      column,
      address: cellAddress(sheet.getName(), index + 1, column),
      now: String(grid[index]![column - 1] ?? ''),
      expected,
      next,
    };
  };
  const logRows = grid.slice(SCORECARD_HEADER_ROW - 1).findIndex((row) => String(row[table.logColumn - 1] ?? '') === '');
  return {
    sheet,
    table,
    row: index + 1,
    logRows: logRows < 0 ? grid.length - (SCORECARD_HEADER_ROW - 1) : logRows,
    cells: [cell('question', change.oldQuestion, change.newQuestion), cell('definition', change.oldDefinition, change.newDefinition)],
  };
}

/**
 * A definition change on the tab: only that criterion's question and definition, the version, and one
 * new row of the change log (kept across sessions, every version's rows). Hand edits elsewhere survive.
 * When the two cells were typed over since, or the criterion's row is gone, nothing is written and the
 * answer says what would be overwritten; with `overwrite` the cells are written anyway (a missing row:
 * the whole tab is laid out again from `scorecard`, with `changes` as its log).
 */
function writeDefinitionChange(
  registry: TabRegistry,
  change: DefinitionChange,
  options: { overwrite: boolean; scorecard: Scorecard; changes: readonly DefinitionChange[] },
): string {
  const target = definitionTarget(registry, change);
  if (typeof target === 'string') {
    if (!options.overwrite) return `${target}, so the whole tab would be laid out again (hand edits on it would be lost)`;
    writeScorecardTab(registry, options.scorecard, options.changes);
    return '';
  }
  const typedOver = target.cells.filter((cell) => cell.now.trim() !== cell.expected.trim());
  if (typedOver.length > 0 && !options.overwrite) {
    return typedOver.map((cell) => `${cell.address} now reads "${cell.now.slice(0, 80)}"`).join('; ');
  }
  const { sheet, table, row, cells } = target;
  const [question, definition] = cells;
  if (definition!.column === question!.column + 1) {
    sheet.getRange(row, question!.column, 1, 2).setValues([[question!.next, definition!.next]]);
  } else {
    for (const cell of cells) sheet.getRange(row, cell.column).setValue(cell.next);
  }
  if (table.hasIdentity) sheet.getRange(SCORECARD_IDENTITY_ROW, identityCells.version).setValue(change.toVersion);
  // The log's header sits on the table's header row, as laid out; the new row goes under the last.
  if (target.logRows === 0) writeBlock(sheet, SCORECARD_HEADER_ROW, table.logColumn, block([changeLogHeaderRow()]));
  writeBlock(
    sheet,
    SCORECARD_HEADER_ROW + Math.max(target.logRows, 1),
    table.logColumn,
    block([changeLogRow(change)], { width: CHANGE_LOG_WIDTH }),
  );
  return '';
}

export const scorecardTabPart = (
  tabs: Tabs,
): Pick<Workbook, 'readScorecard' | 'writeScorecard' | 'hasScorecard' | 'writeDefinitionChange'> => ({
  /** The add-on's own layout, or a tab named "Scorecard" typed by hand with the documented headers. */
  readScorecard() {
    const sheet = scorecardSheetOf(tabs());
    if (!sheet)
      throw new UserError(
        'There is no Scorecard tab yet: click "Create scorecard template", or type one with the headers the README lists.',
      );
    return parseAnyScorecardSheet(sheet.getName(), gridOf(sheet));
  },
  writeScorecard: (scorecard, changes) => writeScorecardTab(tabs(), scorecard, changes),
  hasScorecard: () => scorecardSheetOf(tabs()) !== null,
  writeDefinitionChange: (change, options) => writeDefinitionChange(tabs(), change, options),
});
