import { z } from '../zod';
import { idSchema, isoDateTimeSchema, orBlank, textSchema } from './common';
import { field } from './fields';
import { builtOnFirstUse } from './builtOnFirstUse';

/** 'NA' is an explicit "not applicable"; a number is the answer (yes = 1, no = 0; a scale level; points). */
export const answerValueSchema = builtOnFirstUse(() => z.union([z.number({ error: 'must be a number or N/A' }), z.literal('NA')]));

/**
 * A comment is kept exactly as typed, line breaks and tabs included: evaluators write "= the IVR covers
 * it" or "+1 agree", and every sheet writer puts it in a plain-text cell, so it is never run as a formula.
 */
export const commentSchema = builtOnFirstUse(() => field(z._default(textSchema(1000), ''), 'Comment', 'text of at most 1000 characters'));

export const answerSchema = builtOnFirstUse(() =>
  field(
    z.object({
      criterionId: field(idSchema, 'Criterion', "one of the scorecard's criteria"),
      value: field(answerValueSchema, 'Score', 'a score the criterion allows, or N/A'),
      comment: commentSchema,
    }),
    'Answer',
  ),
);

const submissionStatuses = ['draft', 'submitted'] as const;

/** One evaluator's answers for one call. Drafts may leave criteria unanswered; a submission may not. */
export const submissionSchema = builtOnFirstUse(() =>
  z.object({
    sessionId: idSchema,
    evaluatorId: idSchema,
    callId: idSchema,
    answers: z.array(answerSchema).check(z.maxLength(200)),
    status: z.enum(submissionStatuses),
    /** '' until first submitted. */
    submittedAt: orBlank(isoDateTimeSchema),
    updatedAt: isoDateTimeSchema,
    /** 0 for a draft never submitted; +1 on each submit. */
    revision: z.number().check(z.int(), z.minimum(0)),
  }),
);

export type AnswerValue = z.infer<typeof answerValueSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type Submission = z.infer<typeof submissionSchema>;
