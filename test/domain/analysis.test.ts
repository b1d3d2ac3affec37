import { krippendorffAlpha } from '../../src/domain/agreement';
import { analyzeSession, revealLabel } from '../../src/domain/analysis';
import type { ScorecardInput, Session } from '../../src/domain/schemas';
import { buildSession, final, sheet } from '../fixtures/calibration';

/*
 * Hand-checked session. One section (weight 1):
 *   q1 Yes/No ×1, critical → 1 point (share 1/4)
 *   q2 Yes/No ×1           → 1 point (share 1/4)
 *   q3 scale 1–5 ×2        → 2 points (share 1/2)
 * Evaluators e1 "Dana" (seniority 3, the expert), e2 "Ari" (1), e3 "Bo" (1), e4 "Cy" (2):
 * juniors first gives the reveal order Ari, Bo, Cy, Dana = e2, e3, e4, e1.
 */
const handScorecard: ScorecardInput = {
  id: 'hand',
  name: 'Hand-checked',
  sections: [
    {
      id: 's',
      name: 'Only section',
      criteria: [
        { id: 'q1', type: 'yes-no', question: 'Verified identity?', critical: true },
        { id: 'q2', type: 'yes-no', question: 'Summarised?' },
        { id: 'q3', type: 'scale', question: 'How clear?', min: 1, max: 5, weight: 2 },
      ],
    },
  ],
};

function handSession(options: Partial<Session['options']> = {}): Session {
  const session = buildSession({ evaluators: 4, calls: 2, scorecard: handScorecard, options: { expertEvaluatorId: 'e1', ...options } });
  const names = ['Dana', 'Ari', 'Bo', 'Cy'];
  const seniority = [3, 1, 1, 2];
  return { ...session, evaluators: session.evaluators.map((e, i) => ({ ...e, name: names[i], seniority: seniority[i] })) };
}

const session = handSession();
const submissions = [
  // Call 1
  sheet(session, 'e1', 'c1', { q1: 1, q2: 1, q3: 5 }), // 1 + 1 + 2 = 4/4 = 100
  sheet(session, 'e2', 'c1', { q1: 1, q2: 0, q3: 4 }), // 1 + 0 + 1.5 = 2.5/4 = 62.5
  sheet(session, 'e3', 'c1', { q1: 1, q2: 1, q3: 4 }), // 1 + 1 + 1.5 = 3.5/4 = 87.5
  sheet(session, 'e4', 'c1', { q1: 0, q2: 1, q3: 3 }), // q1 critical No → 0 (raw 0 + 1 + 1 = 2/4 = 50)
  // Call 2
  sheet(session, 'e1', 'c2', { q1: 1, q2: 'NA', q3: 3 }), // 1 + 1 = 2/3 = 66.67
  sheet(session, 'e2', 'c2', { q1: 1, q2: 1, q3: 3 }), // 1 + 1 + 1 = 3/4 = 75
  sheet(session, 'e3', 'c2', { q1: 1, q2: 'NA', q3: 2 }), // 1 + 0.5 = 1.5/3 = 50
  sheet(session, 'e4', 'c2', { q1: 0, q2: 0, q3: 1 }, 'draft'), // a draft: ignored
];
// The team settled q3 on call 1 at 5 (the consensus was 4).
const finals = [final('c1', 'q3', 5)];
const analysis = analyzeSession({ session, submissions, finals });
const [call1, call2] = analysis.calls;
const item = (call: typeof call1, id: string) => call.criteria.find((c) => c.criterionId === id)!;
const evaluator = (id: string) => analysis.evaluators.find((e) => e.evaluatorId === id)!;
const onCall = (call: typeof call1, id: string) => call.evaluators.find((e) => e.evaluatorId === id)!;

describe('reveal order and inputs', () => {
  it('reveals juniors first: ascending seniority, then name', () => {
    expect(analysis.revealOrder).toEqual(['e2', 'e3', 'e4', 'e1']);
    expect(analysis.evaluators.map((e) => [e.evaluatorId, e.revealLabel])).toEqual([
      ['e2', 'Evaluator A'],
      ['e3', 'Evaluator B'],
      ['e4', 'Evaluator C'],
      ['e1', 'Evaluator D'],
    ]);
    expect(item(call1, 'q1').answers.map((a) => a.evaluatorId)).toEqual(['e2', 'e3', 'e4', 'e1']);
  });

  it('labels evaluators A to Z, then AA, AB, … for an anonymous reveal', () => {
    expect([0, 1, 25, 26, 29].map(revealLabel)).toEqual(['Evaluator A', 'Evaluator B', 'Evaluator Z', 'Evaluator AA', 'Evaluator AD']);
  });

  it("keeps the session's order when juniors do not go first", () => {
    const plain = analyzeSession({ session: handSession({ juniorsFirst: false }), submissions });
    expect(plain.revealOrder).toEqual(['e1', 'e2', 'e3', 'e4']);
  });

  it('uses only submitted sheets', () => {
    expect(analysis.submittedCount).toBe(7);
    expect(call2.evaluators.map((e) => e.evaluatorId)).toEqual(['e2', 'e3', 'e1']);
  });
});

