import { allowedValues, answerFraction, describeAnswer, isCriticalFailure, validateAnswer } from '../../src/domain/answers';
import { ValidationError } from '../../src/domain/errors';
import { criterionSchema, type Criterion } from '../../src/domain/schemas';

const yesNo: Criterion = criterionSchema.parse({ id: 'greet', type: 'yes-no', question: 'Did the agent greet?', critical: true });
const scale: Criterion = criterionSchema.parse({ id: 'clarity', type: 'scale', question: 'How clear?', min: 1, max: 5, allowNA: false });
const points: Criterion = criterionSchema.parse({ id: 'upsell', type: 'points', question: 'Upsell?', maxPoints: 10, critical: true });

describe('validateAnswer', () => {
  it('accepts the values each criterion type allows', () => {
    expect(validateAnswer(yesNo, 1)).toBe(1);
    expect(validateAnswer(yesNo, 0)).toBe(0);
    expect(validateAnswer(yesNo, 'NA')).toBe('NA');
    expect(validateAnswer(scale, 1)).toBe(1);
    expect(validateAnswer(scale, 5)).toBe(5);
    expect(validateAnswer(points, 0)).toBe(0);
    expect(validateAnswer(points, 10)).toBe(10);
  });

  it.each([
    [yesNo, 2, 'must be 1 (Yes) or 0 (No), not 2'],
    [yesNo, 0.5, 'must be 1 (Yes) or 0 (No), not 0.5'],
    [scale, 0, 'must be a whole number from 1 to 5, not 0'],
    [scale, 6, 'must be a whole number from 1 to 5, not 6'],
    [scale, 2.5, 'must be a whole number from 1 to 5, not 2.5'],
    [scale, 'NA', 'N/A is not allowed for this criterion'],
    [points, 11, 'must be a whole number of points from 0 to 10, not 11'],
    [points, -1, 'must be a whole number of points from 0 to 10, not -1'],
    [points, Number.NaN, 'must be a finite number, not NaN'],
    [points, Number.POSITIVE_INFINITY, 'must be a finite number, not Infinity'],
    [yesNo, 'yes', 'must be a number or "NA", not "yes"'],
    [yesNo, null, 'must be a number or "NA", not nothing'],
  ])('refuses a bad answer to %# with a message naming the criterion', (criterion, value, message) => {
    expect(() => validateAnswer(criterion, value)).toThrow(ValidationError);
    expect(() => validateAnswer(criterion, value)).toThrow(`criterion "${criterion.id}"`);
    expect(() => validateAnswer(criterion, value)).toThrow(message);
  });
});

describe('answerFraction', () => {
  it('maps Yes/No to 1/0, a scale level to (value − min)/(max − min), points to value/maxPoints, N/A to null', () => {
    expect(answerFraction(yesNo, 1)).toBe(1);
    expect(answerFraction(yesNo, 0)).toBe(0);
    expect(answerFraction(yesNo, 'NA')).toBeNull();
    // (4 − 1) / (5 − 1) = 0.75
    expect(answerFraction(scale, 4)).toBe(0.75);
    expect(answerFraction(scale, 1)).toBe(0);
    // 7 / 10
    expect(answerFraction(points, 7)).toBe(0.7);
  });

  it('validates the answer first', () => {
    expect(() => answerFraction(scale, 9)).toThrow('criterion "clarity"');
  });
});

describe('isCriticalFailure', () => {
  it('is the lowest value of a critical criterion, never N/A', () => {
    expect(isCriticalFailure(yesNo, 0)).toBe(true);
    expect(isCriticalFailure(yesNo, 1)).toBe(false);
    expect(isCriticalFailure(yesNo, 'NA')).toBe(false);
    expect(isCriticalFailure(points, 0)).toBe(true);
    expect(isCriticalFailure(points, 1)).toBe(false);
  });

  it('never fails a criterion that is not critical', () => {
    expect(isCriticalFailure(scale, 1)).toBe(false);
  });
});

describe('allowedValues and describeAnswer', () => {
  it('lists every allowed value lowest first', () => {
    expect(allowedValues(yesNo)).toEqual([0, 1]);
    expect(allowedValues(scale)).toEqual([1, 2, 3, 4, 5]);
    expect(allowedValues(points)).toHaveLength(11);
  });

  it('reads answers as people say them', () => {
    expect(describeAnswer(yesNo, 1)).toBe('Yes');
    expect(describeAnswer(yesNo, 0)).toBe('No');
    expect(describeAnswer(scale, 3)).toBe('3');
    expect(describeAnswer(points, 7)).toBe('7 of 10 points');
    expect(describeAnswer(points, 'NA')).toBe('N/A');
  });
});
