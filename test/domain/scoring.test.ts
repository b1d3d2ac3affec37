import { ValidationError } from '../../src/domain/errors';
import { scorecardSchema, type Scorecard } from '../../src/domain/schemas';
import {
  criterionMaximum,
  sectionShares,
  submissionAnswerProblems,
  validateSubmissionAnswers,
  weightedCriteria,
} from '../../src/domain/scoring';
import { type AnswerSource, scoreAnswers as scoreWith } from '../support/scoring';

/*
 * Under the `points` rule (sessions stored before the scoring rule was recorded):
 * Section "handling" (weight 2): greet yes-no ×1 → 2 points; verify yes-no ×2, critical → 4 points.
 * Section "quality" (weight 1): clarity scale 1–5 ×2 → 2 points; upsell points 0–10 ×1 → 1 point.
 * Maximum 2 + 4 + 2 + 1 = 9 points.
 */
const card = scorecardSchema.parse({
  id: 'card',
  name: 'Test card',
  sections: [
    {
      id: 'handling',
      name: 'Handling',
      weight: 2,
      criteria: [
        { id: 'greet', type: 'yes-no', question: 'Greeted?', weight: 1 },
        { id: 'verify', type: 'yes-no', question: 'Verified?', weight: 2, critical: true },
      ],
    },
    {
      id: 'quality',
      name: 'Quality',
      weight: 1,
      criteria: [
        { id: 'clarity', type: 'scale', question: 'Clear?', min: 1, max: 5, weight: 2 },
        { id: 'upsell', type: 'points', question: 'Upsell?', maxPoints: 10, weight: 1 },
      ],
    },
  ],
});

describe('criterion maximum and shares under the points rule', () => {
  it('is criterion weight × section weight', () => {
    const [handling, quality] = card.sections;
    expect(criterionMaximum(handling.criteria[1], handling)).toBe(4);
    expect(criterionMaximum(quality.criteria[0], quality)).toBe(2);
    expect(weightedCriteria(card, 'points').reduce((sum, item) => sum + item.maximum, 0)).toBe(9);
    expect(weightedCriteria(card, 'points').map((item) => [item.criterion.id, item.maximum, item.share])).toEqual([
      ['greet', 2, 2 / 9],
      ['verify', 4, 4 / 9],
      ['clarity', 2, 2 / 9],
      ['upsell', 1, 1 / 9],
    ]);
  });
});

