import type { Scorecard } from '../../src/domain/schemas';
import { CALLS, EVALUATORS, FACILITATOR, answersFor, api, as, everythingSeenBy, scores, setUpSession, environmentPerTest } from './harness';

const secretOf = (id: string) => `secret-comment-of-${id}`;

const env = environmentPerTest();
let scorecard: Scorecard;

beforeEach(() => {
  scorecard = setUpSession(env);
  // Every evaluator submits, with a comment only they wrote on every answer; ana also keeps a draft.
  for (const evaluator of EVALUATORS) {
    const answers = answersFor(scorecard).map((a) => ({ ...a, comment: secretOf(evaluator.id) }));
    for (const call of CALLS) as(env, evaluator.email, () => api.submitCallScores(scores(call.id, answers)));
  }
  as(env, EVALUATORS[0].email, () => api.saveScoresDraft(scores('c1', [{ criterionId: 'greeting', value: 0, comment: secretOf('ana') }])));
});

function allCellText(): string {
  return as(env, FACILITATOR, () =>
    SpreadsheetApp.getActiveSpreadsheet()
      .getSheets()
      .map((sheet) => `${sheet.getName()}: ${JSON.stringify(sheet.getDataRange().getValues())}`)
      .join('\n'),
  );
}

describe('before the reveal', () => {
  it.each(EVALUATORS.map((e) => [e.id, e.email] as const))("no entry point shows %s anyone else's answers", (id, email) => {
    const seen = everythingSeenBy(env, email);
    for (const other of EVALUATORS) {
      if (other.id !== id) expect(seen).not.toContain(secretOf(other.id));
    }
    // Their own answers do come back, so the check above would catch a leak.
    expect(seen).toContain(secretOf(id));
  });

  it('shows the facilitator who submitted and when, never what', () => {
    // Everything but the reveal itself, which is how the facilitator ends the blind phase.
    const seen = everythingSeenBy(env, FACILITATOR, new Set(['revealSessionScores']));
    for (const evaluator of EVALUATORS) expect(seen).not.toContain(secretOf(evaluator.id));
    const status = as(env, FACILITATOR, () => api.getSubmissionStatus());
    expect(status.allSubmitted).toBe(true);
    expect(status.rows.every((row) => row.lastSubmittedAt !== '')).toBe(true);
  });

  it("shows a stranger nothing of anyone's answers", () => {
    const seen = everythingSeenBy(env, 'stranger@example.com');
    for (const evaluator of EVALUATORS) expect(seen).not.toContain(secretOf(evaluator.id));
  });

  it('keeps every answer out of the cells', () => {
    expect(allCellText()).not.toContain('secret-comment-of-');
  });
});

describe('after the reveal', () => {
  it('writes the submitted answers into the sheets for everyone to see', () => {
    as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
    const cells = allCellText();
    for (const evaluator of EVALUATORS) expect(cells).toContain(secretOf(evaluator.id));
  });
});
