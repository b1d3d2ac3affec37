import { answerFraction, answerProblem, criterionLabel } from './answers';
import { ValidationError } from './errors';
import type { Answer, AnswerValue, Criterion, Scorecard, Section } from './schemas';

export {
  allowedValues,
  answerFraction,
  answerProblem,
  describeAnswer,
  highestValue,
  isCriticalFailure,
  lowestValue,
  validateAnswer,
} from './answers';

/** A criterion with its section and what it is worth; see docs/scoring.md. */
export interface WeightedCriterion {
  criterion: Criterion;
  section: Section;
  /** criterion.weight × section.weight: the points a full-marks answer earns. */
  maximum: number;
  /** maximum ÷ the scorecard's maximum points, 0–1. */
  share: number;
}

/** The points a criterion is worth: its own weight times its section's weight. */
export function criterionMaximum(criterion: Criterion, section: Section): number {
  return criterion.weight * section.weight;
}

/** Every criterion of the scorecard, in scorecard order, with its points and share of the total. */
export function weightedCriteria(scorecard: Scorecard): WeightedCriterion[] {
  const listed = scorecard.sections.flatMap((section) =>
    section.criteria.map((criterion) => ({ criterion, section, maximum: criterionMaximum(criterion, section) })),
  );
  const total = listed.reduce((sum, item) => sum + item.maximum, 0);
  return listed.map((item) => ({ ...item, share: item.maximum / total }));
}

/** The points the scorecard is worth when every criterion applies. */
export function scorecardMaximum(scorecard: Scorecard): number {
  return weightedCriteria(scorecard).reduce((sum, item) => sum + item.maximum, 0);
}

export type AnswerLike = Pick<Answer, 'criterionId' | 'value'>;
/** Answers keyed by criterion id, or as a submission lists them. */
export type AnswerSource = ReadonlyMap<string, AnswerValue> | readonly AnswerLike[];

function isAnswerList(source: AnswerSource): source is readonly AnswerLike[] {
  return Array.isArray(source);
}

/** Answers keyed by criterion id (a Map, so an id such as "constructor" is safe); a later duplicate wins. */
export function answerMap(source: AnswerSource): Map<string, AnswerValue> {
  if (!isAnswerList(source)) return new Map(source);
  return new Map(source.map((answer) => [answer.criterionId, answer.value]));
}

export interface CallScore {
  /** Earned ÷ possible × 100; 0 when auto-failed; null when no criterion was scored (see `reason`). */
  percent: number | null;
  /** The percentage before the auto-fail rule: what the call would score without it. */
  rawPercent: number | null;
  /** Points earned over the scored criteria (before the auto-fail rule). */
  earned: number;
  /** Points possible over the scored criteria: N/A and unanswered criteria are left out. */
  possible: number;
  autoFail: boolean;
  /** Ids of the critical criteria answered at their lowest value, in scorecard order. */
  failedCritical: string[];
  notApplicable: string[];
  /** Criteria with no answer at all (a draft, or finals the team has not settled). */
  unanswered: string[];
  /** Why `percent` is null, else null. */
  reason: string | null;
}

/**
 * Scores one call over already-weighted criteria (the analysis weighs the scorecard once). Answers to
 * criteria not on the scorecard are ignored here; validateSubmissionAnswers reports them. Criteria in
 * `leaveOut` count as unanswered, so two sheets can be compared on the same criteria.
 */
export function scoreWeighted(
  criteria: readonly WeightedCriterion[],
  answers: ReadonlyMap<string, AnswerValue>,
  leaveOut?: ReadonlySet<string>,
): CallScore {
  let earned = 0;
  let possible = 0;
  const failedCritical: string[] = [];
  const notApplicable: string[] = [];
  const unanswered: string[] = [];
  for (const { criterion, maximum } of criteria) {
    const value = leaveOut?.has(criterion.id) ? undefined : answers.get(criterion.id);
    if (value === undefined) {
      unanswered.push(criterion.id);
      continue;
    }
    const fraction = answerFraction(criterion, value);
    if (fraction === null) {
      notApplicable.push(criterion.id);
      continue;
    }
    earned += fraction * maximum;
    possible += maximum;
    // A fraction of 0 is the lowest value: the same test as isCriticalFailure, without validating twice.
    if (criterion.critical && fraction === 0) failedCritical.push(criterion.id);
  }
  const autoFail = failedCritical.length > 0;
  if (possible === 0) {
    const reason =
      unanswered.length === criteria.length
        ? 'no criterion has been answered'
        : notApplicable.length === criteria.length
          ? 'every criterion was marked N/A'
          : 'no criterion was scored: each is N/A or unanswered';
    return { percent: null, rawPercent: null, earned, possible, autoFail, failedCritical, notApplicable, unanswered, reason };
  }
  const rawPercent = (earned / possible) * 100;
  return {
    percent: autoFail ? 0 : rawPercent,
    rawPercent,
    earned,
    possible,
    autoFail,
    failedCritical,
    notApplicable,
    unanswered,
    reason: null,
  };
}

/** The call score: Σ earned ÷ Σ possible × 100 over non-N/A criteria, 0 when a critical criterion failed. */
export function scoreCall(scorecard: Scorecard, answers: AnswerSource): CallScore {
  return scoreWeighted(weightedCriteria(scorecard), answerMap(answers));
}

/** Every criterion of the scorecard by id. */
export function criteriaById(scorecard: Scorecard): Map<string, Criterion> {
  const byId = new Map<string, Criterion>();
  for (const section of scorecard.sections) for (const criterion of section.criteria) byId.set(criterion.id, criterion);
  return byId;
}

/**
 * Everything wrong with one evaluator's answers for one call: unknown or repeated criteria, invalid
 * values, and, when `complete`, criteria left unanswered. Empty when the answers are fine.
 */
export function submissionAnswerProblems(
  scorecard: Scorecard,
  answers: readonly AnswerLike[],
  options: { complete: boolean },
  byId: ReadonlyMap<string, Criterion> = criteriaById(scorecard),
): string[] {
  const problems: string[] = [];
  const answered = new Set<string>();
  for (const answer of answers) {
    const criterion = byId.get(answer.criterionId);
    if (criterion === undefined) {
      problems.push(`"${answer.criterionId}" is not a criterion of scorecard "${scorecard.name}"`);
      continue;
    }
    if (answered.has(criterion.id)) {
      problems.push(`${criterionLabel(criterion)} is answered twice`);
      continue;
    }
    answered.add(criterion.id);
    const problem = answerProblem(criterion, answer.value);
    if (problem !== null) problems.push(`${criterionLabel(criterion)} ${problem}`);
  }
  if (options.complete) {
    for (const criterion of byId.values()) {
      if (!answered.has(criterion.id)) problems.push(`${criterionLabel(criterion)} has no answer`);
    }
  }
  return problems;
}

/** Throws a ValidationError listing every problem of the answers; see submissionAnswerProblems. */
export function validateSubmissionAnswers(
  scorecard: Scorecard,
  answers: readonly AnswerLike[],
  options: { complete: boolean },
): void {
  const problems = submissionAnswerProblems(scorecard, answers, options);
  if (problems.length > 0) throw new ValidationError('Scores', problems);
}
