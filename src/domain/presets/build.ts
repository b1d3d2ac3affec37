import type { ScorecardInput } from '../schemas';

type CriterionInput = ScorecardInput['sections'][number]['criteria'][number];
type SectionInput = ScorecardInput['sections'][number];

interface CriterionOptions {
  weight?: number;
  critical?: boolean;
  allowNA?: boolean;
}

export function yesNo(id: string, question: string, definition: string, options: CriterionOptions = {}): CriterionInput {
  return { id, type: 'yes-no', question, definition, weight: 1, critical: false, allowNA: false, ...options };
}

/** A 1–5 scale; `levels` describes 1 to 5 in order. */
export function scale(
  id: string,
  question: string,
  definition: string,
  levels: readonly [string, string, string, string, string],
  options: CriterionOptions = {},
): CriterionInput {
  return {
    id,
    type: 'scale',
    question,
    definition,
    min: 1,
    max: 5,
    levels: levels.map((description, index) => ({ value: index + 1, description })),
    weight: 1,
    critical: false,
    allowNA: false,
    ...options,
  };
}

/**
 * A section of a preset. The presets were written with `multiplier` multiplying the points of each
 * criterion (the first scoring rule); the section's weight, now its share of the call score, is that
 * multiplier times its criteria's weights, so every preset keeps the shares it was written to mean.
 */
export function section(id: string, name: string, multiplier: number, criteria: CriterionInput[]): SectionInput {
  const points = criteria.reduce((sum, criterion) => sum + (criterion.weight ?? 1), 0);
  return { id, name, weight: multiplier * points, criteria };
}
