// The Discussion tab: rewritten whole from the analysis, the discussion notes and the finals.
import type { SessionAnalysis } from '../../domain/analysis';
import type { DiscussionEntry, Final, Session } from '../../domain/schemas';
import { block, bold, text } from '../block';
import { discussionSheet } from '../layout/discussionSheet';
import { fixedTab } from '../naming';
import type { TabRegistry } from '../registry';
import { clearOwnedSheet, widenColumns, writeBlock } from '../writer';

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

export function writeDiscussionTab(
  registry: TabRegistry,
  session: Session,
  analysis: SessionAnalysis,
  discussion: readonly DiscussionEntry[],
  finals: readonly Final[],
): void {
  const { sheet } = registry.ensure(DISCUSSION);
  clearOwnedSheet(sheet);
  writeBlock(sheet, 1, 1, discussionSheet(session, analysis, discussion, finals));
  sheet.setFrozenRows(4);
}
