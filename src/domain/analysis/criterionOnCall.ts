import { highestValue, lowestValue } from '../answers';
import { consensusFor } from '../consensus';
import type { AnswerValue, ConsensusRule, Evaluator } from '../schemas';
import type { WeightedCriterion } from '../scoring';
import type { SubmittedSheet } from './collect';
import type { CriterionOnCall, DisagreementKind, EvaluatorAnswer, FinalSource, ValueCount } from './types';

interface CriterionContext {
  callId: string;
  /** Evaluators in reveal order. */
  order: readonly Evaluator[];
  sheets: ReadonlyMap<string, SubmittedSheet>;
  rule: ConsensusRule;
  expertEvaluatorId: string | null;
  recordedFinal: AnswerValue | undefined;
  varianceTarget: number;
}

/** Distinct answers with counts: most common first, then lowest value first, N/A last. */
function tallyOf(values: readonly AnswerValue[]): ValueCount[] {
  const counts = new Map<AnswerValue, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const rank = (value: AnswerValue) => (value === 'NA' ? Number.POSITIVE_INFINITY : value);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || rank(a.value) - rank(b.value));
}

export function analyzeCriterionOnCall(weighted: WeightedCriterion, context: CriterionContext): CriterionOnCall {
  const { criterion, section, maximum, share } = weighted;
  const answers: EvaluatorAnswer[] = [];
  for (const evaluator of context.order) {
    const sheet = context.sheets.get(evaluator.id);
    const value = sheet?.answers.get(criterion.id);
    if (sheet === undefined || value === undefined) continue;
    answers.push({ evaluatorId: evaluator.id, value, comment: sheet.comments.get(criterion.id) ?? '' });
  }
  const values = answers.map((answer) => answer.value);
  const expertValue =
    context.expertEvaluatorId === null ? undefined : context.sheets.get(context.expertEvaluatorId)?.answers.get(criterion.id);
  const consensus = consensusFor(criterion, values, context.rule, expertValue);

  let final: { value: AnswerValue | null; source: FinalSource };
  if (context.recordedFinal !== undefined) final = { value: context.recordedFinal, source: 'recorded' };
  else if (consensus.value !== null) final = { value: consensus.value, source: 'consensus' };
  else final = { value: null, source: 'unresolved' };

  const tally = tallyOf(values);
  const agreementPercent = values.length === 0 ? null : (tally[0].count / values.length) * 100;

  // One pass over the answers (already validated by the consensus) for spread and the kinds of disagreement.
  const lowest = lowestValue(criterion);
  let scoredCount = 0;
  let failed = 0;
  let least = Number.POSITIVE_INFINITY;
  let most = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (value === 'NA') continue;
    scoredCount++;
    if (value === lowest && criterion.critical) failed++;
    if (value < least) least = value;
    if (value > most) most = value;
  }
  const spread = scoredCount === 0 ? null : (most - least) / (highestValue(criterion) - lowest);
  const swingPoints = spread === null ? null : spread * share * 100;

  const disagreements: DisagreementKind[] = [];
  if (failed > 0 && failed < values.length) disagreements.push('critical-mismatch');
  if (scoredCount > 0 && scoredCount < values.length) disagreements.push('na-vs-scored');
  if (spread !== null && spread > 0) disagreements.push('split');

  return {
    callId: context.callId,
    criterionId: criterion.id,
    sectionId: section.id,
    critical: criterion.critical,
    maximum,
    share,
    answers,
    tally,
    consensus,
    final,
    agreementPercent,
    spread,
    swingPoints,
    disagreements,
    overTarget: disagreements.includes('critical-mismatch') || (swingPoints !== null && swingPoints > context.varianceTarget),
  };
}