describe('a call scored under the points rule', () => {
  const scoreByPoints = (scorecard: Scorecard, answers: AnswerSource) => scoreWith(scorecard, answers, 'points');
  it('sums earned over possible points', () => {
    // greet 1×2 + verify 1×4 + clarity (4−1)/4 × 2 = 1.5 + upsell 5/10 × 1 = 0.5 → 8 of 9 = 88.89%
    const score = scoreByPoints(card, []);
    expect(score.reason).toBe('no criterion has been answered');
    const full = scoreByPoints(card, [
      { criterionId: 'greet', value: 1 },
      { criterionId: 'verify', value: 1 },
      { criterionId: 'clarity', value: 4 },
      { criterionId: 'upsell', value: 5 },
    ]);
    expect(full.earned).toBe(8);
    expect(full.possible).toBe(9);
    expect(full.percent).toBeCloseTo((8 / 9) * 100, 10);
    expect(full.autoFail).toBe(false);
    expect(full.failedCritical).toEqual([]);
  });

  it('accepts answers as a map keyed by criterion id', () => {
    const score = scoreByPoints(
      card,
      new Map<string, number | 'NA'>([
        ['greet', 1],
        ['verify', 1],
        ['clarity', 5],
        ['upsell', 10],
      ]),
    );
    expect(score.percent).toBe(100);
  });

  it('leaves an N/A criterion out of both earned and possible', () => {
    // upsell N/A: 2 + 4 + 1.5 = 7.5 of 2 + 4 + 2 = 8 → 93.75%
    const score = scoreByPoints(card, [
      { criterionId: 'greet', value: 1 },
      { criterionId: 'verify', value: 1 },
      { criterionId: 'clarity', value: 4 },
      { criterionId: 'upsell', value: 'NA' },
    ]);
    expect(score.earned).toBe(7.5);
    expect(score.possible).toBe(8);
    expect(score.percent).toBe(93.75);
    expect(score.notApplicable).toEqual(['upsell']);
  });

  it('auto-fails the call when a critical criterion is at its lowest value, keeping the raw score', () => {
    // verify No: 2 + 0 + 1.5 + 0.5 = 4 of 9 → raw 44.44%, reported 0
    const score = scoreByPoints(card, [
      { criterionId: 'greet', value: 1 },
      { criterionId: 'verify', value: 0 },
      { criterionId: 'clarity', value: 4 },
      { criterionId: 'upsell', value: 5 },
    ]);
    expect(score.autoFail).toBe(true);
    expect(score.failedCritical).toEqual(['verify']);
    expect(score.percent).toBe(0);
    expect(score.earned).toBe(4);
    expect(score.rawPercent).toBeCloseTo((4 / 9) * 100, 10);
  });

  it('a critical criterion marked N/A does not fail the call', () => {
    // 2 + 1.5 + 0.5 = 4 of 2 + 2 + 1 = 5 → 80%
    const score = scoreByPoints(card, [
      { criterionId: 'greet', value: 1 },
      { criterionId: 'verify', value: 'NA' },
      { criterionId: 'clarity', value: 4 },
      { criterionId: 'upsell', value: 5 },
    ]);
    expect(score.autoFail).toBe(false);
    expect(score.percent).toBe(80);
  });

  it('has no score, with a reason, when every criterion is N/A', () => {
    const score = scoreByPoints(
      card,
      ['greet', 'verify', 'clarity', 'upsell'].map((criterionId) => ({ criterionId, value: 'NA' as const })),
    );
    expect(score.percent).toBeNull();
    expect(score.rawPercent).toBeNull();
    expect(score.possible).toBe(0);
    expect(score.reason).toBe('every criterion was marked N/A');
  });

  it('leaves unanswered criteria out and lists them', () => {
    // greet only: 2 of 2
    const score = scoreByPoints(card, [{ criterionId: 'greet', value: 1 }]);
    expect(score.percent).toBe(100);
    expect(score.unanswered).toEqual(['verify', 'clarity', 'upsell']);
  });

  it('refuses an invalid answer, naming the criterion', () => {
    expect(() => scoreByPoints(card, [{ criterionId: 'clarity', value: 7 }])).toThrow('criterion "clarity"');
  });
});

describe('validateSubmissionAnswers', () => {
  const complete = [
    { criterionId: 'greet', value: 1 },
    { criterionId: 'verify', value: 'NA' as const },
    { criterionId: 'clarity', value: 3 },
    { criterionId: 'upsell', value: 0 },
  ];

  it('accepts a complete, valid sheet', () => {
    expect(() => validateSubmissionAnswers(card, complete, { complete: true })).not.toThrow();
  });

  it('lets a draft leave criteria unanswered, but not a submission', () => {
    expect(submissionAnswerProblems(card, complete.slice(0, 2), { complete: false })).toEqual([]);
    expect(submissionAnswerProblems(card, complete.slice(0, 2), { complete: true })).toEqual([
      'criterion "clarity" (Clear?) has no answer',
      'criterion "upsell" (Upsell?) has no answer',
    ]);
  });

  it('reports every problem at once: unknown, repeated and invalid answers', () => {
    const problems = submissionAnswerProblems(
      card,
      [
        { criterionId: 'greet', value: 1 },
        { criterionId: 'verify', value: 'NA' },
        { criterionId: 'clarity', value: 0 },
        { criterionId: 'upsell', value: 0 },
        { criterionId: 'ghost', value: 1 },
        { criterionId: 'greet', value: 0 },
        { criterionId: 'clarity', value: 9 },
      ],
      { complete: true },
    );
    expect(problems).toEqual([
      'criterion "clarity" (Clear?) must be a whole number from 1 to 5, not 0',
      '"ghost" is not a criterion of scorecard "Test card"',
      'criterion "greet" (Greeted?) is answered twice',
      'criterion "clarity" (Clear?) is answered twice',
    ]);
    expect(() => validateSubmissionAnswers(card, [{ criterionId: 'ghost', value: 1 }], { complete: false })).toThrow(ValidationError);
  });
});

