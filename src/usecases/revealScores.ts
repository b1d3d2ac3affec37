// The facilitator reveals the scores. The session is marked revealed first (freezing every
// submission), then each step is done and recorded: the evaluator tabs, the Summary, the Discussion.
// A reveal that stops part-way is completed by running it again; each step writes whole blocks, so a
// step that runs twice still shows every score exactly once.
import type * as z from 'zod/mini';
import type { revealPayloadSchema } from '../api/payloads';
import type { FacilitatorView } from '../api/views';
import { UserError } from '../domain/errors';
import type { RevealProgress } from '../state/sessionState';
import { loadAllSealed, requireState, saveState } from '../state/stateStore';
import { requireFacilitator } from './authorization';
import type { Services } from './services';
import { analysisOf, submittedScores } from './sessionScores';
import { facilitatorView } from './sidebarState';
import { submissionStatusView } from './sessionViews';
import { writeDiscussion, writeSummary } from './refreshSummary';

export type RevealInput = z.output<typeof revealPayloadSchema>;

type RevealStep = keyof Pick<RevealProgress, 'tabsWritten' | 'summaryWritten' | 'discussionWritten'>;

export function revealScores(services: Services, _input: RevealInput): FacilitatorView {
  const user = services.caller();
  return services.underLock(() => {
    const store = services.store();
    let state = requireState(store);
    requireFacilitator(state, user);
    if (state.session.status === 'closed') throw new UserError(`"${state.session.title}" is closed.`);
    if (state.reveal?.completedAt) throw new UserError(`The scores were already revealed at ${state.reveal.completedAt}.`);
    const sealedAll = loadAllSealed(store, state.session);
    const submissions = submittedScores(state, sealedAll);
    if (submissions.length === 0) throw new UserError('Nobody has submitted scores yet: there is nothing to reveal.');

    if (state.reveal === null) {
      const now = services.now();
      state = saveState(store, {
        ...state,
        session: { ...state.session, status: 'revealed', revealedAt: now },
        reveal: { startedAt: now, tabsWritten: false, summaryWritten: false, discussionWritten: false, completedAt: '' },
      });
    }
    const workbook = services.workbook();
    const analysis = analysisOf(state, sealedAll);
    const step = (name: RevealStep, work: () => void) => {
      if (state.reveal![name]) return;
      work();
      state = saveState(store, { ...state, reveal: { ...state.reveal!, [name]: true } });
    };
    workbook.progress('Writing each evaluator\'s scores into their tab…');
    step('tabsWritten', () => workbook.revealEvaluatorTabs(state.session, submissions));
    workbook.progress('Filling the Summary…');
    step('summaryWritten', () => writeSummary(workbook, state, analysis));
    step('discussionWritten', () => writeDiscussion(workbook, state, analysis));
    // The Session tab says "revealed" and holds the final counts (written again by a re-run, harmlessly).
    workbook.writeStatus(state.session, submissionStatusView(state, sealedAll).rows);
    state = saveState(store, { ...state, reveal: { ...state.reveal!, completedAt: services.now() } });
    return facilitatorView(services, store, state);
  });
}
