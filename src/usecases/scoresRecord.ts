// Shared by saving a draft and submitting: the caller's own answers for one call, checked against the
// pinned scorecard and sealed in the caller's own record with one property write.
import type * as z from 'zod/mini';
import type { scoresPayloadSchema } from '../api/payloads';
import type { EvaluatorForm } from '../api/views';
import { weightedCriteria, validateSubmissionAnswers } from '../domain/scoring';
import type { Answer, Scorecard, Submission } from '../domain/schemas';
import { submittedFor, withDraft, withSubmission } from '../state/sealedScores';
import { loadAllSealed, loadSealed, requireState, sealedChange } from '../state/stateStore';
import { requireEvaluator } from './authorization';
import type { Services } from './ports/services';
import { evaluatorForm } from './sessionViews';
import { refreshSubmissionCounts } from './submissionStatus';
import { findCall, requireScoringOpen } from './sessionRules';

type ScoresInput = z.output<typeof scoresPayloadSchema>;

/**
 * Room in the property store that scores never take: the reveal, the finals, the close and the
 * scorecard handed on to the next session must still fit after every evaluator has saved.
 */
const FACILITATOR_ROOM = {
  bytes: 32 * 1024,
  reason: 'for the facilitator to reveal and close the session: shorten long comments, then try again',
};

/** Answers in scorecard order, so the stored record and every view list them the same way. */
function inScorecardOrder(scorecard: Scorecard, answers: readonly Answer[]): Answer[] {
  const position = new Map(weightedCriteria(scorecard).map((item, i) => [item.criterion.id, i]));
  return [...answers].sort((a, b) => position.get(a.criterionId)! - position.get(b.criterionId)!);
}

/**
 * Seals the caller's answers for one call: as a draft (may be partial) or as a submission (every
 * criterion answered). The evaluator is whoever is calling; the payload names only the call.
 */
export function sealScores(services: Services, input: ScoresInput, kind: 'draft' | 'submission'): EvaluatorForm {
  const user = services.caller();
  return services.underLock(
    () => {
      const store = services.store();
      const state = requireState(store);
      const identity = requireEvaluator(state, user);
      requireScoringOpen(state);
      const { session } = state;
      const call = findCall(session, input.callId);
      validateSubmissionAnswers(session.scorecard, input.answers, { complete: kind === 'submission' });
      const sealed = loadSealed(store, session, identity.evaluator.id);
      const previous = submittedFor(sealed, call.id);
      const now = services.now();
      const record: Submission = {
        sessionId: session.id,
        evaluatorId: identity.evaluator.id,
        callId: call.id,
        answers: inScorecardOrder(session.scorecard, input.answers),
        status: kind === 'draft' ? 'draft' : 'submitted',
        submittedAt: kind === 'draft' ? (previous?.submittedAt ?? '') : now,
        updatedAt: now,
        revision: kind === 'draft' ? (previous?.revision ?? 0) : (previous?.revision ?? 0) + 1,
      };
      const next = kind === 'draft' ? withDraft(sealed, record) : withSubmission(sealed, record);
      store.commit(sealedChange(session, next), { keepFree: FACILITATOR_ROOM });
      if (kind === 'submission')
        refreshSubmissionCounts(
          services,
          state,
          loadAllSealed(store, session).map((s) => (s.evaluatorId === next.evaluatorId ? next : s)),
        );
      return evaluatorForm(state, identity, next);
    },
    // A draft touches no sheet; a submission changes the counts on the Session and Summary tabs.
    { sheets: kind === 'submission' },
  );
}
