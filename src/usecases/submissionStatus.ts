// The facilitator's view of who has submitted and when, never what. Before the reveal it also
// refreshes the status shown on the Summary and Session tabs (submitting never touches a sheet).
import type { SubmissionStatusView } from '../api/views';
import type { SealedScores } from '../state/sealedScores';
import type { SessionState } from '../state/sessionState';
import { loadAllSealed, requireState } from '../state/stateStore';
import { requireFacilitation } from './authorization';
import type { Services } from './ports/services';
import { submissionStatusView } from './sessionViews';

export function submissionStatus(services: Services): SubmissionStatusView {
  const user = services.caller();
  return services.underLock(() => {
    const store = services.store();
    const state = requireState(store);
    requireFacilitation(state, user);
    const view = submissionStatusView(state, loadAllSealed(store, state.session));
    if (state.session.status === 'scoring') services.workbook().writeStatus(state.session, view.rows);
    return view;
  });
}

/**
 * Everyone reads the submission counts on the Session and Summary tabs, so a submission (or a name
 * picked) refreshes them: counts and times only, never answers. The sealed record is already stored: if
 * Sheets refuses the write (a tab protected against this evaluator, a tab deleted) the submission still
 * stands, and the facilitator's next step writes the counts again.
 */
export function refreshSubmissionCounts(services: Services, state: SessionState, sealedAll: readonly SealedScores[]): void {
  try {
    services.workbook().writeSubmissionCounts(state.session, submissionStatusView(state, sealedAll).rows);
  } catch {
    // Deliberately not an error for the evaluator: see above.
  }
}
