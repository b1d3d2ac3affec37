// Submitting scores end to end in the Apps Script environment: what reaches the cells, the address as
// Apps Script reports it, the document lock, and the service calls a submission costs. The rules of a
// submission are in rules/submitScores.test.ts.
import { BUSY_MESSAGE } from '../../src/adapters/lock';
import {
  CALLS,
  EVALUATORS,
  FACILITATOR,
  answersFor,
  api,
  as,
  documentProperties,
  environmentPerTest,
  expectPlainData,
  failure,
  scores,
  setUpSession,
} from './harness';

const ANA = EVALUATORS[0].email;
const BEN = EVALUATORS[1].email;

const env = environmentPerTest();

/** Every value of every cell in the spreadsheet, as text. */
function allCellText(): string {
  return as(env, FACILITATOR, () =>
    SpreadsheetApp.getActiveSpreadsheet()
      .getSheets()
      .map((sheet) => JSON.stringify(sheet.getDataRange().getValues()))
      .join('\n'),
  );
}

describe('submitting scores', () => {
  it('seals the submission in document properties and writes nothing into any cell', () => {
    const scorecard = setUpSession(env);
    const answers = answersFor(scorecard).map((a, i) => (i === 0 ? { ...a, comment: 'sealed-note-ana' } : a));
    const form = as(env, ANA, () => api.submitCallScores(scores('c1', answers)));
    expectPlainData(form);
    expect(form.calls.find((c) => c.call.id === 'c1')!.state).toBe('submitted');
    expect(Object.keys(documentProperties(env)).some((key) => key.startsWith('cc.sub.ana'))).toBe(true);
    expect(allCellText()).not.toContain('sealed-note-ana');
  });

  it('knows the evaluator by the address Apps Script reports, in any case', () => {
    const scorecard = setUpSession(env);
    const form = as(env, 'ANA@Example.com', () => api.submitCallScores(scores('c1', answersFor(scorecard))));
    expect(form.evaluatorId).toBe('ana');
    const ben = as(env, BEN, () => api.getSidebarState());
    expect(ben.role === 'evaluator' && ben.form.calls.every((c) => c.state === 'not-started')).toBe(true);
  });

  it('gives the busy message and stores nothing while another execution holds the lock', () => {
    const scorecard = setUpSession(env);
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
    const scorecard = setUpSession(env, {
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
