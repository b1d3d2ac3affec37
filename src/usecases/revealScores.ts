// The facilitator reveals the scores. The session is marked revealed first (freezing every
// submission), then each step is done and recorded: the evaluator tabs, the Summary, the Discussion.
// A reveal that stops part-way is completed by running it again; each step writes whole blocks, so a
// step that runs twice still shows every score exactly once.
import type * as z from 'zod/mini';
import type { revealPayloadSchema } from '../api/payloads';
import type { FacilitatorView } from '../api/views';
import { UserError } from '../domain/errors';
import { commitWithEarlierSessions } from '../state/earlierSessions';
import { SESSION_KEY, loadAllSealed, loadPeople, requireState, saveState } from '../state/stateStore';
import { requireFacilitation } from './authorization';
import type { Services } from './ports/services';
import { resumableSteps } from './resumableSteps';
import { analysisOf, submittedScores } from './sessionScores';
import { facilitatorView } from './sidebarState';
import { submissionStatusView } from './sessionViews';
import { earlierSessionsOnHistory, writeDiscussion, writeSummary } from './refreshSummary';

type RevealInput = z.output<typeof revealPayloadSchema>;

export function revealScores(services: Services, _input: RevealInput): FacilitatorView {
  const user = services.caller();
  return services.underLock(() => {
    const store = services.store();
    let state = requireState(store);
    requireFacilitation(state, user);
    if (state.session.status === 'closed') throw new UserError(`"${state.session.title}" is closed.`);
    if (state.reveal?.completedAt) throw new UserError(`The scores were already revealed at ${state.reveal.completedAt}.`);
    const sealedAll = loadAllSealed(store, state.session);
    const submissions = submittedScores(state, sealedAll);
    if (submissions.length === 0) throw new UserError('Nobody has submitted scores yet: there is nothing to reveal.');

    // The reveal is recorded as begun only once every evaluator tab is found: a missing tab refuses it
    // with nothing written, and scoring stays open until "Repair session" has rebuilt the tab.
    const begin = () => {
      if (state.reveal !== null) return;
      const now = services.now();
      state = saveState(store, {
        ...state,
        session: { ...state.session, status: 'revealed', revealedAt: now },
        reveal: { startedAt: now, tabsWritten: false, summaryWritten: false, discussionWritten: false, completedAt: '' },
      });
    };
    const workbook = services.workbook();
    if (!state.reveal?.tabsWritten) {
      workbook.revealEvaluatorTabs({ ...state.session, status: 'revealed' }, submissions, () => {
        begin();
        workbook.progress("Writing each evaluator's scores into their tab…");
      });
      state = saveState(store, { ...state, reveal: { ...state.reveal!, tabsWritten: true } });
    }
    const analysis = analysisOf(state, sealedAll);
    const step = resumableSteps(
      store,
      'reveal',
      () => state,
      (next) => (state = next),
    );
    workbook.progress('Filling the Summary…');
    // History read once, for the Summary's trend and for the copy every later step of the session reads instead.
    const onHistory = earlierSessionsOnHistory(workbook, store, state);
    const earlier = onHistory ?? [];
    step('summaryWritten', () => writeSummary(workbook, state, analysis, loadPeople(store), earlier));
    step('discussionWritten', () => writeDiscussion(workbook, state, analysis));
    // The Session tab says "revealed" and holds the final counts (written again by a re-run, harmlessly).
    workbook.writeStatus(state.session, submissionStatusView(state, sealedAll).rows);
    const revealed: typeof state = { ...state, reveal: { ...state.reveal!, completedAt: services.now() } };
    if (onHistory === null) saveState(store, revealed);
    else commitWithEarlierSessions(store, { [SESSION_KEY]: revealed }, state.session.id, onHistory);
    state = revealed;
    return facilitatorView(services, store, state, { earlierSessions: earlier });
  });
}
