import fc from 'fast-check';
import {
  ALPHA_LEVELS,
  alphaConfidenceInterval,
  krippendorffAlpha,
  percentAgreement,
  type AlphaLevel,
  type Rating,
  type Ratings,
} from '../../src/domain/agreement';
import { generalReplicate, intervalReplicate } from '../../src/domain/agreement/bootstrap';
import { prepareAlpha } from '../../src/domain/agreement/krippendorff';

/** α straight from Krippendorff (2011): the full coincidence matrix and δ² over every value pair, O(V²). */
function referenceAlpha(ratings: Ratings, level: AlphaLevel): number | null {
  const units = ratings.map((row) => row.filter((value): value is number => value !== null)).filter((row) => row.length >= 2);
  const values = [...new Set(units.flat())].sort((a, b) => a - b);
  if (values.length < 2) return null;
  const index = new Map(values.map((value, i) => [value, i]));
  const coincidences = values.map(() => values.map(() => 0));
  for (const unit of units) {
    for (let i = 0; i < unit.length; i++) {
      for (let j = 0; j < unit.length; j++) {
        if (i !== j) coincidences[index.get(unit[i])!][index.get(unit[j])!] += 1 / (unit.length - 1);
      }
    }
  }
  const marginals = coincidences.map((row) => row.reduce((a, b) => a + b, 0));
  const n = marginals.reduce((a, b) => a + b, 0);
  const delta2 = (c: number, k: number): number => {
    const [x, y] = [values[c], values[k]];
    switch (level) {
      case 'nominal':
        return c === k ? 0 : 1;
      case 'interval':
        return (x - y) ** 2;
      case 'ratio':
        return x + y === 0 ? 0 : ((x - y) / (x + y)) ** 2;
      case 'ordinal': {
        const [low, high] = c < k ? [c, k] : [k, c];
        let sum = 0;
        for (let g = low; g <= high; g++) sum += marginals[g];
        return (sum - (marginals[c] + marginals[k]) / 2) ** 2;
      }
    }
  };
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < values.length; c++) {
    for (let k = 0; k < values.length; k++) {
      observed += coincidences[c][k] * delta2(c, k);
      expected += marginals[c] * marginals[k] * delta2(c, k);
    }
  }
  return 1 - ((n - 1) * observed) / expected;
}

const score = fc.integer({ min: 0, max: 5 });
const maybeScore = fc.option(score, { nil: null, freq: 4 });

/** A units × raters matrix of 0–5 scores with some missing, plus permutations of its raters and units. */
const sparseMatrix = fc
  .record({ units: fc.integer({ min: 0, max: 9 }), raters: fc.integer({ min: 1, max: 6 }) })
  .chain(({ units, raters }) =>
    fc.record({
      ratings: fc.array(fc.array(maybeScore, { minLength: raters, maxLength: raters }), { minLength: units, maxLength: units }),
      raterOrder: fc.shuffledSubarray(range(raters), { minLength: raters, maxLength: raters }),
      unitOrder: fc.shuffledSubarray(range(units), { minLength: units, maxLength: units }),
    }),
  );

/** A complete matrix (at least 2 × 2), for ICC, with permutations. */
const _completeMatrix = fc
  .record({ units: fc.integer({ min: 2, max: 8 }), raters: fc.integer({ min: 2, max: 5 }) })
  .chain(({ units, raters }) =>
    fc.record({
      ratings: fc.array(fc.array(score, { minLength: raters, maxLength: raters }), { minLength: units, maxLength: units }),
      raterOrder: fc.shuffledSubarray(range(raters), { minLength: raters, maxLength: raters }),
      unitOrder: fc.shuffledSubarray(range(units), { minLength: units, maxLength: units }),
    }),
  );

function range(length: number): number[] {
  return Array.from({ length }, (_, i) => i);
}

function reorder(ratings: Ratings, unitOrder: number[], raterOrder: number[]): Rating[][] {
  return unitOrder.map((unit) => raterOrder.map((rater) => ratings[unit][rater]));
}

function expectSame(a: number | null, b: number | null): void {
  if (a === null || b === null) expect(b).toBe(a);
  else expect(b).toBeCloseTo(a, 9);
}