describe('per call × criterion', () => {
  it('q1 on call 1: 3 Yes, 1 No on a critical criterion', () => {
    const q1 = item(call1, 'q1');
    expect(q1.tally).toEqual([
      { value: 1, count: 3 },
      { value: 0, count: 1 },
    ]);
    expect(q1.consensus).toEqual({ value: 1, reason: '3 of 4 say Yes' });
    expect(q1.final).toEqual({ value: 1, source: 'consensus' });
    expect(q1.agreementPercent).toBe(75); // 3 of 4 gave the modal answer
    expect(q1.spread).toBe(1); // (1 − 0) / 1
    expect(q1.swingPoints).toBe(25); // 1 × 1/4 × 100
    expect(q1.disagreements).toEqual(['critical-mismatch', 'split']);
    expect(q1.overTarget).toBe(true);
  });

  it('q3 on call 1: scale values 4, 4, 3, 5 with a recorded final', () => {
    const q3 = item(call1, 'q3');
    expect(q3.answers.map((a) => a.value)).toEqual([4, 4, 3, 5]);
    expect(q3.consensus.value).toBe(4); // sorted 3, 4, 4, 5 → middles 4 and 4
    expect(q3.final).toEqual({ value: 5, source: 'recorded' });
    expect(q3.agreementPercent).toBe(50); // two of four gave 4
    expect(q3.spread).toBe(0.5); // (5 − 3) / (5 − 1)
    expect(q3.swingPoints).toBe(25); // 0.5 × 2/4 × 100
  });

  it('q2 on call 2: N/A by most evaluators makes the consensus N/A', () => {
    const q2 = item(call2, 'q2');
    expect(q2.answers.map((a) => a.value)).toEqual([1, 'NA', 'NA']);
    expect(q2.consensus).toEqual({ value: 'NA', reason: '2 of 3 marked it N/A' });
    expect(q2.final).toEqual({ value: 'NA', source: 'consensus' });
    expect(q2.agreementPercent).toBeCloseTo(200 / 3, 10);
    expect(q2.spread).toBe(0); // a single scored answer
    expect(q2.swingPoints).toBe(0);
    expect(q2.disagreements).toEqual(['na-vs-scored']);
    expect(q2.overTarget).toBe(false);
  });

  it('q3 on call 2: 3, 2, 3 swings 12.5 points, over the 5-point target', () => {
    const q3 = item(call2, 'q3');
    expect(q3.consensus.value).toBe(3);
    expect(q3.spread).toBe(0.25); // (3 − 2) / 4
    expect(q3.swingPoints).toBe(12.5); // 0.25 × 1/2 × 100
    expect(q3.overTarget).toBe(true);
  });

  it('q1 on call 2: full agreement', () => {
    const q1 = item(call2, 'q1');
    expect(q1.agreementPercent).toBe(100);
    expect(q1.spread).toBe(0);
    expect(q1.disagreements).toEqual([]);
    expect(q1.overTarget).toBe(false);
  });
});

