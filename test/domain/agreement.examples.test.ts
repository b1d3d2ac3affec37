import {
  fleissKappa,
  icc,
  krippendorffAlpha,
  percentAgreement,
  type IccForm,
  type Ratings,
} from '../../src/domain/agreement';
import { krippendorff2011 } from '../fixtures/publishedRatings';


// Shrout & Fleiss (1979), Table 2: 6 targets × 4 judges.
const shroutFleiss1979: Ratings = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

// The Fleiss' kappa worked example on Wikipedia: 10 subjects, 14 raters, 5 categories, given as how many
// raters put each subject in each category.
const fleissCounts = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
];
const fleissRatings: Ratings = fleissCounts.map((counts) =>
  counts.flatMap((count, category) => Array<number>(count).fill(category + 1)),
);

describe("Krippendorff's alpha on the Krippendorff (2011) example", () => {
  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ] as const)('%s α = %d', (level, expected) => {
    expect(krippendorffAlpha(krippendorff2011, level)).toBeCloseTo(expected, 3);
  });

  it('treats the same categories as strings at the nominal level', () => {
    const asLetters = krippendorff2011.map((row) => row.map((value) => (value === null ? null : 'abcde'[(value as number) - 1])));
    expect(krippendorffAlpha(asLetters, 'nominal')).toBeCloseTo(0.743, 3);
  });

  it('keeps the number 1 and the string "1" apart as categories', () => {
    expect(krippendorffAlpha([[1, '1'], [2, 2]], 'nominal')).toBeLessThan(1);
  });

  it('names the cell when a numeric level meets a string', () => {
    expect(() => krippendorffAlpha([[1, 2], [3, 'N/A']], 'interval')).toThrow(
      'Krippendorff\'s alpha at the interval level needs numbers, but unit 2, rater 2 is "N/A".',
    );
  });

  it('rejects values that are not finite numbers and unknown levels', () => {
    expect(() => krippendorffAlpha([[1, Number.NaN]], 'nominal')).toThrow('unit 1, rater 2 is NaN, not a finite number');
    expect(() => krippendorffAlpha([[1, 2]], 'circular' as never)).toThrow('unknown level "circular"');
  });

  it('treats holes and undefined in a ragged row as missing', () => {
    const ragged = [[1, 1], [2], [2, 3, undefined as unknown as null]];
    expect(krippendorffAlpha(ragged, 'interval')).toBe(krippendorffAlpha([[1, 1], [2, 3]], 'interval'));
  });
});

describe('ICC on Shrout & Fleiss (1979) Table 2', () => {
  it.each([
    ['1,1', 0.17],
    ['2,1', 0.29],
    ['3,1', 0.71],
    ['1,k', 0.44],
    ['2,k', 0.62],
    ['3,k', 0.91],
  ] as const)('ICC(%s) = %d', (form: IccForm, expected) => {
    expect(icc(shroutFleiss1979, form)).toBeCloseTo(expected, 2);
  });

  it('matches the three-decimal values computed from the mean squares', () => {
    // BMS = 11.24, WMS = 6.26, JMS = 32.49, EMS = 1.02 (Shrout & Fleiss, Table 2).
    expect(icc(shroutFleiss1979, '1,1')).toBeCloseTo(0.166, 3);
    expect(icc(shroutFleiss1979, '2,1')).toBeCloseTo(0.29, 3);
    expect(icc(shroutFleiss1979, '3,1')).toBeCloseTo(0.715, 3);
    expect(icc(shroutFleiss1979, '1,k')).toBeCloseTo(0.443, 3);
    expect(icc(shroutFleiss1979, '2,k')).toBeCloseTo(0.62, 3);
    expect(icc(shroutFleiss1979, '3,k')).toBeCloseTo(0.909, 3);
  });

  it('is null for a missing value, a single unit or rater, or no variation', () => {
    expect(icc([[1, 2], [3, null]], '2,1')).toBeNull();
    expect(icc([[1, 2], [3]], '2,1')).toBeNull();
    expect(icc([[1, 2, 3]], '2,1')).toBeNull();
    expect(icc([[1], [2], [3]], '2,1')).toBeNull();
    expect(icc([[0.1, 0.1], [0.1, 0.1], [0.1, 0.1]], '1,1')).toBeNull();
  });

  it('is null when the denominator is zero: identical unit means make ICC(1,k) 0/0', () => {
    expect(icc([[0.1, 0.2], [0.2, 0.1]], '1,k')).toBeNull();
  });

  it('returns negative values as computed', () => {
    expect(icc([[1, 5], [5, 1], [2, 4]], '1,1')).toBeLessThan(0);
  });

  it('rejects strings and unknown forms', () => {
    expect(() => icc([[1, 'x'], [2, 3]], '2,1')).toThrow('Intraclass correlation needs numbers, but unit 1, rater 2 is "x".');
    expect(() => icc([[1, 2], [2, 3]], '4,1' as never)).toThrow('unknown form "4,1"');
  });
});

describe("Fleiss' kappa", () => {
  it('reproduces the worked example: κ = 0.210', () => {
    expect(fleissKappa(fleissRatings)).toBeCloseTo(0.21, 3);
  });

  it('skips units nobody rated and accepts string categories', () => {
    const withBlanks: Ratings = [[null, null], ['yes', 'no'], ['yes', 'yes'], ['no', 'no'], []];
    // p̄ = 2/3, p_yes = p_no = 1/2, P_e = 1/2, κ = (2/3 − 1/2) / (1/2) = 1/3.
    expect(fleissKappa(withBlanks)).toBeCloseTo(1 / 3, 12);
  });

  it('is null for unequal rating counts, a single rating per unit, one category, or no ratings', () => {
    expect(fleissKappa([[1, 2, 1], [1, 2]])).toBeNull();
    expect(fleissKappa([[1], [2]])).toBeNull();
    expect(fleissKappa([['a', 'a'], ['a', 'a']])).toBeNull();
    expect(fleissKappa([[null], []])).toBeNull();
  });
});

describe('percent agreement', () => {
  it('pools agreeing pairs over units', () => {
    // Unit 1: pairs (1,1) (1,2) (1,2) → 1 of 3. Unit 2: ("a","a") → 1 of 1. Unit 3 has one rating: no pair.
    expect(percentAgreement([[1, 1, 2], ['a', null, 'a'], [7, null]])).toBe(0.5);
  });

  it('is null when no unit has two ratings', () => {
    expect(percentAgreement([[1, null], [null, 2], []])).toBeNull();
  });
});
