// How evaluators are named on the sheets: by name, or by their reveal label when the reveal is anonymous.
import { revealLabels } from '../../domain/analysis';
import type { Session } from '../../domain/schemas';

/** Evaluator id -> what the sheets call them ("Evaluator A" … in reveal order when anonymous). */
export function evaluatorLabels(session: Session): Map<string, string> {
  return revealLabels(session);
}
