import { analyzeSession } from '../../src/domain/analysis';
import { UserError, ValidationError } from '../../src/domain/errors';
import type { ScorecardInput } from '../../src/domain/schemas';
import { buildScorecard, buildSession, buildSubmissions, final, sheet } from '../fixtures/calibration';

/* q1, q2 Yes/No ×1 and q3 scale 1–5 ×2, none critical: 4 points in all. */
const scorecard: ScorecardInput = {
  id: 'edge',
  name: 'Edge cases',
  sections: [
    {
      id: 's',
      name: 'Section',
      criteria: [
        { id: 'q1', type: 'yes-no', question: 'One?' },
        { id: 'q2', type: 'yes-no', question: 'Two?' },
        { id: 'q3', type: 'scale', question: 'Three?', min: 1, max: 5, weight: 2 },
      ],
    },
  ],
};

describe('an empty session (no submitted sheets)', () => {
  const session = buildSession({ evaluators: 3, calls: 2, scorecard });
  const analysis = analyzeSession({ session, submissions: [sheet(session, 'e1', 'c1', { q1: 1 }, 'draft')] });

  it('has defined, empty results', () => {
    expect(analysis.submittedCount).toBe(0);
    expect(analysis.summary).toMatchObject({
      variance: null,
      evaluatorsMeasured: 0,
      shareWithinTarget: null,
      alpha: null,
      alphaInterval: null,
      pairwiseAgreementPercent: null,
    });
    expect(analysis.agenda).toEqual([]);
    expect(analysis.warnings).toEqual(['No score sheets have been submitted yet, so there is nothing to compare.']);
    for (const call of analysis.calls) {
      expect(call.evaluators).toEqual([]);
      expect(call.finalScore.percent).toBeNull();
      expect(call.finalScore.reason).toBe('no criterion has been answered');
      expect(call.unresolvedCriteria).toEqual(['q1', 'q2', 'q3']);
      expect(call.criteria[0]).toMatchObject({
        answers: [],
        consensus: { value: null, reason: 'nobody has scored this' },
        final: { value: null, source: 'unresolved' },
        agreementPercent: null,
        spread: null,
        swingPoints: null,
        disagreements: [],
        overTarget: false,
      });
    }
    for (const evaluator of analysis.evaluators) {
      expect(evaluator).toMatchObject({
        callsScored: 0,
        meanAbsoluteDeviation: null,
        direction: null,
        withinTarget: null,
        alignmentPercent: null,
      });
    }
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
  });
});

describe('a single evaluator', () => {
  const session = buildSession({ evaluators: 1, calls: 2, scorecard });
  const analysis = analyzeSession({
    session,
    submissions: [sheet(session, 'e1', 'c1', { q1: 1, q2: 0, q3: 4 }), sheet(session, 'e1', 'c2', { q1: 0, q2: 'NA', q3: 2 })],
  });

  it('is its own consensus: no deviation, full agreement, no α', () => {
    expect(analysis.calls.map((call) => call.evaluators[0].deviation)).toEqual([0, 0]);
    expect(analysis.summary.variance).toBe(0);
    expect(analysis.summary.shareWithinTarget).toBe(1);
    expect(analysis.summary.alpha).toBeNull();
    expect(analysis.summary.alphaInterval).toBeNull();
    expect(analysis.summary.alphaWarning).toBe('No item was rated by two or more evaluators, so α cannot be computed.');
    expect(analysis.summary.pairwiseAgreementPercent).toBeNull();
    expect(analysis.calls[0].criteria.every((item) => item.agreementPercent === 100)).toBe(true);
    expect(analysis.agenda).toEqual([]);
    expect(analysis.warnings).toContain(
      'Only one evaluator has submitted scores: there is nobody to compare with, so agreement statistics are not available.',
    );
  });
});

