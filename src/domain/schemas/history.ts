import * as z from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, nameSchema } from './common';

/** One evaluator's result in a closed session: enough to follow their drift across sessions. */
export const evaluatorDeviationSchema = z.object({
  evaluatorId: idSchema,
  name: nameSchema,
  /** Mean |evaluator % − final %| in percentage points; null when they scored nothing comparable. */
  meanAbsoluteDeviation: z.number().min(0).nullable(),
  meanSignedDeviation: z.number().nullable(),
});

/**
 * A closed session in one History sheet row: small on purpose, holding only what the trend needs.
 * Written once at close by historyEntryFor.
 */
export const sessionHistoryEntrySchema = z.object({
  sessionId: idSchema,
  title: nameSchema,
  sessionDate: isoDateSchema,
  closedAt: z.union([isoDateTimeSchema, z.literal('')]).default(''),
  scorecardId: idSchema,
  scorecardVersion: z.number().int().min(1),
  calls: z.number().int().min(0),
  /** Evaluators who submitted at least one call. */
  evaluators: z.number().int().min(0),
  varianceTarget: z.number().positive(),
  /** Calibration variance in percentage points; null when nothing could be compared. */
  variance: z.number().min(0).nullable(),
  alpha: z.number().nullable(),
  /** Share of evaluators within the variance target, 0–1. */
  shareWithinTarget: z.number().min(0).max(1).nullable(),
  /** Criteria over the variance target on at least one call (see docs/scoring.md). */
  disputedCriterionIds: z.array(idSchema).max(200).default([]),
  evaluatorDeviations: z.array(evaluatorDeviationSchema).max(30).default([]),
});

export type EvaluatorDeviation = z.infer<typeof evaluatorDeviationSchema>;
export type SessionHistoryEntry = z.infer<typeof sessionHistoryEntrySchema>;
