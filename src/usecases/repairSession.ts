// Tabs renamed or deleted by hand are rebuilt from stored state: the layout first, then whatever the
// session's stage shows (status before the reveal; evaluator tabs, Summary and Discussion after it).
// Stored state is never changed by a repair, so no score can be lost by one. After the reveal the repair
// reads History again and stores what it finds as the copy of the earlier sessions that the finals, the
// register, the sidebar and the report draw the trend from (state/earlierSessions.ts): bookkeeping, not
// session data, and the way a row edited on History by hand reaches the trend before the close.
import type { RepairResult } from '../api/views';
import { UserError } from '../domain/errors';
import type { SessionHistoryEntry } from '../domain/schemas';
import { commitWithEarlierSessions, loadEarlierSessions } from '../state/earlierSessions';
import { isCloseComplete, isRevealComplete } from '../state/sessionState';
import { loadAllSealed, loadPeople, requireState } from '../state/stateStore';
import { requireFacilitator } from './authorization';
import type { Services } from './ports/services';
import { analysisOf, submittedScores } from './sessionScores';
import { submissionStatusView } from './sessionViews';
import { sidebarState } from './sidebarState';
import { earlierSessionsOnHistory, writeDiscussion, writeSummary } from './refreshSummary';

export function repairSession(services: Services): RepairResult {
  const user = services.caller();
  const repaired = services.underLock(() => {
    const store = services.store();
    const state = requireState(store);
    requireFacilitator(state, user);
    const { session } = state;
    if (isCloseComplete(state))
      throw new UserError(`"${session.title}" is closed: its tabs are archived, and the next session lays them out again.`);
    if (state.close !== null) throw new UserError('The close stopped part-way: click "Close session" again to complete it.');
    const workbook = services.workbook();
    const damage = workbook.findDamage(session);
    const sealedAll = loadAllSealed(store, session);
    workbook.setUpSession(
      session,
      workbook.readActionItems().filter((item) => item.status !== 'done'),
    );
    if (session.status === 'scoring') {
      workbook.writeStatus(session, submissionStatusView(state, sealedAll).rows);
    } else if (isRevealComplete(state)) {
      const analysis = analysisOf(state, sealedAll);
      workbook.revealEvaluatorTabs(session, submittedScores(state, sealedAll));
      const onHistory = earlierSessionsOnHistory(workbook, store, state);
      writeSummary(workbook, state, analysis, loadPeople(store), onHistory ?? []);
      // Written only when History differs from the copy (or there was none), as the one write of the repair.
      if (onHistory !== null && !sameEntries(loadEarlierSessions(store, session.id), onHistory))
        commitWithEarlierSessions(store, {}, session.id, onHistory);
      writeDiscussion(workbook, state, analysis);
    }
    if (state.report) workbook.setReportLink(session, state.report.url);
    if (state.definitionChanges.length > 0) workbook.writeScorecard(state.nextScorecard, state.definitionChanges);
    return damage;
  });
  // Looked for again, so the sidebar shows whatever the repair could not mend.
  return { repaired, state: sidebarState(services, { checkDamage: true }) };
}

const sameEntries = (a: readonly SessionHistoryEntry[] | null, b: readonly SessionHistoryEntry[]) =>
  a !== null && JSON.stringify(a) === JSON.stringify(b);
