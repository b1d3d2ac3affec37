import { categoricalUnits, categoryCounts, type GivenRating, type Ratings } from './ratings';

/**
 * Below this many pairable values (values in units with at least two ratings), one changed rating moves
 * the observed disagreement by roughly a tenth or more of its total, enough to carry α across a whole
 * band (0.667 ↔ 0.800). Ten is a rule of thumb, not a power calculation.
 */
export const MIN_PAIRED_RATINGS = 10;

/**
 * Below this many pairable values that differ from the most common value, the expected disagreement
 * (α's denominator) rests on a handful of ratings: with 30 "yes" and 1 "no", moving that one "no" takes α
 * from 0 to undefined. This is the high-agreement, low-α paradox of skewed criteria.
 */
export const MIN_VARIED_RATINGS = 5;

/**
 * A plain-language warning when there is too little data to trust α, or null when there is enough.
 * Level-agnostic: it counts ratings and compares them for equality only.
 */
export function alphaReliabilityWarning(ratings: Ratings): string | null {
  const pairable = categoricalUnits(ratings, 'Alpha reliability check').filter((values) => values.length >= 2);
  if (pairable.length === 0) return 'No item was rated by two or more evaluators, so α cannot be computed.';

  const pooled = categoryCounts(pairable.flat() as GivenRating[]);
  let total = 0;
  let mostCommon = 0;
  for (const count of pooled.values()) {
    total += count;
    mostCommon = Math.max(mostCommon, count);
  }
  if (pooled.size < 2) {
    return 'Every paired rating is the same value, so α is undefined (there is no variation to measure agreement against); use percent agreement instead.';
  }
  if (total < MIN_PAIRED_RATINGS) return `Only ${total} paired ratings: α is unstable; treat it as a rough signal.`;
  if (total - mostCommon < MIN_VARIED_RATINGS) {
    return `${mostCommon} of ${total} paired ratings are the same value: α can swing widely with a single changed rating; treat it as a rough signal.`;
  }
  return null;
}

export type AlphaBand = 'reliable' | 'tentative' | 'unreliable';

/** Krippendorff's bands: α ≥ 0.800 reliable; 0.667 ≤ α < 0.800 tentative conclusions only; below that unreliable. */
export function alphaBand(alpha: number): AlphaBand {
  if (Number.isNaN(alpha)) throw new Error('Alpha band: α is not a number.');
  if (alpha >= 0.8) return 'reliable';
  if (alpha >= 0.667) return 'tentative';
  return 'unreliable';
}

/** A short plain-language reading of α for the Summary sheet and the report. */
export function describeAlpha(alpha: number | null): string {
  if (alpha === null) return 'Not computable: too little variation or too few shared ratings';
  switch (alphaBand(alpha)) {
    case 'reliable':
      return 'Reliable (α ≥ 0.800)';
    case 'tentative':
      return 'Tentative (α 0.667–0.800): good enough for tentative conclusions only';
    case 'unreliable':
      return 'Unreliable (α < 0.667): evaluators do not yet score this consistently';
  }
}
