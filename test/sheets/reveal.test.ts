import { analyzeSession } from '../../src/domain/analysis';
import { parseWith } from '../../src/domain/errors';
import type { Session, Submission } from '../../src/domain/schemas';
import { sessionSchema } from '../../src/domain/schemas';
import { buildScorecard, buildSubmissions, sheet as scoreSheet } from '../fixtures/calibration';
import { presetSession, sheetsPerTest } from './harness';

const h = sheetsPerTest();

function revealed(session: Session): Session {
  return { ...session, status: 'revealed', revealedAt: '2026-11-30T18:00:00.000Z' };
}

describe('the reveal', () => {
  it("writes each evaluator's submitted answers with comments into their tab, then shows it", () => {
    const session = presetSession({ evaluators: 2, calls: 2 });
    h.workbook.setUpSession(session, []);
    const criteria = session.scorecard.sections.flatMap((s) => s.criteria);
    const first = criteria[0]!;
    const answers = Object.fromEntries(criteria.map((c) => [c.id, c.type === 'scale' ? c.min : 1]));
    const submissions: Submission[] = [
      {
        ...scoreSheet(session, 'e1', 'c1', answers),
        answers: criteria.map((c) => ({
          criterionId: c.id,
          value: c.id === first.id ? 'NA' : answers[c.id]!,
          comment: c.id === first.id ? 'not on this call' : '',
        })),
      },
      scoreSheet(session, 'e2', 'c1', answers),
      scoreSheet(session, 'e2', 'c2', answers, 'draft'),
    ];
    h.workbook.revealEvaluatorTabs(revealed(session), submissions);

    const one = h.sheet('Scores – Evaluator Person 1');
    const two = h.sheet('Scores – Evaluator Person 2');
    expect(one.hidden).toBe(false);
    expect(two.hidden).toBe(false);
    expect(one.values[1]![0]).toBe('Revealed: 1 of 2 calls submitted.');
    expect(one.values[4]!.slice(0, 8)).toEqual([
      'c1',
      'Call 1',
      session.scorecard.sections[0]!.name,
      first.id,
      first.question,
      'N/A',
      'NA',
      'not on this call',
    ]);
    expect(one.values[4]![8]).toEqual(new Date('2026-11-30T17:00:00.000Z'));
    const secondCall = one.values[4 + criteria.length]!;
    expect(secondCall.slice(5, 8)).toEqual(['Not submitted', '', '']);
    // A draft is never revealed.
    expect(two.values[1]![0]).toBe('Revealed: 1 of 2 calls submitted.');
  });

  it('writes injected text as text, never as a formula', () => {
    const base = presetSession({ evaluators: 2, calls: 1 });
    const session = parseWith(
      sessionSchema,
      {
        ...base,
        calls: [{ id: '00123', label: '+1 555 0100', agent: '@agent', notes: '-see notes' }],
        evaluators: [{ ...base.evaluators[0]!, name: '=1+1' }, base.evaluators[1]!],
      },
      'Injection session',
    );
    h.workbook.setUpSession(session, []);
    const criteria = session.scorecard.sections.flatMap((s) => s.criteria);
    const formula = '=HYPERLINK("http://evil.example", "click")';
    const submission: Submission = {
      ...scoreSheet(session, 'e1', '00123', {}),
      answers: criteria.map((c) => ({ criterionId: c.id, value: c.type === 'scale' ? c.min : 1, comment: formula })),
    };
    h.workbook.revealEvaluatorTabs(revealed(session), [submission]);

    const tab = h.sheet('Scores – =1+1');
    expect(tab.values[0]![0]).toBe('Scores – =1+1');
    expect(tab.values[4]!.slice(0, 2)).toEqual(['00123', '+1 555 0100']);
    expect(tab.values[4]![7]).toBe(formula);
    expect(tab.formulas.flat().filter(Boolean)).toEqual([]);

    const overview = h.sheet('Session');
    const call = overview.values.find((row) => row[0] === '00123');
    expect(call!.slice(0, 3)).toEqual(['00123', '+1 555 0100', '@agent']);
    expect(call![6]).toBe('-see notes');
    expect(overview.values.some((row) => row[0] === '=1+1')).toBe(true);
    expect(overview.formulas.flat().filter((f) => f !== '' && !f.startsWith('=HYPERLINK("https://recordings.example.com/'))).toEqual([]);
  });

  it('stops before writing anything when an evaluator tab was deleted', () => {
    const session = presetSession({ evaluators: 2, calls: 1 });
    h.workbook.setUpSession(session, []);
    const ss = h.ss();
    ss.deleteSheet(ss.getSheetByName('Scores – Evaluator Person 2')!);
    expect(() => h.workbook.revealEvaluatorTabs(revealed(session), [])).toThrow(/Evaluator Person 2 is missing. Run "Repair session"/);
    expect(h.sheet('Scores – Evaluator Person 1').hidden).toBe(true);
  });
});

