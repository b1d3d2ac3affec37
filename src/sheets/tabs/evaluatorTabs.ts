// The evaluator tabs: hidden, protected and empty of answers until the reveal; filled and shown at the
// reveal; renamed with the session date and hidden at the close.
import { UserError } from '../../domain/errors';
import type { Session, Submission } from '../../domain/schemas';
import { evaluatorTab as evaluatorTabLayout, EVALUATOR_TAB_HEADER_ROW } from '../layout/evaluatorTab';
import { evaluatorLabels } from '../layout/labels';
import { archivedEvaluatorTab, evaluatorTabs } from '../naming';
import { effectiveUserEmail, newSheetsProtector, restrictSheet } from '../protection';
import type { TabRegistry, Tabs } from '../registry';
import type { Workbook } from '../../usecases/ports/workbook';
import { widenColumns, writeBlock, writeBlockValues, writeValues } from '../writer';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** The columns that hold long text (question, comment), widened; the others keep Sheets' default. */
const WIDE_COLUMNS = { 5: 320, 8: 320 } as const;

/** Who may edit an evaluator's tab, and what its protection says. */
function protectionOf(session: Session, evaluatorId: string): { editors: string[]; description: string } {
  const evaluator = session.evaluators.find((candidate) => candidate.id === evaluatorId)!;
  const label = labelOf(session, evaluatorId);
  // Evaluators score in the sidebar and need no edit access to their tab. In an anonymous session the
  // protection (its editor list is readable by those who may edit it) must not name them beside their label.
  const anonymous = session.options.anonymousReveal;
  return {
    editors: [...(anonymous ? [] : [evaluator.email]), session.facilitator.email, ...session.team.coFacilitators],
    description: anonymous
      ? `Call Calibration: ${label}'s scores, editable by the facilitators only.`
      : `Call Calibration: ${label}'s scores, editable by them and the facilitator only.`,
  };
}

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
      if (created) widenColumns(sheet, WIDE_COLUMNS);
    }
    const { editors, description } = protectionOf(session, evaluator.id);
    restrictSheet(sheet, editors, description, runningAs);
    if (session.status === 'scoring') sheet.hideSheet();
  }
}

/**
 * A new session's tabs. None can exist yet (each is registered under the session's new id), so none is
 * looked for. The first is laid out in full; the others are copies of it, each made and named in one
 * call, then given its own content. Google's reference promises only that a copy gets "all data from the
 * template sheet", so the copies are made before the first is anchored, protected or hidden (whatever a
 * copy would carry of those, there is none to carry), every copy's values are written afresh from its
 * own evaluator (nothing of the first stays on it, not even in an anonymous session), and the column
 * widths and frozen header, which the reference does not mention, are set on each copy too.
 */
export function setUpNewEvaluatorTabs(registry: TabRegistry, session: Session): void {
  const specs = evaluatorTabs(session);
  const [first, ...others] = specs;
  if (!first) return;
  const layoutOf = (evaluatorId: string) => evaluatorTabLayout(session, evaluatorId, labelOf(session, evaluatorId), null);
  const template = registry.insert(first);
  const tabs: Array<{ spec: (typeof specs)[number]; sheet: Sheet; range: Range }> = [
    { spec: first, sheet: template, range: writeBlock(template, 1, 1, layoutOf(first.evaluatorId)) },
  ];
  shapeEvaluatorTab(template);
  const copies = others.map((spec) => ({ spec, sheet: registry.insert(spec, template) }));
  for (const { spec, sheet } of copies) {
    tabs.push({ spec, sheet, range: writeBlockValues(sheet, 1, 1, layoutOf(spec.evaluatorId)) });
    shapeEvaluatorTab(sheet);
  }
  const protect = newSheetsProtector(effectiveUserEmail());
  for (const { spec, sheet, range } of tabs) {
    registry.anchor(spec, range);
    const { editors, description } = protectionOf(session, spec.evaluatorId);
    protect(sheet, editors, description);
    sheet.hideSheet();
  }
}

function shapeEvaluatorTab(sheet: Sheet): void {
  sheet.setFrozenRows(EVALUATOR_TAB_HEADER_ROW);
  widenColumns(sheet, WIDE_COLUMNS);
}

/**
 * Writes each evaluator's submitted answers into their tab and shows it: per tab one lookup, one
 * write, and two calls to show it. Every tab is found before anything is written, so a deleted tab
 * stops the reveal with nothing half-done.
 */
function revealEvaluatorTabs(
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
function archiveEvaluatorTabs(registry: TabRegistry, session: Session): void {
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

/** The evaluator tabs from the reveal on; their set-up goes with the other tabs' (acrossTabs.ts). */
export const evaluatorTabsPart = (tabs: Tabs): Pick<Workbook, 'revealEvaluatorTabs' | 'archiveEvaluatorTabs' | 'removeEvaluatorTabs'> => ({
  revealEvaluatorTabs: (session, submissions, beforeWriting) => revealEvaluatorTabs(tabs(), session, submissions, beforeWriting),
  archiveEvaluatorTabs: (session) => archiveEvaluatorTabs(tabs(), session),
  /** They only ever held the questions, so they are deleted rather than left hidden for good (their named ranges go with them). */
  removeEvaluatorTabs(session) {
    const registry = tabs();
    for (const spec of evaluatorTabs(session)) {
      const sheet = registry.find(spec);
      if (sheet) registry.spreadsheet.deleteSheet(sheet);
    }
  },
});