describe('per call', () => {
  it('scores each evaluator, with auto-fail', () => {
    expect(call1.evaluators.map((e) => [e.evaluatorId, e.score.percent])).toEqual([
      ['e2', 62.5],
      ['e3', 87.5],
      ['e4', 0],
      ['e1', 100],
    ]);
    expect(onCall(call1, 'e4').score.autoFail).toBe(true);
    expect(onCall(call1, 'e4').score.failedCritical).toEqual(['q1']);
    expect(onCall(call1, 'e4').score.rawPercent).toBe(50);
    expect(call1.lowestPercent).toBe(0);
    expect(call1.highestPercent).toBe(100);
  });

  it('scores the consensus and the finals', () => {
    // consensus call 1: q1 Yes, q2 Yes, q3 4 → 1 + 1 + 1.5 = 3.5/4 = 87.5
    expect(call1.consensusScore.percent).toBe(87.5);
    // finals call 1: q3 recorded 5 → 4/4 = 100
    expect(call1.finalScore.percent).toBe(100);
    expect(call1.recordedFinalCount).toBe(1);
    // call 2: q1 Yes, q2 N/A, q3 3 → (1 + 1) / 3
    expect(call2.finalScore.percent).toBeCloseTo(200 / 3, 10);
    expect(call2.unresolvedCriteria).toEqual([]);
  });

  it('measures each evaluator against the final on raw scores: positive lenient, negative harsh', () => {
    // call 1 final 100: Dana 0, Ari 62.5 − 100, Bo 87.5 − 100, Cy raw 50 − 100 (shown 0 %, auto-fail)
    expect(call1.evaluators.map((e) => [e.evaluatorId, e.deviation])).toEqual([
      ['e2', -37.5],
      ['e3', -12.5],
      ['e4', -50],
      ['e1', 0],
    ]);
    // call 2 final 66.67: Ari 75 − 66.67 = +8.33, Bo 50 − 66.67 = −16.67, Dana 0
    expect(onCall(call2, 'e2').deviation).toBeCloseTo(25 / 3, 10);
    expect(onCall(call2, 'e3').deviation).toBeCloseTo(-50 / 3, 10);
    expect(onCall(call2, 'e1').deviation).toBeCloseTo(0, 10);
  });

  it('measures each evaluator against the expert, and the expert against the consensus', () => {
    expect(onCall(call1, 'e2').deviationFromExpert).toBe(-37.5); // 62.5 − 100
    expect(onCall(call1, 'e4').deviationFromExpert).toBe(-50); // raw 50 − 100
    expect(onCall(call1, 'e1').deviationFromExpert).toBeNull(); // the expert is not measured against themself
    expect(onCall(call2, 'e2').deviationFromExpert).toBeCloseTo(25 / 3, 10); // 75 − 66.67
    expect(call1.expertPercent).toBe(100);
    expect(call1.expertVsConsensusGap).toBe(12.5); // 100 − 87.5
    expect(call2.expertVsConsensusGap).toBeCloseTo(0, 10);
  });

  it('computes points-weighted alignment with the finals', () => {
    // Ari call 1 vs finals (1, 1, 5): q1 1 × 1, q2 0 × 1, q3 (1 − |0.75 − 1|) = 0.75 × 2 → 2.5 / 4
    expect(onCall(call1, 'e2').alignmentPercent).toBe(62.5);
    // Ari call 2 vs finals (1, N/A, 3): q1 1 × 1, q2 scored vs N/A 0 × 1, q3 1 × 2 → 3 / 4
    expect(onCall(call2, 'e2').alignmentPercent).toBe(75);
    // Cy call 1: q1 0 × 1, q2 1 × 1, q3 (1 − |0.5 − 1|) × 2 = 1 → 2 / 4
    expect(onCall(call1, 'e4').alignmentPercent).toBe(50);
  });
});

describe('per evaluator', () => {
  it('Dana matches the finals', () => {
    expect(evaluator('e1')).toMatchObject({
      callsScored: 2,
      missingCallIds: [],
      meanAbsoluteDeviation: 0,
      direction: 'balanced',
      alignmentPercent: 100, // N/A against a final N/A counts as aligned
      withinTarget: true,
    });
  });

  it('Ari is harsh on average', () => {
    const ari = evaluator('e2');
    // |−37.5| and |8.33| → mean 22.92; signed (−37.5 + 8.33) / 2 = −14.58
    expect(ari.meanAbsoluteDeviation).toBeCloseTo((37.5 + 25 / 3) / 2, 10);
    expect(ari.meanSignedDeviation).toBeCloseTo((-37.5 + 25 / 3) / 2, 10);
    expect(ari.direction).toBe('harsh');
    expect(ari.withinTarget).toBe(false);
    // (2.5 + 3) / (4 + 4)
    expect(ari.alignmentPercent).toBe(68.75);
    expect(ari.meanAbsoluteDeviationFromExpert).toBeCloseTo((37.5 + 25 / 3) / 2, 10);
  });

  it('Cy submitted only call 1 and is measured on it alone', () => {
    const cy = evaluator('e4');
    expect(cy.callsScored).toBe(1);
    expect(cy.missingCallIds).toEqual(['c2']);
    // raw 50 against 100: the auto-fail is counted apart, as a critical disagreement
    expect(cy.meanAbsoluteDeviation).toBe(50);
    expect(cy.meanSignedDeviation).toBe(-50);
    expect(cy.criticalDisagreements).toBe(1);
    expect(evaluator('e2').criticalDisagreements).toBe(0);
  });
});

