// Who the caller is to this session, worked out on the server from what Apps Script reports and the
// caller's private token: never from anything the sidebar sends.
import type { CurrentUser } from './ports/currentUser';
import { UserError } from '../domain/errors';
import type { Evaluator } from '../domain/schemas';
import type { IdentifiedBy } from '../api/views';
import type { SessionState } from '../state/sessionState';

export interface EvaluatorIdentity {
  evaluator: Evaluator;
  identifiedBy: Exclude<IdentifiedBy, 'not yet'>;
}

export function isFacilitator(state: SessionState, user: CurrentUser): boolean {
  const { email, tokenHash } = state.facilitator;
  // Two addresses settle it: user properties (and so the token) belong to one account.
  if (email !== '' && user.email !== '') return email.toLowerCase() === user.email;
  return tokenHash !== '' && user.tokenHash() === tokenHash;
}

/** A co-facilitator named on the session, known by the address Apps Script reports for them. */
function isCoFacilitator(state: SessionState, user: CurrentUser): boolean {
  return user.email !== '' && state.session.team.coFacilitators.some((email) => email.toLowerCase() === user.email);
}

/** The facilitator or a co-facilitator: may reveal, record finals and notes, and build and share the report. */
export function canFacilitate(state: SessionState, user: CurrentUser): boolean {
  return isFacilitator(state, user) || isCoFacilitator(state, user);
}

/** Throws unless the caller is the facilitator or a co-facilitator. */
export function requireFacilitation(state: SessionState, user: CurrentUser): void {
  if (!canFacilitate(state, user)) {
    const co = state.session.team.coFacilitators;
    throw new UserError(
      `Only the facilitator of "${state.session.title}" (${state.session.facilitator.name})${co.length > 0 ? ` or a co-facilitator (${co.join(', ')})` : ''} can do this.`,
    );
  }
}

/**
 * Who may start the session after `state`: its facilitator, a co-facilitator, or the spreadsheet's
 * owner (`ownerEmail` as Apps Script reports it; '' or null when unknown).
 */
export function mayStartNext(state: SessionState, user: CurrentUser, ownerEmail: string | null): boolean {
  if (canFacilitate(state, user)) return true;
  return user.email !== '' && ownerEmail !== null && ownerEmail !== '' && ownerEmail.toLowerCase() === user.email;
}

/** "Lee (lead@…), a co-facilitator (co@…) or the spreadsheet's owner": who may start the next session. */
export function whoMayStartNext(state: SessionState): string {
  const { facilitator, team } = state.session;
  const lead = facilitator.email ? `${facilitator.name} (${facilitator.email})` : facilitator.name;
  const co = team.coFacilitators.length > 0 ? `, a co-facilitator (${team.coFacilitators.join(', ')})` : '';
  return `${lead}${co} or the spreadsheet's owner`;
}

/**
 * The evaluator the caller is: the one whose address Apps Script reports for them (any case), else the
 * one they picked as themselves. The token is only consulted when the address matches no one, so an
 * evaluator identified by address costs no extra service calls.
 */
export function evaluatorFor(state: SessionState, user: CurrentUser): EvaluatorIdentity | null {
  const evaluators = state.session.evaluators;
  if (user.email !== '') {
    const byEmail = evaluators.find((e) => e.email !== '' && e.email.toLowerCase() === user.email);
    if (byEmail) return { evaluator: byEmail, identifiedBy: 'email' };
  }
  if (state.claims.length === 0) return null;
  const hash = user.tokenHash();
  const claim = state.claims.find((c) => c.tokenHash === hash);
  const claimed = claim && evaluators.find((e) => e.id === claim.evaluatorId);
  return claimed ? { evaluator: claimed, identifiedBy: 'self-declared' } : null;
}

/** Throws unless the caller created the session. Every facilitator-only action starts here. */
export function requireFacilitator(state: SessionState, user: CurrentUser): void {
  if (!isFacilitator(state, user)) {
    throw new UserError(`Only the facilitator of "${state.session.title}" (${state.session.facilitator.name}) can do this.`);
  }
}

export function requireEvaluator(state: SessionState, user: CurrentUser): EvaluatorIdentity {
  const identity = evaluatorFor(state, user);
  if (identity === null) {
    throw new UserError(
      user.email === ''
        ? `You are not one of the evaluators of "${state.session.title}" yet: pick your name in the sidebar first.`
        : `${user.email} is not one of the evaluators of "${state.session.title}". Ask the facilitator to add you.`,
    );
  }
  return identity;
}

/** How each evaluator has been identified so far, for the facilitator's status view. */
export function identificationOf(state: SessionState, evaluator: Evaluator): IdentifiedBy {
  if (state.claims.some((c) => c.evaluatorId === evaluator.id)) return 'self-declared';
  return evaluator.email !== '' ? 'email' : 'not yet';
}
