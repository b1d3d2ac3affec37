import { criterionWithId } from './scorecardIndex';
import { UserError, parseWith } from './errors';
import { definitionChangeSchema, scorecardSchema, type Criterion, type DefinitionChange, type Scorecard } from './schemas';

interface DefinitionEdit {
  criterionId: string;
  /** The new question; omitted keeps the current one. */
  question?: string;
  /** The new definition; omitted keeps the current one. */
  definition?: string;
  /** Why the team changed it: kept in the decision log. */
  reason: string;
}

function findCriterion(scorecard: Scorecard, criterionId: string): Criterion {
  const criterion = criterionWithId(scorecard, criterionId);
  if (criterion !== undefined) return criterion;
  throw new UserError(`Criterion "${criterionId}" is not on scorecard "${scorecard.name}".`);
}

function isUnchanged(change: Pick<DefinitionChange, 'oldQuestion' | 'newQuestion' | 'oldDefinition' | 'newDefinition'>): boolean {
  return change.newQuestion.trim() === change.oldQuestion.trim() && change.newDefinition.trim() === change.oldDefinition.trim();
}

/** The decision-log record of an edit to the scorecard as it stands now (from this version to the next). */
export function proposeDefinitionChange(scorecard: Scorecard, edit: DefinitionEdit, changedAt: string): DefinitionChange {
  const criterion = findCriterion(scorecard, edit.criterionId);
  const change = parseWith(
    definitionChangeSchema,
    {
      criterionId: criterion.id,
      oldQuestion: criterion.question,
      newQuestion: (edit.question ?? criterion.question).trim(),
      oldDefinition: criterion.definition,
      newDefinition: (edit.definition ?? criterion.definition).trim(),
      reason: edit.reason,
      fromVersion: scorecard.version,
      toVersion: scorecard.version + 1,
      changedAt,
    },
    'Definition change',
  );
  if (isUnchanged(change)) {
    throw new UserError(`The new wording of "${criterion.id}" is the same as the current wording; change the question or the definition.`);
  }
  return change;
}

/**
 * The next version of the scorecard with one criterion's question and definition replaced. Refuses a
 * change for another version of the scorecard, for a criterion it does not have, written against wording
 * that has since changed, or that changes nothing.
 */
export function applyDefinitionChange(scorecard: Scorecard, change: DefinitionChange): Scorecard {
  const checked = parseWith(definitionChangeSchema, change, 'Definition change');
  const criterion = findCriterion(scorecard, checked.criterionId);
  if (checked.fromVersion !== scorecard.version || checked.toVersion !== scorecard.version + 1) {
    throw new UserError(
      `This change to "${criterion.id}" takes the scorecard from version ${checked.fromVersion} to ${checked.toVersion}, but the scorecard is at version ${scorecard.version}.`,
    );
  }
  if (checked.oldQuestion !== criterion.question || checked.oldDefinition !== criterion.definition) {
    throw new UserError(
      `The wording of "${criterion.id}" has changed since this edit was written; start the edit again from the current wording.`,
    );
  }
  if (isUnchanged(checked)) {
    throw new UserError(`The new wording of "${criterion.id}" is the same as the current wording; change the question or the definition.`);
  }
  const next = {
    ...scorecard,
    version: scorecard.version + 1,
    sections: scorecard.sections.map((section) => ({
      ...section,
      criteria: section.criteria.map((candidate) =>
        candidate.id === criterion.id
          ? { ...candidate, question: checked.newQuestion.trim(), definition: checked.newDefinition.trim() }
          : candidate,
      ),
    })),
  };
  return parseWith(scorecardSchema, next, `Scorecard "${scorecard.name}" after the change to "${criterion.id}"`);
}
