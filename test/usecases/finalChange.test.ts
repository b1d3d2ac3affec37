// Recording a final writes only the cells it changes. Whatever that leaves on the tabs must be exactly
// what laying every tab out again from the stored state shows: checked here against the repair, which
// rebuilds every tab whole, on a copy of the same spreadsheet.
import { inspectSheetByName, type SheetView } from 'apps-script-emulator';
import type { AnswerValue, Criterion, Scorecard } from '../../src/domain/schemas';
import { sessionRowsName } from '../../src/sheets/naming';
import {
  CALLS,
  EVALUATORS,
  FACILITATOR,
  api,
  as,
  criteriaOf,
  environmentPerTest,
  setUpSession,
  storedData,
  submitAll,
  type Environment,
  withEnvironment,
} from './harness';

const env = environmentPerTest();
let scorecard: Scorecard;

/** The tabs a final may change. */
const TABS = ['Summary', 'Answers', 'Discussion', 'Results', 'Session results'] as const;

/** What a person sees on a tab: every cell's value, format, colour, weight and note, the rules, charts and layout. */
function seen(view: SheetView) {
  return {
    values: view.values,
    displayValues: view.displayValues,
    numberFormats: view.numberFormats,
    backgrounds: view.backgrounds,
    fontWeights: view.fontWeights,
    notes: view.notes,
    frozen: [view.frozenRows, view.frozenColumns],
    columnWidths: view.columnWidths,
    conditionalFormats: view.conditionalFormats,
    // A chart laid out again gets a new id; what it draws, from where, is what counts.
    charts: view.charts.map(({ id: _id, ...chart }) => chart),
  };
}

function tabs(of: Environment) {
  return Object.fromEntries(TABS.map((name) => [name, seen(inspectSheetByName(of.spreadsheet, name))]));
}

/** The same spreadsheet with every tab laid out again whole from the stored state (the repair's path). */
function rebuilt(): ReturnType<typeof tabs> {
  // Removing the copy afterwards puts back the globals of the spreadsheet under test.
  return withEnvironment({ state: env.snapshot() }, (copy) => {
    as(copy, FACILITATOR, () => api.repairCurrentSession());
    return tabs(copy);
  });
}

/** The methods the final called, in order. */
function recordFinal(callId: string, criterionId: string, value: AnswerValue): string[] {
  const mark = env.calls.mark();
  as(env, FACILITATOR, () => api.recordFinalValue({ callId, criterionId, value }));
  return env.calls.list(mark).map((call) => `${call.service}.${call.method}`);
}

const relaidOut = (calls: readonly string[]) =>
  calls.filter((call) => /\.(clear|removeChart|insertChart|deleteRows|setColumnWidths?)$/.test(call));

/** Answers that disagree: the juniors score low, the seniors high, and one senior fails the critical criteria. */
function disagreeing(criterion: Criterion, index: number, evaluator: number): AnswerValue {
  if (criterion.type === 'scale') return evaluator < 3 ? criterion.min + 1 : criterion.max;
  if (criterion.critical) return evaluator === 5 ? 0 : 1;
  return (index + evaluator) % 3 === 0 ? 0 : 1;
}

function reveal(): void {
  EVALUATORS.slice(0, 6).forEach((evaluator, n) =>
    submitAll(env, scorecard, [evaluator.email], (criterion, index) => disagreeing(criterion, index, n)),
  );
  as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
}

beforeEach(() => {
  scorecard = setUpSession(env);
  reveal();
});

