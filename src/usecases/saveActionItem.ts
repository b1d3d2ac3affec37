// Action items live on the Action Items sheet, where people also edit them by hand; the facilitator adds
// or updates one from the sidebar. The sheet is read, changed and written back under the lock.
import type * as z from 'zod/mini';
import type { saveActionItemPayloadSchema } from '../api/payloads';
import type { FacilitatorView } from '../api/views';
import { UserError, parseWith } from '../domain/errors';
import { actionItemSchema, type ActionItem } from '../domain/schemas';
import { requireState } from '../state/stateStore';
import { requireFacilitation } from './authorization';
import type { Services } from './ports/services';
import { findCriterion } from './sessionRules';
import { facilitatorView } from './sidebarState';

type SaveActionItemInput = z.output<typeof saveActionItemPayloadSchema>;

export function saveActionItem(services: Services, input: SaveActionItemInput): FacilitatorView {
  const user = services.caller();
  return services.underLock(() => {
    const store = services.store();
    const state = requireState(store);
    requireFacilitation(state, user);
    const { session } = state;
    if (input.criterionId !== '') findCriterion(session.scorecard, input.criterionId);
    const workbook = services.workbook();
    const items = workbook.readActionItems();
    const existing = input.id === undefined ? undefined : items.find((item) => item.id === input.id);
    if (input.id !== undefined && !existing) throw new UserError(`There is no action item "${input.id}" on the Action Items sheet.`);
    const item: ActionItem = parseWith(
      actionItemSchema,
      {
        id: existing?.id ?? `a-${services.newId()}`,
        text: input.text,
        owner: input.owner,
        dueDate: input.dueDate,
        status: input.status,
        sessionId: existing?.sessionId ?? session.id,
        criterionId: input.criterionId,
        createdAt: existing?.createdAt ?? services.now(),
      },
      'Action item',
    );
    const next = existing ? items.map((i) => (i.id === item.id ? item : i)) : [...items, item];
    const participants = [session.facilitator.name, ...session.evaluators.map((e) => e.name)];
    workbook.writeActionItems(next, [...new Set(participants)]);
    return facilitatorView(services, store, state);
  });
}
