import { krippendorffAlpha, percentAgreement } from '../../src/domain/agreement';
import { krippendorff2011 } from '../fixtures/publishedRatings';

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
    expect(
      krippendorffAlpha(
        [
          [1, '1'],
          [2, 2],
        ],
        'nominal',
      ),
    ).toBeLessThan(1);
  });

  it('names the cell when a numeric level meets a string', () => {
    expect(() =>
      krippendorffAlpha(
        [
          [1, 2],
          [3, 'N/A'],
        ],
        'interval',
      ),
    ).toThrow('Krippendorff\'s alpha at the interval level needs numbers, but unit 2, rater 2 is "N/A".');
  });

  it('rejects values that are not finite numbers and unknown levels', () => {
    expect(() => krippendorffAlpha([[1, Number.NaN]], 'nominal')).toThrow('unit 1, rater 2 is NaN, not a finite number');
    expect(() => krippendorffAlpha([[1, 2]], 'circular' as never)).toThrow('unknown level "circular"');
  });

  it('treats holes and undefined in a ragged row as missing', () => {
    const ragged = [[1, 1], [2], [2, 3, undefined as unknown as null]];
    expect(krippendorffAlpha(ragged, 'interval')).toBe(
      krippendorffAlpha(
        [
          [1, 1],
          [2, 3],
        ],
        'interval',
      ),
    );
  });
});

describe('percent agreement', () => {
  it('pools agreeing pairs over units', () => {
    // Unit 1: pairs (1,1) (1,2) (1,2) → 1 of 3. Unit 2: ("a","a") → 1 of 1. Unit 3 has one rating: no pair.
    expect(
      percentAgreement([
        [1, 1, 2],
        ['a', null, 'a'],
        [7, null],
      ]),
    ).toBe(0.5);
  });

  it('is null when no unit has two ratings', () => {
    expect(percentAgreement([[1, null], [null, 2], []])).toBeNull();
  });
});
