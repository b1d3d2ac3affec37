// An evaluator submits their answers for one call, and may submit again until the reveal. The
// submission is sealed in document properties with one write and touches no sheet: nobody else can
// read it until the facilitator reveals the scores.
import type { EvaluatorForm } from '../api/views';
import { sealScores, type ScoresInput } from './scoresRecord';
import type { Services } from './services';

export function submitScores(services: Services, input: ScoresInput): EvaluatorForm {
  return sealScores(services, input, 'submission');
}
