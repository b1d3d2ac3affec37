// The Action Items tab: people edit it by hand (owner dropdown with free text, due date, status).
import type { ActionItem } from '../../domain/schemas';
import {
  ACTION_COLUMN,
  ACTION_FIRST_ROW,
  actionColumns,
  actionItemsSheet,
  actionStatusLabels,
  parseActionItems,
} from '../layout/actionItemsSheet';
import { fixedTab } from '../naming';
import type { TabRegistry, Tabs } from '../registry';
import type { Workbook } from '../../usecases/ports/workbook';
import { dateRule, dropdown } from '../validation';
import { clearOwnedSheet, widenColumns, writeBlock } from '../writer';

const ACTION_ITEMS = fixedTab('actionItems');

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function applyValidation(sheet: Sheet, rows: number, participants: readonly string[]): void {
  const owners = [...new Set(participants.map((name) => name.trim()).filter(Boolean))];
  const ownerRange = sheet.getRange(ACTION_FIRST_ROW, ACTION_COLUMN.owner, rows, 1);
  if (owners.length > 0) ownerRange.setDataValidation(dropdown(owners, true, 'Pick a participant, or type the name of someone else.'));
  else ownerRange.clearDataValidations();
  sheet.getRange(ACTION_FIRST_ROW, ACTION_COLUMN.dueDate, rows, 1).setDataValidation(dateRule('A date, e.g. 2026-12-15.'));
  sheet
    .getRange(ACTION_FIRST_ROW, ACTION_COLUMN.status, rows, 1)
    .setDataValidation(dropdown(Object.values(actionStatusLabels), false, 'open, in progress or done'));
}

/** The whole tab; one this operation just inserted is empty, so it is neither cleared nor measured. */
function layOutActionItems(sheet: Sheet, items: readonly ActionItem[], participants: readonly string[], inserted: boolean): void {
  const layout = actionItemsSheet(items);
  if (!inserted) {
    clearOwnedSheet(sheet);
    sheet.getRange(ACTION_FIRST_ROW, 1, sheet.getMaxRows() - 1, actionColumns.length).clearDataValidations();
  }
  writeBlock(sheet, 1, 1, layout.block);
  applyValidation(sheet, layout.editableRows, participants);
  sheet.setFrozenRows(1);
  widenColumns(sheet, { [ACTION_COLUMN.text]: 320, [ACTION_COLUMN.owner]: 160 });
}

/** At set-up: the tab is created empty if missing; an existing one keeps its items and gets the new participants. */
export function setUpActionItemsTab(registry: TabRegistry, participants: readonly string[]): void {
  const { sheet, created } = registry.ensure(ACTION_ITEMS);
  if (created) {
    layOutActionItems(sheet, [], participants, true);
    return;
  }
  const rows = Math.max(sheet.getLastRow(), ACTION_FIRST_ROW) - 1 + 50;
  applyValidation(sheet, rows, participants);
}

/** The Action Items tab for the workbook; `clock` dates what is overdue as the items are read. */
export const actionItemsTabPart = (tabs: Tabs, clock: () => Date): Pick<Workbook, 'readActionItems' | 'writeActionItems'> => ({
  readActionItems() {
    const sheet = tabs().find(ACTION_ITEMS);
    if (!sheet) return [];
    const lastRow = sheet.getLastRow();
    if (lastRow < ACTION_FIRST_ROW) return [];
    const range = sheet.getRange(ACTION_FIRST_ROW, 1, lastRow - 1, actionColumns.length);
    return parseActionItems(sheet.getName(), range.getValues(), range.getDisplayValues(), { now: clock().toISOString() });
  },
  writeActionItems(items, participants) {
    const { sheet, created } = tabs().ensure(ACTION_ITEMS);
    layOutActionItems(sheet, items, participants, created);
  },
});
