// The Results and Session results tabs follow the session from the reveal through every final to the
// close, and are never rewritten for a closed session.
import { inspectSheetByName } from 'apps-script-emulator';
import type { SessionAnalysis } from '../../src/domain/analysis';
import type { Scorecard } from '../../src/domain/schemas';
import type { Workbook } from '../../src/usecases/ports/workbook';
import { resultsHeaders, sessionResultsHeaders } from '../../src/sheets/layout/resultsSheet';
import { writeSummary } from '../../src/usecases/refreshSummary';
import type { SessionState } from '../../src/state/sessionState';
import { CALLS, EVALUATORS, FACILITATOR, api, as, setUpSession, submitAll, environmentPerTest } from './harness';

const env = environmentPerTest();
let scorecard: Scorecard;

beforeEach(() => {
  scorecard = setUpSession(env);
});

const tab = (name: string) => inspectSheetByName(env.spreadsheet, name);

function reveal(): void {
  submitAll(
    env,
    scorecard,
    EVALUATORS.slice(0, 4).map((e) => e.email),
    (c, i) => (c.type === 'scale' ? 3 + (i % 2) : i % 2),
  );
  as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
}

describe('the Results tabs', () => {
  it('exist from the start with exactly the documented columns', () => {
    expect(tab('Results').values[0]).toEqual([...resultsHeaders]);
    expect(tab('Session results').values[0]).toEqual([...sessionResultsHeaders]);
    expect(tab('Results').lastRow).toBe(1);
  });

  it('hold every evaluator × call, the consensus and the final of each call after the reveal, numbers unrounded', () => {
    reveal();
    const results = tab('Results');
    const rows = results.values.slice(1);
    expect(rows).toHaveLength(4 * CALLS.length + 2 * CALLS.length);
    expect(new Set(rows.map((row) => row[5]))).toEqual(new Set(['evaluator', 'consensus', 'final']));
    // Score % is stored as computed and formatted for display.
    const scores = rows.map((row) => row[7]).filter((value): value is number => typeof value === 'number');
    expect(scores.some((value) => !Number.isInteger(value * 10))).toBe(true);
    expect(results.numberFormats[1]![6]).toBe('0.0');
    expect(typeof rows[0]![8]).toBe('boolean');
    expect(tab('Session results').values).toHaveLength(2);
  });

  it('are replaced, not appended to, when a final is recorded', () => {
    reveal();
    const before = tab('Results').values;
    const finalRow = before.findIndex((row) => row[2] === 'c1' && row[5] === 'final');
    as(env, FACILITATOR, () => api.recordFinalValue({ callId: 'c1', criterionId: 'greeting', value: 1 }));
    const after = tab('Results').values;
    expect(after).toHaveLength(before.length);
    expect(after[finalRow]![5]).toBe('final');
    expect(after[finalRow]![7]).not.toEqual(before[finalRow]![7]); // raw score: the call auto-fails either way
    expect(tab('Session results').values).toHaveLength(2);
  });

  it('keep their rows at the close and are never rewritten for a closed session', () => {
    reveal();
    as(env, FACILITATOR, () => api.closeCurrentSession());
    const closed = tab('Results').values;
    expect(closed.length).toBeGreaterThan(1);
    // A later refresh of the Summary for the closed session leaves the results tabs alone.
    const writes: string[] = [];
    const workbook = new Proxy({} as Workbook, {
      get: (_target, name: string) => (name === 'readHistory' ? () => [] : () => writes.push(name)),
    });
    const state = { close: { completedAt: '2026-12-01T00:00:00.000Z' }, session: { id: 'x' } } as unknown as SessionState;
    writeSummary(workbook, state, {} as SessionAnalysis, { schemaVersion: 1, people: [], sessions: [] }, []);
    expect(writes).toEqual(['writeSummary']);
    expect(tab('Results').values).toEqual(closed);
  });
});
