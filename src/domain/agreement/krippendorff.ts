import { categoricalUnits, numericUnits, type GivenRating, type Ratings } from './ratings';

export const ALPHA_LEVELS = ['nominal', 'ordinal', 'interval', 'ratio'] as const;
export type AlphaLevel = (typeof ALPHA_LEVELS)[number];

/** One pairable unit (two or more values), as counts per category index. */
export interface AlphaUnit {
  readonly categories: readonly number[];
  readonly counts: readonly number[];
  readonly size: number;
}

/**
 * Ratings reduced to what α needs, so the bootstrap can recompute α on resampled units without
 * re-reading the ratings. Categories are indices into `values`; for numeric levels `values` is sorted
 * ascending, which the ordinal metric relies on.
 */
export interface AlphaData {
  readonly level: AlphaLevel;
  readonly values: readonly GivenRating[];
  readonly units: readonly AlphaUnit[];
}

const STATISTIC = "Krippendorff's alpha";

/**
 * Reads ratings for α at a level. Returns null for ratio data with a negative value (the ratio metric
 * assumes an absolute zero). Units with fewer than two values carry no pair and are dropped here.
 */
export function prepareAlpha(ratings: Ratings, level: AlphaLevel): AlphaData | null {
  if (!ALPHA_LEVELS.includes(level)) {
    throw new Error(`${STATISTIC}: unknown level "${String(level)}"; use one of ${ALPHA_LEVELS.join(', ')}.`);
  }
  const units: readonly GivenRating[][] =
    level === 'nominal' ? categoricalUnits(ratings, STATISTIC) : numericUnits(ratings, `${STATISTIC} at the ${level} level`);
  if (level === 'ratio' && units.some((values) => values.some((value) => (value as number) < 0))) return null;

  const pairable = units.filter((values) => values.length >= 2);
  const values: GivenRating[] = [];
  const indexOf = new Map<GivenRating, number>();
  for (const unitValues of pairable) {
    for (const value of unitValues) {
      if (!indexOf.has(value)) {
        indexOf.set(value, values.length);
        values.push(value);
      }
    }
  }
  if (level !== 'nominal') {
    (values as number[]).sort((a, b) => a - b);
    values.forEach((value, index) => indexOf.set(value, index));
  }

  const alphaUnits = pairable.map((unitValues): AlphaUnit => {
    // A unit holds a handful of distinct values, so a linear scan beats a Map here.
    const categories: number[] = [];
    const counts: number[] = [];
    for (const value of unitValues) {
      const category = indexOf.get(value) as number;
      const at = categories.indexOf(category);
      if (at < 0) {
        categories.push(category);
        counts.push(1);
      } else {
        counts[at]++;
      }
    }
    return { categories, counts, size: unitValues.length };
  });
  return { level, values, units: alphaUnits };
}

/**
 * α over the given units (the prepared units, or a bootstrap resample of them).
 *
 * Krippendorff (2011): α = 1 − D_o / D_e with D_o = (1/n) Σ_ck o_ck δ²_ck and
 * D_e = 1/(n(n−1)) Σ_ck n_c n_k δ²_ck, where o_ck = Σ_u n_uc (n_uk − [c=k]) / (m_u − 1). Summing the
 * coincidences unit by unit turns Σ_ck o_ck δ²_ck into Σ_u (Σ over ordered pairs of values in u of δ²) /
 * (m_u − 1), and Σ_ck n_c n_k δ²_ck is the same pair sum over all pairable values. Both pair sums have
 * closed forms, so α costs O(values) instead of O(values²):
 * - nominal: pairs that differ = m² − Σ_c n_c²;
 * - interval: Σ_{i≠j} (x_i − x_j)² = 2m Σ_i (x_i − x̄)²;
 * - ordinal: δ_ck = Σ_{g=c..k} n_g − (n_c + n_k)/2 equals p_k − p_c for the mid-rank position
 *   p_c = (values below c) + n_c/2 of the pooled frequencies, so it is the interval metric on p;
 * - ratio: δ_ck = (c − k)/(c + k) has no such form, so it sums over distinct-value pairs, which costs
 *   O(distinct²) per unit and overall — small for rating scales.
 */
export function alphaOfUnits(data: AlphaData, units: readonly AlphaUnit[]): number | null {
  const pooled = new Float64Array(data.values.length);
  let n = 0;
  for (const unit of units) {
    for (let i = 0; i < unit.categories.length; i++) pooled[unit.categories[i]] += unit.counts[i];
    n += unit.size;
  }
  const present: number[] = [];
  const presentCounts: number[] = [];
  for (let category = 0; category < pooled.length; category++) {
    if (pooled[category] > 0) {
      present.push(category);
      presentCounts.push(pooled[category]);
    }
  }
  // One distinct value (or none) means D_e = 0: there is no variation to compare agreement against.
  if (present.length < 2) return null;

  const coordinates = coordinatesFor(data, pooled);
  let observed = 0;
  for (const unit of units) {
    observed += pairDisagreement(data.level, coordinates, unit.categories, unit.counts, unit.size) / (unit.size - 1);
  }
  const expected = pairDisagreement(data.level, coordinates, present, presentCounts, n);
  return 1 - ((n - 1) * observed) / expected;
}

/** Where each category sits on the metric's line; nominal needs none. */
function coordinatesFor(data: AlphaData, pooled: Float64Array): ArrayLike<number> {
  if (data.level === 'nominal') return [];
  if (data.level !== 'ordinal') return data.values as readonly number[];
  const positions = new Float64Array(pooled.length);
  let below = 0;
  for (let category = 0; category < pooled.length; category++) {
    positions[category] = below + pooled[category] / 2;
    below += pooled[category];
  }
  return positions;
}

/** Σ of δ² over ordered pairs of distinct values (i ≠ j) in a multiset given as category counts. */
function pairDisagreement(
  level: AlphaLevel,
  coordinates: ArrayLike<number>,
  categories: readonly number[],
  counts: readonly number[],
  size: number,
): number {
  // Exactly zero for a unanimous unit, so perfect agreement gives α = 1 without rounding noise.
  if (categories.length < 2) return 0;
  if (level === 'nominal') {
    let same = 0;
    for (const count of counts) same += count * count;
    return size * size - same;
  }
  if (level === 'ratio') {
    let sum = 0;
    for (let a = 0; a < categories.length; a++) {
      const x = coordinates[categories[a]];
      for (let b = a + 1; b < categories.length; b++) {
        const y = coordinates[categories[b]];
        const ratio = (x - y) / (x + y); // distinct non-negative values, so x + y > 0
        sum += counts[a] * counts[b] * ratio * ratio;
      }
    }
    return 2 * sum;
  }
  let total = 0;
  for (let i = 0; i < categories.length; i++) total += counts[i] * coordinates[categories[i]];
  const mean = total / size;
  let squares = 0;
  for (let i = 0; i < categories.length; i++) {
    const deviation = coordinates[categories[i]] - mean;
    squares += counts[i] * deviation * deviation;
  }
  return 2 * size * squares;
}

/**
 * Krippendorff's α for `ratings[unit][rater]` at a level of measurement. Null when no unit has two
 * values, when every pairable value is the same (D_e = 0), or for ratio data with a negative value.
 * Strings are categories at the nominal level and an error at the others.
 */
export function krippendorffAlpha(ratings: Ratings, level: AlphaLevel): number | null {
  const data = prepareAlpha(ratings, level);
  return data === null ? null : alphaOfUnits(data, data.units);
}
