// A whole month of calibration, end to end: the facilitator and eight evaluators, each a separate user
// of the in-memory Apps Script environment, driving the add-on only through its sidebar entry points.
import { PropertyStore } from '../../src/adapters/propertyStore';
import { analyzeSession, type SessionAnalysis } from '../../src/domain/analysis';
import type { Answer, AnswerValue, Criterion, Final, Scorecard, Session, Submission } from '../../src/domain/schemas';
import { loadState } from '../../src/state/stateStore';
import { documentLines } from '../adapters/docs/documentLines';
import {
  CALLS,
  EVALUATORS,
  FACILITATOR,
  allCells,
  answersFor,
  api,
  as,
  everythingSeenBy,
  expectPlainData,
  failure,
  scores,
  sessionPayload,
  environmentPerFile,
  type Environment,
} from '../usecases/harness';

const secretOf = (id: string) => `private note by ${id}`;

/** Each evaluator's own way of scoring: mostly full marks, with evaluator- and call-specific slips. */
function styleOf(evaluatorIndex: number, callIndex: number) {
  return (criterion: Criterion, i: number): AnswerValue => {
    const slip = (i + evaluatorIndex + callIndex) % 4 === 0;
    if (criterion.type === 'scale') return slip ? 3 : 4 + ((evaluatorIndex + i) % 2);
    if (criterion.type === 'points') return slip ? 0 : criterion.maxPoints;
    return slip ? 0 : 1;
  };
}

