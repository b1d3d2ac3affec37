// An evaluator whose address Apps Script withholds picks their name once; from then on they are known
// by the hash of a private token in their own user properties. A name can be picked by one person only,
// only by someone whose address is withheld, and only under the document lock. The facilitator sees each
// claim with its time and can undo one.
import type * as z from 'zod/mini';
import type { claimEvaluatorPayloadSchema, undoClaimPayloadSchema } from '../api/payloads';
import type { SidebarState } from '../api/views';
import { UserError } from '../domain/errors';
import { SESSION_KEY, loadAllSealed, requireState, sealedKey } from '../state/stateStore';
import { refreshSubmissionCounts } from './submissionStatus';
import { evaluatorFor, requireFacilitation } from './authorization';
import type { Services } from './ports/services';
import { stateAfterChange } from './sidebarState';

type ClaimEvaluatorInput = z.output<typeof claimEvaluatorPayloadSchema>;

export function claimEvaluator(services: Services, input: ClaimEvaluatorInput): SidebarState {
  const user = services.caller();
  return services.underLock(() => {
    const store = services.store();
    const state = requireState(store);
    const { session } = state;
    if (session.status !== 'scoring')
      throw new UserError(`The scores of "${session.title}" have been revealed: names can no longer be picked.`);
    // Only someone Google withholds the address of may say who they are; anyone else is known by it.
    if (user.email !== '') {
      const listed = evaluatorFor(state, user);
      throw new UserError(
        listed
          ? `You are already ${listed.evaluator.name} in this session, known by your address ${user.email}.`
          : `Google shares your address (${user.email}) with the add-on, so you cannot pick a name: ask the facilitator (${session.facilitator.name}) to add ${user.email} to your row.`,
      );
    }
    const evaluator = session.evaluators.find((e) => e.id === input.evaluatorId);
    if (!evaluator) throw new UserError(`"${input.evaluatorId}" is not an evaluator of "${session.title}".`);
    const already = evaluatorFor(state, user);
    if (already) {
      throw new UserError(
        already.evaluator.id === evaluator.id
          ? `You are already ${evaluator.name}.`
          : `You are already ${already.evaluator.name} in this session: each person scores once.`,
      );
    }
    if (evaluator.email !== '') {
      throw new UserError(
        `${evaluator.name} is known by their Google address, so this name cannot be picked: ${evaluator.name} opens the sidebar signed in as themselves.`,
      );
    }
    if (state.claims.some((c) => c.evaluatorId === evaluator.id)) {
      throw new UserError(`${evaluator.name} has already been picked by someone else. If that was a mistake, ask the facilitator.`);
    }
    const next = {
      ...state,
      claims: [...state.claims, { evaluatorId: evaluator.id, tokenHash: user.tokenHash(), claimedAt: services.now() }],
    };
    store.commit({ [SESSION_KEY]: next });
    refreshSubmissionCounts(services, next, loadAllSealed(store, session));
    return stateAfterChange(services, store, next);
  });
}

type UndoClaimInput = z.output<typeof undoClaimPayloadSchema>;

/**
 * The facilitator undoes a claim before the reveal: the name can be picked again. What was saved under
 * the name was typed by whoever claimed it, so it is removed with the claim: the person who picks the
 * name next must never see another person's answers.
 */
export function undoClaim(services: Services, input: UndoClaimInput): SidebarState {
  const user = services.caller();
  return services.underLock(
    () => {
      const store = services.store();
      const state = requireState(store);
      requireFacilitation(state, user);
      const { session } = state;
      const claim = state.claims.find((c) => c.evaluatorId === input.evaluatorId);
      const evaluator = session.evaluators.find((e) => e.id === input.evaluatorId);
      if (!evaluator) throw new UserError(`"${input.evaluatorId}" is not an evaluator of "${session.title}".`);
      if (!claim) throw new UserError(`Nobody has picked the name ${evaluator.name}: there is nothing to undo.`);
      if (session.status !== 'scoring') {
        throw new UserError(
          `The scores of "${session.title}" have been revealed: the scores saved as ${evaluator.name} now count, and the claim stays.`,
        );
      }
      const next = { ...state, claims: state.claims.filter((c) => c !== claim) };
      store.commit({ [SESSION_KEY]: next, [sealedKey(evaluator.id)]: undefined });
      return stateAfterChange(services, store, next);
    },
    { sheets: false },
  );
}