describe('every criterion N/A on a call', () => {
  const allNA = { id: 'na', name: 'All N/A allowed', sections: scorecard.sections };
  const session = buildSession({ evaluators: 2, calls: 1, scorecard: allNA });
  const analysis = analyzeSession({
    session,
    submissions: ['e1', 'e2'].map((id) => sheet(session, id, 'c1', { q1: 'NA', q2: 'NA', q3: 'NA' })),
  });

  it('has no score, and says why', () => {
    const [call] = analysis.calls;
    expect(call.finalScore.percent).toBeNull();
    expect(call.finalScore.reason).toBe('every criterion was marked N/A');
    expect(call.evaluators.map((e) => [e.score.percent, e.deviation])).toEqual([
      [null, null],
      [null, null],
    ]);
    // N/A against a final N/A is full alignment
    expect(call.evaluators[0].alignmentPercent).toBe(100);
    expect(analysis.summary.variance).toBeNull();
    expect(analysis.evaluators[0].direction).toBeNull();
    expect(analysis.warnings).toContain('Call 1 has no calibrated score: every criterion was marked N/A.');
  });
});

describe('a tie', () => {
  const session = buildSession({ evaluators: 4, calls: 1, scorecard, options: { juniorsFirst: false } });
  const submissions = [
    sheet(session, 'e1', 'c1', { q1: 1, q2: 1, q3: 5 }), // 4/4 = 100
    sheet(session, 'e2', 'c1', { q1: 1, q2: 1, q3: 5 }),
    sheet(session, 'e3', 'c1', { q1: 0, q2: 1, q3: 5 }), // 3/4 = 75
    sheet(session, 'e4', 'c1', { q1: 0, q2: 1, q3: 5 }),
  ];

  it('leaves a 2–2 Yes/No split unresolved and compares scores without it', () => {
    const analysis = analyzeSession({ session, submissions });
    const [call] = analysis.calls;
    expect(call.criteria[0].consensus).toEqual({ value: null, reason: 'tied: 2 say Yes, 2 say No' });
    expect(call.unresolvedCriteria).toEqual(['q1']);
    // finals q2 Yes, q3 5 → 3/3 = 100; each evaluator without q1 → 3/3 = 100
    expect(call.finalScore.percent).toBe(100);
    expect(call.evaluators.map((e) => [e.score.percent, e.deviation])).toEqual([
      [100, 0],
      [100, 0],
      [75, 0],
      [75, 0],
    ]);
    expect(analysis.warnings).toContain(
      '1 criterion on Call 1 has no consensus and no recorded final: left out of the calibrated score until the team records one.',
    );
    expect(analysis.agenda[0].why).toEqual(['2 say Yes, 2 say No on Call 1']);
  });

  it('resolves once the team records a final', () => {
    const analysis = analyzeSession({ session, submissions, finals: [final('c1', 'q1', 0)] });
    const [call] = analysis.calls;
    // finals q1 No, q2 Yes, q3 5 → 3/4 = 75: e1, e2 +25, e3, e4 0
    expect(call.finalScore.percent).toBe(75);
    expect(call.unresolvedCriteria).toEqual([]);
    expect(call.evaluators.map((e) => e.deviation)).toEqual([25, 25, 0, 0]);
    expect(analysis.evaluators.map((e) => e.direction)).toEqual(['lenient', 'lenient', 'balanced', 'balanced']);
  });

  it('takes the latest of two recorded finals for the same criterion', () => {
    const analysis = analyzeSession({
      session,
      submissions,
      finals: [final('c1', 'q1', 1, '2026-12-01T10:00:00.000Z'), final('c1', 'q1', 0, '2026-12-01T09:00:00.000Z')],
    });
    expect(analysis.calls[0].criteria[0].final).toEqual({ value: 1, source: 'recorded' });
  });
});

describe('consensus rules through the analysis', () => {
  const submissions = (session: ReturnType<typeof buildSession>) => [
    sheet(session, 'e1', 'c1', { q1: 1, q2: 1, q3: 2 }),
    sheet(session, 'e2', 'c1', { q1: 1, q2: 0, q3: 3 }),
    sheet(session, 'e3', 'c1', { q1: 0, q2: 0, q3: 5 }),
  ];

  it('mean: q3 (2 + 3 + 5) / 3 = 3.33 → 3', () => {
    const session = buildSession({ evaluators: 3, calls: 1, scorecard, options: { consensusRule: 'mean' } });
    const [call] = analyzeSession({ session, submissions: submissions(session) }).calls;
    expect(call.criteria.map((item) => item.consensus.value)).toEqual([1, 0, 3]);
  });

  it("expert: the expert's answers are the consensus", () => {
    const session = buildSession({ evaluators: 3, calls: 1, scorecard, options: { consensusRule: 'expert', expertEvaluatorId: 'e3' } });
    const [call] = analyzeSession({ session, submissions: submissions(session) }).calls;
    expect(call.criteria.map((item) => item.consensus.value)).toEqual([0, 0, 5]);
    expect(call.expertVsConsensusGap).toBe(0);
  });
});