describe('recording a final', () => {
  it('leaves every tab exactly as a full rebuild shows it, writing only cells: a scale, a critical fail, an agreed yes', () => {
    const [critical, scale, plain] = [
      criteriaOf(scorecard).find((c) => c.critical)!,
      criteriaOf(scorecard).find((c) => c.type === 'scale')!,
      criteriaOf(scorecard).find((c) => c.type === 'yes-no' && !c.critical)!,
    ];
    const finals: Array<[string, string, AnswerValue]> = [
      [CALLS[0]!.id, scale.id, scale.min],
      [CALLS[1]!.id, critical.id, 0],
      [CALLS[0]!.id, plain.id, 0],
      [CALLS[0]!.id, scale.id, scale.max],
    ];
    for (const [callId, criterionId, value] of finals) {
      const before = tabs(env);
      const calls = recordFinal(callId, criterionId, value);
      expect(relaidOut(calls)).toEqual([]);
      // At most: 13 fixed (who, lock, store, spreadsheet, flush, the view's action items), per laid-out tab
      // its anchor, its block and each property that changed (the Summary's formats, values, colours and
      // notes when a left-out criterion is resolved), and per results tab its run, the check and the values.
      expect(calls.length).toBeLessThanOrEqual(13 + 6 + 4 + 3 + 3 + 3);
      const after = tabs(env);
      expect(after).toEqual(rebuilt());
      // The final's own row on the Answers tab changed (its Final column at least).
      expect(after.Answers.values).not.toEqual(before.Answers.values);
    }
  });

  it('recolours the answers of that criterion on that call against the new final, and only those', () => {
    const scale = criteriaOf(scorecard).find((c) => c.type === 'scale')!;
    const row = (view: ReturnType<typeof seen>) =>
      view.values.findIndex((cells) => cells[0] === 'Billing dispute' && cells[1] === scale.question);
    const before = tabs(env).Answers;
    recordFinal('c1', scale.id, scale.min);
    const after = tabs(env).Answers;
    const r = row(after);
    expect(r).toBeGreaterThan(0);
    expect(after.backgrounds[r]).not.toEqual(before.backgrounds[r]);
    after.backgrounds.forEach((colours, i) => {
      if (i !== r) expect(colours).toEqual(before.backgrounds[i]);
    });
  });

  it('writes nothing to a tab the final does not change, and the same final twice changes nothing but when it was decided', () => {
    const plain = criteriaOf(scorecard).find((c) => c.type === 'yes-no' && !c.critical)!;
    recordFinal('c2', plain.id, 1);
    const first = tabs(env);
    const again = recordFinal('c2', plain.id, 1);
    expect(again.filter((call) => /Range\.set/.test(call)).length).toBeLessThanOrEqual(1);
    const after = tabs(env);
    for (const name of ['Summary', 'Answers', 'Results', 'Session results'] as const) expect(after[name]).toEqual(first[name]);
    expect(after).toEqual(rebuilt());
  });

  it('replaces the session’s results rows whole when they were sorted by hand, and leaves other rows alone', () => {
    // Someone sorts the Results tab (here: its rows reversed): the named run no longer holds the session's rows in order.
    as(env, FACILITATOR, () => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Results')!;
      const rows = sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn());
      rows.setValues(rows.getValues().reverse());
    });
    const scale = criteriaOf(scorecard).find((c) => c.type === 'scale')!;
    const calls = recordFinal('c1', scale.id, scale.min);
    expect(calls).toContain('SpreadsheetApp.Sheet.deleteRows');
    const after = tabs(env);
    expect(after.Results.values).toHaveLength(rebuilt().Results.values.length);
    expect(after).toEqual(rebuilt());
  });

  it('lays a tab out again whole when its shape changes, and when the named rows are gone', () => {
    as(env, FACILITATOR, () => SpreadsheetApp.getActiveSpreadsheet().removeNamedRange(sessionRowsName('results')));
    const scale = criteriaOf(scorecard).find((c) => c.type === 'scale')!;
    recordFinal('c3', scale.id, scale.max);
    expect(tabs(env)).toEqual(rebuilt());
  });

  it('in the next month, with the trend across sessions on the Summary, still equals a full rebuild', () => {
    as(env, FACILITATOR, () => api.closeCurrentSession());
    scorecard = setUpSession(env, {
      title: 'December calibration',
      sessionDate: '2026-12-28',
      scoringDeadline: '2026-12-26T17:00:00.000Z',
    });
    reveal();
    as(env, FACILITATOR, () => api.markSessionAttendance({ evaluatorId: EVALUATORS[7]!.id, status: 'apologies' }));
    expect(tabs(env).Summary.values.flat()).toContain('Chart data: calibration variance across sessions');
    const scale = criteriaOf(scorecard).find((c) => c.type === 'scale')!;
    const calls = recordFinal('c1', scale.id, scale.min);
    expect(relaidOut(calls)).toEqual([]);
    expect(tabs(env)).toEqual(rebuilt());
  });

  it('refuses a bad value and changes nothing, on the sheets or in the store', () => {
    const scale = criteriaOf(scorecard).find((c) => c.type === 'scale')!;
    const [before, stored] = [tabs(env), storedData(env)];
    expect(() => as(env, FACILITATOR, () => api.recordFinalValue({ callId: 'c1', criterionId: scale.id, value: scale.max + 1 }))).toThrow();
    expect(tabs(env)).toEqual(before);
    expect(storedData(env)).toEqual(stored);
  });
});
