// What the sidebar may send. Every entry point parses its argument with one of these before anything
// else runs; unknown keys are refused (strict), so a tampered payload fails loudly instead of being
// half-used. Identity is never taken from a payload: the server works out who is calling.
import * as z from 'zod';
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
  sessionOptionsSchema,
  textSchema,
} from '../domain/schemas';

/** An answer's value; one message for every wrong kind of value (NaN, Infinity, text, null…). */
const payloadValueSchema = z.union([z.number(), z.literal('NA')], { error: 'must be a finite number or "NA"' });

const payloadAnswerSchema = answerSchema.extend({ value: payloadValueSchema }).strict();

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
  calls: z.array(callSchema.strict()).min(1, 'add at least one call').max(10, 'at most 10 calls'),
  evaluators: z.array(evaluatorSchema.strict()).min(1, 'add at least one evaluator').max(30, 'at most 30 evaluators'),
  options: sessionOptionsSchema.strict().prefault({}),
});

/** An evaluator whose address Apps Script withholds picks their own name once. */
export const claimEvaluatorPayloadSchema = z.strictObject({ evaluatorId: idSchema });

export const scoresPayloadSchema = z.strictObject({
  callId: idSchema,
  answers: z.array(payloadAnswerSchema).max(200, 'at most 200 answers'),
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
  callId: z.union([idSchema, z.literal('')]).default(''),
  notes: textSchema(4000).default(''),
  resolution: textSchema(2000).default(''),
});

export const changeDefinitionPayloadSchema = z.strictObject({
  criterionId: idSchema,
  newQuestion: textSchema(500).optional(),
  newDefinition: textSchema(2000),
  reason: textSchema(1000),
});

export const saveActionItemPayloadSchema = z.strictObject({
  /** Absent to add a new item. */
  id: idSchema.optional(),
  text: textSchema(1000),
  owner: textSchema(120),
  dueDate: z.union([isoDateSchema, z.literal('')]).default(''),
  status: z.enum(actionStatuses).default('open'),
  criterionId: z.union([idSchema, z.literal('')]).default(''),
});

export const buildReportPayloadSchema = z
  .strictObject({
    /** Build a fresh Doc instead of updating the session's existing one. */
    newDocument: z.boolean().default(false),
  })
  .prefault({});

export const shareReportPayloadSchema = z.strictObject({
  includeParticipants: z.boolean().default(true),
  managers: z.array(emailSchema).max(50).default([]),
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
export type ShareReportPayload = z.input<typeof shareReportPayloadSchema>;
