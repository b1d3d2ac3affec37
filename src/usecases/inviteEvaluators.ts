// The facilitator emails each evaluator the spreadsheet's link, the calls and the deadline. Optional:
// nothing is emailed unless the facilitator asks.
import type { MailResult } from '../api/views';
import { requireState } from '../state/stateStore';
import { requireFacilitator } from './authorization';
import { invitationFor, sendEach } from './evaluatorMail';
import type { Services } from './ports/services';
import { requireScoringOpen } from './sessionRules';

export function inviteEvaluators(services: Services): MailResult {
  const user = services.caller();
  const state = requireState(services.store());
  requireFacilitator(state, user);
  requireScoringOpen(state);
  const { session } = state;
  const url = services.workbook().spreadsheetUrl();
  return sendEach(
    services.mailer(),
    'invitation',
    session.evaluators.map((evaluator) => invitationFor(session, evaluator, url)),
  );
}