function summaryRows(env: Environment): unknown[][] {
  return as(env, FACILITATOR, () => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Summary')!.getDataRange().getValues());
}

/** The value right of the row labelled `label` on the Summary. */
function figure(rows: unknown[][], label: string): unknown {
  const row = rows.find((r) => r[0] === label);
  if (!row) throw new Error(`the Summary has no "${label}" row`);
  return row[1];
}

function expectFigures(env: Environment, expected: SessionAnalysis): void {
  const rows = summaryRows(env);
  const near = (actual: unknown, value: number | null) => {
    if (value === null) expect(actual === '' || actual === null).toBe(true);
    else expect(actual as number).toBeCloseTo(value, 9);
  };
  near(figure(rows, 'Calibration variance'), expected.summary.variance);
  near(figure(rows, 'Evaluators within target'), expected.summary.shareWithinTarget);
  near(figure(rows, "Krippendorff's α"), expected.summary.alpha);
  near(figure(rows, 'Score sheets submitted'), expected.submittedCount);
  // Per evaluator, in reveal order, under their reveal label: the mean absolute deviation.
  const header = rows.find((r) => r[0] === 'Evaluator' && r.includes('Mean absolute deviation'))!;
  const column = header.indexOf('Mean absolute deviation');
  for (const result of expected.evaluators) {
    const row = rows.find((r) => r[0] === result.revealLabel)!;
    near(row[column], result.meanAbsoluteDeviation);
  }
}

function storedSession(env: Environment): Session {
  return as(env, FACILITATOR, () => loadState(PropertyStore.document())!.session);
}

describe('a calibration session from set-up to the next month', () => {
  const env = environmentPerFile();

  let scorecard: Scorecard;
  let sessionId = '';
  const submitted = new Map<string, Answer[]>(); // evaluatorId/callId → the answers that count
  const finals: Final[] = [];

  it('the facilitator sets up a session from a preset', () => {
    const result = as(env, FACILITATOR, () => api.startSession(sessionPayload()));
    expectPlainData(result);
    expect(result.warnings).toEqual([]);
    if (result.state.role !== 'facilitator') throw new Error('expected the facilitator view');
    scorecard = result.state.scorecard;
    sessionId = result.state.session.id;
    expect(result.state.session.evaluators).toHaveLength(8);
    as(env, FACILITATOR, () => api.saveSessionActionItem({ text: 'Re-brief the team on identity checks', owner: 'Chen Wei' }));
  });

  it('each evaluator submits: one revises, one answers N/A, one fails a critical criterion', () => {
    EVALUATORS.forEach((evaluator, e) => {
      CALLS.forEach((call, c) => {
        let answers = answersFor(scorecard, styleOf(e, c));
        if (evaluator.id === 'ben')
          answers = answers.map((a) => (a.criterionId === 'hold-etiquette' || a.criterionId === 'empathy' ? { ...a, value: 'NA' } : a));
        if (evaluator.id === 'chen' && call.id === 'c2')
          answers = answers.map((a) => (a.criterionId === 'accurate-information' ? { ...a, value: 0 } : a));
        answers = answers.map((a) => ({ ...a, comment: secretOf(evaluator.id) }));
        if (evaluator.id === 'ana') {
          // A first, harsher submission, then a draft, then the revision that counts.
          as(env, evaluator.email, () =>
            api.submitCallScores(
              scores(
                call.id,
                answersFor(scorecard, (c) => (c.type === 'scale' ? 1 : 0)),
              ),
            ),
          );
          as(env, evaluator.email, () => api.saveScoresDraft(scores(call.id, answers.slice(0, 3))));
        }
        const form = as(env, evaluator.email, () => api.submitCallScores(scores(call.id, answers)));
        expectPlainData(form);
        expect(form.calls[c]!.revision).toBe(evaluator.id === 'ana' ? 2 : 1);
        submitted.set(`${evaluator.id}/${call.id}`, answers);
      });
    });
    const status = as(env, FACILITATOR, () => api.getSubmissionStatus());
    expect(status.allSubmitted).toBe(true);
    expect(status.rows.map((r) => r.callsSubmitted)).toEqual(EVALUATORS.map(() => 3));
  });

  it("before the reveal no evaluator can read another's scores through any entry point, nor in any cell", () => {
    for (const evaluator of EVALUATORS) {
      const seen = everythingSeenBy(env, evaluator.email, new Set(['saveScoresDraft', 'submitCallScores']));
      for (const other of EVALUATORS) if (other.id !== evaluator.id) expect(seen).not.toContain(secretOf(other.id));
    }
    expect(allCells(env).some((cell) => cell.value.includes('private note by'))).toBe(false);
  });

  it('the facilitator reveals, and the Summary shows the figures of the domain analysis', () => {
    const view = as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
    expectPlainData(view);
    expect(view.reveal.state).toBe('done');
    expect(view.agenda.length).toBeGreaterThan(0);
    // Chen's failed critical criterion is a critical mismatch: first on the agenda.
    expect(view.agenda[0]!.criterionId).toBe('accurate-information');

    const expected = analyzeSession({ session: storedSession(env), submissions: submissionsFrom(sessionId, submitted), finals });
    expect(expected.submittedCount).toBe(24);
    expectFigures(env, expected);
    const cells = allCells(env);
    for (const evaluator of EVALUATORS) expect(cells.some((cell) => cell.value === secretOf(evaluator.id))).toBe(true);

    const evaluatorView = as(env, EVALUATORS[3].email, () => api.getSidebarState());
    expect(evaluatorView.role === 'evaluator' && evaluatorView.agenda.length).toBe(view.agenda.length);
  });

  it('the facilitator records finals, the discussion and a definition change; the Summary follows the finals', () => {
    finals.push({ callId: 'c2', criterionId: 'accurate-information', value: 1, decidedAt: '' });
    as(env, FACILITATOR, () => api.recordFinalValue({ callId: 'c2', criterionId: 'accurate-information', value: 1 }));
    as(env, FACILITATOR, () =>
      api.recordDiscussionNotes({
        criterionId: 'accurate-information',
        notes: 'The price was corrected before the call ended.',
        resolution: 'Yes',
      }),
    );
    const view = as(env, FACILITATOR, () =>
      api.changeCriterionDefinition({
        criterionId: 'accurate-information',
        newDefinition: 'No when a wrong statement was not corrected before the call ended; a corrected slip is Yes.',
        reason: 'Evaluators treated corrected slips differently.',
      }),
    );
    expect(view.nextScorecardVersion).toBe(2);
    expect(view.scorecard.version).toBe(1);
    expect(view.discussion).toHaveLength(1);
    expect(view.finals.map((f) => [f.callId, f.criterionId, f.value])).toEqual([['c2', 'accurate-information', 1]]);
    const item = view.agenda.find((a) => a.criterionId === 'accurate-information')!;
    expect(item.calls.find((c) => c.callId === 'c2')).toMatchObject({ final: 1, finalSource: 'recorded' });
    expect(item.resolution).toBe('Yes');

    const recorded = view.finals.map((f) => ({ ...f }));
    expectFigures(
      env,
      analyzeSession({ session: storedSession(env), submissions: submissionsFrom(sessionId, submitted), finals: recorded }),
    );
  });

  it('the facilitator closes the session: History, Scores log, and the closed session kept read-only until the next one', () => {
    const closed = as(env, FACILITATOR, () => api.closeCurrentSession());
    expectPlainData(closed);
    expect(closed.sessionId).toBe(sessionId);
    expect(closed.scoresLogged).toBe(24 * scorecard.sections.flatMap((s) => s.criteria).length);
    expect(closed.state.role === 'facilitator' && closed.state.session.status).toBe('closed');
    const history = as(env, FACILITATOR, () => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('History')!.getDataRange().getValues());
    expect(history.flat()).toContain(sessionId);
    const keys = as(env, FACILITATOR, () => Object.keys(PropertiesService.getDocumentProperties()!.getProperties()));
    expect(keys.filter((k) => k.startsWith('cc.session') && !k.includes('#'))).toEqual(['cc.session']);
    expect(failure(env, EVALUATORS[0].email, () => api.submitCallScores(scores('c1', answersFor(scorecard))))).toMatch(
      /can no longer change/,
    );
    const evaluatorView = as(env, EVALUATORS[0].email, () => api.getSidebarState());
    expect(evaluatorView.role === 'evaluator' && evaluatorView.form.canEdit).toBe(false);
  });

  it('the closed session produces its report, with every section, and says it is closed', () => {
    const built = as(env, FACILITATOR, () => api.buildSessionReport());
    const doc = env.documents().find((d) => d.id === built.docId)!;
    const lines = documentLines(doc.body);
    // The executive summary, the Summary's charts, the seven detail sections, and the facilitator's own notes.
    expect(lines.filter((line) => /^# /.test(line))).toHaveLength(10);
    expect(lines.find((line) => /^# /.test(line))).toBe('# Executive summary');
    expect(lines).toContainEqual(expect.stringMatching(/^Status: closed on /));
    expect(lines).toContain('Re-brief the team on identity checks | Chen Wei | No due date | Open');
  });

  it('the next session starts from the latest scorecard version, lists open action items, and shows the trend', () => {
    const started = as(env, FACILITATOR, () =>
      api.startSession(
        sessionPayload({
          title: 'December calibration',
          sessionDate: '2026-12-28',
          scoringDeadline: '2026-12-26T17:00:00.000Z',
          scorecard: { source: 'latest' },
        }),
      ),
    );
    if (started.state.role !== 'facilitator') throw new Error('expected the facilitator view');
    const next = started.state.scorecard;
    expect(next.version).toBe(2);
    expect(started.state.openActionItems.map((a) => a.text)).toEqual(['Re-brief the team on identity checks']);

    EVALUATORS.forEach((evaluator, e) =>
      CALLS.forEach((call, c) =>
        as(env, evaluator.email, () => api.submitCallScores(scores(call.id, answersFor(next, styleOf(e + 1, c))))),
      ),
    );
    as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
    const rows = summaryRows(env);
    const trendAt = rows.findIndex((r) => r[0] === 'Trend across sessions');
    expect(trendAt).toBeGreaterThan(-1);
    const titles = rows.slice(trendAt).map((r) => r[1]);
    expect(titles).toContain('November calibration');
    expect(titles).toContain('December calibration');
  });
});

function submissionsFrom(sessionId: string, answers: ReadonlyMap<string, Answer[]>): Submission[] {
  return [...answers].map(([key, list]) => {
    const [evaluatorId, callId] = key.split('/') as [string, string];
    return {
      sessionId,
      evaluatorId,
      callId,
      answers: list,
      status: 'submitted',
      submittedAt: '2026-11-28T10:00:00.000Z',
      updatedAt: '2026-11-28T10:00:00.000Z',
      revision: 1,
    };
  });
}
