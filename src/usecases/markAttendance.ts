// The register: the facilitator ticks who is in the room for the discussion. One tick per call, read,
// changed and written under the lock like every other step of the discussion.
import type * as z from 'zod/mini';
import type { markAttendancePayloadSchema } from '../api/payloads';
import type { FacilitatorView } from '../api/views';
import { withMark } from '../domain/attendance';
import { UserError } from '../domain/errors';
import { loadAllSealed, loadPeople, saveState } from '../state/stateStore';
import { discussionStep } from './discussionStep';
import type { Services } from './ports/services';
import { earlierSessions, writeSummary } from './refreshSummary';
import { analysisOf } from './sessionScores';
import { facilitatorView } from './sidebarState';

type MarkAttendanceInput = z.output<typeof markAttendancePayloadSchema>;

export function markAttendance(services: Services, input: MarkAttendanceInput): FacilitatorView {
  return discussionStep(services, (store, current) => {
    const evaluator = current.session.evaluators.find((e) => e.id === input.evaluatorId);
    if (evaluator === undefined) throw new UserError(`There is no evaluator "${input.evaluatorId}" on this session's roster.`);
    const state = saveState(store, {
      ...current,
      attendance: withMark(current.attendance, { evaluatorId: evaluator.id, status: input.status, markedAt: services.now() }),
    });
    // The Summary's trend shows this session's attendance rate beside the earlier ones.
    const analysis = analysisOf(state, loadAllSealed(store, state.session));
    const workbook = services.workbook();
    writeSummary(workbook, state, analysis, loadPeople(store), earlierSessions(workbook, store, state));
    return facilitatorView(services, store, state);
  });
}
