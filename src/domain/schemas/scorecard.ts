import * as z from 'zod';
import { idSchema, textSchema } from './common';

const criterionBase = z.object({
  id: idSchema,
  /** Behavioural wording: "Did the agent read the required disclosure?" */
  question: textSchema(500).pipe(z.string().trim().min(1, 'must not be empty')),
  /** What counts as Yes / each level: the text a disagreement is settled against. */
  definition: textSchema(2000).default(''),
  /** Points the criterion is worth inside its section (see docs/scoring.md). */
  weight: z.number().positive('must be a positive number').max(1000, 'must be at most 1000').default(1),
  /** A failed critical criterion makes the whole call score 0 (auto-fail). */
  critical: z.boolean().default(false),
  /** Whether "N/A" is an allowed answer; an N/A criterion leaves the score's numerator and denominator. */
  allowNA: z.boolean().default(true),
});

export const scaleLevelSchema = z.object({
  value: z.number().int('must be a whole number'),
  description: textSchema(500).default(''),
});

export const yesNoCriterionSchema = criterionBase.extend({ type: z.literal('yes-no') });

export const scaleCriterionSchema = criterionBase
  .extend({
    type: z.literal('scale'),
    min: z.number().int('must be a whole number'),
    max: z.number().int('must be a whole number'),
    /** A description per level, min..max; may be empty when levels are self-explanatory. */
    levels: z.array(scaleLevelSchema).max(11).default([]),
  })
  .refine((c) => c.max > c.min, { message: 'max must be greater than min', path: ['max'] })
  .refine((c) => c.max - c.min <= 10, { message: 'a scale may have at most 11 levels', path: ['max'] })
  .refine((c) => c.levels.every((l) => l.value >= c.min && l.value <= c.max), {
    message: 'every level must lie between min and max',
    path: ['levels'],
  });

export const pointsCriterionSchema = criterionBase.extend({
  type: z.literal('points'),
  maxPoints: z.number().int('must be a whole number').positive('must be a positive number').max(100),
});

export const criterionSchema = z.discriminatedUnion('type', [
  yesNoCriterionSchema,
  scaleCriterionSchema,
  pointsCriterionSchema,
]);

export const criterionTypes = ['yes-no', 'scale', 'points'] as const;

export const sectionSchema = z.object({
  id: idSchema,
  name: textSchema(120).pipe(z.string().trim().min(1, 'must not be empty')),
  /** Multiplies the points of every criterion in the section. */
  weight: z.number().positive('must be a positive number').max(1000, 'must be at most 1000').default(1),
  criteria: z.array(criterionSchema).min(1, 'a section needs at least one criterion').max(100),
});

export const scorecardSchema = z
  .object({
    id: idSchema,
    name: textSchema(120).pipe(z.string().trim().min(1, 'must not be empty')),
    /** Bumped by every definition change agreed in a session. */
    version: z.number().int().min(1).default(1),
    sections: z.array(sectionSchema).min(1, 'a scorecard needs at least one section').max(30),
  })
  .superRefine((card, ctx) => {
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
  });

export type Criterion = z.infer<typeof criterionSchema>;
export type CriterionType = Criterion['type'];
export type ScaleLevel = z.infer<typeof scaleLevelSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Scorecard = z.infer<typeof scorecardSchema>;
export type ScorecardInput = z.input<typeof scorecardSchema>;
