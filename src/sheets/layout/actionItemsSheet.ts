// The Action Items sheet: one row per item, edited by hand (owner dropdown, due date, status dropdown)
// and read back into ActionItems.
import { describeIssues, ValidationError } from '../../domain/errors';
import { actionItemSchema, type ActionItem, type ActionStatus } from '../../domain/schemas';
import { block, isDate, bold, date, dateTime, text, type Block, type Row } from '../block';
import { cellAddress } from '../a1';
import { HEADER_BACKGROUND } from './palette';

export const actionStatusLabels: Record<ActionStatus, string> = {
  open: 'open',
  'in-progress': 'in progress',
  done: 'done',
};

export const actionColumns = ['Id', 'Action', 'Owner', 'Due date', 'Status', 'Session', 'Criterion', 'Created at'] as const;
export const ACTION_COLUMN = { id: 1, text: 2, owner: 3, dueDate: 4, status: 5, sessionId: 6, criterionId: 7, createdAt: 8 } as const;
export const ACTION_FIRST_ROW = 2;
/** Empty rows below the items keep the dropdowns and formats, so people can add items by hand. */
const ACTION_SPARE_ROWS = 50;

function spareRow(): Row {
  return [text(''), text(''), text(''), date(''), text(''), text(''), text(''), dateTime('')];
}

/** An item as people read it, here and on the Session sheet: id, action, owner, due, status, session, criterion. */
export function actionItemCells(item: ActionItem): Row {
  return [
    text(item.id),
    text(item.text),
    text(item.owner),
    date(item.dueDate),
    text(actionStatusLabels[item.status]),
    text(item.sessionId),
    text(item.criterionId),
  ];
}

export function actionItemsSheet(items: readonly ActionItem[]): { block: Block; editableRows: number } {
  const rows: Row[] = [
    actionColumns.map((label) => bold(label, { background: HEADER_BACKGROUND })),
    ...items.map((item) => [...actionItemCells(item), dateTime(item.createdAt)]),
  ];
  for (let i = 0; i < ACTION_SPARE_ROWS; i++) rows.push(spareRow());
  return { block: block(rows), editableRows: rows.length - 1 };
}

const statusByWord: Record<string, ActionStatus> = {
  open: 'open',
  'in progress': 'in-progress',
  'in-progress': 'in-progress',
  done: 'done',
};

function textOf(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

interface ActionItemDefaults {
  /** Stamped on rows added by hand without one. */
  now: string;
}

/**
 * Rows as people left them (values and display values of the same cells, from row 2): dates come back
 * as Date objects, so the due date is taken from its display (formatted yyyy-mm-dd). Rows added by hand
 * get an id, the session of the row above and the current time. Any bad row stops the read with its
 * cell named, so a later write cannot drop what someone typed.
 */
export function parseActionItems(
  sheetName: string,
  values: readonly (readonly unknown[])[],
  displays: readonly (readonly string[])[],
  defaults: ActionItemDefaults,
): ActionItem[] {
  const items: ActionItem[] = [];
  const problems: string[] = [];
  const usedIds = new Set(values.map((row) => textOf(row[ACTION_COLUMN.id - 1])).filter(Boolean));
  let lastSession = '';
  values.forEach((row, i) => {
    const sheetRow = ACTION_FIRST_ROW + i;
    const at = (column: number) => cellAddress(sheetName, sheetRow, column);
    const cell = (column: number) => row[column - 1];
    const shown = (column: number) => textOf(displays[i]?.[column - 1]);
    const typed = [ACTION_COLUMN.text, ACTION_COLUMN.owner, ACTION_COLUMN.dueDate, ACTION_COLUMN.status, ACTION_COLUMN.criterionId];
    if (typed.every((column) => textOf(cell(column)) === '')) return;

    let id = textOf(cell(ACTION_COLUMN.id));
    if (id === '') {
      for (let n = sheetRow; id === '' || usedIds.has(id); n++) id = `item-${n}`;
      usedIds.add(id);
    }
    const sessionId = textOf(cell(ACTION_COLUMN.sessionId)) || lastSession;
    lastSession = sessionId;

    const rawStatus = textOf(cell(ACTION_COLUMN.status)).toLowerCase();
    const status = rawStatus === '' ? 'open' : statusByWord[rawStatus];
    if (!status) problems.push(`${at(ACTION_COLUMN.status)}: status must be open, in progress or done, not "${rawStatus.slice(0, 40)}"`);

    const due = cell(ACTION_COLUMN.dueDate);
    const dueDate = isDate(due) ? shown(ACTION_COLUMN.dueDate) : textOf(due);
    const created = cell(ACTION_COLUMN.createdAt);
    const createdAt = isDate(created) ? created.toISOString() : textOf(created) || defaults.now;

    const parsed = actionItemSchema.safeParse({
      id,
      text: textOf(cell(ACTION_COLUMN.text)),
      owner: textOf(cell(ACTION_COLUMN.owner)),
      dueDate,
      status: status ?? 'open',
      sessionId: sessionId === '' ? 'added-by-hand' : sessionId,
      criterionId: textOf(cell(ACTION_COLUMN.criterionId)),
      createdAt,
    });
    if (!parsed.success) {
      const columnOf: Record<string, number> = ACTION_COLUMN;
      for (const [k, issue] of parsed.error.issues.entries()) {
        const field = String(issue.path[0] ?? 'id');
        problems.push(`${at(columnOf[field] ?? ACTION_COLUMN.id)}: ${describeIssues(parsed.error)[k]}`);
      }
      return;
    }
    if (status) items.push(parsed.data);
  });
  if (problems.length > 0)
    throw new ValidationError(
      `The ${sheetName} sheet has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}`,
      problems,
    );
  return items;
}
