import {
  alphaBand,
  alphaConfidenceInterval,
  alphaReliabilityWarning,
  describeAlpha,
  krippendorffAlpha,
  type Rating,
  type Ratings,
} from '../../src/domain/agreement';
import { krippendorff2011 } from '../fixtures/publishedRatings';
import { mulberry32 } from '../../src/domain/agreement/seededRandom';

/** 10 calls × 20 evaluators of one criterion on a 0–4 scale, each evaluator off the call's true score by a little. */
function calibrationCriterion(seed: number): Rating[][] {
  const random = mulberry32(seed);
  return Array.from({ length: 10 }, () => {
    const truth = Math.floor(random() * 5);
    return Array.from({ length: 20 }, () => {
      if (random() < 0.05) return null;
      const noisy = truth + Math.round((random() - 0.5) * 2);
      return Math.min(4, Math.max(0, noisy));
    });
  });
}

describe('alphaConfidenceInterval', () => {
  it('brackets α on the Krippendorff (2011) example and repeats exactly for a seed', () => {
    const alpha = krippendorffAlpha(krippendorff2011, 'interval')!;
    const interval = alphaConfidenceInterval(krippendorff2011, 'interval', { seed: 7 })!;
    expect(interval.low).toBeLessThan(alpha);
    expect(interval.high).toBeGreaterThan(alpha);
    expect(interval.high).toBeLessThanOrEqual(1);
    expect(alphaConfidenceInterval(krippendorff2011, 'interval', { seed: 7 })).toEqual(interval);
    expect(alphaConfidenceInterval(krippendorff2011, 'interval', { seed: 8 })).not.toEqual(interval);
  });

  it('narrows as the confidence level drops', () => {
    const wide = alphaConfidenceInterval(krippendorff2011, 'ordinal', { confidence: 0.95, seed: 3 })!;
    const narrow = alphaConfidenceInterval(krippendorff2011, 'ordinal', { confidence: 0.5, seed: 3 })!;
    expect(narrow.high - narrow.low).toBeLessThan(wide.high - wide.low);
  });

  it('is a single point when there is only one pairable unit to resample', () => {
    const alpha = krippendorffAlpha([[1, 2, 3]], 'interval');
    expect(alphaConfidenceInterval([[1, 2, 3]], 'interval')).toEqual({ low: alpha, high: alpha });
  });

  it('is null when α is null', () => {
    expect(
      alphaConfidenceInterval(
        [
          [2, 2],
          [2, 2],
        ],
        'nominal',
      ),
    ).toBeNull();
    expect(
      alphaConfidenceInterval(
        [
          [1, 2],
          [-1, 2],
        ],
        'ratio',
      ),
    ).toBeNull();
  });

  it('rejects bad options with a clear message', () => {
    expect(() => alphaConfidenceInterval(krippendorff2011, 'nominal', { samples: 0 })).toThrow('samples must be a whole number');
    expect(() => alphaConfidenceInterval(krippendorff2011, 'nominal', { confidence: 95 })).toThrow('confidence must be between 0 and 1');
    expect(() => alphaConfidenceInterval(krippendorff2011, 'nominal', { seed: 0.5 })).toThrow('seed must be a whole number');
  });
});

describe('alphaReliabilityWarning', () => {
  it('says when no item has two ratings', () => {
    expect(
      alphaReliabilityWarning([
        [1, null],
        [null, 2],
      ]),
    ).toBe('No item was rated by two or more evaluators, so α cannot be computed.');
  });

  it('says when every paired rating is the same', () => {
    expect(alphaReliabilityWarning([['yes', 'yes'], ['yes', 'yes', 'yes'], ['no']])).toMatch(/^Every paired rating is the same value/);
  });

  it('counts only paired ratings against the minimum of 10', () => {
    expect(alphaReliabilityWarning([[1, 2], [3, 3], [4, 5], [6]])).toBe(
      'Only 6 paired ratings: α is unstable; treat it as a rough signal.',
    );
  });

  it('warns when nearly every rating is the same value', () => {
    const skewed: Ratings = [['yes', 'yes', 'no'], ...Array.from({ length: 9 }, () => ['yes', 'yes', 'yes'])];
    expect(alphaReliabilityWarning(skewed)).toBe(
      '29 of 30 paired ratings are the same value: α can swing widely with a single changed rating; treat it as a rough signal.',
    );
  });

  it('is silent with enough varied paired ratings', () => {
    expect(alphaReliabilityWarning(krippendorff2011)).toBeNull();
    expect(alphaReliabilityWarning(calibrationCriterion(1))).toBeNull();
  });
});

describe('describeAlpha', () => {
  it.each([
    [1, 'reliable', 'Reliable (α ≥ 0.800)'],
    [0.8, 'reliable', 'Reliable (α ≥ 0.800)'],
    [0.7999, 'tentative', 'Tentative (α 0.667–0.800): good enough for tentative conclusions only'],
    [0.667, 'tentative', 'Tentative (α 0.667–0.800): good enough for tentative conclusions only'],
    [0.6669, 'unreliable', 'Unreliable (α < 0.667): evaluators do not yet score this consistently'],
    [-0.4, 'unreliable', 'Unreliable (α < 0.667): evaluators do not yet score this consistently'],
  ] as const)('α = %d is %s', (alpha, band, text) => {
    expect(alphaBand(alpha)).toBe(band);
    expect(describeAlpha(alpha)).toBe(text);
  });

  it('explains a null α and rejects NaN', () => {
    expect(describeAlpha(null)).toMatch(/^Not computable/);
    expect(() => describeAlpha(Number.NaN)).toThrow('α is not a number');
  });
});

describe('mulberry32', () => {
  it('gives the same stream for a seed, different streams for different seeds, all in [0, 1)', () => {
    const a = mulberry32(123);
    const b = mulberry32(123);
    const c = mulberry32(124);
    const first = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(first);
    expect(Array.from({ length: 100 }, () => c())).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(first).size).toBe(100);
  });
});
