// Where in its life the session must be for each action, with the message that says why not.
import { criterionWithId } from '../domain/scorecardIndex';
import { UserError } from '../domain/errors';
import type { Call, Criterion, Session } from '../domain/schemas';
import { isRevealComplete, type SessionState } from '../state/sessionState';

export function requireScoringOpen(state: SessionState): void {
  if (state.session.status !== 'scoring') {
    throw new UserError(`The scores of "${state.session.title}" have been revealed: submissions can no longer change.`);
  }
}

export function requireRevealed(state: SessionState): void {
  if (state.session.status === 'closed') throw new UserError(`"${state.session.title}" is closed.`);
  if (!isRevealComplete(state)) {
    throw new UserError(
      state.reveal === null ? 'Reveal the scores first.' : 'The reveal stopped part-way: click "Reveal scores" again to complete it first.',
    );
  }
}

export function findCall(session: Session, callId: string): Call {
  const call = session.calls.find((c) => c.id === callId);
  if (!call) throw new UserError(`"${callId}" is not a call of "${session.title}".`);
  return call;
}

export function findCriterion(scorecard: Session['scorecard'], criterionId: string): Criterion {
  const found = criterionWithId(scorecard, criterionId);
  if (found !== undefined) return found;
  throw new UserError(`"${criterionId}" is not a criterion of scorecard "${scorecard.name}".`);
}
