// An evaluator whose address Apps Script withholds picks their name once; from then on they are known
// by the hash of a private token in their own user properties. A name can be picked by one person only.
import type * as z from 'zod/mini';
import type { claimEvaluatorPayloadSchema } from '../api/payloads';
import type { SidebarState } from '../api/views';
import { UserError } from '../domain/errors';
import { SESSION_KEY, loadAllSealed, requireState } from '../state/stateStore';
import { refreshSubmissionCounts } from './submissionStatus';
import { evaluatorFor } from './authorization';
import type { Services } from './services';
import { stateAfterChange } from './sidebarState';

export type ClaimEvaluatorInput = z.output<typeof claimEvaluatorPayloadSchema>;

export function claimEvaluator(services: Services, input: ClaimEvaluatorInput): SidebarState {
  const user = services.caller();
  return services.underLock(
    () => {
      const store = services.store();
      const state = requireState(store);
      const { session } = state;
      if (session.status !== 'scoring') throw new UserError(`The scores of "${session.title}" have been revealed: names can no longer be picked.`);
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
        throw new UserError(`${evaluator.name} is known by their Google address, so this name cannot be picked: ${evaluator.name} opens the sidebar signed in as themselves.`);
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
    },
  );
}
