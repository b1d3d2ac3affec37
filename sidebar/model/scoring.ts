// The evaluator's form for one call, as plain data: what each criterion offers, what is answered,
// and what must be fixed before a draft is saved or a call submitted. Pure: no DOM.
import { answerProblem } from '../../src/domain/answers';
import type { Answer, AnswerValue, Criterion, Scorecard } from '../../src/domain/schemas';

export interface AnswerDraft {
  value: AnswerValue | null;
  comment: string;
}

/** One call's answers in the form, by criterion id. */
export type CallDraft = Record<string, AnswerDraft>;

interface Choice {
  value: AnswerValue;
  label: string;
  /** The level's description, shown next to the choice. */
  hint: string;
}

export interface Problem {
  criterionId: string;
  message: string;
}

/** Above this many points a criterion is typed as a number rather than picked from a row of choices. */
const MAX_POINT_CHOICES = 10;
const MAX_COMMENT = 1000;

import { criteriaInOrder } from '../../src/domain/scorecardIndex';

export { criteriaInOrder };

/** The choices of a radio group, or null when the criterion is answered with a number input. */
export function choicesFor(criterion: Criterion): Choice[] | null {
  const na: Choice[] = criterion.allowNA ? [{ value: 'NA', label: 'N/A', hint: 'Not applicable to this call' }] : [];
  switch (criterion.type) {
    case 'yes-no':
      return [{ value: 1, label: 'Yes', hint: '' }, { value: 0, label: 'No', hint: '' }, ...na];
    case 'scale': {
      const levels: Choice[] = [];
      for (let v = criterion.min; v <= criterion.max; v++) {
        levels.push({ value: v, label: String(v), hint: criterion.levels.find((l) => l.value === v)?.description ?? '' });
      }
      return [...levels, ...na];
    }
    case 'points': {
      if (criterion.maxPoints > MAX_POINT_CHOICES) return null;
      const points: Choice[] = [];
      for (let v = 0; v <= criterion.maxPoints; v++) points.push({ value: v, label: String(v), hint: '' });
      return [...points, ...na];
    }
  }
}

export function emptyDraft(scorecard: Scorecard): CallDraft {
  const draft: CallDraft = {};
  for (const { criterion } of criteriaInOrder(scorecard)) draft[criterion.id] = { value: null, comment: '' };
  return draft;
}

export function draftFromAnswers(scorecard: Scorecard, answers: readonly Answer[]): CallDraft {
  const draft = emptyDraft(scorecard);
  for (const answer of answers) {
    if (draft[answer.criterionId]) draft[answer.criterionId] = { value: answer.value, comment: answer.comment };
  }
  return draft;
}

/** A points value as typed: '' is "not answered"; anything else must be a whole number in range. */
export function parsePoints(text: string, criterion: Criterion): { value: AnswerValue | null } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null };
  if (!/^-?\d+$/.test(trimmed)) return { error: 'Enter a whole number of points.' };
  const value = Number(trimmed);
  const problem = rangeProblem(criterion, value);
  return problem ? { error: problem } : { value };
}

/** The domain's rule for an answer, in the form's words ("The answer must be a whole number from 1 to 3, not 5."). */
function rangeProblem(criterion: Criterion, value: AnswerValue): string {
  const problem = answerProblem(criterion, value);
  if (problem === null) return '';
  return problem.startsWith('must') ? `The answer ${problem}.` : `${problem}.`;
}

/** A comment is kept as typed, whatever it starts with ("= the IVR covers it", "+1 agree"): only its length is limited. */
function commentProblem(comment: string): string {
  if (comment.length > MAX_COMMENT) return `Keep the comment under ${MAX_COMMENT} characters.`;
  return '';
}

/**
 * What stops the form from being sent. A draft may leave criteria unanswered; a submission must answer
 * every one. Problems come in the scorecard's order, so the first one is the first to fix.
 */
export function problemsIn(scorecard: Scorecard, draft: CallDraft, purpose: 'draft' | 'submit'): Problem[] {
  const problems: Problem[] = [];
  for (const { criterion } of criteriaInOrder(scorecard)) {
    const answer = draft[criterion.id] ?? { value: null, comment: '' };
    const message =
      answer.value === null
        ? purpose === 'submit'
          ? 'Answer this criterion before submitting.'
          : ''
        : rangeProblem(criterion, answer.value);
    const problem = message || commentProblem(answer.comment);
    if (problem) problems.push({ criterionId: criterion.id, message: problem });
  }
  return problems;
}

/** The answers the server receives: the answered criteria, in scorecard order. */
export function answersToSend(scorecard: Scorecard, draft: CallDraft): Answer[] {
  return criteriaInOrder(scorecard).flatMap(({ criterion }) => {
    const answer = draft[criterion.id];
    return answer && answer.value !== null ? [{ criterionId: criterion.id, value: answer.value, comment: answer.comment.trim() }] : [];
  });
}

export function sameDraft(a: CallDraft, b: CallDraft): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const x = a[key] ?? { value: null, comment: '' };
    const y = b[key] ?? { value: null, comment: '' };
    if (x.value !== y.value || x.comment.trim() !== y.comment.trim()) return false;
  }
  return true;
}
