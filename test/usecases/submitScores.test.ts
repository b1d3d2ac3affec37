import { BUSY_MESSAGE } from '../../src/adapters/lock';
import type { Scorecard } from '../../src/domain/schemas';
import {
  CALLS,
  EVALUATORS,
  FACILITATOR,
  answersFor,
  api,
  as,
  documentProperties,
  expectPlainData,
  failure,
  scores,
  setUpSession,
  startEnvironment,
  type Environment,
} from './harness';

const ANA = EVALUATORS[0].email;
const BEN = EVALUATORS[1].email;

let env: Environment;
let scorecard: Scorecard;

beforeEach(() => {
  env = startEnvironment();
  scorecard = setUpSession(env);
});
afterEach(() => env.uninstall());

/** Every value of every cell in the spreadsheet, as text. */
function allCellText(): string {
  return as(env, FACILITATOR, () =>
    SpreadsheetApp.getActiveSpreadsheet()
      .getSheets()
      .map((sheet) => JSON.stringify(sheet.getDataRange().getValues()))
      .join('\n'),
  );
}

/** Runs `fn`, which must fail, and checks that the stored state did not change by a single byte. */
function expectRefusedUnchanged(user: string, fn: () => unknown, message: RegExp): void {
  const before = documentProperties(env);
  expect(failure(env, user, fn)).toMatch(message);
  expect(documentProperties(env)).toEqual(before);
}

