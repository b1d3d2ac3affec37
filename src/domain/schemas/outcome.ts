import * as z from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, textSchema } from './common';
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
  callId: z.union([idSchema, z.literal('')]).default(''),
  notes: textSchema(4000).default(''),
  resolution: textSchema(2000).default(''),
  recordedAt: isoDateTimeSchema,
});

/** A rewrite of a criterion's wording; each bumps the scorecard version by one. */
export const definitionChangeSchema = z.object({
  criterionId: idSchema,
  oldQuestion: textSchema(500),
  newQuestion: textSchema(500),
  oldDefinition: textSchema(2000),
  newDefinition: textSchema(2000),
  reason: textSchema(1000).pipe(z.string().trim().min(1, 'say why the definition changed')),
  fromVersion: z.number().int().min(1),
  toVersion: z.number().int().min(2),
  changedAt: isoDateTimeSchema,
});

export const actionStatuses = ['open', 'in-progress', 'done'] as const;

export const actionItemSchema = z.object({
  id: idSchema,
  text: textSchema(1000).pipe(z.string().trim().min(1, 'must not be empty')),
  /** A participant's name, or free text for someone outside the session. */
  owner: textSchema(120).pipe(z.string().trim().min(1, 'every action needs a named owner')),
  dueDate: z.union([isoDateSchema, z.literal('')]).default(''),
  status: z.enum(actionStatuses).default('open'),
  /** The session that raised it, and optionally the criterion it is about. */
  sessionId: idSchema,
  criterionId: z.union([idSchema, z.literal('')]).default(''),
  createdAt: isoDateTimeSchema,
});

export type Final = z.infer<typeof finalSchema>;
export type DiscussionEntry = z.infer<typeof discussionEntrySchema>;
export type DefinitionChange = z.infer<typeof definitionChangeSchema>;
export type ActionStatus = (typeof actionStatuses)[number];
export type ActionItem = z.infer<typeof actionItemSchema>;
