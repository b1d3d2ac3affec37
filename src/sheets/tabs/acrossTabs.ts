// The workbook's steps that span several tabs: a session's set-up, its status, the counts a submission
// refreshes, what a final changes, and the check for tabs renamed or deleted by hand. Each step takes
// one registry for all its tabs.
import type { Session } from '../../domain/schemas';
import { resultRows, sessionResultRow } from '../../domain/results';
import type { DiscussionTabsContent, Workbook } from '../../usecases/ports/workbook';
import { initialStatus } from '../layout/sessionSheet';
import { fixedTab, fixedTabs, sessionTabs } from '../naming';
import type { Tabs } from '../registry';
import { setUpActionItemsTab } from './actionItemsTab';
import { writeDiscussionChange, writeDiscussionPlaceholder } from './discussionTab';
import { setUpEvaluatorTabs, setUpNewEvaluatorTabs } from './evaluatorTabs';
import { setUpLogTabs } from './logTabs';
import { setUpResultsTabs, writeResultsChange } from './resultsTabs';
import { adoptScorecardTab, writeScorecardTab } from './scorecardTab';
import { writeSessionCounts, writeSessionStatus, writeSessionTab } from './sessionTab';
import { writeAnswersPlaceholder, writeStatusCounts, writeStatusSummary, writeSummaryChange } from './summaryTab';

/** Everyone who may own an action item: the facilitator and the evaluators, by name. */
function participantsOf(session: Session): string[] {
  return [session.facilitator.name, ...session.evaluators.map((evaluator) => evaluator.name)];
}

export const acrossTabsPart = (
  tabs: Tabs,
): Pick<Workbook, 'setUpSession' | 'writeStatus' | 'writeSubmissionCounts' | 'writeFinalChange' | 'findDamage'> => ({
  setUpSession(session, openActions, status = initialStatus(session), options = {}) {
    const registry = tabs();
    // The Scorecard tab outlives sessions (its change log keeps every version); one typed by hand is adopted as it is.
    if (!adoptScorecardTab(registry)) writeScorecardTab(registry, session.scorecard, []);
    writeSessionTab(registry, session, openActions, status);
    if (session.status === 'scoring') writeStatusSummary(registry, session, status);
    else registry.ensure(fixedTab('summary'));
    if (session.status === 'scoring') writeAnswersPlaceholder(registry, session);
    else registry.ensure(fixedTab('answers'));
    if (session.status === 'scoring') writeDiscussionPlaceholder(registry, session);
    else registry.ensure(fixedTab('discussion'));
    setUpActionItemsTab(registry, participantsOf(session));
    setUpLogTabs(registry);
    setUpResultsTabs(registry);
    if (options.newSession) setUpNewEvaluatorTabs(registry, session);
    else setUpEvaluatorTabs(registry, session);
    registry.find(fixedTab('session'))?.activate();
  },

  writeStatus(session, status) {
    const registry = tabs();
    writeSessionStatus(registry, session, status);
    // After the reveal the Summary holds the analysis; status must not replace it.
    if (session.status === 'scoring') writeStatusSummary(registry, session, status);
  },

  writeSubmissionCounts(session, status) {
    const registry = tabs();
    writeSessionCounts(registry, session, status);
    if (session.status === 'scoring') writeStatusCounts(registry, session, status);
  },

  writeFinalChange(session, before, after) {
    const registry = tabs();
    writeSummaryChange(registry, session, before, after);
    writeDiscussionChange(registry, session, before, after);
    const figures = (content: DiscussionTabsContent) => ({
      rows: resultRows(session, content.analysis),
      session: sessionResultRow(session, content.analysis),
    });
    writeResultsChange(registry, session.id, figures(before), figures(after));
  },

  findDamage(session) {
    const registry = tabs();
    // A closed session's evaluator tabs are archived under other names; only the shared tabs remain its own.
    const specs = session.status === 'closed' ? fixedTabs.map(fixedTab) : sessionTabs(session);
    return specs.map((spec) => registry.damage(spec)).filter((problem): problem is string => problem !== null);
  },
});
