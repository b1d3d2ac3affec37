import { ValidationError } from '../../src/domain/errors';
import { scorecardSchema } from '../../src/domain/schemas';
import {
  criterionMaximum,
  scoreCall,
  scorecardMaximum,
  submissionAnswerProblems,
  validateSubmissionAnswers,
  weightedCriteria,
} from '../../src/domain/scoring';

/*
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

describe('criterion maximum and shares', () => {
  it('is criterion weight × section weight', () => {
    const [handling, quality] = card.sections;
    expect(criterionMaximum(handling.criteria[1], handling)).toBe(4);
    expect(criterionMaximum(quality.criteria[0], quality)).toBe(2);
    expect(scorecardMaximum(card)).toBe(9);
    expect(weightedCriteria(card).map((item) => [item.criterion.id, item.maximum, item.share])).toEqual([
      ['greet', 2, 2 / 9],
      ['verify', 4, 4 / 9],
      ['clarity', 2, 2 / 9],
      ['upsell', 1, 1 / 9],
    ]);
  });
});

describe('scoreCall', () => {
  it('sums earned over possible points', () => {
    // greet 1×2 + verify 1×4 + clarity (4−1)/4 × 2 = 1.5 + upsell 5/10 × 1 = 0.5 → 8 of 9 = 88.89%
    const score = scoreCall(card, []);
    expect(score.reason).toBe('no criterion has been answered');
    const full = scoreCall(card, [
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
    const score = scoreCall(card, new Map<string, number | 'NA'>([['greet', 1], ['verify', 1], ['clarity', 5], ['upsell', 10]]));
    expect(score.percent).toBe(100);
  });

  it('leaves an N/A criterion out of both earned and possible', () => {
    // upsell N/A: 2 + 4 + 1.5 = 7.5 of 2 + 4 + 2 = 8 → 93.75%
    const score = scoreCall(card, [
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
    const score = scoreCall(card, [
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
    const score = scoreCall(card, [
      { criterionId: 'greet', value: 1 },
      { criterionId: 'verify', value: 'NA' },
      { criterionId: 'clarity', value: 4 },
      { criterionId: 'upsell', value: 5 },
    ]);
    expect(score.autoFail).toBe(false);
    expect(score.percent).toBe(80);
  });

  it('has no score, with a reason, when every criterion is N/A', () => {
    const score = scoreCall(
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
    const score = scoreCall(card, [{ criterionId: 'greet', value: 1 }]);
    expect(score.percent).toBe(100);
    expect(score.unanswered).toEqual(['verify', 'clarity', 'upsell']);
  });

  it('refuses an invalid answer, naming the criterion', () => {
    expect(() => scoreCall(card, [{ criterionId: 'clarity', value: 7 }])).toThrow('criterion "clarity"');
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
