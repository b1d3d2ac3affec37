// The submitted score sheets of a session, gathered from every sealed record. Only the reveal, the
// facilitator's views after it, and the close read these; nothing here returns them before the reveal.
import { analyzeSession, type SessionAnalysis } from '../domain/analysis';
import type { Submission } from '../domain/schemas';
import type { SealedScores } from '../state/sealedScores';
import type { SessionState } from '../state/sessionState';

/** Each evaluator's latest submission per call of the session; drafts never count. */
export function submittedScores(state: SessionState, sealedAll: readonly SealedScores[]): Submission[] {
  const callIds = new Set(state.session.calls.map((c) => c.id));
  return sealedAll.flatMap((sealed) => sealed.submitted.filter((s) => callIds.has(s.callId)));
}

export function analysisOf(state: SessionState, sealedAll: readonly SealedScores[]): SessionAnalysis {
  return analyzeSession({ session: state.session, submissions: submittedScores(state, sealedAll), finals: state.finals });
}
