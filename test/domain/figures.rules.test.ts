// The rules of docs/scoring.md that make the figures mean what a QA team takes them to mean, each pinned
// on one hand-checked session: section shares with a partly-N/A and a fully-N/A section, auto-fail
// disagreements on raw scores, an unresolved tie, and the expert benchmark; then the Results rows.
import { analyzeSession } from '../../src/domain/analysis';
import { resultRows, sessionResultRow } from '../../src/domain/results';
import type { ScorecardInput } from '../../src/domain/schemas';
import { buildSession, sheet } from '../fixtures/calibration';

/*
 * Handling (weight 60): id (Yes/No, critical), greet (Yes/No).
 * Quality (weight 40): clear (scale 1–5), offer (Yes/No, N/A allowed).
 * Evaluators e1…e4 with seniority 1…4, so the reveal order is e1, e2, e3, e4; e4 is the expert.
 */
const scorecard: ScorecardInput = {
  id: 'rules',
  name: 'Rules',
  sections: [
    {
      id: 'handling',
      name: 'Handling',
      weight: 60,
      criteria: [
        { id: 'id', type: 'yes-no', question: 'Verified identity?', critical: true },
        { id: 'greet', type: 'yes-no', question: 'Greeted?' },
      ],
    },
    {
      id: 'quality',
      name: 'Quality',
      weight: 40,
      criteria: [
        { id: 'clear', type: 'scale', question: 'How clear?', min: 1, max: 5 },
        { id: 'offer', type: 'yes-no', question: 'Offered help?' },
      ],
    },
  ],
};
const base = buildSession({ evaluators: 4, calls: 2, scorecard, options: { expertEvaluatorId: 'e4', anonymousReveal: false } });
const session = { ...base, evaluators: base.evaluators.map((e, i) => ({ ...e, seniority: i + 1 })) };
const submissions = [
  // Call 1. Consensus: id Yes, greet Yes, clear 3 (2, 3, 5, 5 → lower middle), offer Yes → 60 + 40 × (½ + 1) ÷ 2 = 90.
  sheet(session, 'e1', 'c1', { id: 1, greet: 1, clear: 5, offer: 1 }), // 100
  sheet(session, 'e2', 'c1', { id: 0, greet: 1, clear: 5, offer: 1 }), // auto-fail; raw 30 + 40 = 70
  sheet(session, 'e3', 'c1', { id: 1, greet: 0, clear: 3, offer: 'NA' }), // partly-N/A Quality: 30 + 40 × ½ = 50
  sheet(session, 'e4', 'c1', { id: 1, greet: 1, clear: 2, offer: 1 }), // 60 + 40 × (¼ + 1) ÷ 2 = 85
  // Call 2. Consensus: id No (1 Yes, 3 No), greet tie 2–2 (unresolved), clear 3 (2, 3, 4), offer Yes (0, 1, 1).
  sheet(session, 'e1', 'c2', { id: 0, greet: 1, clear: 'NA', offer: 'NA' }), // fully-N/A Quality drops out: 30 ÷ 60 = 50 raw
  sheet(session, 'e2', 'c2', { id: 0, greet: 0, clear: 2, offer: 0 }), // raw 0 + 40 × ⅛ = 5
  sheet(session, 'e3', 'c2', { id: 1, greet: 1, clear: 4, offer: 1 }), // 60 + 35 = 95
  sheet(session, 'e4', 'c2', { id: 0, greet: 0, clear: 3, offer: 1 }), // raw 0 + 30 = 30
];
const analysis = analyzeSession({ session, submissions });
const [call1, call2] = analysis.calls;
const on = (call: typeof call1, id: string) => call.evaluators.find((e) => e.evaluatorId === id)!;
const evaluator = (id: string) => analysis.evaluators.find((e) => e.evaluatorId === id)!;

describe('section shares on a whole session', () => {
  it('scores the calibrated call on the finals, sections weighed by their shares', () => {
    expect(call1.finalScore.percent).toBeCloseTo(90, 10);
    expect(on(call1, 'e3').score.rawPercent).toBeCloseTo(50, 10); // the N/A offer hands its share to clear
    expect(on(call2, 'e1').score.rawPercent).toBeCloseTo(50, 10); // Quality all N/A: Handling alone
  });
});