describe('a large session', () => {
  it('grows the sheets past 1000 rows and 26 columns where a block needs it', () => {
    const session = presetSession({ evaluators: 20, calls: 10, scorecard: buildScorecard(60) });
    h.workbook.setUpSession(session, []);
    const submissions = buildSubmissions(session);
    const open = revealed(session);
    h.workbook.revealEvaluatorTabs(open, submissions);
    h.workbook.writeSummary(open, analyzeSession({ session: open, submissions }), null);
    // The answer grid: 3 fixed columns, one per evaluator, 7 trailing.
    expect(h.sheet('Answers').maxColumns).toBeGreaterThan(26);
    expect(h.sheet('Answers').lastRow).toBe(5 + 10 * 60);
    expect(h.sheet('Summary').charts).toHaveLength(1);
    const rows = submissions.flatMap((sheet) =>
      sheet.answers.map((answer) => ({
        sessionId: session.id,
        sessionDate: session.sessionDate,
        callId: sheet.callId,
        callLabel: sheet.callId,
        evaluator: sheet.evaluatorId,
        criterionId: answer.criterionId,
        question: '',
        value: answer.value,
        final: '' as const,
      })),
    );
    h.workbook.appendScoresLog(rows);
    expect(h.sheet('Scores').lastRow).toBe(1 + 20 * 10 * 60);
  });
});

describe('service calls', () => {
  function sessionWith(criteria: number, evaluators: number): Session {
    return presetSession({ evaluators, calls: 3, scorecard: buildScorecard(criteria) });
  }

  function cost(run: () => void): number {
    const mark = h.env.calls.mark();
    run();
    return h.env.calls.total(mark);
  }

  function revealCost(session: Session): number {
    h.restart();
    h.workbook.setUpSession(session, []);
    const submissions = buildSubmissions(session);
    const analysis = analyzeSession({ session: revealed(session), submissions });
    return cost(() => {
      h.workbook.revealEvaluatorTabs(revealed(session), submissions);
      h.workbook.writeSummary(revealed(session), analysis, null);
    });
  }

  function setUpCost(session: Session): number {
    h.restart();
    return cost(() => h.workbook.setUpSession(session, []));
  }

  it('set-up costs the same whatever the number of criteria', () => {
    expect(setUpCost(sessionWith(10, 4))).toBe(setUpCost(sessionWith(60, 4)));
  });

  it('reveal and Summary cost the same whatever the number of criteria, and four calls per evaluator tab', () => {
    const small = revealCost(sessionWith(10, 8));
    expect(revealCost(sessionWith(60, 8))).toBe(small);
    // Both sizes make the Summary wider than a new sheet, so the difference is the tabs alone.
    const more = revealCost(sessionWith(10, 12));
    expect((more - small) / 4).toBe(4);
  });

  it('close (history, scores log, archive) costs the same whatever the number of criteria', () => {
    const closeCost = (criteria: number) => {
      const session = sessionWith(criteria, 3);
      h.restart();
      h.workbook.setUpSession(session, []);
      const rows = session.calls.flatMap((call) =>
        session.evaluators.flatMap((e) =>
          session.scorecard.sections.flatMap((s) =>
            s.criteria.map((c) => ({
              sessionId: session.id,
              sessionDate: session.sessionDate,
              callId: call.id,
              callLabel: call.label,
              evaluator: e.name,
              criterionId: c.id,
              question: c.question,
              value: 1 as const,
              final: 1 as const,
            })),
          ),
        ),
      );
      const closed: Session = { ...session, status: 'closed', closedAt: '2026-12-01T10:00:00.000Z' };
      return cost(() => {
        h.workbook.appendScoresLog(rows);
        h.workbook.archiveEvaluatorTabs(closed);
      });
    };
    expect(closeCost(10)).toBe(closeCost(60));
  });
});
