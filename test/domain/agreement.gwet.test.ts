import { gwetAc1, percentAgreement, readAgreement } from '../../src/domain/agreement';
import { cacRaw4raters } from '../fixtures/publishedRatings';

describe("Gwet's AC1 as irrCAC's gwet.ac1.raw computes it", () => {
  it("matches irrCAC's published AC1 for cac.raw4raters (0.77544; pa 0.8181818, pe 0.1903212)", () => {
    const ac1 = gwetAc1(cacRaw4raters) as number;
    expect(ac1).toBeCloseTo(0.77544, 5);
    // pa and pe recovered from AC1 and the published pa: AC1 = (pa − pe) ÷ (1 − pe).
    const pa = 0.8181818181818182;
    expect((pa - ac1) / (1 - ac1)).toBeCloseTo(0.1903212, 7);
    expect(gwetAc1(cacRaw4raters, 'unweighted')).toBe(ac1);
  });

  it('gives AC2 with linear and quadratic weights from the values used (1…5 here)', () => {
    // The values of irrCAC's matrix algebra transcribed literally: linear 0.85874, quadratic 0.91400.
    expect(gwetAc1(cacRaw4raters, 'linear')).toBeCloseTo(0.8587391364326115, 12);
    expect(gwetAc1(cacRaw4raters, 'quadratic')).toBeCloseTo(0.9140007235516047, 12);
  });

  it('takes weights from the distinct values rated, not from a scale nobody used', () => {
    // Values 0, 0.5, 1 are three categories, 0.5 apart: linear weight between 0 and 0.5 is ½.
    const shares = [
      [0, 0.5],
      [1, 1],
      [0.5, 0.5],
    ];
    const doubled = shares.map((unit) => unit.map((value) => value * 2));
    expect(gwetAc1(shares, 'linear')).toBeCloseTo(gwetAc1(doubled, 'linear') as number, 12);
  });

  it('skips units nobody rated, and counts units rated once in the category shares only', () => {
    const withEmpty = [...cacRaw4raters, [null, null, null, null]];
    expect(gwetAc1(withEmpty)).toBe(gwetAc1(cacRaw4raters));
    // Without unit 12 (rated once, category 3) pa is unchanged but the category shares move.
    expect(gwetAc1(cacRaw4raters.slice(0, 11))).not.toBeCloseTo(gwetAc1(cacRaw4raters) as number, 5);
  });

  it('is 1 when only one category is used, and null when no unit has two ratings', () => {
    expect(
      gwetAc1([
        [1, 1, 1],
        [1, 1, null],
      ]),
    ).toBeCloseTo(1, 12);
    expect(
      gwetAc1([
        [1, null],
        [null, 0],
      ]),
    ).toBeNull();
    expect(gwetAc1([])).toBeNull();
  });

  it('survives the prevalence paradox that sinks chance-corrected kappa-type statistics', () => {
    // 19 units everyone rated Yes, one unit split 3–1: 97.5% pairwise-level agreement.
    const skewed = [...Array.from({ length: 19 }, () => [1, 1, 1, 1]), [1, 1, 1, 0]];
    expect(percentAgreement(skewed)).toBeGreaterThan(0.97);
    expect(gwetAc1(skewed) as number).toBeGreaterThan(0.97);
  });

  it('compares text categories trimmed and case-blind, and refuses a weighted form on text', () => {
    expect(
      gwetAc1([
        ['yes', ' YES'],
        ['no', 'No '],
      ]),
    ).toBeCloseTo(1, 12);
    expect(
      gwetAc1([
        ['a', ''],
        ['b', 'b'],
      ]),
    ).toBeCloseTo(
      gwetAc1([
        ['a', null],
        ['b', 'b'],
      ]) as number,
      12,
    );
    expect(() => gwetAc1([['a', 'b']], 'quadratic')).toThrow('needs numeric ratings');
    expect(() => gwetAc1([[1, 2]], 'cubic' as never)).toThrow('weights must be one of');
  });
});

describe('the plain reading of α beside AC1', () => {
  it('names the prevalence paradox when AC1 is high and α is low', () => {
    expect(readAgreement(0.13, 0.96)).toBe(
      'AC1 0.96 is reliable while α 0.13 is unreliable: nearly every answer is the same, so α treats the few different answers as a large share of the disagreement it could expect (the prevalence paradox). Evaluators mostly agree; look at the agenda for the rare answers they split on.',
    );
  });

  it('says when the two agree, and when one cannot be computed', () => {
    expect(readAgreement(0.85, 0.9)).toBe('α 0.85 and AC1 0.90 agree: evaluators score consistently.');
    expect(readAgreement(0.3, 0.4)).toBe('α 0.30 and AC1 0.40 agree: evaluators do not yet score consistently.');
    expect(readAgreement(null, 1)).toMatch(/^AC1 1.00; α is not computable/);
    expect(readAgreement(null, null)).toMatch(/^Not computable yet/);
  });
});
