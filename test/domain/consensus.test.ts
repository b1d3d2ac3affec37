import { consensusFor } from '../../src/domain/consensus';
import { criterionSchema, type AnswerValue, type Criterion } from '../../src/domain/schemas';

const yesNo: Criterion = criterionSchema.parse({ id: 'greet', type: 'yes-no', question: 'Greeted?' });
const scale: Criterion = criterionSchema.parse({ id: 'clarity', type: 'scale', question: 'Clear?', min: 1, max: 5 });
const points: Criterion = criterionSchema.parse({ id: 'upsell', type: 'points', question: 'Upsell?', maxPoints: 10 });

const NA = 'NA' as const;

describe('majority-median', () => {
  it('takes the majority for Yes/No', () => {
    expect(consensusFor(yesNo, [1, 1, 0], 'majority-median')).toEqual({ value: 1, reason: '2 of 3 say Yes' });
    expect(consensusFor(yesNo, [0, 0, 0, 1, 1], 'majority-median')).toEqual({ value: 0, reason: '3 of 5 say No' });
  });

  it('reports a Yes/No tie as no consensus', () => {
    expect(consensusFor(yesNo, [1, 0, 1, 0], 'majority-median')).toEqual({ value: null, reason: 'tied: 2 say Yes, 2 say No' });
  });

  it('takes the median of an odd count', () => {
    // sorted 2, 3, 5 → 3
    expect(consensusFor(scale, [5, 2, 3], 'majority-median').value).toBe(3);
  });

  it('takes the lower middle of an even count: the highest value a majority gave or exceeded', () => {
    // sorted 2, 3, 4, 5: middles 3 and 4; 3 of 4 gave ≥ 3, only 2 of 4 gave ≥ 4 → 3
    const result = consensusFor(scale, [4, 2, 5, 3], 'majority-median');
    expect(result.value).toBe(3);
    expect(result.reason).toBe('the middle scores are 3 and 4; 3 is the highest score a majority gave or exceeded');
    // sorted 6, 7, 7, 9 → middles agree → 7
    expect(consensusFor(points, [9, 7, 6, 7], 'majority-median')).toEqual({ value: 7, reason: 'median of 4 scores' });
  });

  it('sets aside a minority of N/A answers', () => {
    // N/A 1 of 4 set aside; Yes 2, No 1 → Yes
    expect(consensusFor(yesNo, [1, NA, 1, 0], 'majority-median')).toEqual({ value: 1, reason: '2 of 3 say Yes; 1 N/A set aside' });
  });

  it('is N/A when more than half said N/A, and no consensus at exactly half', () => {
    expect(consensusFor(scale, [NA, NA, 3], 'majority-median')).toEqual({ value: 'NA', reason: '2 of 3 marked it N/A' });
    expect(consensusFor(scale, [NA, 4, NA, 3], 'majority-median')).toEqual({
      value: null,
      reason: 'tied: 2 marked it N/A and 2 scored it',
    });
  });

  it('is no consensus when nobody scored it, and agrees with a single evaluator', () => {
    expect(consensusFor(scale, [], 'majority-median')).toEqual({ value: null, reason: 'nobody has scored this' });
    expect(consensusFor(scale, [4], 'majority-median').value).toBe(4);
  });
});

describe('mean', () => {
  it('rounds the mean to the nearest allowed value, halves up', () => {
    // (2 + 3 + 5) / 3 = 3.33 → 3
    expect(consensusFor(scale, [2, 3, 5], 'mean')).toEqual({ value: 3, reason: 'mean 3.33 of 3 scores, rounded to 3' });
    // (3 + 4) / 2 = 3.5 → 4
    expect(consensusFor(scale, [3, 4], 'mean').value).toBe(4);
    // (7 + 8 + 8) / 3 = 7.67 → 8
    expect(consensusFor(points, [7, 8, 8], 'mean').value).toBe(8);
  });

  it('rounds Yes/No to the nearer answer, a mean of exactly ½ being no consensus', () => {
    // 2 of 3 → 0.67 → Yes
    expect(consensusFor(yesNo, [1, 0, 1], 'mean').value).toBe(1);
    expect(consensusFor(yesNo, [1, 0], 'mean').value).toBeNull();
  });
});

describe('expert', () => {
  it("takes the expert's answer, N/A included, whatever the others say", () => {
    expect(consensusFor(yesNo, [1, 1, 1, 0], 'expert', 0)).toEqual({ value: 0, reason: "the expert's answer" });
    expect(consensusFor(yesNo, [1, 1, 1], 'expert', NA).value).toBe('NA');
  });

  it('has no consensus when the expert has not answered', () => {
    expect(consensusFor(yesNo, [1, 1], 'expert')).toEqual({ value: null, reason: 'the expert has not scored this' });
  });
});

it('refuses an invalid answer among the values', () => {
  expect(() => consensusFor(scale, [3, 9 as AnswerValue], 'majority-median')).toThrow('criterion "clarity"');
});
