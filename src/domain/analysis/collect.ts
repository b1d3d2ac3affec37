import { answerProblem, criterionLabel } from '../answers';
import { UserError, ValidationError } from '../errors';
import type { AnswerValue, Criterion, Final, Session, Submission } from '../schemas';
import { criteriaById } from '../scorecardIndex';
import { submissionAnswerProblems } from '../scoring';

export interface SubmittedSheet {
  evaluatorId: string;
  callId: string;
  answers: Map<string, AnswerValue>;
  /** Only the non-empty comments: most answers carry none. */
  comments: Map<string, string>;
}

/** callId → evaluatorId → that evaluator's submitted sheet for the call. */
type SheetsByCall = Map<string, Map<string, SubmittedSheet>>;

/**
 * The session's submitted score sheets, checked against the session. Drafts and other sessions' sheets
 * are ignored; a sheet from someone who is not an evaluator, for a call not in the session, with an
 * invalid answer, or a second submitted sheet for the same evaluator and call is an error.
 */
export function submittedSheets(session: Session, submissions: readonly Submission[]): { byCall: SheetsByCall; count: number } {
  const evaluators = new Map(session.evaluators.map((evaluator) => [evaluator.id, evaluator]));
  const calls = new Map(session.calls.map((call) => [call.id, call]));
  const byCall: SheetsByCall = new Map(session.calls.map((call) => [call.id, new Map<string, SubmittedSheet>()]));
  const criteria = criteriaById(session.scorecard);
  let count = 0;
  for (const submission of submissions) {
    if (submission.sessionId !== session.id || submission.status !== 'submitted') continue;
    const evaluator = evaluators.get(submission.evaluatorId);
    if (evaluator === undefined) {
      throw new UserError(`A score sheet comes from "${submission.evaluatorId}", who is not an evaluator of session "${session.title}".`);
    }
    const call = calls.get(submission.callId);
    const sheets = byCall.get(submission.callId);
    if (call === undefined || sheets === undefined) {
      throw new UserError(
        `${evaluator.name} submitted scores for call "${submission.callId}", which is not part of session "${session.title}".`,
      );
    }
    if (sheets.has(evaluator.id)) {
      throw new UserError(`${evaluator.name} has two submitted score sheets for ${call.label}; keep only one.`);
    }
    const problems = submissionAnswerProblems(session.scorecard, submission.answers, { complete: false }, criteria);
    if (problems.length > 0) throw new ValidationError(`Scores of ${evaluator.name} for ${call.label}`, problems);
    sheets.set(evaluator.id, {
      evaluatorId: evaluator.id,
      callId: call.id,
      answers: new Map(submission.answers.map((answer) => [answer.criterionId, answer.value])),
      comments: new Map(submission.answers.filter((answer) => answer.comment !== '').map((answer) => [answer.criterionId, answer.comment])),
    });
    count++;
  }
  return { byCall, count };
}

/**
 * The team's recorded finals as callId → criterionId → value. When a final was recorded more than once
 * the latest decision stands (equal times: the later in the list).
 */
export function recordedFinals(
  session: Session,
  finals: readonly Final[],
  criteria: ReadonlyMap<string, Criterion>,
): Map<string, Map<string, AnswerValue>> {
  const calls = new Map(session.calls.map((call) => [call.id, call]));
  const byCall = new Map(session.calls.map((call) => [call.id, new Map<string, AnswerValue>()]));
  const decidedAt = new Map<string, number>();
  for (const final of finals) {
    const call = calls.get(final.callId);
    if (call === undefined)
      throw new UserError(`A final score names call "${final.callId}", which is not part of session "${session.title}".`);
    const criterion = criteria.get(final.criterionId);
    if (criterion === undefined) {
      throw new UserError(`A final score names criterion "${final.criterionId}", which is not on scorecard "${session.scorecard.name}".`);
    }
    const problem = answerProblem(criterion, final.value);
    if (problem !== null) throw new ValidationError(`Final score of ${criterionLabel(criterion)} on ${call.label}`, [problem]);
    const key = `${call.id}\u0000${criterion.id}`;
    const time = Date.parse(final.decidedAt);
    const previous = decidedAt.get(key);
    if (previous !== undefined && time < previous) continue;
    decidedAt.set(key, time);
    byCall.get(call.id)?.set(criterion.id, final.value);
  }
  return byCall;
}
