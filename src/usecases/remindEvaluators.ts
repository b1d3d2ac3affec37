// The facilitator reminds the evaluators who have not submitted every call, naming the calls still to
// submit. Only whether a call was submitted is read, never what.
import type { MailResult } from '../api/views';
import { submittedFor } from '../state/sealedScores';
import { loadSealed, requireState } from '../state/stateStore';
import { requireFacilitator } from './authorization';
import { reminderFor, sendEach, type EvaluatorMessage } from './evaluatorMail';
import type { Services } from './ports/services';
import { requireScoringOpen } from './sessionRules';

export function remindEvaluators(services: Services): MailResult {
  const user = services.caller();
  const store = services.store();
  const state = requireState(store);
  requireFacilitator(state, user);
  requireScoringOpen(state);
  const { session } = state;
  const url = services.workbook().spreadsheetUrl();
  const messages: EvaluatorMessage[] = [];
  const done: string[] = [];
  for (const evaluator of session.evaluators) {
    const sealed = loadSealed(store, session, evaluator.id);
    const pending = session.calls.filter((call) => submittedFor(sealed, call.id) === undefined);
    if (pending.length === 0) done.push(evaluator.name);
    else messages.push(reminderFor(session, evaluator, pending, url));
  }
  return sendEach(services.mailer(), 'reminder', messages, done);
}
