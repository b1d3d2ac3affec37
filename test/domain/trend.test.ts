import { analyzeSession } from '../../src/domain/analysis';
import { UserError } from '../../src/domain/errors';
import type { SessionHistoryEntry } from '../../src/domain/schemas';
import { emptyPeopleDirectory, labelId, personResolver } from '../../src/domain/people';
import { historyEntryFor, trendAcrossSessions } from '../../src/domain/trend';
import { buildScorecard, buildSession, buildSubmissions } from '../fixtures/calibration';

function entry(id: string, date: string, fields: Partial<SessionHistoryEntry> = {}): SessionHistoryEntry {
  return {
    sessionId: id,
    title: `Session ${id}`,
    sessionDate: date,
    closedAt: '',
    scorecardId: 'card',
    scorecardVersion: 1,
    calls: 3,
    evaluators: 6,
    varianceTarget: 5,
    variance: null,
    alpha: null,
    shareWithinTarget: null,
    disputedCriterionIds: [],
    evaluatorDeviations: [],
    gwetAc1: null,
    criticalDisagreements: null,
    scoringRule: 'points',
    attendanceRate: null,
    ...fields,
  };
}

const dev = (evaluatorId: string, meanAbsoluteDeviation: number | null, meanSignedDeviation: number | null = null) => ({
  evaluatorId,
  name: evaluatorId.toUpperCase(),
  meanAbsoluteDeviation,
  meanSignedDeviation,
});

