import type { Scorecard } from '../../src/domain/schemas';
import {
  CALLS,
  EVALUATORS,
  FACILITATOR,
  answersFor,
  api,
  as,
  cellCounts,
  failure,
  failurePoints,
  scores,
  setUpSession,
  environmentPerTest,
} from './harness';

/** A comment unique to one answer, so every revealed score can be counted in the cells. */
const marker = (evaluatorId: string, callId: string, criterionId: string) => `m:${evaluatorId}:${callId}:${criterionId}`;

const env = environmentPerTest();
let scorecard: Scorecard;
let markers: string[];

beforeEach(() => {
  scorecard = setUpSession(env);
  markers = [];
  for (const evaluator of EVALUATORS.slice(0, 5)) {
    for (const call of CALLS) {
      const answers = answersFor(scorecard, (c, i) =>
        c.type === 'scale' ? 1 + ((i + evaluator.seniority) % 5) : (i + evaluator.seniority) % 2,
      ).map((a) => ({ ...a, comment: marker(evaluator.id, call.id, a.criterionId) }));
      markers.push(...answers.map((a) => a.comment));
      as(env, evaluator.email, () => api.submitCallScores(scores(call.id, answers)));
    }
  }
});

describe('revealing the scores', () => {
  it('writes every submitted score, freezes the submissions and shows the agenda', () => {
    const view = as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
    expect(view.reveal.state).toBe('done');
    expect(view.session.status).toBe('revealed');
    expect(view.agenda.length).toBeGreaterThan(0);
    expect(view.status.notSubmitted).toEqual(EVALUATORS.slice(5).map((e) => e.name));
    const counts = cellCounts(env, markers);
    expect(Object.values(counts).every((n) => n >= 1)).toBe(true);
    expect(failure(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }))).toMatch(/already revealed/);
  });

  it('completes when run again after failing at any step, with every score present exactly once', () => {
    const start = env.snapshot();

    // A clean reveal: how many sheet and property writes it makes, and how often each score appears.
    env.restart({ state: start });
    const mark = env.calls.mark();
    as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
    const log = env.calls.list(mark);
    const expected = cellCounts(env, markers);

    const points = failurePoints(log, /setValues|setValue|insertSheet|showSheet|setName|protect/);
    expect(points.length).toBeGreaterThan(5);

    for (const point of points) {
      env.restart({ state: start });
      env.failAfterCalls(point.n, point.match);
      let failed = false;
      try {
        as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
      } catch {
        failed = true;
      }
      expect({ point, failed }).toEqual({ point, failed: true });
      env.clearInjectedFailures();
      // Once the reveal has started, nothing can change a submission before the re-run completes it.
      const after = as(env, FACILITATOR, () => api.getSidebarState());
      if (after.role !== 'facilitator') throw new Error('expected the facilitator view');
      expect(after.reveal.state).not.toBe('done');
      if (after.reveal.state === 'incomplete') {
        expect(failure(env, EVALUATORS[0].email, () => api.submitCallScores(scores('c1', answersFor(scorecard))))).toMatch(/revealed/);
        expect(as(env, EVALUATORS[0].email, () => api.getSidebarState())).toMatchObject({ role: 'evaluator', agenda: [] });
      }
      const view = as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
      expect(view.reveal.state).toBe('done');
      expect({ point, counts: cellCounts(env, markers) }).toEqual({ point, counts: expected });
    }
  });
});

describe('an evaluator tab deleted by hand before the reveal', () => {
  it('refuses the reveal with nothing written, and scoring stays open until "Repair session" rebuilds the tab', () => {
    as(env, FACILITATOR, () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      ss.deleteSheet(
        ss
          .getSheets()
          .filter((sheet) => sheet.getName().startsWith('Scores – '))
          .at(-1)!,
      );
    });
    const before = JSON.stringify({ spreadsheet: env.spreadsheet.state, properties: env.properties });
    expect(failure(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }))).toMatch(
      /The scores tab of .+ is missing\. Run "Repair session" first/,
    );
    expect(JSON.stringify({ spreadsheet: env.spreadsheet.state, properties: env.properties })).toBe(before);

    // Nothing was revealed: an evaluator can still submit, and the reveal goes ahead after the repair.
    as(env, EVALUATORS[6].email, () => api.submitCallScores(scores('c1', answersFor(scorecard))));
    as(env, FACILITATOR, () => api.repairCurrentSession());
    const view = as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
    expect(view.session.status).toBe('revealed');
  });
});