describe('submitting scores', () => {
  it('seals the submission in document properties and writes nothing into any cell', () => {
    const answers = answersFor(scorecard).map((a, i) => (i === 0 ? { ...a, comment: 'sealed-note-ana' } : a));
    const form = as(env, ANA, () => api.submitCallScores(scores('c1', answers)));
    expectPlainData(form);
    expect(form.evaluatorId).toBe('ana');
    const c1 = form.calls.find((c) => c.call.id === 'c1')!;
    expect(c1.state).toBe('submitted');
    expect(c1.revision).toBe(1);
    expect(c1.submittedAt).not.toBe('');
    expect(c1.answers).toEqual(answers);
    expect(form.callsSubmitted).toBe(1);
    expect(Object.keys(documentProperties(env)).some((key) => key.startsWith('cc.sub.ana'))).toBe(true);
    expect(allCellText()).not.toContain('sealed-note-ana');
  });

  it('takes the evaluator from who is calling; a payload naming an evaluator is refused', () => {
    const tampered = { ...scores('c1', answersFor(scorecard)), evaluatorId: 'ben' };
    expectRefusedUnchanged(ANA, () => api.submitCallScores(tampered), /evaluatorId/);
    as(env, 'ANA@Example.com', () => api.submitCallScores(scores('c1', answersFor(scorecard))));
    const ben = as(env, BEN, () => api.getSidebarState());
    expect(ben.role === 'evaluator' && ben.form.calls.every((c) => c.state === 'not-started')).toBe(true);
  });

  it('validates every answer against the pinned scorecard and changes nothing when one is wrong', () => {
    const full = answersFor(scorecard);
    const withValue = (criterionId: string, value: unknown) => full.map((a) => (a.criterionId === criterionId ? { ...a, value } : a));
    expectRefusedUnchanged(ANA, () => api.submitCallScores(scores('c1', withValue('discovery', 6) as never)), /discovery.*from 1 to 5/);
    expectRefusedUnchanged(ANA, () => api.submitCallScores(scores('c1', withValue('greeting', 'NA') as never)), /N\/A is not allowed/);
    expectRefusedUnchanged(
      ANA,
      () => api.submitCallScores(scores('c1', withValue('greeting', Number.NaN) as never)),
      /Answer 1 \(\w[\w-]*\): Score must be a number or N\/A/,
    );
    expectRefusedUnchanged(ANA, () => api.submitCallScores(scores('c1', full.slice(1))), /has no answer/);
    expectRefusedUnchanged(
      ANA,
      () => api.submitCallScores(scores('c1', [...full, { criterionId: 'no-such-criterion', value: 1, comment: '' }])),
      /"no-such-criterion" is not a criterion/,
    );
    expectRefusedUnchanged(ANA, () => api.submitCallScores(scores('c9', full)), /"c9" is not a call/);
    expectRefusedUnchanged(ANA, () => api.submitCallScores(scores('c1', [...full, full[0]!])), /answered twice/);
  });

  it('accepts N/A where the scorecard allows it', () => {
    const answers = answersFor(scorecard, (c) => (c.id === 'hold-etiquette' ? 'NA' : c.type === 'scale' ? 3 : 1));
    const form = as(env, ANA, () => api.submitCallScores(scores('c1', answers)));
    expect(form.calls[0]!.answers.find((a) => a.criterionId === 'hold-etiquette')!.value).toBe('NA');
  });

  it('keeps comments as typed, even one that starts like a formula', () => {
    const answers = answersFor(scorecard).map((a, i) => (i === 0 ? { ...a, comment: '=IMPORTRANGE("x","y")' } : a));
    const typed = as(env, ANA, () => api.submitCallScores(scores('c1', answers)));
    expect(typed.calls[0]!.answers[0]!.comment).toBe('=IMPORTRANGE("x","y")');
    const plus = answersFor(scorecard).map((a, i) => (i === 0 ? { ...a, comment: '+1 for tone' } : a));
    const form = as(env, ANA, () => api.submitCallScores(scores('c1', plus)));
    expect(form.calls[0]!.answers[0]!.comment).toBe('+1 for tone');
  });

  it('lets a draft be partial, and keeps the submitted answers in force while a newer draft is unsubmitted', () => {
    const draft = as(env, ANA, () => api.saveScoresDraft(scores('c1', answersFor(scorecard).slice(0, 2))));
    expect(draft.calls[0]!.state).toBe('draft');
    expect(draft.calls[0]!.revision).toBe(0);
    expect(draft.callsSubmitted).toBe(0);

    as(env, ANA, () => api.submitCallScores(scores('c1', answersFor(scorecard))));
    const revising = as(env, ANA, () => api.saveScoresDraft(scores('c1', answersFor(scorecard, () => 0).slice(0, 1))));
    const c1 = revising.calls[0]!;
    expect(c1.state).toBe('revising');
    expect(c1.revision).toBe(1);
    expect(c1.answers).toHaveLength(1);
    expect(revising.callsSubmitted).toBe(1);

    const resubmitted = as(env, ANA, () =>
      api.submitCallScores(
        scores(
          'c1',
          answersFor(scorecard, (c) => (c.type === 'scale' ? 2 : 0)),
        ),
      ),
    );
    expect(resubmitted.calls[0]!.state).toBe('submitted');
    expect(resubmitted.calls[0]!.revision).toBe(2);
    expect(resubmitted.calls[0]!.draftSavedAt).toBe('');
  });

  it('is refused to anyone who is not an evaluator of the session', () => {
    expectRefusedUnchanged(
      'stranger@example.com',
      () => api.submitCallScores(scores('c1', answersFor(scorecard))),
      /not one of the evaluators/,
    );
    expectRefusedUnchanged(FACILITATOR, () => api.saveScoresDraft(scores('c1', answersFor(scorecard))), /not one of the evaluators/);
  });

  it('gives the busy message and stores nothing while another execution holds the lock', () => {
    const before = documentProperties(env);
    const message = as(env, BEN, () => {
      LockService.getDocumentLock()!.tryLock(1000);
      return failure(env, ANA, () => api.submitCallScores(scores('c1', answersFor(scorecard))));
    });
    expect(message).toBe(BUSY_MESSAGE);
    expect(documentProperties(env)).toEqual(before);
  });

  it('makes at most 18 service calls, and on the sheets writes only the counts, for an evaluator known by address and one who picked their name', () => {
    const partner = { email: '', key: 'partner-key' };
    env.uninstall();
    env = startEnvironment();
    scorecard = setUpSession(env, {
      evaluators: [...EVALUATORS.map((e) => ({ ...e })), { id: 'pat', name: 'Pat Partner', email: '', role: 'bpo-partner', seniority: 1 }],
    });
    as(env, partner, () => api.claimEvaluatorName({ evaluatorId: 'pat' }));
    for (const user of [ANA, partner]) {
      for (const call of CALLS) {
        const mark = env.calls.mark();
        as(env, user, () => api.submitCallScores(scores(call.id, answersFor(scorecard))));
        const used = env.calls.since(mark);
        const sheetCalls = Object.keys(used)
          .filter((name) => name.startsWith('SpreadsheetApp'))
          .sort();
        expect(sheetCalls).toEqual([
          'SpreadsheetApp.Range.offset',
          'SpreadsheetApp.Range.setValues',
          'SpreadsheetApp.Spreadsheet.getRangeByName',
          'SpreadsheetApp.flush',
          'SpreadsheetApp.getActiveSpreadsheet',
        ]);
        expect(env.calls.total(mark)).toBeLessThanOrEqual(18);
      }
    }
  });
});