describe('per session', () => {
  it('calibration variance is the mean absolute deviation over every evaluator × call', () => {
    // raw scores: 0 + 37.5 + 12.5 + 50 + 0 + 8.33 + 16.67 = 125 over 7 scores
    expect(analysis.summary.variance).toBeCloseTo(125 / 7, 10);
    // Cy failed q1 on call 1, which the team passed: one call with a critical disagreement
    expect(analysis.summary.criticalDisagreementCalls).toBe(1);
    expect(call1.criticalDisagreement).toBe(true);
    expect(onCall(call1, 'e4').criticalDisagreementCriteria).toEqual(['q1']);
    expect(call2.criticalDisagreement).toBe(false);
    expect(analysis.summary.evaluatorsMeasured).toBe(4);
    expect(analysis.summary.evaluatorsWithinTarget).toBe(1);
    expect(analysis.summary.shareWithinTarget).toBe(0.25);
  });

  it('computes interval α on answer fractions, N/A as missing, raters in reveal order', () => {
    const fractions = [
      [1, 1, 0, 1], // c1 q1
      [0, 1, 1, 1], // c1 q2
      [0.75, 0.75, 0.5, 1], // c1 q3
      [1, 1, null, 1], // c2 q1
      [1, null, null, null], // c2 q2
      [0.5, 0.25, null, 0.5], // c2 q3
    ];
    expect(analysis.summary.alpha).toBeCloseTo(krippendorffAlpha(fractions, 'interval')!, 12);
    expect(analysis.criteria[0].alpha).toBeCloseTo(krippendorffAlpha([fractions[0], fractions[3]], 'interval')!, 12);
    // 18 paired values, 8 of them not the most common value: enough for α without a warning
    expect(analysis.summary.alphaWarning).toBeNull();
    // q1 alone has 4 + 3 = 7 paired values
    expect(analysis.criteria[0].alphaWarning).toBe('Only 7 paired ratings: α is unstable; treat it as a rough signal.');
    expect(analysis.summary.alphaInterval).not.toBeNull();
  });

  it('computes pairwise percent agreement with N/A as an answer', () => {
    // agreeing pairs / pairs: c1 q1 3/6, q2 3/6, q3 1/6, c2 q1 3/3, q2 1/3, q3 1/3 → 12 / 27
    expect(analysis.summary.pairwiseAgreementPercent).toBeCloseTo((12 / 27) * 100, 10);
    // q1: (3 + 3) / (6 + 3)
    expect(analysis.criteria[0].pairwiseAgreementPercent).toBeCloseTo((6 / 9) * 100, 10);
    // q3 mean spread (0.5 + 0.25) / 2
    expect(analysis.criteria[2].meanSpread).toBe(0.375);
  });

  it('ranks the agenda: critical mismatch first, then points at stake', () => {
    expect(analysis.agenda.map((a) => [a.rank, a.criterionId, a.totalSwingPoints])).toEqual([
      [1, 'q1', 25],
      [2, 'q3', 37.5],
      [3, 'q2', 25],
    ]);
    expect(analysis.agenda[0]).toMatchObject({
      critical: true,
      callIds: ['c1'],
      kinds: ['critical-mismatch', 'split'],
      overTarget: true,
      lowestAgreementPercent: 75,
      why: ['critical criterion: 1 evaluator failed it on Call 1, which auto-fails the call; 3 did not', '3 say Yes, 1 says No on Call 1'],
    });
    expect(analysis.agenda[1].why).toEqual(['1 gave 3, 2 gave 4, 1 gave 5 on Call 1', '1 gave 2, 2 gave 3 on Call 2']);
    expect(analysis.agenda[2].why).toEqual(['3 say Yes, 1 says No on Call 1', '2 marked N/A while 1 scored it on Call 2']);
    expect(analysis.agenda[2].kinds).toEqual(['na-vs-scored', 'split']);
  });

  it('warns about the evaluator who submitted only some calls, without naming them', () => {
    expect(analysis.warnings).toEqual(['1 evaluator has submitted only some of the 2 calls; their results cover the calls they scored.']);
  });

  it('records the settings it used', () => {
    expect(analysis.settings).toEqual({
      varianceTarget: 5,
      consensusRule: 'majority-median',
      expertEvaluatorId: 'e1',
      juniorsFirst: true,
      directionThreshold: 2.5,
      scoringRule: 'section-shares',
    });
  });
});

describe('plain data', () => {
  it('survives a JSON round trip unchanged and is deterministic', () => {
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
    expect(analyzeSession({ session, submissions, finals })).toEqual(analysis);
  });
});
