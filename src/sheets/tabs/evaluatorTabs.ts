// The evaluator tabs: hidden, protected and empty of answers until the reveal; filled and shown at the
// reveal; renamed with the session date and hidden at the close.
import { UserError } from '../../domain/errors';
import type { Session, Submission } from '../../domain/schemas';
import { evaluatorTab as evaluatorTabLayout, EVALUATOR_TAB_HEADER_ROW } from '../layout/evaluatorTab';
import { evaluatorLabels } from '../layout/labels';
import { archivedEvaluatorTab, evaluatorTabs } from '../naming';
import { effectiveUserEmail, restrictSheet } from '../protection';
import type { TabRegistry } from '../registry';
import { widenColumns, writeBlock, writeValues } from '../writer';

function labelOf(session: Session, evaluatorId: string): string {
  return evaluatorLabels(session).get(evaluatorId) ?? evaluatorId;
}

/**
 * One tab per evaluator, editable only by that evaluator (when Apps Script knows their address) and
 * the facilitator. While scoring, the tab holds only the questions and is hidden; its answer block is
 * what the registry points at, so the reveal writes it without looking anything else up. Once revealed,
 * a tab's content is left alone.
 */
export function setUpEvaluatorTabs(registry: TabRegistry, session: Session): void {
  const runningAs = effectiveUserEmail();
  for (const spec of evaluatorTabs(session)) {
    const evaluator = session.evaluators.find((candidate) => candidate.id === spec.evaluatorId)!;
    const { sheet, created } = registry.ensure(spec);
    if (created || session.status === 'scoring') {
      if (!created) sheet.clear();
      const range = writeBlock(sheet, 1, 1, evaluatorTabLayout(session, evaluator.id, labelOf(session, evaluator.id), null));
      registry.anchor(spec, range);
      sheet.setFrozenRows(EVALUATOR_TAB_HEADER_ROW);
      if (created) widenColumns(sheet, { 5: 320, 8: 320 });
    }
    // Evaluators score in the sidebar and need no edit access to their tab. In an anonymous session the
    // protection (its editor list is readable by those who may edit it) must not name them beside their label.
    const anonymous = session.options.anonymousReveal;
    restrictSheet(
      sheet,
      [...(anonymous ? [] : [evaluator.email]), session.facilitator.email, ...session.team.coFacilitators],
      anonymous
        ? `Call Calibration: ${labelOf(session, evaluator.id)}'s scores, editable by the facilitators only.`
        : `Call Calibration: ${labelOf(session, evaluator.id)}'s scores, editable by them and the facilitator only.`,
      runningAs,
    );
    if (session.status === 'scoring') sheet.hideSheet();
  }
}

/**
 * Writes each evaluator's submitted answers into their tab and shows it: per tab one lookup, one
 * write, and two calls to show it. Every tab is found before anything is written, so a deleted tab
 * stops the reveal with nothing half-done.
 */
export function revealEvaluatorTabs(
  registry: TabRegistry,
  session: Session,
  submissions: readonly Submission[],
  beforeWriting: () => void = () => undefined,
): void {
  const targets = evaluatorTabs(session).map((spec) => {
    const range = registry.range(spec);
    if (!range) {
      throw new UserError(
        `The scores tab of ${labelOf(session, spec.evaluatorId)} is missing. Run "Repair session" first, then reveal again.`,
      );
    }
    return { spec, range };
  });
  beforeWriting();
  for (const { spec, range } of targets) {
    writeValues(range, evaluatorTabLayout(session, spec.evaluatorId, labelOf(session, spec.evaluatorId), submissions));
    range.getSheet().showSheet();
  }
}

/**
 * At the close: each tab keeps its data, is renamed "<evaluator> – <session date>" and hidden. The tab's
 * live name is forgotten last, so a close that stops part-way still finds the tab and finishes it.
 */
export function archiveEvaluatorTabs(registry: TabRegistry, session: Session): void {
  for (const spec of evaluatorTabs(session)) {
    const range = registry.range(spec);
    if (!range) continue;
    const sheet = range.getSheet();
    const archived = archivedEvaluatorTab(session, spec.evaluatorId, labelOf(session, spec.evaluatorId));
    registry.rename(sheet, archived.baseName);
    // The archived name points at the answer block the live name pointed at: the tab is found the same way.
    registry.anchor(archived, range);
    sheet.hideSheet();
    registry.forget(spec);
  }
}

/**
 * A session replaced before anyone scored: its evaluator tabs, which only ever held the questions, are
 * deleted rather than left hidden for good. Deleting a sheet removes its named ranges with it.
 */
export function removeEvaluatorTabs(registry: TabRegistry, session: Session): void {
  for (const spec of evaluatorTabs(session)) {
    const sheet = registry.find(spec);
    if (sheet) registry.spreadsheet.deleteSheet(sheet);
  }
}
