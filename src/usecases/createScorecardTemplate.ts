// "Create scorecard template": before the first session, the Scorecard tab is written from a preset or a
// short example, for the team to make its own; the first session then starts from "The Scorecard sheet".
// A Scorecard tab already there (the add-on's, or one typed by hand) is never overwritten.
import type * as z from 'zod/mini';
import type { scorecardTemplatePayloadSchema } from '../api/payloads';
import type { SidebarState } from '../api/views';
import { UserError } from '../domain/errors';
import { presetById } from '../domain/presets';
import { BLANK_TEMPLATE_ID, blankScorecardExample } from '../domain/presets/blankExample';
import { isCloseComplete } from '../state/sessionState';
import { loadState } from '../state/stateStore';
import type { Services } from './ports/services';
import { sidebarState } from './sidebarState';

type ScorecardTemplateInput = z.output<typeof scorecardTemplatePayloadSchema>;

export function createScorecardTemplate(services: Services, input: ScorecardTemplateInput): SidebarState {
  services.underLock(() => {
    const state = loadState(services.store());
    if (state !== null && !isCloseComplete(state)) {
      throw new UserError(`"${state.session.title}" is running: its scorecard is set. Make the template after it is closed.`);
    }
    const workbook = services.workbook();
    if (workbook.hasScorecard()) {
      throw new UserError(
        'This spreadsheet already has a Scorecard tab: edit it there (nothing was overwritten), or delete or rename it first.',
      );
    }
    const scorecard = input.template === BLANK_TEMPLATE_ID ? blankScorecardExample() : presetById(input.template).scorecard;
    workbook.writeScorecard(scorecard, []);
  });
  return sidebarState(services);
}