/*
 * The current rule: section weights are shares of the call score. Typed 40 / 35 / 25, the sections
 * weigh 40 / 35 / 25 % whatever their criteria; under the points rule the same card would weigh
 * 40 / 175 / 100 points, 12.7 / 55.6 / 31.7 %.
 */
const shares = scorecardSchema.parse({
  id: 'shares',
  name: 'Shares',
  sections: [
    { id: 'a', name: 'A', weight: 40, criteria: [{ id: 'a1', type: 'yes-no', question: 'A1?', critical: true }] },
    {
      id: 'b',
      name: 'B',
      weight: 35,
      criteria: ['b1', 'b2', 'b3', 'b4', 'b5'].map((id) => ({ id, type: 'yes-no' as const, question: `${id}?` })),
    },
    {
      id: 'c',
      name: 'C',
      weight: 25,
      criteria: [
        { id: 'c1', type: 'scale' as const, question: 'C1?', min: 1, max: 5, weight: 3 },
        { id: 'c2', type: 'yes-no' as const, question: 'C2?', weight: 1 },
      ],
    },
  ],
});
const allYes = (overrides: Record<string, number | 'NA'> = {}) =>
  new Map<string, number | 'NA'>([
    ['a1', 1],
    ['b1', 1],
    ['b2', 1],
    ['b3', 1],
    ['b4', 1],
    ['b5', 1],
    ['c1', 5],
    ['c2', 1],
    ...Object.entries(overrides),
  ]);

describe('section weights are shares of the call score', () => {
  it('gives each section its typed share and each criterion its share within the section', () => {
    expect(sectionShares(shares).map((s) => [s.sectionId, Number(s.share.toFixed(12))])).toEqual([
      ['a', 0.4],
      ['b', 0.35],
      ['c', 0.25],
    ]);
    const effective = new Map(weightedCriteria(shares).map((item) => [item.criterion.id, item.share]));
    expect(effective.get('a1')).toBeCloseTo(0.4, 12);
    expect(effective.get('b3')).toBeCloseTo(0.07, 12);
    expect(effective.get('c1')).toBeCloseTo(0.1875, 12);
    expect(effective.get('c2')).toBeCloseTo(0.0625, 12);
    // The same card under the points rule: 40 / 175 / 100 points.
    expect(sectionShares(shares, 'points').map((s) => Number(s.share.toFixed(3)))).toEqual([0.127, 0.556, 0.317]);
  });

  it('scores each section on its own criteria, then weighs the sections', () => {
    // B: 4 of 5 Yes → 0.8; C: c1 4 of 1–5 → ¾ × 3, c2 Yes → (2.25 + 1) ÷ 4 = 0.8125.
    const score = scoreWith(shares, allYes({ b2: 0, c1: 4 }));
    expect(score.percent).toBeCloseTo(40 + 35 * 0.8 + 25 * 0.8125, 10);
    expect(score.possible).toBe(100);
  });

  it('re-weights an N/A criterion within its section (a partly-N/A section keeps its share)', () => {
    // b5 N/A: B is scored on b1–b4, 3 of 4 Yes → 0.75, and still weighs 35 %.
    const score = scoreWith(shares, allYes({ b1: 0, b5: 'NA' }));
    expect(score.percent).toBeCloseTo(40 + 35 * 0.75 + 25, 10);
    expect(score.notApplicable).toEqual(['b5']);
  });

  it('drops a fully-N/A section and re-weights the others in proportion', () => {
    // C all N/A: A and B share the call 40 : 35. B 4 of 5 → (40 + 35 × 0.8) ÷ 75.
    const score = scoreWith(shares, allYes({ b2: 0, c1: 'NA', c2: 'NA' }));
    expect(score.percent).toBeCloseTo(((40 + 35 * 0.8) / 75) * 100, 10);
    expect(score.possible).toBe(75);
  });

  it('still auto-fails on a failed critical criterion, keeping the raw score', () => {
    const score = scoreWith(shares, allYes({ a1: 0 }));
    expect(score.percent).toBe(0);
    expect(score.rawPercent).toBeCloseTo(60, 10);
    expect(score.failedCritical).toEqual(['a1']);
  });
});
