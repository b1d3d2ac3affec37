// The running session as the add-on stores it in document properties. Sealed submissions are kept
// apart (one record per evaluator, see sealedScores.ts) so that loading the session never loads
// anyone's answers, and a submission rewrites only its own record.
import { z } from '../domain/zod';
import {
  attendanceMarkSchema,
  definitionChangeSchema,
  discussionEntrySchema,
  emailSchema,
  finalSchema,
  idSchema,
  isoDateTimeSchema,
  orBlank,
  scorecardSchema,
  sessionSchema,
} from '../domain/schemas';
import { builtOnFirstUse } from '../domain/schemas/builtOnFirstUse';

export const SESSION_STATE_VERSION = 2;

const tokenHashSchema = builtOnFirstUse(() => z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hex digest')));

/** Who created the session; a blank-email facilitator is known by the hash of their private token. */
const facilitatorIdentitySchema = builtOnFirstUse(() =>
  z
    .object({
      email: z.union([emailSchema, z.literal('')]),
      tokenHash: z.union([tokenHashSchema, z.literal('')]),
    })
    .check(z.refine((f) => f.email !== '' || f.tokenHash !== '', 'the facilitator needs an email or a token')),
);

/** An evaluator whose address Apps Script withholds picked their own name once. */
const evaluatorClaimSchema = builtOnFirstUse(() =>
  z.object({
    evaluatorId: idSchema,
    tokenHash: tokenHashSchema,
    claimedAt: isoDateTimeSchema,
  }),
);

const reportLinkSchema = builtOnFirstUse(() =>
  z.object({
    docId: z.string().check(z.minLength(1)),
    url: z.string().check(z.minLength(1)),
    builtAt: isoDateTimeSchema,
    /**
     * Fingerprint of what the report was built from (domain/report/freshness.ts), so the sidebar can say
     * when it is out of date. Absent on reports built before it was recorded: those count as out of date.
     */
    source: z.optional(z.string()),
  }),
);

/** Steps of the reveal already done, so a reveal that stopped part-way is completed by running it again. */
const revealProgressSchema = builtOnFirstUse(() =>
  z.object({
    startedAt: isoDateTimeSchema,
    tabsWritten: z.boolean(),
    summaryWritten: z.boolean(),
    discussionWritten: z.boolean(),
    completedAt: z.union([isoDateTimeSchema, z.literal('')]),
  }),
);

/** Steps of the close already done; History and the Scores log must each get the session exactly once. */
const closeProgressSchema = builtOnFirstUse(() =>
  z.object({
    startedAt: isoDateTimeSchema,
    historyAppended: z.boolean(),
    scoresLogged: z.boolean(),
    tabsArchived: z.boolean(),
    /**
     * When the close finished. A closed session stays in properties, read-only, until the next session
     * starts, so its report can still be built; states saved before this field existed were never closed.
     */
    completedAt: orBlank(isoDateTimeSchema),
  }),
);

export const sessionStateSchema = builtOnFirstUse(() =>
  z.object({
    schemaVersion: z.literal(SESSION_STATE_VERSION),
    session: sessionSchema,
    facilitator: facilitatorIdentitySchema,
    claims: z.array(evaluatorClaimSchema),
    finals: z.array(finalSchema),
    discussion: z.array(discussionEntrySchema),
    definitionChanges: z.array(definitionChangeSchema),
    /**
     * The register's ticks the facilitator changed. Additive: a state stored before the register existed
     * reads as none changed, so everyone who submitted is present (the default), with no version change.
     */
    attendance: z._default(z.array(attendanceMarkSchema).check(z.maxLength(30)), []),
    /** The scorecard with this session's definition changes applied: what the next session starts from. */
    nextScorecard: scorecardSchema,
    report: z.nullable(reportLinkSchema),
    reveal: z.nullable(revealProgressSchema),
    close: z.nullable(closeProgressSchema),
  }),
);

export type ReportLink = z.infer<typeof reportLinkSchema>;
export type RevealProgress = z.infer<typeof revealProgressSchema>;
export type CloseProgress = z.infer<typeof closeProgressSchema>;
export type SessionState = z.infer<typeof sessionStateSchema>;

/** True once every step of the close has run: the session is closed and nothing can change its scores. */
export function isCloseComplete(state: SessionState): boolean {
  return state.close !== null && state.close.completedAt !== '';
}

/** True once every step of the reveal has run. */
export function isRevealComplete(state: SessionState): boolean {
  return state.reveal !== null && state.reveal.completedAt !== '';
}
