// The Scorecard tab on the spreadsheet: laid out from a scorecard, read back with cell-addressed errors.
import { UserError } from '../../domain/errors';
import type { DefinitionChange, Scorecard } from '../../domain/schemas';
import { parseScorecardSheet } from '../layout/scorecardRead';
import {
  columnOf,
  SCORECARD_FIRST_ROW,
  SCORECARD_HEADER_ROW,
  scorecardColumns,
  scorecardSheet,
} from '../layout/scorecardSheet';
import { criterionTypes } from '../../domain/schemas';
import { fixedTab } from '../naming';
import type { TabRegistry } from '../registry';
import { checkboxRule, dropdown } from '../validation';
import { clearOwnedSheet, widenColumns, writeBlock } from '../writer';

const SCORECARD = fixedTab('scorecard');

export function writeScorecardTab(registry: TabRegistry, scorecard: Scorecard, changes: readonly DefinitionChange[]): void {
  const { sheet } = registry.ensure(SCORECARD);
  const layout = scorecardSheet(scorecard, changes);
  clearOwnedSheet(sheet);
  // Dropdowns and checkboxes left over from a longer table would outlive the clear.
  sheet.getRange(SCORECARD_FIRST_ROW, 1, sheet.getMaxRows() - SCORECARD_FIRST_ROW + 1, scorecardColumns.length).clearDataValidations();
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

export function readScorecardTab(registry: TabRegistry): Scorecard {
  const sheet = registry.find(SCORECARD);
  if (!sheet) throw new UserError('There is no Scorecard tab yet: start a session from a preset to create one.');
  const lastRow = Math.max(sheet.getLastRow(), SCORECARD_FIRST_ROW);
  const grid = sheet.getRange(1, 1, lastRow, scorecardColumns.length).getValues();
  return parseScorecardSheet(sheet.getName(), grid);
}
