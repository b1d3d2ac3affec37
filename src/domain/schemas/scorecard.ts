import { z } from '../zod';
import { idSchema, requiredTextSchema, textSchema } from './common';
import { builtOnFirstUse } from './builtOnFirstUse';

const wholeNumberSchema = builtOnFirstUse(() => z.number().check(z.int('must be a whole number')));

/** Criterion and section weights, used in proportion: a criterion's share within its section, a section's share of the call score. */
const weightSchema = builtOnFirstUse(() =>
  z._default(z.number().check(z.positive('must be a positive number'), z.maximum(1000, 'must be at most 1000')), 1),
);

const criterionBase = builtOnFirstUse(() =>
  z.object({
    id: idSchema,
    /** Behavioural wording: "Did the agent read the required disclosure?" */
    question: requiredTextSchema(500),
    /** What counts as Yes / each level: the text a disagreement is settled against. */
    definition: z._default(textSchema(2000), ''),
    /** The criterion's share within its section, in proportion to its siblings' weights (see docs/scoring.md). */
    weight: weightSchema,
    /** A failed critical criterion makes the whole call score 0 (auto-fail). */
    critical: z._default(z.boolean(), false),
    /** Whether "N/A" is an allowed answer; an N/A criterion leaves the score's numerator and denominator. */
    allowNA: z._default(z.boolean(), true),
  }),
);

const scaleLevelSchema = builtOnFirstUse(() =>
  z.object({
    value: wholeNumberSchema,
    description: z._default(textSchema(500), ''),
  }),
);

const yesNoCriterionSchema = builtOnFirstUse(() => z.extend(criterionBase, { type: z.literal('yes-no') }));

const scaleCriterionSchema = builtOnFirstUse(() =>
  z
    .extend(criterionBase, {
      type: z.literal('scale'),
      min: wholeNumberSchema,
      max: wholeNumberSchema,
      /** A description per level, min..max; may be empty when levels are self-explanatory. */
      levels: z._default(z.array(scaleLevelSchema).check(z.maxLength(11)), []),
    })
    .check(
      z.refine((c) => c.max > c.min, { message: 'max must be greater than min', path: ['max'] }),
      z.refine((c) => c.max - c.min <= 10, { message: 'a scale may have at most 11 levels', path: ['max'] }),
      z.refine((c) => c.levels.every((l) => l.value >= c.min && l.value <= c.max), {
        message: 'every level must lie between min and max',
        path: ['levels'],
      }),
    ),
);

const pointsCriterionSchema = builtOnFirstUse(() =>
  z.extend(criterionBase, {
    type: z.literal('points'),
    maxPoints: z.number().check(z.int('must be a whole number'), z.positive('must be a positive number'), z.maximum(100)),
  }),
);

export const criterionSchema = builtOnFirstUse(() =>
  z.discriminatedUnion('type', [yesNoCriterionSchema, scaleCriterionSchema, pointsCriterionSchema]),
);

export const criterionTypes = ['yes-no', 'scale', 'points'] as const;

const sectionSchema = builtOnFirstUse(() =>
  z.object({
    id: idSchema,
    name: requiredTextSchema(120),
    /** The section's share of the call score, in proportion to the other sections' weights (under the `points` rule of older sessions, a multiplier of its criteria's points). */
    weight: weightSchema,
    criteria: z.array(criterionSchema).check(z.minLength(1, 'a section needs at least one criterion'), z.maxLength(100)),
  }),
);

export const scorecardSchema = builtOnFirstUse(() =>
  z
    .object({
      id: idSchema,
      name: requiredTextSchema(120),
      /** Bumped by every definition change agreed in a session. */
      version: z._default(z.number().check(z.int(), z.minimum(1)), 1),
      sections: z.array(sectionSchema).check(z.minLength(1, 'a scorecard needs at least one section'), z.maxLength(30)),
    })
    .check(
      z.superRefine((card, ctx) => {
        const seen = new Set<string>();
        card.sections.forEach((section, s) =>
          section.criteria.forEach((criterion, c) => {
            if (seen.has(criterion.id)) {
              ctx.addIssue({
                code: 'custom',
                message: `criterion id "${criterion.id}" is used twice`,
                path: ['sections', s, 'criteria', c, 'id'],
              });
            }
            seen.add(criterion.id);
          }),
        );
        const sectionIds = card.sections.map((s) => s.id);
        if (new Set(sectionIds).size !== sectionIds.length) {
          ctx.addIssue({ code: 'custom', message: 'section ids must be unique', path: ['sections'] });
        }
      }),
    ),
);

export type Criterion = z.infer<typeof criterionSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Scorecard = z.infer<typeof scorecardSchema>;
export type ScorecardInput = z.input<typeof scorecardSchema>;
