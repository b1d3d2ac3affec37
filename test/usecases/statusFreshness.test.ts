// The status people read on the sheets is current after every step of the session, the close included:
// the Session tab's status line, the Summary's status line, and the submission counts.
import { CALLS, EVALUATORS, FACILITATOR, answersFor, api, as, scores, setUpSession, submitAll, environmentPerTest } from './harness';
import type { Scorecard } from '../../src/domain/schemas';

const env = environmentPerTest();
let scorecard: Scorecard;

beforeEach(() => {
  // Named: an anonymous session shows only the total on the sheets (see the anonymity guarantee).
  scorecard = setUpSession(env, { options: { anonymousReveal: false } });
});

function sheetValues(name: string): unknown[][] {
  return as(env, FACILITATOR, () => SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!.getDataRange().getValues());
}

/** The Session tab's "Status" row, and each evaluator's calls submitted. */
function sessionTab() {
  const values = sheetValues('Session');
  const status = values.find((row) => row[0] === 'Status')?.[1];
  const counts = Object.fromEntries(EVALUATORS.map((e) => [e.id, values.find((row) => row[0] === e.name)?.[5]]));
  return { status, counts };
}

/** The Summary's status line: the second row. */
function summaryStatus(): string {
  return String(sheetValues('Summary')[1]![0]);
}

describe('status on the sheets', () => {
  it('is current after set-up, each submission, the reveal, a final and the close', () => {
    expect(sessionTab().status).toBe('Blind scoring');
    expect(summaryStatus()).toMatch(/^Blind scoring/);
    expect(sessionTab().counts.ana).toBe(0);

    // A submission refreshes the counts everyone reads, without the facilitator doing anything.
    as(env, EVALUATORS[0].email, () => api.submitCallScores(scores(CALLS[0]!.id, answersFor(scorecard))));
    expect(sessionTab().counts.ana).toBe(1);
    expect(sheetValues('Summary').find((row) => row[0] === 'Ana Ruiz')?.[3]).toBe(1);
    expect(sheetValues('Summary')[2]![0]).toBe('0 of 8 evaluators have submitted every call.');
    // A draft changes no count.
    as(env, EVALUATORS[1].email, () => api.saveScoresDraft(scores(CALLS[0]!.id, answersFor(scorecard).slice(0, 2))));
    expect(sessionTab().counts.ben).toBe(0);

    submitAll(
      env,
      scorecard,
      EVALUATORS.slice(0, 4).map((e) => e.email),
      (c, i) => (c.type === 'scale' ? 3 : i % 2),
    );
    expect(sessionTab().counts).toMatchObject({ ana: 3, ben: 3, chen: 3, dara: 3, eli: 0 });
    expect(sheetValues('Summary')[2]![0]).toBe('4 of 8 evaluators have submitted every call.');

    as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
    expect(sessionTab().status).toBe('Revealed: discussing');
    expect(summaryStatus()).toMatch(/^Revealed: discussing/);

    as(env, FACILITATOR, () => api.recordFinalValue({ callId: 'c1', criterionId: 'greeting', value: 1 }));
    expect(sessionTab().status).toBe('Revealed: discussing');
    expect(summaryStatus()).toMatch(/^Revealed: discussing/);

    as(env, FACILITATOR, () => api.closeCurrentSession());
    expect(sessionTab().status).toBe('Closed');
    expect(summaryStatus()).toMatch(/^Closed/);
    expect(sessionTab().counts).toMatchObject({ ana: 3, ben: 3, chen: 3, dara: 3, eli: 0 });
  });

  it('shows an evaluator who picked their own name as self-declared at once', () => {
    env.restart();
    const withoutAddress = EVALUATORS.map((e, i) => (i === 7 ? { ...e, email: '' } : { ...e }));
    setUpSession(env, { evaluators: withoutAddress });
    as(env, { email: '', key: 'hana-device' }, () => api.claimEvaluatorName({ evaluatorId: 'hana' }));
    const row = sheetValues('Session').find((r) => r[0] === 'Hana Sato')!;
    expect(row[4]).toBe('Self-declared (picked own name)');
  });
});
