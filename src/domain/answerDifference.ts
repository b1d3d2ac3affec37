// How one evaluator's answer differs from the final the team agreed: what the answer grid colours,
// what an evaluator's own feedback lists. A comparison only; scores are computed in scoring.ts.
import type { AnswerValue } from './schemas';

export type AnswerDifference = 'critical' | 'na-vs-scored' | 'lower' | 'higher';

export const answerDifferenceLabels: Record<AnswerDifference, string> = {
  critical: 'Critical criterion answered differently: an auto-fail is at stake',
  'na-vs-scored': 'N/A where the final is scored, or scored where it is N/A',
  lower: 'Scored lower than the final (harsher)',
  higher: 'Scored higher than the final (more lenient)',
};

/**
 * null when the answer matches the final, or when either is missing. On a critical criterion any
 * difference puts the call's auto-fail at stake, so that kind wins over the others.
 */
export function answerDifference(
  answer: AnswerValue | null | undefined,
  final: AnswerValue | null | undefined,
  critical: boolean,
): AnswerDifference | null {
  if (answer === null || answer === undefined || final === null || final === undefined || answer === final) return null;
  if (critical) return 'critical';
  if (answer === 'NA' || final === 'NA') return 'na-vs-scored';
  return answer < final ? 'lower' : 'higher';
}
