import { categoricalUnits, type Ratings } from './ratings';

/** Agreement weights: `unweighted` gives AC1; `linear` and `quadratic` give AC2 and need numeric ratings. */
export const GWET_WEIGHTS = ['unweighted', 'linear', 'quadratic'] as const;
export type GwetWeights = (typeof GWET_WEIGHTS)[number];

/** irrCAC's chance agreement when only one category is used, so that AC1 = percent agreement = 1. */
const ONE_CATEGORY_CHANCE = 1e-15;

/**
 * Gwet's AC1 (unweighted) or AC2 (linear or quadratic weights) over `ratings[unit][rater]`, computed as
 * the R package irrCAC's `gwet.ac1.raw` computes its estimate (Gwet 2008; irrCAC R/agree.coeff3.raw.r):
 *
 * - the categories are the distinct values rated (text is trimmed and upper-cased, blank text is
 *   missing); weighted forms take their weights from the values used: 1 − |k − l| ÷ (max − min), or
 *   1 − (k − l)² ÷ (max − min)²;
 * - units nobody rated are skipped; the rest make n;
 * - observed agreement pₐ averages, over the units rated at least twice, Σₖ rᵢₖ (r*ᵢₖ − 1) ÷ (rᵢ (rᵢ − 1)),
 *   where r*ᵢₖ = Σₗ wₖₗ rᵢₗ;
 * - πₖ = (1/n) Σᵢ rᵢₖ ÷ rᵢ over every rated unit (a unit rated once counts here, not in pₐ);
 * - chance agreement pₑ = Σ w ÷ (q (q − 1)) × Σₖ πₖ (1 − πₖ); with one category pₑ = 1e-15, so AC1 is 1;
 * - AC = (pₐ − pₑ) ÷ (1 − pₑ), unrounded.
 *
 * Null when no unit has two ratings. A weighted form over text categories is an error: irrCAC would
 * silently weigh them by their alphabetical rank, which means nothing.
 */
export function gwetAc1(ratings: Ratings, weights: GwetWeights = 'unweighted'): number | null {
  if (!GWET_WEIGHTS.includes(weights)) {
    throw new Error(`Gwet's AC1: weights must be one of ${GWET_WEIGHTS.join(', ')}, not "${String(weights)}".`);
  }
  const given = categoricalUnits(ratings, "Gwet's AC1");
  const textual = given.some((values) => values.some((value) => typeof value === 'string'));
  if (textual && weights !== 'unweighted') {
    throw new Error(`Gwet's AC2 (${weights} weights) needs numeric ratings; text categories can only be compared unweighted (AC1).`);
  }
  // irrCAC turns a matrix holding any text into text, trims it, upper-cases it and reads "" as missing.
  const units = given
    .map((values) => (textual ? values.map((value) => String(value).trim().toUpperCase()).filter((value) => value !== '') : values))
    .filter((values) => values.length > 0);
  const n = units.length;
  if (n === 0) return null;

  const categories = [...new Set(units.flat())].sort((a, b) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0,
  );
  const q = categories.length;
  const index = new Map<number | string, number>(categories.map((category, k) => [category, k]));
  const weight = weightMatrix(categories, weights);
  const weightSum = weight.reduce((sum, row) => sum + row.reduce((rowSum, value) => rowSum + value, 0), 0);

  const pi = new Float64Array(q);
  const counts = new Float64Array(q);
  const present: number[] = [];
  let agreementSum = 0;
  let pairedUnits = 0;
  for (const values of units) {
    // Only the categories present in the unit: a unit has at most one per rating, usually one or two.
    present.length = 0;
    for (const value of values) {
      const k = index.get(value) as number;
      if (counts[k] === 0) present.push(k);
      counts[k]++;
    }
    const r = values.length;
    let agreeing = 0;
    for (const k of present) {
      pi[k] += counts[k] / r / n;
      let weighted = 0;
      for (const l of present) weighted += weight[k][l] * counts[l];
      agreeing += counts[k] * (weighted - 1);
    }
    for (const k of present) counts[k] = 0;
    if (r < 2) continue;
    agreementSum += agreeing / (r * (r - 1));
    pairedUnits++;
  }
  if (pairedUnits === 0) return null;
  const pa = agreementSum / pairedUnits;
  let spread = 0;
  for (let k = 0; k < q; k++) spread += pi[k] * (1 - pi[k]);
  const pe = q >= 2 ? (weightSum * spread) / (q * (q - 1)) : ONE_CATEGORY_CHANCE;
  return (pa - pe) / (1 - pe);
}

function weightMatrix(categories: readonly (number | string)[], weights: GwetWeights): number[][] {
  const q = categories.length;
  if (weights === 'unweighted' || q === 1) return categories.map((_, k) => categories.map((__, l) => (k === l ? 1 : 0)));
  const values = categories as readonly number[];
  const range = values[q - 1] - values[0];
  return values.map((a) =>
    values.map((b) => (weights === 'linear' ? 1 - Math.abs(a - b) / range : 1 - ((a - b) * (a - b)) / (range * range))),
  );
}