describe('bad input', () => {
  const session = buildSession({ evaluators: 2, calls: 1, scorecard });

  it('ignores other sessions’ sheets', () => {
    const other = sheet({ id: 'other' }, 'e1', 'c1', { q1: 1, q2: 1, q3: 1 });
    expect(analyzeSession({ session, submissions: [other] }).submittedCount).toBe(0);
  });

  it('refuses a sheet from someone who is not an evaluator, or for an unknown call', () => {
    expect(() => analyzeSession({ session, submissions: [sheet(session, 'e9', 'c1', { q1: 1 })] })).toThrow(UserError);
    expect(() => analyzeSession({ session, submissions: [sheet(session, 'e9', 'c1', { q1: 1 })] })).toThrow(
      '"e9", who is not an evaluator',
    );
    expect(() => analyzeSession({ session, submissions: [sheet(session, 'e1', 'c9', { q1: 1 })] })).toThrow(
      'Evaluator 01 submitted scores for call "c9", which is not part of session',
    );
  });

  it('refuses two submitted sheets for the same evaluator and call', () => {
    const twice = [sheet(session, 'e1', 'c1', { q1: 1 }), sheet(session, 'e1', 'c1', { q1: 0 })];
    expect(() => analyzeSession({ session, submissions: twice })).toThrow('Evaluator 01 has two submitted score sheets for Call 1');
  });

  it('refuses an invalid answer, naming who, which call and which criterion', () => {
    const bad = [sheet(session, 'e1', 'c1', { q1: 1, q2: 1, q3: 7 })];
    expect(() => analyzeSession({ session, submissions: bad })).toThrow(ValidationError);
    expect(() => analyzeSession({ session, submissions: bad })).toThrow(
      'Scores of Evaluator 01 for Call 1: criterion "q3" (Three?) must be a whole number from 1 to 5, not 7',
    );
  });

  it('refuses finals for unknown criteria or with invalid values', () => {
    expect(() => analyzeSession({ session, submissions: [], finals: [final('c1', 'zz', 1)] })).toThrow('criterion "zz"');
    expect(() => analyzeSession({ session, submissions: [], finals: [final('c9', 'q1', 1)] })).toThrow('call "c9"');
    expect(() => analyzeSession({ session, submissions: [], finals: [final('c1', 'q1', 3)] })).toThrow(
      'Final score of criterion "q1" (One?) on Call 1: must be 1 (Yes) or 0 (No), not 3',
    );
  });
});

describe('generated sessions', () => {
  it('is deterministic and JSON-safe for 8 evaluators × 4 calls × 15 criteria', () => {
    const session = buildSession({ evaluators: 8, calls: 4, scorecard: buildScorecard(15) });
    const submissions = buildSubmissions(session, { seed: 3, drafts: ['e8'] });
    const first = analyzeSession({ session, submissions });
    expect(analyzeSession({ session, submissions })).toEqual(first);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    expect(first.submittedCount).toBe(28);
    expect(first.warnings).toContain('1 of 8 evaluators has not submitted any call yet.');
    // every agenda item is a real disagreement, ranked 1…n
    expect(first.agenda.map((item) => item.rank)).toEqual(first.agenda.map((_, index) => index + 1));
    for (const item of first.agenda) expect(item.why.length).toBeGreaterThan(0);
    // the variance is the mean of the absolute deviations
    const deviations = first.calls.flatMap((call) => call.evaluators.map((e) => e.deviation)).filter((d): d is number => d !== null);
    expect(first.summary.variance).toBeCloseTo(deviations.reduce((sum, d) => sum + Math.abs(d), 0) / deviations.length, 10);
  });
});