describe("Krippendorff's alpha properties", () => {
  it.each(ALPHA_LEVELS)('%s: the O(values) computation equals the coincidence-matrix definition', (level) => {
    fc.assert(
      fc.property(sparseMatrix, ({ ratings }) => {
        expectSame(referenceAlpha(ratings, level), krippendorffAlpha(ratings, level));
      }),
    );
  });

  it.each(ALPHA_LEVELS)('%s: invariant under reordering raters and units, and at most 1', (level) => {
    fc.assert(
      fc.property(sparseMatrix, ({ ratings, unitOrder, raterOrder }) => {
        const alpha = krippendorffAlpha(ratings, level);
        expectSame(alpha, krippendorffAlpha(reorder(ratings, unitOrder, raterOrder), level));
        if (alpha !== null) expect(alpha).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it.each(ALPHA_LEVELS)('%s: exactly 1 for perfect agreement with variation', (level) => {
    const unanimousUnit = fc.record({ value: score, copies: fc.integer({ min: 2, max: 5 }), blanks: fc.integer({ min: 0, max: 2 }) });
    fc.assert(
      fc.property(fc.array(unanimousUnit, { minLength: 2, maxLength: 8 }), (units) => {
        fc.pre(new Set(units.map((unit) => unit.value)).size >= 2);
        const ratings = units.map(({ value, copies, blanks }) => [
          ...Array<Rating>(blanks).fill(null),
          ...Array<Rating>(copies).fill(value),
        ]);
        expect(krippendorffAlpha(ratings, level)).toBe(1);
      }),
    );
  });

  it.each(ALPHA_LEVELS)('%s: null with no pairable unit or no variation', (level) => {
    expect(krippendorffAlpha([], level)).toBeNull();
    expect(krippendorffAlpha([[1, null], [null, 2], [3]], level)).toBeNull();
    expect(krippendorffAlpha([[0.1, 0.1, 0.1], [0.1, 0.1], [4]], level)).toBeNull();
  });

  it('ratio is null when any value is negative, even in an unpaired unit', () => {
    expect(krippendorffAlpha([[1, 2], [2, 3], [-1]], 'ratio')).toBeNull();
    expect(krippendorffAlpha([[1, 2], [2, 3], [-1]], 'interval')).not.toBeNull();
  });
});

describe('percent agreement properties', () => {
  it('lies in [0, 1] and is invariant under reordering raters and units', () => {
    fc.assert(
      fc.property(sparseMatrix, ({ ratings, unitOrder, raterOrder }) => {
        const agreement = percentAgreement(ratings);
        expectSame(agreement, percentAgreement(reorder(ratings, unitOrder, raterOrder)));
        if (agreement !== null) {
          expect(agreement).toBeGreaterThanOrEqual(0);
          expect(agreement).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('alpha bootstrap interval', () => {
  it('is deterministic for a seed and ordered low ≤ high ≤ 1', () => {
    fc.assert(
      fc.property(sparseMatrix, fc.integer(), fc.constantFrom(...ALPHA_LEVELS), ({ ratings }, seed, level) => {
        const options = { samples: 50, seed };
        const first = alphaConfidenceInterval(ratings, level, options);
        expect(alphaConfidenceInterval(ratings, level, options)).toEqual(first);
        if (krippendorffAlpha(ratings, level) === null) expect(first).toBeNull();
        if (first !== null) {
          expect(first.low).toBeLessThanOrEqual(first.high);
          expect(first.high).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('bootstrap replicates', () => {
  it('the interval shortcut gives the same α as the full computation on every draw', () => {
    fc.assert(
      fc.property(sparseMatrix, fc.array(fc.nat(), { minLength: 1, maxLength: 20 }), ({ ratings }, seeds) => {
        const data = prepareAlpha(ratings, 'interval');
        if (data === null || data.units.length === 0) return;
        const fast = intervalReplicate(data);
        const full = generalReplicate(data);
        const picks = Uint32Array.from(data.units, (_, i) => seeds[i % seeds.length] % data.units.length);
        expectSame(full(picks), fast(picks));
      }),
    );
  });
});
