import {
  alphaConfidenceInterval,
  alphaReliabilityWarning,
  describeAlpha,
  krippendorffAlpha,
  percentAgreement,
  type Rating,
} from '../agreement';
import { answerFraction } from '../answers';
import type { WeightedCriterion } from '../scoring';
import type { CallResult, CriterionOnCall, CriterionReliability } from './types';

/**
 * α is computed at the interval level on answer fractions (0–1), with N/A and missing sheets as missing
 * values. Fractions put Yes/No, scale and points criteria on one footing, and interval α on a single
 * Yes/No criterion equals nominal α, so nothing is lost for the commonest criterion type.
 */
export const ALPHA_LEVEL = 'interval' as const;
/** Few enough replicates to stay fast over 600 units, enough for a stable 95% interval at two decimals. */
export const BOOTSTRAP_SAMPLES = 200;
export const BOOTSTRAP_SEED = 20240601;

function perRater(item: CriterionOnCall, raters: ReadonlyMap<string, number>, read: (value: CriterionOnCall['answers'][number]) => Rating): Rating[] {
  const row: Rating[] = new Array<Rating>(raters.size).fill(null);
  for (const answer of item.answers) {
    const index = raters.get(answer.evaluatorId);
    if (index !== undefined) row[index] = read(answer);
  }
  return row;
}

function ratingsFor(items: readonly CriterionOnCall[], weighted: ReadonlyMap<string, WeightedCriterion>, raters: ReadonlyMap<string, number>) {
  const fractions: Rating[][] = [];
  const raw: Rating[][] = [];
  for (const item of items) {
    const criterion = (weighted.get(item.criterionId) as WeightedCriterion).criterion;
    fractions.push(perRater(item, raters, (answer) => answerFraction(criterion, answer.value)));
    raw.push(perRater(item, raters, (answer) => answer.value));
  }
  return { fractions, raw };
}

function asPercent(share: number | null): number | null {
  return share === null ? null : share * 100;
}

export function criterionReliability(
  calls: readonly CallResult[],
  criteria: readonly WeightedCriterion[],
  revealOrder: readonly string[],
): CriterionReliability[] {
  const raters = new Map(revealOrder.map((id, index) => [id, index]));
  const weighted = new Map(criteria.map((item) => [item.criterion.id, item]));
  return criteria.map(({ criterion }, position) => {
    const items = calls.map((call) => call.criteria[position]);
    const { fractions, raw } = ratingsFor(items, weighted, raters);
    const spreads = items.map((item) => item.spread).filter((spread): spread is number => spread !== null);
    return {
      criterionId: criterion.id,
      alpha: krippendorffAlpha(fractions, ALPHA_LEVEL),
      alphaWarning: alphaReliabilityWarning(fractions),
      pairwiseAgreementPercent: asPercent(percentAgreement(raw)),
      meanSpread: spreads.length === 0 ? null : spreads.reduce((sum, spread) => sum + spread, 0) / spreads.length,
    };
  });
}

export function sessionReliability(calls: readonly CallResult[], criteria: readonly WeightedCriterion[], revealOrder: readonly string[]) {
  const raters = new Map(revealOrder.map((id, index) => [id, index]));
  const weighted = new Map(criteria.map((item) => [item.criterion.id, item]));
  const { fractions, raw } = ratingsFor(
    calls.flatMap((call) => call.criteria),
    weighted,
    raters,
  );
  const alpha = krippendorffAlpha(fractions, ALPHA_LEVEL);
  return {
    alpha,
    alphaWarning: alphaReliabilityWarning(fractions),
    alphaDescription: describeAlpha(alpha),
    alphaInterval: alphaConfidenceInterval(fractions, ALPHA_LEVEL, { samples: BOOTSTRAP_SAMPLES, seed: BOOTSTRAP_SEED }),
    pairwiseAgreementPercent: asPercent(percentAgreement(raw)),
  };
}
