import { answerFraction, answerProblem, criterionLabel } from './answers';
import { criteriaById } from './scorecardIndex';
import { ValidationError } from './errors';
import {
  CURRENT_SCORING_RULE,
  type Answer,
  type AnswerValue,
  type Criterion,
  type Scorecard,
  type ScoringRule,
  type Section,
} from './schemas';

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

/** A criterion with its section and what it is worth under a scoring rule; see docs/scoring.md. */
export interface WeightedCriterion {
  criterion: Criterion;
  section: Section;
  /**
   * Criteria re-weighted together when one is N/A: the criterion's section under `section-shares`, the
   * criterion alone under `points` (there N/A simply leaves the points out).
   */
  group: number;
  /** The group's weight in the call score: the section weight, or the criterion's points. */
  groupWeight: number;
  /** The criterion's weight inside its group: the criterion weight, or 1 alone in its group. */
  weightInGroup: number;
  /** The criterion's effective points when every criterion applies (groupWeight × its share of the group). */
  maximum: number;
  /** maximum ÷ the scorecard's maximum points, 0–1: its effective share of the call score. */
  share: number;
}

/** The points a criterion is worth under the `points` rule: its own weight times its section's weight. */
export function criterionMaximum(criterion: Criterion, section: Section): number {
  return criterion.weight * section.weight;
}

/**
 * Every criterion of the scorecard, in scorecard order, with its weight under `rule` and its effective
 * share of the call score when every criterion applies.
 */
export function weightedCriteria(scorecard: Scorecard, rule: ScoringRule = CURRENT_SCORING_RULE): WeightedCriterion[] {
  const listed: Omit<WeightedCriterion, 'share'>[] = [];
  scorecard.sections.forEach((section, sectionIndex) => {
    const sectionTotal = section.criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
    for (const criterion of section.criteria) {
      if (rule === 'points') {
        const maximum = criterionMaximum(criterion, section);
        listed.push({ criterion, section, group: listed.length, groupWeight: maximum, weightInGroup: 1, maximum });
      } else {
        listed.push({
          criterion,
          section,
          group: sectionIndex,
          groupWeight: section.weight,
          weightInGroup: criterion.weight,
          maximum: (section.weight * criterion.weight) / sectionTotal,
        });
      }
    }
  });
  const total = listed.reduce((sum, item) => sum + item.maximum, 0);
  return listed.map((item) => ({ ...item, share: item.maximum / total }));
}

/** Each section's share of the call score when every criterion applies, 0–1, in scorecard order. */
export function sectionShares(scorecard: Scorecard, rule: ScoringRule = CURRENT_SCORING_RULE): { sectionId: string; share: number }[] {
  const criteria = weightedCriteria(scorecard, rule);
  return scorecard.sections.map((section) => ({
    sectionId: section.id,
    share: criteria.filter((item) => item.section === section).reduce((sum, item) => sum + item.share, 0),
  }));
}

type AnswerLike = Pick<Answer, 'criterionId' | 'value'>;

export interface CallScore {
  /** Earned ÷ possible × 100; 0 when auto-failed; null when no criterion was scored (see `reason`). */
  percent: number | null;
  /** The percentage before the auto-fail rule: what the call would score without it. */
  rawPercent: number | null;
  /** Points earned over the scored criteria (before the auto-fail rule), each group re-weighted for N/A. */
  earned: number;
  /** Points possible: the weights of the groups with a scored criterion. */
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
  const failedCritical: string[] = [];
  const notApplicable: string[] = [];
  const unanswered: string[] = [];
  // Criteria come grouped (a group's criteria are adjacent, in scorecard order): each group's scored
  // criteria give its fraction, and the groups with one are weighed by their weights.
  let earned = 0;
  let possible = 0;
  let group = -1;
  let groupWeight = 0;
  let groupEarned = 0;
  let groupPossible = 0;
  const closeGroup = () => {
    if (groupPossible > 0) {
      earned += (groupWeight * groupEarned) / groupPossible;
      possible += groupWeight;
    }
  };
  for (const weighted of criteria) {
    const { criterion } = weighted;
    if (weighted.group !== group) {
      closeGroup();
      group = weighted.group;
      groupWeight = weighted.groupWeight;
      groupEarned = 0;
      groupPossible = 0;
    }
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
    groupEarned += fraction * weighted.weightInGroup;
    groupPossible += weighted.weightInGroup;
    // A fraction of 0 is the lowest value: the same test as isCriticalFailure, without validating twice.
    if (criterion.critical && fraction === 0) failedCritical.push(criterion.id);
  }
  closeGroup();
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
export function validateSubmissionAnswers(scorecard: Scorecard, answers: readonly AnswerLike[], options: { complete: boolean }): void {
  const problems = submissionAnswerProblems(scorecard, answers, options);
  if (problems.length > 0) throw new ValidationError('Scores', problems);
}
