import { validateAnswer } from './answers';
import type { AnswerValue, ConsensusRule, Criterion } from './schemas';

/** The group's answer before the team records a final: a value, 'NA', or null when there is none. */
export interface Consensus {
  value: AnswerValue | null;
  reason: string;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function roundForReason(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * The consensus answer of one criterion on one call (rules in docs/scoring.md):
 * - 'expert': the expert's answer, N/A included; none when the expert has not answered.
 * - otherwise N/A first: when more than half answered N/A the consensus is N/A; exactly half is no
 *   consensus; fewer than half are set aside and the rule runs on the scored answers.
 * - 'majority-median': Yes/No by majority (a tie is no consensus); a scale or points by the median, and
 *   for an even count the lower middle value, which is the highest value a majority gave or exceeded.
 * - 'mean': the mean rounded to the nearest allowed value (halves round up); for Yes/No a mean of
 *   exactly ½ is no consensus.
 */
export function consensusFor(
  criterion: Criterion,
  values: readonly AnswerValue[],
  rule: ConsensusRule,
  expertValue?: AnswerValue,
): Consensus {
  for (const value of values) validateAnswer(criterion, value);
  if (rule === 'expert') {
    if (expertValue === undefined) return { value: null, reason: 'the expert has not scored this' };
    return { value: validateAnswer(criterion, expertValue), reason: "the expert's answer" };
  }
  if (values.length === 0) return { value: null, reason: 'nobody has scored this' };

  const scored = values.filter((value): value is number => value !== 'NA');
  const notApplicable = values.length - scored.length;
  if (notApplicable * 2 > values.length) {
    return { value: 'NA', reason: `${notApplicable} of ${values.length} marked it N/A` };
  }
  if (notApplicable * 2 === values.length) {
    return { value: null, reason: `tied: ${notApplicable} marked it N/A and ${scored.length} scored it` };
  }
  const setAside = notApplicable > 0 ? `; ${plural(notApplicable, 'N/A', 'N/As')} set aside` : '';
  const result = rule === 'mean' ? meanOf(criterion, scored) : majorityOrMedianOf(criterion, scored);
  return { value: result.value, reason: result.reason + setAside };
}

function majorityOrMedianOf(criterion: Criterion, scored: readonly number[]): Consensus {
  if (criterion.type === 'yes-no') {
    const yes = scored.filter((value) => value === 1).length;
    const no = scored.length - yes;
    if (yes === no) return { value: null, reason: `tied: ${yes} say Yes, ${no} say No` };
    return yes > no ? { value: 1, reason: `${yes} of ${scored.length} say Yes` } : { value: 0, reason: `${no} of ${scored.length} say No` };
  }
  const sorted = [...scored].sort((a, b) => a - b);
  const middle = Math.floor((sorted.length - 1) / 2);
  const lower = sorted[middle];
  const upper = sorted[sorted.length - 1 - middle];
  if (lower === upper) return { value: lower, reason: `median of ${plural(sorted.length, 'score', 'scores')}` };
  return {
    value: lower,
    reason: `the middle scores are ${lower} and ${upper}; ${lower} is the highest score a majority gave or exceeded`,
  };
}

function meanOf(criterion: Criterion, scored: readonly number[]): Consensus {
  const total = scored.reduce((sum, value) => sum + value, 0);
  if (criterion.type === 'yes-no') {
    if (total * 2 === scored.length) return { value: null, reason: `tied: the mean is exactly halfway between Yes and No` };
    const value = total * 2 > scored.length ? 1 : 0;
    return {
      value,
      reason: `${total} of ${scored.length} say Yes, mean ${roundForReason(total / scored.length)} rounds to ${value === 1 ? 'Yes' : 'No'}`,
    };
  }
  const mean = total / scored.length;
  const value = Math.round(mean);
  return { value, reason: `mean ${roundForReason(mean)} of ${plural(scored.length, 'score', 'scores')}, rounded to ${value}` };
}
