import type { Scorecard } from '../../src/domain/schemas';
import { openWorkbook } from '../../src/sheets';
import {
  EVALUATORS,
  FACILITATOR,
  api,
  as,
  cellCounts,
  documentProperties,
  failure,
  failurePoints,
  restoreEnvironment,
  setUpSession,
  startEnvironment,
  submitAll,
  type Environment,
} from './harness';

let env: Environment;
let scorecard: Scorecard;

function revealWithFinal(): string {
  submitAll(env, scorecard, EVALUATORS.slice(0, 4).map((e) => e.email), (c, i) => (c.type === 'scale' ? 3 : i % 2));
  const view = as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
  as(env, FACILITATOR, () => api.recordFinalValue({ callId: 'c1', criterionId: 'greeting', value: 1 }));
  return view.session.id;
}

/** Rows of the Scores log and History for one session, read through the workbook. */
function archived(sessionId: string) {
  const sheets = as(env, FACILITATOR, () => {
    const workbook = openWorkbook();
    return {
      history: workbook.readHistory().filter((entry) => entry.sessionId === sessionId).length,
      logged: workbook.sessionsInScoresLog().filter((id) => id === sessionId).length,
    };
  });
  // Every cell naming the session: one per logged score, plus the History row.
  return { ...sheets, cells: cellCounts(env, [sessionId])[sessionId] };
}

beforeEach(() => {
  env = startEnvironment();
  scorecard = setUpSession(env);
});
afterEach(() => env.uninstall());

describe('closing the session', () => {
  it('is refused before the reveal', () => {
    const before = documentProperties(env);
    expect(failure(env, FACILITATOR, () => api.closeCurrentSession())).toMatch(/Reveal the scores before closing/);
    expect(documentProperties(env)).toEqual(before);
  });

  it('archives the session to History and the Scores log, and leaves only the latest scorecard in properties', () => {
    const sessionId = revealWithFinal();
    as(env, FACILITATOR, () =>
      api.changeCriterionDefinition({ criterionId: 'greeting', newDefinition: 'Both names, before the reason for the call.', reason: 'Read two ways' }),
    );
    const closed = as(env, FACILITATOR, () => api.closeCurrentSession());
    expect(closed.sessionId).toBe(sessionId);
    expect(closed.scoresLogged).toBe(4 * 3 * scorecard.sections.flatMap((s) => s.criteria).length);
    expect(closed.state.role).toBe('visitor');
    expect(closed.state.role === 'visitor' && closed.state.latestScorecard?.version).toBe(2);
    expect(archived(sessionId).history).toBe(1);

    const keys = Object.keys(documentProperties(env));
    expect(keys.filter((k) => k.startsWith('cc.session') || k.startsWith('cc.sub.'))).toEqual([]);
    expect(keys.some((k) => k.startsWith('cc.library'))).toBe(true);
    expect(failure(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }))).toMatch(/no calibration session/);
  });

  it('completes when run again after failing at any step, archiving the session exactly once', () => {
    const sessionId = revealWithFinal();
    const start = env.snapshot();
    env.uninstall();

    env = restoreEnvironment(start);
    const mark = env.calls.list().length;
    as(env, FACILITATOR, () => api.closeCurrentSession());
    const log = env.calls.list(mark);
    const clean = documentProperties(env);
    const cleanArchive = archived(sessionId);
    expect(cleanArchive.history).toBe(1);
    expect(cleanArchive.logged).toBeGreaterThan(0);
    env.uninstall();

    const points = failurePoints(log, /setValues|insertSheet|hideSheet|setName/);
    expect(points.length).toBeGreaterThan(3);

    for (const point of points) {
      env = restoreEnvironment(start);
      env.failAfterCalls(point.n, point.match);
      expect({ point, message: failure(env, FACILITATOR, () => api.closeCurrentSession()) }).toEqual({ point, message: expect.any(String) });
      env.clearInjectedFailures();
      let rerun: ReturnType<typeof api.closeCurrentSession> | null = null;
      try {
        rerun = as(env, FACILITATOR, () => api.closeCurrentSession());
      } catch (error) {
        // The failure hit the very last write: the session is already closed and archived.
        expect((error as Error).message).toMatch(/no calibration session/);
      }
      if (rerun) expect(rerun.sessionId).toBe(sessionId);
      expect({ point, archived: archived(sessionId) }).toEqual({ point, archived: cleanArchive });
      expect(Object.keys(documentProperties(env)).sort()).toEqual(Object.keys(clean).sort());
      env.uninstall();
    }
    env = startEnvironment();
  });
});
