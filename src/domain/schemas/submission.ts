import * as z from 'zod/mini';
import { idSchema, isoDateTimeSchema, orBlank, textSchema } from './common';

/** 'NA' is an explicit "not applicable"; a number is the answer (yes = 1, no = 0; a scale level; points). */
export const answerValueSchema = z.union([
  z.number({ error: 'must be a number or "NA"' }),
  z.literal('NA'),
]);

/** A comment is shown in sheets and the report as text; one that starts like a formula is refused. */
export const commentSchema = z
  ._default(textSchema(1000), '')
  .check(z.refine((s) => !s.trimStart().startsWith('='), 'must not start with "=" (comments are text, not formulas)'));

export const answerSchema = z.object({
  criterionId: idSchema,
  value: answerValueSchema,
  comment: commentSchema,
});

export const submissionStatuses = ['draft', 'submitted'] as const;

/** One evaluator's answers for one call. Drafts may leave criteria unanswered; a submission may not. */
export const submissionSchema = z.object({
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
});

export type AnswerValue = z.infer<typeof answerValueSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type SubmissionStatus = (typeof submissionStatuses)[number];
export type Submission = z.infer<typeof submissionSchema>;
