import { ValidationError } from './errors';
import type { AnswerValue, Criterion } from './schemas';

/** The failing end of a criterion: No, the bottom of the scale, or 0 points. */
export function lowestValue(criterion: Criterion): number {
  return criterion.type === 'scale' ? criterion.min : 0;
}

/** The full-marks end of a criterion: Yes, the top of the scale, or all its points. */
export function highestValue(criterion: Criterion): number {
  switch (criterion.type) {
    case 'yes-no':
      return 1;
    case 'scale':
      return criterion.max;
    case 'points':
      return criterion.maxPoints;
  }
}

/** Every numeric answer the criterion accepts, lowest first. */
export function allowedValues(criterion: Criterion): number[] {
  const values: number[] = [];
  for (let value = lowestValue(criterion); value <= highestValue(criterion); value++) values.push(value);
  return values;
}

function shownValue(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number') return String(value);
  if (value === null || value === undefined) return 'nothing';
  return `a ${typeof value}`;
}

/** What is wrong with `value` as an answer to `criterion`, or null when it is a valid answer. */
export function answerProblem(criterion: Criterion, value: unknown): string | null {
  if (value === 'NA') return criterion.allowNA ? null : 'N/A is not allowed for this criterion';
  if (typeof value !== 'number') return `must be a number or "NA", not ${shownValue(value)}`;
  if (!Number.isFinite(value)) return `must be a finite number, not ${shownValue(value)}`;
  switch (criterion.type) {
    case 'yes-no':
      return value === 0 || value === 1 ? null : `must be 1 (Yes) or 0 (No), not ${shownValue(value)}`;
    case 'scale':
      return Number.isInteger(value) && value >= criterion.min && value <= criterion.max
        ? null
        : `must be a whole number from ${criterion.min} to ${criterion.max}, not ${shownValue(value)}`;
    case 'points':
      return Number.isInteger(value) && value >= 0 && value <= criterion.maxPoints
        ? null
        : `must be a whole number of points from 0 to ${criterion.maxPoints}, not ${shownValue(value)}`;
  }
}

/** `criterion "greeting" (Did the agent greet the customer by name?)`, shortened for messages. */
export function criterionLabel(criterion: Criterion): string {
  const question = criterion.question.length > 60 ? `${criterion.question.slice(0, 60)}…` : criterion.question;
  return `criterion "${criterion.id}" (${question})`;
}

/** Returns the answer when it is valid for the criterion, or throws a ValidationError naming the criterion. */
export function validateAnswer(criterion: Criterion, value: unknown): AnswerValue {
  const problem = answerProblem(criterion, value);
  if (problem !== null) throw new ValidationError(`Answer to ${criterionLabel(criterion)}`, [problem]);
  return value as AnswerValue;
}

/**
 * How much of the criterion's points an answer earns, 0–1; null for N/A. Yes = 1, No = 0; a scale level
 * (value − min)/(max − min); points value/maxPoints.
 */
export function answerFraction(criterion: Criterion, value: AnswerValue): number | null {
  validateAnswer(criterion, value);
  if (value === 'NA') return null;
  return (value - lowestValue(criterion)) / (highestValue(criterion) - lowestValue(criterion));
}

/** A critical criterion answered at its lowest value: the call is auto-failed. N/A never fails. */
export function isCriticalFailure(criterion: Criterion, value: AnswerValue): boolean {
  validateAnswer(criterion, value);
  return criterion.critical && value === lowestValue(criterion);
}

/** An answer as people read it: Yes / No / N/A, a scale level, or "7 of 10 points". */
export function describeAnswer(criterion: Criterion, value: AnswerValue): string {
  if (value === 'NA') return 'N/A';
  switch (criterion.type) {
    case 'yes-no':
      return value === 1 ? 'Yes' : 'No';
    case 'scale':
      return String(value);
    case 'points':
      return `${value} of ${criterion.maxPoints} points`;
  }
}
