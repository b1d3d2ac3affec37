// What the sidebar may send. Every entry point parses its argument with one of these before anything
// else runs; unknown keys are refused (strict), so a tampered payload fails loudly instead of being
// half-used. Identity is never taken from a payload: the server works out who is calling.
import * as z from 'zod/mini';
import {
  actionStatuses,
  answerSchema,
  callSchema,
  emailSchema,
  evaluatorSchema,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  nameSchema,
  orBlank,
  sessionOptionsSchema,
  textSchema,
} from '../domain/schemas';

/** An answer's value; one message for every wrong kind of value (NaN, Infinity, text, null…). */
const payloadValueSchema = z.union([z.number(), z.literal('NA')], { error: 'must be a finite number or "NA"' });

const payloadAnswerSchema = z.strictObject({ ...answerSchema.shape, value: payloadValueSchema });

export const noPayloadSchema = z.union([z.undefined(), z.null(), z.strictObject({})]);

export const scorecardSourceSchema = z.discriminatedUnion('source', [
  z.strictObject({ source: z.literal('preset'), presetId: idSchema }),
  /** The spreadsheet's own Scorecard sheet, validated row by row. */
  z.strictObject({ source: z.literal('sheet') }),
  /** The scorecard as the last closed session left it, definition changes applied. */
  z.strictObject({ source: z.literal('latest') }),
]);

export const createSessionPayloadSchema = z.strictObject({
  title: nameSchema,
  sessionDate: isoDateSchema,
  scoringDeadline: isoDateTimeSchema,
  facilitatorName: nameSchema,
  scorecard: scorecardSourceSchema,
  calls: z.array(z.strictObject(callSchema.shape)).check(z.minLength(1, 'add at least one call'), z.maxLength(10, 'at most 10 calls')),
  evaluators: z
    .array(z.strictObject(evaluatorSchema.shape))
    .check(z.minLength(1, 'add at least one evaluator'), z.maxLength(30, 'at most 30 evaluators')),
  options: z.prefault(z.strictObject(sessionOptionsSchema.shape), {}),
});

/** An evaluator whose address Apps Script withholds picks their own name once. */
export const claimEvaluatorPayloadSchema = z.strictObject({ evaluatorId: idSchema });

export const scoresPayloadSchema = z.strictObject({
  callId: idSchema,
  answers: z.array(payloadAnswerSchema).check(z.maxLength(200, 'at most 200 answers')),
});

export const revealPayloadSchema = z.strictObject({
  /** The sidebar asks first and names who has not submitted; the server insists on the answer. */
  confirm: z.literal(true, { error: 'must be true: confirm the reveal first' }),
});

export const recordFinalPayloadSchema = z.strictObject({
  callId: idSchema,
  criterionId: idSchema,
  value: payloadValueSchema,
});

export const recordDiscussionPayloadSchema = z.strictObject({
  criterionId: idSchema,
  callId: orBlank(idSchema),
  notes: z._default(textSchema(4000), ''),
  resolution: z._default(textSchema(2000), ''),
});

export const changeDefinitionPayloadSchema = z.strictObject({
  criterionId: idSchema,
  newQuestion: z.optional(textSchema(500)),
  newDefinition: textSchema(2000),
  reason: textSchema(1000),
});

export const saveActionItemPayloadSchema = z.strictObject({
  /** Absent to add a new item. */
  id: z.optional(idSchema),
  text: textSchema(1000),
  owner: textSchema(120),
  dueDate: orBlank(isoDateSchema),
  status: z._default(z.enum(actionStatuses), 'open'),
  criterionId: orBlank(idSchema),
});

export const closeSessionPayloadSchema = z.prefault(
  z.strictObject({
    /** Rebuild the report Doc once the session is closed, so it says so (and holds the latest finals). */
    rebuildReport: z._default(z.boolean(), false),
  }),
  {},
);

export const buildReportPayloadSchema = z.prefault(
  z.strictObject({
    /** Build a fresh Doc instead of updating the session's existing one. */
    newDocument: z._default(z.boolean(), false),
  }),
  {},
);

export const shareReportPayloadSchema = z.strictObject({
  includeParticipants: z._default(z.boolean(), true),
  managers: z._default(z.array(emailSchema).check(z.maxLength(50)), []),
});

export type CreateSessionPayload = z.input<typeof createSessionPayloadSchema>;
export type ClaimEvaluatorPayload = z.input<typeof claimEvaluatorPayloadSchema>;
export type ScoresPayload = z.input<typeof scoresPayloadSchema>;
export type RevealPayload = z.input<typeof revealPayloadSchema>;
export type RecordFinalPayload = z.input<typeof recordFinalPayloadSchema>;
export type RecordDiscussionPayload = z.input<typeof recordDiscussionPayloadSchema>;
export type ChangeDefinitionPayload = z.input<typeof changeDefinitionPayloadSchema>;
export type SaveActionItemPayload = z.input<typeof saveActionItemPayloadSchema>;
export type BuildReportPayload = z.input<typeof buildReportPayloadSchema>;
export type CloseSessionPayload = z.input<typeof closeSessionPayloadSchema>;
export type ShareReportPayload = z.input<typeof shareReportPayloadSchema>;
