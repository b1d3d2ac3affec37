// During the discussion the team rewrites a criterion. The session keeps the scorecard it was scored
// with; the change makes the next scorecard version, logged on the Scorecard sheet, and the next
// session starts from it.
import type * as z from 'zod/mini';
import type { changeDefinitionPayloadSchema } from '../api/payloads';
import type { FacilitatorView } from '../api/views';
import { applyDefinitionChange, proposeDefinitionChange } from '../domain/definitions';
import { UserError } from '../domain/errors';
import { saveState } from '../state/stateStore';
import { discussionStep } from './discussionStep';
import type { Services } from './ports/services';
import { facilitatorView } from './sidebarState';

type ChangeDefinitionInput = z.output<typeof changeDefinitionPayloadSchema>;

export function changeDefinition(services: Services, input: ChangeDefinitionInput): FacilitatorView {
  return discussionStep(services, (store, current) => {
    const scorecard = current.nextScorecard;
    const change = proposeDefinitionChange(
      scorecard,
      { criterionId: input.criterionId, question: input.newQuestion, definition: input.newDefinition, reason: input.reason },
      services.now(),
    );
    const nextScorecard = applyDefinitionChange(scorecard, change);
    const definitionChanges = [...current.definitionChanges, change];
    // Only this criterion's cells and the log are written; anything typed there since is named first.
    const conflict = services
      .workbook()
      .writeDefinitionChange(change, { overwrite: input.overwrite, scorecard: nextScorecard, changes: definitionChanges });
    if (conflict !== '') {
      throw new UserError(
        `Nothing was changed: writing the new wording on the Scorecard tab would overwrite what was typed there since (${conflict}). Check it, then confirm to overwrite.`,
      );
    }
    const state = saveState(store, { ...current, nextScorecard, definitionChanges });
    return facilitatorView(services, store, state);
  });
}
