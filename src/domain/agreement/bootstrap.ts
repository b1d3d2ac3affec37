import { alphaOfUnits, prepareAlpha, type AlphaData, type AlphaLevel, type AlphaUnit } from './krippendorff';
import type { Ratings } from './ratings';
import { mulberry32 } from './seededRandom';

export interface AlphaIntervalOptions {
  /** Bootstrap replicates; default 1000. */
  samples?: number;
  /** Coverage in (0, 1); default 0.95. */
  confidence?: number;
  /** PRNG seed; the same seed and ratings always give the same interval. Default 1. */
  seed?: number;
}

export interface ConfidenceInterval {
  low: number;
  high: number;
}

/**
 * A percentile bootstrap interval for Krippendorff's α.
 *
 * Method: draw as many pairable units as there are, with replacement, recompute α on the draw, repeat
 * `samples` times, and take the (1 − confidence)/2 and (1 + confidence)/2 quantiles (linear interpolation)
 * of the replicates. Units, not single values or value pairs, are resampled because the unit (a call) is
 * what was sampled from the population, while the ratings of one call share that call's difficulty and
 * are not independent; resampling whole units keeps that dependence, as a cluster bootstrap should.
 * Replicates whose α is undefined (every drawn value the same) are left out.
 *
 * Cost: at the interval level a replicate is O(units) (see intervalReplicate); at other levels it is one α
 * over the drawn units, O(pairable values) (plus O(distinct values²) at the ratio level), so the interval
 * costs `samples` × that. For 10 calls × 20 evaluators that is about
 * 200 values × 1000 samples, 1–5 ms per criterion in V8, i.e. a few hundred ms for 60 criteria: pass
 * fewer samples (a few hundred) when computing intervals for every criterion.
 *
 * Null when α itself is null, or no replicate has a defined α.
 */
export function alphaConfidenceInterval(
  ratings: Ratings,
  level: AlphaLevel,
  options: AlphaIntervalOptions = {},
): ConfidenceInterval | null {
  const samples = options.samples ?? 1000;
  const confidence = options.confidence ?? 0.95;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(samples) || samples < 1) {
    throw new Error(`Alpha confidence interval: samples must be a whole number of at least 1, not ${samples}.`);
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new Error(`Alpha confidence interval: confidence must be between 0 and 1 (e.g. 0.95), not ${confidence}.`);
  }
  if (!Number.isInteger(seed)) throw new Error(`Alpha confidence interval: seed must be a whole number, not ${seed}.`);

  const data = prepareAlpha(ratings, level);
  if (data === null || alphaOfUnits(data, data.units) === null) return null;

  const random = mulberry32(seed);
  const unitCount = data.units.length;
  const replicate = level === 'interval' ? intervalReplicate(data) : generalReplicate(data);
  const picks = new Uint32Array(unitCount);
  const replicates: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    for (let i = 0; i < unitCount; i++) picks[i] = Math.floor(random() * unitCount);
    const alpha = replicate(picks);
    if (alpha !== null) replicates.push(alpha);
  }
  if (replicates.length === 0) return null;
  replicates.sort((a, b) => a - b);
  const tail = (1 - confidence) / 2;
  return { low: quantile(replicates, tail), high: quantile(replicates, 1 - tail) };
}

type Replicate = (picks: Uint32Array) => number | null;

export function generalReplicate(data: AlphaData): Replicate {
  const draw = new Array<AlphaUnit>(data.units.length);
  return (picks) => {
    for (let i = 0; i < picks.length; i++) draw[i] = data.units[picks[i]];
    return alphaOfUnits(data, draw);
  };
}

/**
 * At the interval level both disagreements reduce to sums over units: a multiset of m values with sum s1
 * and sum of squares s2 has Σ_{i<j}(vᵢ − vⱼ)² = m·s2 − s1². So each unit is summarised once and a
 * replicate costs O(units) instead of O(values), the same α as alphaOfUnits up to rounding.
 */
export function intervalReplicate(data: AlphaData): Replicate {
  const values = data.values as readonly number[];
  const count = data.units.length;
  const size = new Float64Array(count);
  const sum = new Float64Array(count);
  const squares = new Float64Array(count);
  const within = new Float64Array(count);
  data.units.forEach((unit, u) => {
    for (let i = 0; i < unit.categories.length; i++) {
      const value = values[unit.categories[i]];
      sum[u] += unit.counts[i] * value;
      squares[u] += unit.counts[i] * value * value;
    }
    size[u] = unit.size;
    within[u] = (unit.size * squares[u] - sum[u] * sum[u]) / (unit.size - 1);
  });
  return (picks) => {
    let n = 0;
    let s1 = 0;
    let s2 = 0;
    let observed = 0;
    for (let i = 0; i < picks.length; i++) {
      const u = picks[i];
      n += size[u];
      s1 += sum[u];
      s2 += squares[u];
      observed += within[u];
    }
    const expected = n * s2 - s1 * s1;
    // Relative to the scale of the values: below this the draw has (numerically) no variation.
    if (!(expected > 1e-12 * n * s2)) return null;
    return 1 - ((n - 1) * observed) / expected;
  };
}

/** The p-quantile of sorted values, interpolating between neighbours. */
function quantile(sorted: readonly number[], p: number): number {
  const position = p * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}
