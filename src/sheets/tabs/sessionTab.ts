// The Session tab: written whole at set-up; its overview, status and report link are rewritten in place.
import type { ActionItem, Session } from '../../domain/schemas';
import { evaluatorsBlock, reportLinkRow, sessionOverview, sessionSheet, sessionSheetPositions } from '../layout/sessionSheet';
import { fixedTab } from '../naming';
import type { TabRegistry, Tabs } from '../registry';
import type { Workbook } from '../../usecases/ports/workbook';
import type { StatusRow } from '../../api/views';
import { clearOwnedSheet, widenColumns, writeBlock, writeValuesAt } from '../writer';

const SESSION = fixedTab('session');

export function writeSessionTab(
  registry: TabRegistry,
  session: Session,
  openActions: readonly ActionItem[],
  status: readonly StatusRow[],
): void {
  const { sheet } = registry.ensure(SESSION);
  clearOwnedSheet(sheet);
  writeBlock(sheet, 1, 1, sessionSheet(session, openActions, status));
  widenColumns(sheet, { 1: 160, 2: 240 });
}

/** The overview (status line included) and the evaluators block, where set-up put them. */
export function writeSessionStatus(registry: TabRegistry, session: Session, status: readonly StatusRow[]): void {
  const { sheet } = registry.ensure(SESSION);
  const positions = sessionSheetPositions(session);
  writeBlock(sheet, positions.overview, 1, sessionOverview(session));
  writeBlock(sheet, positions.evaluators, 1, evaluatorsBlock(session, status));
}

/** The evaluators block's values only, found through the tab's anchor: what a submission refreshes. */
export function writeSessionCounts(registry: TabRegistry, session: Session, status: readonly StatusRow[]): void {
  const anchor = registry.range(SESSION);
  if (anchor) writeValuesAt(anchor, sessionSheetPositions(session).evaluators, evaluatorsBlock(session, status));
}

/** The Session tab's own part of the workbook; set-up and status go with the other tabs (acrossTabs.ts). */
export const sessionTabPart = (tabs: Tabs): Pick<Workbook, 'setReportLink'> => ({
  setReportLink(session, url) {
    const { sheet } = tabs().ensure(SESSION);
    writeBlock(sheet, sessionSheetPositions(session).report, 1, reportLinkRow(url));
  },
});
