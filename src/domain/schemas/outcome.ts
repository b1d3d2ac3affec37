import * as z from 'zod/mini';
import { idSchema, isoDateSchema, isoDateTimeSchema, orBlank, requiredTextSchema, textSchema } from './common';
import { answerValueSchema } from './submission';

/** The value the team agreed for one criterion of one call. Absent finals default to the consensus. */
export const finalSchema = z.object({
  callId: idSchema,
  criterionId: idSchema,
  value: answerValueSchema,
  decidedAt: isoDateTimeSchema,
});

/** What was said about one agenda item and how it was resolved. */
export const discussionEntrySchema = z.object({
  id: idSchema,
  criterionId: idSchema,
  /** '' when the discussion covered the criterion across all calls. */
  callId: orBlank(idSchema),
  notes: z._default(textSchema(4000), ''),
  resolution: z._default(textSchema(2000), ''),
  recordedAt: isoDateTimeSchema,
});

/** A rewrite of a criterion's wording; each bumps the scorecard version by one. */
export const definitionChangeSchema = z.object({
  criterionId: idSchema,
  oldQuestion: textSchema(500),
  newQuestion: textSchema(500),
  oldDefinition: textSchema(2000),
  newDefinition: textSchema(2000),
  reason: requiredTextSchema(1000, 'say why the definition changed'),
  fromVersion: z.number().check(z.int(), z.minimum(1)),
  toVersion: z.number().check(z.int(), z.minimum(2)),
  changedAt: isoDateTimeSchema,
});

export const actionStatuses = ['open', 'in-progress', 'done'] as const;

export const actionItemSchema = z.object({
  id: idSchema,
  text: requiredTextSchema(1000),
  /** A participant's name, or free text for someone outside the session. */
  owner: requiredTextSchema(120, 'every action needs a named owner'),
  dueDate: orBlank(isoDateSchema),
  status: z._default(z.enum(actionStatuses), 'open'),
  /** The session that raised it, and optionally the criterion it is about. */
  sessionId: idSchema,
  criterionId: orBlank(idSchema),
  createdAt: isoDateTimeSchema,
});

export type Final = z.infer<typeof finalSchema>;
export type DiscussionEntry = z.infer<typeof discussionEntrySchema>;
export type DefinitionChange = z.infer<typeof definitionChangeSchema>;
export type ActionStatus = (typeof actionStatuses)[number];
export type ActionItem = z.infer<typeof actionItemSchema>;
