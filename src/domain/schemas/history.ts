import { z } from '../zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, nameSchema, orBlank } from './common';
import { scoringRuleSchema } from './session';
import { builtOnFirstUse } from './builtOnFirstUse';

const countSchema = builtOnFirstUse(() => z.number().check(z.int(), z.minimum(0)));

/** One evaluator's result in a closed session: enough to follow their drift across sessions. */
const evaluatorDeviationSchema = builtOnFirstUse(() =>
  z.object({
    evaluatorId: idSchema,
    name: nameSchema,
    /** Mean |evaluator % − final %| in percentage points; null when they scored nothing comparable. */
    meanAbsoluteDeviation: z.nullable(z.number().check(z.minimum(0))),
    meanSignedDeviation: z.nullable(z.number()),
  }),
);

/**
 * A closed session in one History sheet row: small on purpose, holding only what the trend needs.
 * Written once at close by historyEntryFor.
 */
export const sessionHistoryEntrySchema = builtOnFirstUse(() =>
  z.object({
    sessionId: idSchema,
    title: nameSchema,
    sessionDate: isoDateSchema,
    closedAt: orBlank(isoDateTimeSchema),
    scorecardId: idSchema,
    scorecardVersion: z.number().check(z.int(), z.minimum(1)),
    calls: countSchema,
    /** Evaluators who submitted at least one call. */
    evaluators: countSchema,
    varianceTarget: z.number().check(z.positive()),
    /** Calibration variance in percentage points; null when nothing could be compared. */
    variance: z.nullable(z.number().check(z.minimum(0))),
    alpha: z.nullable(z.number()),
    /** Share of evaluators within the variance target, 0–1. */
    shareWithinTarget: z.nullable(z.number().check(z.minimum(0), z.maximum(1))),
    /** Criteria over the variance target on at least one call (see docs/scoring.md). */
    disputedCriterionIds: z._default(z.array(idSchema).check(z.maxLength(200)), []),
    evaluatorDeviations: z._default(z.array(evaluatorDeviationSchema).check(z.maxLength(30)), []),
    /** Gwet's AC1 (AC2 on the 0–1 shares), over every call × criterion; null when not computed. */
    gwetAc1: z._default(z.nullable(z.number()), null),
    /** Calls where evaluators disagreed about failing a critical criterion; null on rows written before it was counted. */
    criticalDisagreements: z._default(z.nullable(countSchema), null),
    /** The scoring rule the session was scored under; rows written before it was recorded used `points`. */
    scoringRule: z._default(scoringRuleSchema, 'points'),
    /**
     * Share of the roster marked present at the discussion, 0–1 (see docs/scoring.md); null on rows written
     * before the register existed. Who attended is kept by person in the add-on's store, never on this tab.
     */
    attendanceRate: z._default(z.nullable(z.number().check(z.minimum(0), z.maximum(1))), null),
  }),
);

export type SessionHistoryEntry = z.infer<typeof sessionHistoryEntrySchema>;
