// During the discussion the team rewrites a criterion. The session keeps the scorecard it was scored
// with; the change makes the next scorecard version, logged on the Scorecard sheet, and the next
// session starts from it.
import type * as z from 'zod/mini';
import type { changeDefinitionPayloadSchema } from '../api/payloads';
import type { FacilitatorView } from '../api/views';
import { applyDefinitionChange, proposeDefinitionChange } from '../domain/definitions';
import { saveState } from '../state/stateStore';
import { discussionStep } from './discussionStep';
import type { Services } from './ports/services';
import { facilitatorView } from './sidebarState';

export type ChangeDefinitionInput = z.output<typeof changeDefinitionPayloadSchema>;

export function changeDefinition(services: Services, input: ChangeDefinitionInput): FacilitatorView {
  return discussionStep(services, (store, current) => {
    const scorecard = current.nextScorecard;
    const change = proposeDefinitionChange(
      scorecard,
      { criterionId: input.criterionId, question: input.newQuestion, definition: input.newDefinition, reason: input.reason },
      services.now(),
    );
    const nextScorecard = applyDefinitionChange(scorecard, change);
    const state = saveState(store, {
      ...current,
      nextScorecard,
      definitionChanges: [...current.definitionChanges, change],
    });
    services.workbook().writeScorecard(nextScorecard, state.definitionChanges);
    return facilitatorView(services, store, state);
  });
}