describe('trendAcrossSessions', () => {
  // Given out of order: the trend sorts by session date.
  const history = [
    entry('s3', '2026-03-10', {
      scoringRule: 'section-shares',
      gwetAc1: 0.93,
      criticalDisagreements: 1,
      variance: 4,
      alpha: 0.81,
      shareWithinTarget: 0.75,
      scorecardVersion: 2,
      disputedCriterionIds: ['empathy', 'hold'],
      evaluatorDeviations: [dev('ana', 3, -1), dev('ben', 9, 6)],
    }),
    entry('s1', '2026-01-12', {
      variance: 9,
      alpha: 0.55,
      shareWithinTarget: 0.25,
      disputedCriterionIds: ['empathy', 'greeting'],
      evaluatorDeviations: [dev('ana', 8, -7), dev('ben', 6, 2)],
    }),
    entry('s2', '2026-02-09', {
      variance: 6.5,
      alpha: 0.7,
      shareWithinTarget: 0.5,
      disputedCriterionIds: ['hold', 'greeting', 'greeting'],
      evaluatorDeviations: [dev('ana', 5.5, -3), dev('ben', 8.5, 5), dev('cai', 4, 0)],
    }),
  ];
  // Who was who in each session: here each History id is the same person in every session.
  const people = personResolver({
    schemaVersion: 1,
    people: ['ana', 'ben', 'cai'].map((id) => ({ personKey: `p-${id}`, name: id.toUpperCase(), email: `${id}@example.com` })),
    sessions: history.map((e) => ({
      sessionId: e.sessionId,
      anonymous: false,
      sessionDate: e.sessionDate,
      members: e.evaluatorDeviations.map((d) => ({ personKey: `p-${d.evaluatorId}`, shownAs: d.evaluatorId, attended: null })),
    })),
  });
  const trend = trendAcrossSessions(history, { people });

  it('orders sessions and gives the change since the previous one', () => {
    expect(trend.sessions.map((s) => [s.sessionId, s.variance, s.varianceChange, s.alpha])).toEqual([
      ['s1', 9, null, 0.55],
      ['s2', 6.5, -2.5, 0.7], // 6.5 − 9
      ['s3', 4, -2.5, 0.81], // 4 − 6.5
    ]);
    expect(trend.sessions[1].alphaChange).toBeCloseTo(0.15, 12); // 0.70 − 0.55
    expect(trend.sessions[2].shareWithinTargetChange).toBe(0.25); // 0.75 − 0.5
    expect(trend.sessions.map((s) => s.varianceWithinTarget)).toEqual([false, false, true]);
    expect(trend.sessions.map((s) => s.scorecardChanged)).toEqual([false, false, true]);
  });

  it('marks the session where the scoring rule changed, and carries AC1 and critical disagreements', () => {
    expect(trend.sessions.map((s) => [s.scoringRule, s.scoringRuleChanged])).toEqual([
      ['points', false],
      ['points', false],
      ['section-shares', true],
    ]);
    expect(trend.sessions[2]).toMatchObject({ gwetAc1: 0.93, criticalDisagreements: 1 });
    expect(trend.sessions[0]).toMatchObject({ gwetAc1: null, criticalDisagreements: null });
  });

  it("follows each evaluator's drift", () => {
    const [ana, ben, cai] = trend.evaluators;
    expect(ana.series.map((p) => p.meanAbsoluteDeviation)).toEqual([8, 5.5, 3]);
    expect(ana.changeSincePrevious).toBe(-2.5); // 3 − 5.5
    expect(ana.changeSinceFirst).toBe(-5); // 3 − 8
    expect(ana.drift).toBe('closer');
    expect(ben.changeSincePrevious).toBe(0.5); // 9 − 8.5: under the 1-point threshold
    expect(ben.drift).toBe('steady');
    expect(ben.changeSinceFirst).toBe(3);
    expect(cai.series).toHaveLength(1);
    expect(cai.drift).toBeNull();
  });

  it('follows the person, not the row: the same id in two sessions is two people unless the directory says otherwise', () => {
    const swapped = [
      entry('m1', '2026-01-12', { evaluatorDeviations: [dev('ev-1', 8), dev('ev-2', 2)] }),
      entry('m2', '2026-02-09', { evaluatorDeviations: [dev('ev-1', 3), dev('ev-2', 6)] }),
    ];
    // Month 2 listed the two people the other way round: ev-1 is now Bo, ev-2 is Al.
    const directory = {
      schemaVersion: 1 as const,
      people: [
        { personKey: 'p-al', name: 'Al', email: 'al@example.com' },
        { personKey: 'p-bo', name: 'Bo', email: 'bo@example.com' },
      ],
      sessions: [
        {
          sessionId: 'm1',
          anonymous: false,
          sessionDate: '',
          members: [
            { personKey: 'p-al', shownAs: 'ev-1', attended: null },
            { personKey: 'p-bo', shownAs: 'ev-2', attended: null },
          ],
        },
        {
          sessionId: 'm2',
          anonymous: false,
          sessionDate: '',
          members: [
            { personKey: 'p-bo', shownAs: 'ev-1', attended: null },
            { personKey: 'p-al', shownAs: 'ev-2', attended: null },
          ],
        },
      ],
    };
    const byPerson = trendAcrossSessions(swapped, { people: personResolver(directory) });
    const al = byPerson.evaluators.find((d) => d.personKey === 'p-al')!;
    const bo = byPerson.evaluators.find((d) => d.personKey === 'p-bo')!;
    expect([al.name, al.series.map((p) => p.meanAbsoluteDeviation), al.changeSinceFirst]).toEqual(['Al', [8, 6], -2]);
    expect([bo.name, bo.series.map((p) => p.meanAbsoluteDeviation), bo.changeSinceFirst]).toEqual(['Bo', [2, 3], 1]);
    // Without the directory nothing links two sessions: ev-1 of m1 is not ev-1 of m2.
    const byRow = trendAcrossSessions(swapped);
    expect(byRow.evaluators.map((d) => [d.personKey, d.series.length])).toEqual([
      ['m1/ev-1', 1],
      ['m1/ev-2', 1],
      ['m2/ev-1', 1],
      ['m2/ev-2', 1],
    ]);
    expect(trendAcrossSessions(swapped, { people: personResolver(emptyPeopleDirectory()) }).evaluators).toHaveLength(4);
  });

  it('leaves anonymous sessions out of the named series unless asked (facilitator-only views)', () => {
    const sessions = [
      entry('a1', '2026-01-12', { evaluatorDeviations: [dev('evaluator-a', 8)] }),
      entry('a2', '2026-02-09', { evaluatorDeviations: [dev('ev-1', 3)] }),
    ];
    const directory = {
      schemaVersion: 1 as const,
      people: [{ personKey: 'p-al', name: 'Al', email: '' }],
      sessions: [
        { sessionId: 'a1', anonymous: true, sessionDate: '', members: [{ personKey: 'p-al', shownAs: 'evaluator-a', attended: null }] },
        { sessionId: 'a2', anonymous: false, sessionDate: '', members: [{ personKey: 'p-al', shownAs: 'ev-1', attended: null }] },
      ],
    };
    const shown = trendAcrossSessions(sessions, { people: personResolver(directory) });
    expect(shown.evaluators.map((d) => [d.name, d.series.length])).toEqual([['Al', 1]]);
    const own = trendAcrossSessions(sessions, { people: personResolver(directory), includeAnonymous: true });
    expect(own.evaluators.map((d) => [d.name, d.series.length, d.changeSinceFirst])).toEqual([['Al', 2, -5]]);
  });

  it('flags criteria disputed in at least 2 of the last 3 sessions', () => {
    // empathy: s1, s3; hold: s2, s3; greeting: s1, s2 (counted once in s2)
    expect(trend.rewriteCandidates).toEqual([
      { criterionId: 'empathy', disputedIn: ['s1', 's3'], advice: 'Rewrite this criterion: disputed in 2 of the last 3 sessions.' },
      { criterionId: 'greeting', disputedIn: ['s1', 's2'], advice: 'Rewrite this criterion: disputed in 2 of the last 3 sessions.' },
      { criterionId: 'hold', disputedIn: ['s2', 's3'], advice: 'Rewrite this criterion: disputed in 2 of the last 3 sessions.' },
    ]);
  });

  it('looks only at the last 3 sessions of the latest scorecard', () => {
    const later = trendAcrossSessions([...history, entry('s4', '2026-04-07', { disputedCriterionIds: ['other'] })]);
    // window s2, s3, s4: greeting only in s2 now
    expect(later.rewriteCandidates.map((c) => c.criterionId)).toEqual(['hold']);
    const otherCard = trendAcrossSessions([...history, entry('x', '2026-05-01', { scorecardId: 'other-card' })]);
    expect(otherCard.rewriteCandidates).toEqual([]);
  });

  it('handles an empty history and refuses a session listed twice or a malformed row', () => {
    expect(trendAcrossSessions([])).toEqual({ sessions: [], evaluators: [], rewriteCandidates: [] });
    expect(() => trendAcrossSessions([history[0], history[0]])).toThrow(UserError);
    expect(() => trendAcrossSessions([{ ...history[0], shareWithinTarget: 3 }])).toThrow('Session history');
  });
});

