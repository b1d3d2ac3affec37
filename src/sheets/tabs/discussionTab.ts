// The Discussion tab: rewritten whole from the analysis, the discussion notes and the finals.
import type { SessionAnalysis } from '../../domain/analysis';
import type { DiscussionEntry, Final, Session } from '../../domain/schemas';
import { block, bold, text, type Block } from '../block';
import { discussionSheet } from '../layout/discussionSheet';
import { fixedTab } from '../naming';
import type { TabRegistry, Tabs } from '../registry';
import type { Workbook } from '../../usecases/ports/workbook';
import { clearOwnedSheet, sameCells, sameSize, widenColumns, writeBlock, writeChangedCells } from '../writer';

const DISCUSSION = fixedTab('discussion');
/** Question, why, notes and resolution hold sentences. */
const widths = { 4: 260, 5: 320, 6: 320, 7: 260 };

/** Before the reveal there is nothing to discuss yet. */
export function writeDiscussionPlaceholder(registry: TabRegistry, session: Session): void {
  const { sheet } = registry.ensure(DISCUSSION);
  clearOwnedSheet(sheet);
  writeBlock(sheet, 1, 1, block([[bold(`Discussion: ${session.title}`)], [text('The agenda appears here when the scores are revealed.')]]));
  widenColumns(sheet, widths);
}

function layOut(registry: TabRegistry, agenda: Block): void {
  const { sheet } = registry.ensure(DISCUSSION);
  clearOwnedSheet(sheet);
  writeBlock(sheet, 1, 1, agenda);
  sheet.setFrozenRows(4);
}

interface Discussed {
  analysis: SessionAnalysis;
  discussion: readonly DiscussionEntry[];
  finals: readonly Final[];
}

/**
 * After a final: the rows that changed (the final, where it came from and when it was decided), or the
 * whole agenda laid out again when its rows changed (or the tab is gone).
 */
export function writeDiscussionChange(registry: TabRegistry, session: Session, before: Discussed, after: Discussed): void {
  const was = discussionSheet(session, before.analysis, before.discussion, before.finals);
  const now = discussionSheet(session, after.analysis, after.discussion, after.finals);
  const alike = sameSize(was, now);
  if (alike && sameCells(was, now)) return;
  const anchor = alike ? registry.range(DISCUSSION) : null;
  if (anchor) writeChangedCells(anchor, was, now);
  else layOut(registry, now);
}

export const discussionTabPart = (tabs: Tabs): Pick<Workbook, 'writeDiscussion'> => ({
  writeDiscussion: (session, analysis, discussion, finals) => layOut(tabs(), discussionSheet(session, analysis, discussion, finals)),
});
