// An evaluator saves unfinished answers for one call; a draft may leave criteria unanswered, and a
// draft saved after a submission leaves the submitted answers in force until it is submitted.
import type { EvaluatorForm } from '../api/views';
import { sealScores, type ScoresInput } from './scoresRecord';
import type { Services } from './services';

export function saveDraft(services: Services, input: ScoresInput): EvaluatorForm {
  return sealScores(services, input, 'draft');
}
