import { answerFraction } from '../answers';
import type { AnswerValue, Call, Evaluator } from '../schemas';
import { scoreWeighted, type WeightedCriterion } from '../scoring';
import type { SubmittedSheet } from './collect';
import type { CallResult, CriterionOnCall, EvaluatorOnCall } from './types';

/** Points-weighted alignment sums for one evaluator on one call: Σ maximum × alignment and Σ maximum. */
export interface AlignmentTotals {
  aligned: number;
  weight: number;
}

function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

/**
 * Alignment of one answer with the final, 0–1: 1 − |answer fraction − final fraction| when both are
 * scored, 1 when both are N/A, 0 when only one is N/A (the evaluator disagreed about whether it applies).
 */
export function criterionAlignment(weighted: WeightedCriterion, value: AnswerValue, final: AnswerValue): number {
  const mine = answerFraction(weighted.criterion, value);
  const agreed = answerFraction(weighted.criterion, final);
  if (mine === null || agreed === null) return mine === agreed ? 1 : 0;
  return 1 - Math.abs(mine - agreed);
}

function alignmentTotals(
  criteria: readonly WeightedCriterion[],
  answers: ReadonlyMap<string, AnswerValue>,
  finals: ReadonlyMap<string, AnswerValue>,
): AlignmentTotals {
  let aligned = 0;
  let weight = 0;
  for (const weighted of criteria) {
    const value = answers.get(weighted.criterion.id);
    const final = finals.get(weighted.criterion.id);
    if (value === undefined || final === undefined) continue;
    aligned += weighted.maximum * criterionAlignment(weighted, value, final);
    weight += weighted.maximum;
  }
  return { aligned, weight };
}

interface CallInput {
  call: Call;
  criteria: readonly WeightedCriterion[];
  /** This call's criterion results, in scorecard order. */
  results: CriterionOnCall[];
  order: readonly Evaluator[];
  sheets: ReadonlyMap<string, SubmittedSheet>;
  expertEvaluatorId: string | null;
}

/**
 * Critical criteria where the evaluator's pass/fail differs from the final's: they failed one the team
 * passed, or passed (or marked N/A) one the team failed. Criteria without a final are not judged.
 */
export function criticalDisagreements(
  criteria: readonly WeightedCriterion[],
  answers: ReadonlyMap<string, AnswerValue>,
  finals: ReadonlyMap<string, AnswerValue>,
): string[] {
  const disagreeing: string[] = [];
  for (const { criterion } of criteria) {
    if (!criterion.critical) continue;
    const value = answers.get(criterion.id);
    const final = finals.get(criterion.id);
    if (value === undefined || final === undefined) continue;
    if ((answerFraction(criterion, value) === 0) !== (answerFraction(criterion, final) === 0)) disagreeing.push(criterion.id);
  }
  return disagreeing;
}

export function analyzeCall(input: CallInput): { result: CallResult; alignment: Map<string, AlignmentTotals> } {
  const { call, criteria, results, order, sheets } = input;
  const consensusAnswers = new Map<string, AnswerValue>();
  const finalAnswers = new Map<string, AnswerValue>();
  const unresolved = new Set<string>();
  const noConsensus = new Set<string>();
  for (const item of results) {
    if (item.consensus.value !== null) consensusAnswers.set(item.criterionId, item.consensus.value);
    else noConsensus.add(item.criterionId);
    if (item.final.value !== null) finalAnswers.set(item.criterionId, item.final.value);
    else unresolved.add(item.criterionId);
  }
  const finalScore = scoreWeighted(criteria, finalAnswers);
  // The consensus score covers the calibrated score's criteria: where the team settled a tie that had no
  // consensus, its final stands in, so the two scores differ only by what the discussion changed.
  const consensusOnFinalCriteria = new Map(finalAnswers);
  for (const [criterionId, value] of consensusAnswers) consensusOnFinalCriteria.set(criterionId, value);
  const consensusScore = scoreWeighted(criteria, consensusOnFinalCriteria);
  const consensusOnly = noConsensus.size === 0 ? consensusScore : scoreWeighted(criteria, consensusAnswers);

  const expertId = input.expertEvaluatorId;
  const expertSheet = expertId === null ? undefined : sheets.get(expertId);
  const expertScore = expertSheet === undefined ? null : scoreWeighted(criteria, expertSheet.answers);
  const expertOnConsensusCriteria = expertSheet === undefined ? null : scoreWeighted(criteria, expertSheet.answers, noConsensus).rawPercent;
  const expertDiffersFromConsensus =
    expertSheet === undefined
      ? []
      : results
          .filter((item) => item.consensus.value !== null && expertSheet.answers.has(item.criterionId))
          .filter((item) => expertSheet.answers.get(item.criterionId) !== item.consensus.value)
          .map((item) => item.criterionId);

  const evaluators: EvaluatorOnCall[] = [];
  const alignment = new Map<string, AlignmentTotals>();
  const criticalCriteria = criteria.filter((weighted) => weighted.criterion.critical);
  for (const evaluator of order) {
    const sheet = sheets.get(evaluator.id);
    if (sheet === undefined) continue;
    const score = scoreWeighted(criteria, sheet.answers);
    const leftOut = [...unresolved].filter((criterionId) => sheet.answers.has(criterionId));
    const compared = leftOut.length === 0 ? score : scoreWeighted(criteria, sheet.answers, unresolved);
    const totals = alignmentTotals(criteria, sheet.answers, finalAnswers);
    alignment.set(evaluator.id, totals);
    const critical = criticalDisagreements(criticalCriteria, sheet.answers, finalAnswers);
    evaluators.push({
      evaluatorId: evaluator.id,
      score,
      comparedScore: compared,
      leftOut,
      // Raw scores: an auto-fail is counted as a critical disagreement, not as a 100-point deviation.
      deviation: difference(compared.rawPercent, finalScore.rawPercent),
      deviationFromExpert: evaluator.id === expertId ? null : difference(score.rawPercent, expertScore?.rawPercent ?? null),
      alignmentPercent: totals.weight === 0 ? null : (totals.aligned / totals.weight) * 100,
      criticalDisagreement: critical.length > 0,
      criticalDisagreementCriteria: critical,
    });
  }

  const percents = evaluators.map((entry) => entry.score.percent).filter((percent): percent is number => percent !== null);
  return {
    result: {
      callId: call.id,
      label: call.label,
      evaluators,
      criteria: results,
      consensusScore,
      finalScore,
      unresolvedCriteria: [...unresolved],
      recordedFinalCount: results.filter((item) => item.final.source === 'recorded').length,
      expertPercent: expertScore?.percent ?? null,
      expertRawPercent: expertScore?.rawPercent ?? null,
      expertVsConsensusGap: difference(expertOnConsensusCriteria, consensusOnly.rawPercent),
      expertDiffersFromConsensus,
      criticalDisagreement: evaluators.some((entry) => entry.criticalDisagreement),
      lowestPercent: percents.length === 0 ? null : Math.min(...percents),
      highestPercent: percents.length === 0 ? null : Math.max(...percents),
    },
    alignment,
  };
}
