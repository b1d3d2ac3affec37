// The facilitator records what was said about an agenda item and how it was resolved; recording the
// same item again updates it.
import type * as z from 'zod/mini';
import type { recordDiscussionPayloadSchema } from '../api/payloads';
import type { FacilitatorView } from '../api/views';
import type { DiscussionEntry } from '../domain/schemas';
import { loadAllSealed, saveState } from '../state/stateStore';
import { discussionStep } from './discussionStep';
import type { Services } from './ports/services';
import { findCall, findCriterion } from './sessionRules';
import { analysisOf } from './sessionScores';
import { facilitatorView } from './sidebarState';
import { writeDiscussion } from './refreshSummary';

type RecordDiscussionInput = z.output<typeof recordDiscussionPayloadSchema>;

export function recordDiscussion(services: Services, input: RecordDiscussionInput): FacilitatorView {
  return discussionStep(services, (store, current) => {
    const criterion = findCriterion(current.session.scorecard, input.criterionId);
    const callId = input.callId === '' ? '' : findCall(current.session, input.callId).id;
    const existing = current.discussion.find((d) => d.criterionId === criterion.id && d.callId === callId);
    const entry: DiscussionEntry = {
      id: existing?.id ?? `d-${services.newId()}`,
      criterionId: criterion.id,
      callId,
      notes: input.notes,
      resolution: input.resolution,
      recordedAt: services.now(),
    };
    const discussion = existing ? current.discussion.map((d) => (d.id === existing.id ? entry : d)) : [...current.discussion, entry];
    const state = saveState(store, { ...current, discussion });
    writeDiscussion(services.workbook(), state, analysisOf(state, loadAllSealed(store, state.session)));
    return facilitatorView(services, store, state);
  });
}
