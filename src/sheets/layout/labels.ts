// How evaluators are named on the sheets: by name, or by their reveal label when the reveal is anonymous.
import { revealLabel, revealOrder } from '../../domain/analysis';
import type { Session } from '../../domain/schemas';

/** Evaluator id -> what the sheets call them ("Evaluator A" … in reveal order when anonymous). */
export function evaluatorLabels(session: Session): Map<string, string> {
  const anonymous = session.options.anonymousReveal;
  return new Map(revealOrder(session).map((evaluator, index) => [evaluator.id, anonymous ? revealLabel(index) : evaluator.name]));
}