describe('historyEntryFor', () => {
  it('builds a small History row from the closing analysis', () => {
    const session = { ...buildSession({ evaluators: 6, calls: 3, scorecard: buildScorecard(12) }), closedAt: '2026-12-01T12:00:00.000Z' };
    const analysis = analyzeSession({ session, submissions: buildSubmissions(session, { seed: 11, drafts: ['e6'] }) });
    const row = historyEntryFor(session, analysis);
    expect(row).toMatchObject({
      sessionId: session.id,
      sessionDate: '2026-11-30',
      closedAt: '2026-12-01T12:00:00.000Z',
      scorecardId: 'generated',
      scorecardVersion: 1,
      calls: 3,
      evaluators: 5,
      varianceTarget: 5,
      variance: analysis.summary.variance,
      alpha: analysis.summary.alpha,
      shareWithinTarget: analysis.summary.shareWithinTarget,
      gwetAc1: analysis.summary.gwetAc1,
      criticalDisagreements: analysis.summary.criticalDisagreementCalls,
      scoringRule: 'section-shares',
    });
    expect(row.disputedCriterionIds).toEqual(analysis.agenda.filter((item) => item.overTarget).map((item) => item.criterionId));
    // The session is anonymous: its row names labels only, never an evaluator id or a name.
    expect(session.options.anonymousReveal).toBe(true);
    const active = analysis.evaluators.filter((e) => e.callsScored > 0);
    expect(row.evaluatorDeviations.map((d) => [d.evaluatorId, d.name])).toEqual(active.map((e) => [labelId(e.revealLabel), e.revealLabel]));
    const named = { ...session, options: { ...session.options, anonymousReveal: false } };
    expect(
      historyEntryFor(
        named,
        analyzeSession({ session: named, submissions: buildSubmissions(named, { seed: 11, drafts: ['e6'] }) }),
      ).evaluatorDeviations.map((d) => d.evaluatorId),
    ).toEqual(active.map((e) => e.evaluatorId));
    expect(JSON.stringify(row).length).toBeLessThan(5000);
    expect(trendAcrossSessions([row]).sessions[0].variance).toBe(analysis.summary.variance);
  });

  it('refuses an analysis of another session', () => {
    const session = buildSession({ evaluators: 2, calls: 1, scorecard: buildScorecard(3) });
    const analysis = analyzeSession({ session, submissions: [] });
    expect(() => historyEntryFor({ ...session, id: 'other' }, analysis)).toThrow('The analysis is of session "session-1", not "other".');
  });
});
