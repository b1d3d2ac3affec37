// After the reveal the facilitator records the value the team agreed for a criterion on a call. The
// final is stored first; the Summary and Discussion are then rewritten to follow it.
import type * as z from 'zod/mini';
import type { recordFinalPayloadSchema } from '../api/payloads';
import type { FacilitatorView } from '../api/views';
import { validateAnswer } from '../domain/scoring';
import { loadAllSealed, loadPeople, saveState } from '../state/stateStore';
import { discussionStep } from './discussionStep';
import type { Services } from './ports/services';
import { findCall, findCriterion } from './sessionRules';
import { analysisOf } from './sessionScores';
import { facilitatorView } from './sidebarState';
import { writeDiscussion, writeSummary } from './refreshSummary';

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
    const analysis = analysisOf(state, loadAllSealed(store, state.session));
    writeSummary(workbook, state, analysis, loadPeople(store));
    writeDiscussion(workbook, state, analysis);
    return facilitatorView(services, store, state);
  });
}
