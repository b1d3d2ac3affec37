// A scorecard's criteria, looked up the one way everywhere: by id, or in scorecard order with their
// section. Every layout, view and rule that needs "criterion by id / in order" asks here.
import type { Criterion, Scorecard, Section } from './schemas';

/** Every criterion, in scorecard order, with the section it sits in. */
export function criteriaInOrder(scorecard: Scorecard): Array<{ section: Section; criterion: Criterion }> {
  return scorecard.sections.flatMap((section) => section.criteria.map((criterion) => ({ section, criterion })));
}

/** Every criterion of the scorecard by id. */
export function criteriaById(scorecard: Scorecard): Map<string, Criterion> {
  return new Map(criteriaInOrder(scorecard).map(({ criterion }) => [criterion.id, criterion] as const));
}

/** The criterion with `id`, or undefined when the scorecard has none. */
export function criterionWithId(scorecard: Scorecard, id: string): Criterion | undefined {
  for (const section of scorecard.sections) {
    const found = section.criteria.find((criterion) => criterion.id === id);
    if (found !== undefined) return found;
  }
  return undefined;
}
