// The facilitator's view of who has submitted and when, never what. Before the reveal it also
// refreshes the status shown on the Summary and Session tabs (submitting never touches a sheet).
import type { SubmissionStatusView } from '../api/views';
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
