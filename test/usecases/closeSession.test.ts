import type { Scorecard } from '../../src/domain/schemas';
import { PropertyStore } from '../../src/adapters/propertyStore';
import { openWorkbook } from '../../src/sheets';
import { loadArchive } from '../../src/state/stateStore';
import {
  EVALUATORS,
  FACILITATOR,
  api,
  as,
  cellCounts,
  documentProperties,
  failure,
  failurePoints,
  sessionPayload,
  setUpSession,
  submitAll,
  environmentPerTest,
} from './harness';

const env = environmentPerTest();
let scorecard: Scorecard;

function revealWithFinal(): string {
  submitAll(
    env,
    scorecard,
    EVALUATORS.slice(0, 4).map((e) => e.email),
    (c, i) => (c.type === 'scale' ? 3 : i % 2),
  );
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
  scorecard = setUpSession(env);
});

describe('closing the session', () => {
  it('shows progress in the spreadsheet while it closes: at the start, before archiving the tabs and before the Summary', () => {
    revealWithFinal();
    const before = env.ui.toasts.length;
    as(env, FACILITATOR, () => api.closeCurrentSession());
    expect(env.ui.toasts.slice(before).map((toast) => toast.message)).toEqual([
      'Closing the session: History and the Scores log…',
      'Archiving the evaluator tabs…',
      'Refreshing the Summary…',
    ]);
  });

  it('archives the session to History and the Scores log, and keeps it read-only in properties until the next session', () => {
    const sessionId = revealWithFinal();
    as(env, FACILITATOR, () =>
      api.changeCriterionDefinition({
        criterionId: 'greeting',
        newDefinition: 'Both names, before the reason for the call.',
        reason: 'Read two ways',
      }),
    );
    const closed = as(env, FACILITATOR, () => api.closeCurrentSession());
    expect(closed.sessionId).toBe(sessionId);
    expect(closed.scoresLogged).toBe(4 * 3 * scorecard.sections.flatMap((s) => s.criteria).length);
    if (closed.state.role !== 'facilitator') throw new Error('the facilitator keeps the facilitator view of a closed session');
    expect(closed.state.session.status).toBe('closed');
    expect(closed.state.reveal.state).toBe('done');
    expect(closed.state.nextSession?.latestScorecard?.version).toBe(2);
    expect(closed.state.nextSession?.presets.length).toBeGreaterThan(0);
    expect(closed.state.damageChecked).toBe(false);
    expect(archived(sessionId).history).toBe(1);

    // The session and its sealed scores stay, so the report can still be built; nothing else may change.
    const stored = documentProperties(env);
    const keys = Object.keys(stored);
    expect(keys.some((k) => k.startsWith('cc.session'))).toBe(true);
    expect(keys.filter((k) => k.startsWith('cc.sub.') && !k.includes('#'))).toHaveLength(4);
    expect(keys.some((k) => k.startsWith('cc.library'))).toBe(true);
    expect(failure(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }))).toMatch(/is closed/);
    expect(failure(env, FACILITATOR, () => api.closeCurrentSession())).toMatch(/already closed/);
    expect(failure(env, FACILITATOR, () => api.recordFinalValue({ callId: 'c1', criterionId: 'greeting', value: 0 }))).toMatch(/is closed/);
    expect(failure(env, FACILITATOR, () => api.repairCurrentSession())).toMatch(/is closed/);
    expect(failure(env, EVALUATORS[0].email, () => api.submitCallScores({ callId: 'c1', answers: [] }))).toMatch(/can no longer change/);
    expect(documentProperties(env)).toEqual(stored);

    // Evaluators see their own answers, read-only, and are told who may start the next session.
    const evaluator = as(env, EVALUATORS[0].email, () => api.getSidebarState());
    if (evaluator.role !== 'evaluator') throw new Error('expected the evaluator view');
    expect(evaluator.form.canEdit).toBe(false);
    expect(evaluator.form.callsSubmitted).toBe(3);
    expect(evaluator.nextSession).toBeNull();
    expect(evaluator.startMessage).toBe("Only Lee Facilitator (lead@example.com) or the spreadsheet's owner can start the next session.");
    const stranger = as(env, 'someone@example.com', () => api.getSidebarState());
    expect(stranger).toMatchObject({ role: 'visitor', canCreateSession: false, claimable: [], previous: null });
    expect(stranger.role === 'visitor' && stranger.message).toMatch(
      /Only Lee Facilitator \(lead@example\.com\) or the spreadsheet's owner can start/,
    );
  });

  it('makes way for the next session, started by its facilitator, which archives the closed one whole', () => {
    const closedId = revealWithFinal();
    as(env, FACILITATOR, () => api.closeCurrentSession());
    const december = sessionPayload({
      title: 'December calibration',
      sessionDate: '2026-12-28',
      scoringDeadline: '2026-12-26T17:00:00.000Z',
      facilitatorName: 'Sam Someone',
    });
    const before = documentProperties(env);
    expect(failure(env, 'someone@example.com', () => api.startSession(december))).toBe(
      'Only Lee Facilitator (lead@example.com) or the spreadsheet\'s owner can start the session after "November calibration". Ask one of them.',
    );
    expect(documentProperties(env)).toEqual(before);
    const sealedBefore = Object.keys(before).filter((k) => k.startsWith('cc.sub.'));
    expect(sealedBefore.length).toBeGreaterThan(0);
    const next = as(env, FACILITATOR, () => api.startSession(december));
    expect(next.state.role === 'facilitator' && next.state.session.title).toBe('December calibration');
    const keys = Object.keys(documentProperties(env));
    expect(keys.filter((k) => k.startsWith('cc.sub.'))).toEqual([]);
    // The closed session, with every sealed record, is kept so its report can be built again.
    const archive = as(env, FACILITATOR, () => loadArchive(PropertyStore.document(), closedId))!;
    expect(archive.state.session.title).toBe('November calibration');
    expect(archive.sealed.filter((s) => s.submitted.length > 0).map((s) => s.evaluatorId)).toEqual(EVALUATORS.slice(0, 4).map((e) => e.id));
    expect(as(env, 'someone@example.com', () => api.getSidebarState()).role).toBe('visitor');
    expect(as(env, EVALUATORS[0].email, () => api.getSidebarState())).toMatchObject({
      role: 'evaluator',
      form: { callsSubmitted: 0, canEdit: true },
    });
  });

  it('holds the next session back while a close is unfinished', () => {
    revealWithFinal();
    env.failAfterCalls(0, 'SpreadsheetApp.Sheet.hideSheet');
    failure(env, FACILITATOR, () => api.closeCurrentSession());
    env.clearInjectedFailures();
    const before = documentProperties(env);
    expect(failure(env, 'someone@example.com', () => api.startSession(sessionPayload()))).toMatch(/is being closed/);
    expect(failure(env, FACILITATOR, () => api.startSession(sessionPayload()))).toMatch(/click "Close session" again/);
    expect(documentProperties(env)).toEqual(before);
  });

  it('completes when run again after failing at any step, archiving the session exactly once', () => {
    const sessionId = revealWithFinal();
    const start = env.snapshot();
    env.restart({ state: start });
    const mark = env.calls.list().length;
    as(env, FACILITATOR, () => api.closeCurrentSession());
    const log = env.calls.list(mark);
    const clean = documentProperties(env);
    const cleanArchive = archived(sessionId);
    expect(cleanArchive.history).toBe(1);
    expect(cleanArchive.logged).toBeGreaterThan(0);

    const points = failurePoints(log, /setValues|insertSheet|hideSheet|setName/);
    expect(points.length).toBeGreaterThan(3);

    for (const point of points) {
      env.restart({ state: start });
      env.failAfterCalls(point.n, point.match);
      expect({ point, message: failure(env, FACILITATOR, () => api.closeCurrentSession()) }).toEqual({
        point,
        message: expect.any(String),
      });
      env.clearInjectedFailures();
      let rerun: ReturnType<typeof api.closeCurrentSession> | null = null;
      try {
        rerun = as(env, FACILITATOR, () => api.closeCurrentSession());
      } catch (error) {
        // The failure hit after the very last write: the session is already closed and archived.
        expect((error as Error).message).toMatch(/already closed/);
      }
      if (rerun) expect(rerun.sessionId).toBe(sessionId);
      expect({ point, archived: archived(sessionId) }).toEqual({ point, archived: cleanArchive });
      expect(Object.keys(documentProperties(env)).sort()).toEqual(Object.keys(clean).sort());
    }
  });
});