describe('auto-fail', () => {
  it('shows 0 % with the raw score and failed criteria, and compares raw scores', () => {
    const e2 = on(call1, 'e2');
    expect(e2.score).toMatchObject({ percent: 0, autoFail: true, failedCritical: ['id'] });
    expect(e2.score.rawPercent).toBeCloseTo(70, 10);
    expect(e2.deviation).toBeCloseTo(-20, 10); // 70 − 90, not 0 − 90
  });

  it('counts a critical disagreement per evaluator and per session, both ways', () => {
    // e2 failed id on call 1, which the team passed; e3 passed it on call 2, which the team failed.
    expect(on(call1, 'e2').criticalDisagreementCriteria).toEqual(['id']);
    expect(on(call2, 'e3').criticalDisagreementCriteria).toEqual(['id']);
    // e1, e2 and e4 failed it on call 2 with the team: no disagreement.
    expect(on(call2, 'e1').criticalDisagreement).toBe(false);
    expect([evaluator('e1'), evaluator('e2'), evaluator('e3'), evaluator('e4')].map((e) => e.criticalDisagreements)).toEqual([0, 1, 1, 0]);
    expect(analysis.summary.criticalDisagreementCalls).toBe(2);
    expect(analysis.agenda[0]).toMatchObject({ criterionId: 'id', kinds: expect.arrayContaining(['critical-mismatch']) });
  });

  it('keeps the variance on raw scores', () => {
    // |+10| |−20| |−40| |−5| on call 1; |−30| |−25| |+65| |0| on call 2 → 195 ÷ 8
    expect(analysis.summary.variance).toBeCloseTo(195 / 8, 10);
  });
});

describe('an unresolved tie', () => {
  it('leaves the criterion out of both sides and shows the score the deviation was computed from', () => {
    expect(call2.unresolvedCriteria).toEqual(['greet']);
    expect(call2.finalScore.percent).toBe(0); // id failed by the team
    expect(call2.finalScore.rawPercent).toBeCloseTo(30, 10); // Handling on id alone (0), Quality 30
    const e1 = on(call2, 'e1');
    expect(e1.leftOut).toEqual(['greet']);
    expect(e1.score.rawPercent).toBeCloseTo(50, 10); // with greet Yes
    expect(e1.comparedScore.rawPercent).toBeCloseTo(0, 10); // without it: id No, Quality all N/A
    for (const call of [call1, call2]) {
      for (const entry of call.evaluators)
        expect(entry.deviation).toBeCloseTo(entry.comparedScore.rawPercent! - call.finalScore.rawPercent!, 10);
    }
    expect(on(call2, 'e3').deviation).toBeCloseTo(65, 10);
  });

  it('computes the consensus score on the same criteria as the calibrated score', () => {
    expect(call2.consensusScore.unanswered).toEqual(call2.finalScore.unanswered);
    expect(call2.consensusScore.rawPercent).toBeCloseTo(30, 10);
  });
});

describe('the expert benchmark', () => {
  it("measures each evaluator's raw score against the expert's, never the expert against themself", () => {
    expect(on(call1, 'e1').deviationFromExpert).toBeCloseTo(15, 10);
    expect(on(call1, 'e2').deviationFromExpert).toBeCloseTo(-15, 10);
    expect(on(call2, 'e1').deviationFromExpert).toBeCloseTo(20, 10); // 50 − 30
    expect(on(call1, 'e4').deviationFromExpert).toBeNull();
    expect(evaluator('e3').meanAbsoluteDeviationFromExpert).toBeCloseTo((35 + 65) / 2, 10);
    expect(evaluator('e4').meanAbsoluteDeviationFromExpert).toBeNull();
  });

  it('gives the expert-versus-consensus gap and the criteria where they differ', () => {
    expect(call1.expertVsConsensusGap).toBeCloseTo(-5, 10); // 85 − 90
    expect(call1.expertDiffersFromConsensus).toEqual(['clear']);
    expect(call2.expertVsConsensusGap).toBeCloseTo(0, 10);
    expect(call2.expertDiffersFromConsensus).toEqual([]);
  });
});

describe('the Results rows', () => {
  const rows = resultRows(session, analysis);

  it('gives per call each evaluator, then consensus, final and expert, with the figures above', () => {
    expect(rows.filter((row) => row.callId === 'c1').map((row) => [row.kind, row.evaluator])).toEqual([
      ['evaluator', 'Evaluator 01'],
      ['evaluator', 'Evaluator 02'],
      ['evaluator', 'Evaluator 03'],
      ['evaluator', 'Evaluator 04'],
      ['consensus', ''],
      ['final', ''],
      ['expert', 'Evaluator 04'],
    ]);
    const e1 = rows.find((row) => row.callId === 'c2' && row.evaluator === 'Evaluator 01')!;
    expect(e1).toMatchObject({ scorePercent: 0, autoFail: true, failedCritical: 'id', leftOut: 'greet', criticalDisagreement: false });
    expect(e1.rawScorePercent).toBeCloseTo(0, 10);
    expect(e1.deviation).toBeCloseTo(-30, 10);
    const final2 = rows.find((row) => row.callId === 'c2' && row.kind === 'final')!;
    expect(final2).toMatchObject({ scorePercent: 0, autoFail: true, leftOut: 'greet', criticalDisagreement: true, deviation: null });
  });

  it('gives one row of session figures', () => {
    expect(sessionResultRow(session, analysis)).toEqual({
      sessionId: session.id,
      sessionDate: '2026-11-30',
      variance: analysis.summary.variance,
      target: 5,
      evaluatorsWithinTarget: 1, // e4: |−5| and |0| → 2.5 pp
      shareWithinTargetPercent: 25,
      alpha: analysis.summary.alpha,
      gwetAc1: analysis.summary.gwetAc1,
      criticalDisagreements: 2,
    });
  });
});
