// After the reveal the facilitator records the value the team agreed for a criterion on a call. The
// final is stored first; then only the cells it changes on the Summary, Answers, Discussion and results
// tabs are written, so the tabs show what a full rewrite would, at a fraction of the calls.
import type * as z from 'zod/mini';
import type { recordFinalPayloadSchema } from '../api/payloads';
import type { FacilitatorView } from '../api/views';
import { validateAnswer } from '../domain/scoring';
import { loadAllSealed, loadPeople, saveState } from '../state/stateStore';
import type { SessionState } from '../state/sessionState';
import { discussionStep } from './discussionStep';
import type { DiscussionTabsContent } from './ports/workbook';
import type { Services } from './ports/services';
import { earlierSessions, trendAfter } from './refreshSummary';
import { findCall, findCriterion } from './sessionRules';
import { analysisOf } from './sessionScores';
import { facilitatorView } from './sidebarState';

type RecordFinalInput = z.output<typeof recordFinalPayloadSchema>;

export function recordFinal(services: Services, input: RecordFinalInput): FacilitatorView {
  return discussionStep(services, (store, current) => {
    const call = findCall(current.session, input.callId);
    const criterion = findCriterion(current.session.scorecard, input.criterionId);
    const value = validateAnswer(criterion, input.value);
    const final = { callId: call.id, criterionId: criterion.id, value, decidedAt: services.now() };
    const others = current.finals.filter((f) => !(f.callId === call.id && f.criterionId === criterion.id));
    const state = saveState(store, { ...current, finals: [...others, final] });
    const workbook = services.workbook();
    const sealedAll = loadAllSealed(store, state.session);
    const people = loadPeople(store);
    // Read as the reveal read it, so both sides are laid out as the tabs were.
    const earlier = earlierSessions(workbook, store, state);
    const contentOf = (of: SessionState): DiscussionTabsContent => {
      const analysis = analysisOf(of, sealedAll);
      return { analysis, trend: trendAfter(earlier, of, analysis, people), discussion: of.discussion, finals: of.finals };
    };
    workbook.writeFinalChange(state.session, contentOf(current), contentOf(state));
    return facilitatorView(services, store, state, { earlierSessions: earlier });
  });
}
