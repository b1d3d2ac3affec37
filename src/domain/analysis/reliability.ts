import {
  alphaConfidenceInterval,
  alphaReliabilityWarning,
  describeAlpha,
  gwetAc1,
  krippendorffAlpha,
  readAgreement,
  percentAgreement,
  type Rating,
} from '../agreement';
import { answerFraction } from '../answers';
import type { WeightedCriterion } from '../scoring';
import type { CallResult, CriterionReliability, SessionSummary } from './types';

/**
 * α is computed at the interval level on answer fractions (0–1), with N/A and missing sheets as missing
 * values. Fractions put Yes/No, scale and points criteria on one footing, and interval α on a single
 * Yes/No criterion equals nominal α, so nothing is lost for the commonest criterion type.
 */
export const ALPHA_LEVEL = 'interval' as const;
/** Enough replicates for a stable 95% interval at two decimals, few enough to stay fast over 600 units. */
export const BOOTSTRAP_SAMPLES = 200;
export const BOOTSTRAP_SEED = 20240601;
/**
 * Gwet's coefficient on the same answer fractions as α. Quadratic weights are AC2's counterpart of
 * interval α (both weigh a difference by its square); on Yes/No answers (0 and 1) they are AC1's.
 */
const GWET_WEIGHTING = 'quadratic' as const;

/** One unit (a criterion on a call) per row, one evaluator per column in reveal order. */
interface UnitRatings {
  /** Answer fractions; N/A and missing are null. */
  fractions: Rating[];
  /** Raw answers, N/A as "NA", for percent agreement, where N/A versus a score is a disagreement. */
  raw: Rating[];
}

/** ratings[call][criterion] built once and shared by the per-criterion and whole-session statistics. */
export function unitRatings(
  calls: readonly CallResult[],
  criteria: readonly WeightedCriterion[],
  revealOrder: readonly string[],
): UnitRatings[][] {
  const raters = new Map(revealOrder.map((id, index) => [id, index]));
  return calls.map((call) =>
    call.criteria.map((item, position) => {
      const criterion = criteria[position].criterion;
      const fractions = new Array<Rating>(raters.size).fill(null);
      const raw = new Array<Rating>(raters.size).fill(null);
      for (const answer of item.answers) {
        const index = raters.get(answer.evaluatorId) as number;
        fractions[index] = answerFraction(criterion, answer.value);
        raw[index] = answer.value;
      }
      return { fractions, raw };
    }),
  );
}

function asPercent(share: number | null): number | null {
  return share === null ? null : share * 100;
}

export function criterionReliability(
  calls: readonly CallResult[],
  criteria: readonly WeightedCriterion[],
  units: readonly (readonly UnitRatings[])[],
): CriterionReliability[] {
  return criteria.map(({ criterion }, position) => {
    const fractions = units.map((call) => call[position].fractions);
    const spreads = calls.map((call) => call.criteria[position].spread).filter((spread): spread is number => spread !== null);
    return {
      criterionId: criterion.id,
      alpha: krippendorffAlpha(fractions, ALPHA_LEVEL),
      alphaWarning: alphaReliabilityWarning(fractions),
      pairwiseAgreementPercent: asPercent(percentAgreement(units.map((call) => call[position].raw))),
      meanSpread: spreads.length === 0 ? null : spreads.reduce((sum, spread) => sum + spread, 0) / spreads.length,
    };
  });
}

type SessionReliability = Pick<
  SessionSummary,
  'alpha' | 'alphaWarning' | 'alphaDescription' | 'alphaInterval' | 'pairwiseAgreementPercent' | 'gwetAc1' | 'agreementReading'
>;

export function sessionReliability(units: readonly (readonly UnitRatings[])[]): SessionReliability {
  const all = units.flat();
  const fractions = all.map((unit) => unit.fractions);
  const alpha = krippendorffAlpha(fractions, ALPHA_LEVEL);
  const ac1 = gwetAc1(fractions, GWET_WEIGHTING);
  return {
    gwetAc1: ac1,
    agreementReading: readAgreement(alpha, ac1),
    alpha,
    alphaWarning: alphaReliabilityWarning(fractions),
    alphaDescription: describeAlpha(alpha),
    alphaInterval:
      alpha === null ? null : alphaConfidenceInterval(fractions, ALPHA_LEVEL, { samples: BOOTSTRAP_SAMPLES, seed: BOOTSTRAP_SEED }),
    pairwiseAgreementPercent: asPercent(percentAgreement(all.map((unit) => unit.raw))),
  };
}
