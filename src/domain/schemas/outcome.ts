import { z } from '../zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, orBlank, requiredTextSchema, textSchema } from './common';
import { field } from './fields';
import { answerValueSchema } from './submission';
import { builtOnFirstUse } from './builtOnFirstUse';

/** The value the team agreed for one criterion of one call. Absent finals default to the consensus. */
export const finalSchema = builtOnFirstUse(() =>
  z.object({
    callId: idSchema,
    criterionId: idSchema,
    value: answerValueSchema,
    decidedAt: isoDateTimeSchema,
  }),
);

/** What was said about one agenda item and how it was resolved. */
export const discussionEntrySchema = builtOnFirstUse(() =>
  z.object({
    id: idSchema,
    criterionId: idSchema,
    /** '' when the discussion covered the criterion across all calls. */
    callId: orBlank(idSchema),
    notes: z._default(textSchema(4000), ''),
    resolution: z._default(textSchema(2000), ''),
    recordedAt: isoDateTimeSchema,
  }),
);

/** A rewrite of a criterion's wording; each bumps the scorecard version by one. */
export const definitionChangeSchema = builtOnFirstUse(() =>
  z.object({
    criterionId: idSchema,
    oldQuestion: textSchema(500),
    newQuestion: textSchema(500),
    oldDefinition: textSchema(2000),
    newDefinition: textSchema(2000),
    reason: requiredTextSchema(1000, 'say why the definition changed'),
    fromVersion: z.number().check(z.int(), z.minimum(1)),
    toVersion: z.number().check(z.int(), z.minimum(2)),
    changedAt: isoDateTimeSchema,
  }),
);

export const actionStatuses = ['open', 'in-progress', 'done'] as const;

export const actionItemSchema = builtOnFirstUse(() =>
  z.object({
    id: field(idSchema, 'Action item id', 'a short id of letters, digits, ".", "-" or "_"'),
    text: field(requiredTextSchema(1000, 'must say what is to be done'), 'Action', 'text of at most 1000 characters'),
    /** A participant's name, or free text for someone outside the session. */
    owner: field(
      requiredTextSchema(120, 'must name who will do it: every action needs a named owner'),
      'Owner',
      'a name of at most 120 characters',
    ),
    dueDate: field(orBlank(isoDateSchema), 'Due date', 'a date from 1 January 2000 to 31 December 2100, or blank'),
    status: field(z._default(z.enum(actionStatuses), 'open'), 'Status', 'open, in progress or done'),
    /** The session that raised it, and optionally the criterion it is about. */
    sessionId: idSchema,
    criterionId: orBlank(idSchema),
    createdAt: isoDateTimeSchema,
  }),
);

export type Final = z.infer<typeof finalSchema>;
export type DiscussionEntry = z.infer<typeof discussionEntrySchema>;
export type DefinitionChange = z.infer<typeof definitionChangeSchema>;
export type ActionStatus = (typeof actionStatuses)[number];
export type ActionItem = z.infer<typeof actionItemSchema>;
