// One evaluator's answers, sealed outside the cells until the reveal. Each evaluator has one record, so
// a submission writes only its own record and never races another evaluator's. This is the record as
// the use cases see it; sealedScoresCodec.ts stores it compactly.
import { z } from '../domain/zod';
import { idSchema, submissionSchema, type Submission } from '../domain/schemas';
import { builtOnFirstUse } from '../domain/schemas/builtOnFirstUse';

export const sealedScoresSchema = builtOnFirstUse(() =>
  z.object({
    sessionId: idSchema,
    evaluatorId: idSchema,
    /** The latest submission per call: what the reveal shows. */
    submitted: z.array(submissionSchema.check(z.refine((s) => s.status === 'submitted', 'must be a submission'))),
    /** Unsubmitted work per call; a draft saved after a submission does not replace it until submitted. */
    drafts: z.array(submissionSchema.check(z.refine((s) => s.status === 'draft', 'must be a draft'))),
  }),
);

export type SealedScores = z.infer<typeof sealedScoresSchema>;

export function emptySealedScores(sessionId: string, evaluatorId: string): SealedScores {
  return { sessionId, evaluatorId, submitted: [], drafts: [] };
}

export function submittedFor(sealed: SealedScores, callId: string): Submission | undefined {
  return sealed.submitted.find((s) => s.callId === callId);
}

export function draftFor(sealed: SealedScores, callId: string): Submission | undefined {
  return sealed.drafts.find((s) => s.callId === callId);
}

/** The record with `draft` as the call's draft (replacing any earlier draft of the call). */
export function withDraft(sealed: SealedScores, draft: Submission): SealedScores {
  return { ...sealed, drafts: [...sealed.drafts.filter((d) => d.callId !== draft.callId), draft] };
}

/** The record with `submission` as the call's latest submission; the call's draft is done with. */
export function withSubmission(sealed: SealedScores, submission: Submission): SealedScores {
  return {
    ...sealed,
    submitted: [...sealed.submitted.filter((s) => s.callId !== submission.callId), submission],
    drafts: sealed.drafts.filter((d) => d.callId !== submission.callId),
  };
}
