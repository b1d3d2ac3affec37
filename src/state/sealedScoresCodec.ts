// How a sealed record is kept in document properties. A session of 20 evaluators × 10 calls × 60
// criteria has 12,000 answers, and the store holds 500 KB in all: as one JSON object per answer
// (~42 bytes each) the store filled before the session did. So each score sheet is stored as its values
// in scorecard order in one short string ("1,0,NA,3,,"), its comments only when written, and its times
// once. The pinned scorecard gives the order back, so decoding returns the same Submission shapes.
import { criteriaInOrder } from '../domain/scorecardIndex';
import { z } from '../domain/zod';
import { ValidationError, describeIssues } from '../domain/errors';
import { idSchema, isoDateTimeSchema, type Answer, type AnswerValue, type Scorecard, type Submission } from '../domain/schemas';
import { sealedScoresSchema, type SealedScores } from './sealedScores';
import { builtOnFirstUse } from '../domain/schemas/builtOnFirstUse';

export const SEALED_SCORES_VERSION = 2;

/** Version 1 (the first release): every submission stored as it is held, one JSON object per answer. */
const sealedScoresV1Schema = builtOnFirstUse(() => z.extend(sealedScoresSchema, { schemaVersion: z.literal(1) }));

const positionSchema = builtOnFirstUse(() => z.string().check(z.regex(/^(0|[1-9][0-9]{0,3})$/, 'must be a criterion position')));

/** One score sheet (a call's draft or submission) as stored. */
const storedSheetSchema = builtOnFirstUse(() =>
  z.object({
    call: idSchema,
    /** One entry per criterion of the pinned scorecard, in its order: a number, NA, or nothing when unanswered. */
    values: z.string().check(z.maxLength(4000)),
    /** Comments by criterion position; absent when the sheet has none. */
    comments: z.optional(z.record(positionSchema, z.string())),
    /** When the sheet was last saved. */
    at: isoDateTimeSchema,
    /** Only when it is not implied: a submission was submitted when saved; a draft never submitted has ''. */
    submittedAt: z.optional(z.union([isoDateTimeSchema, z.literal('')])),
    revision: z.number().check(z.int(), z.minimum(0)),
  }),
);

const storedSealedScoresSchema = builtOnFirstUse(() =>
  z.object({
    schemaVersion: z.literal(SEALED_SCORES_VERSION),
    sessionId: idSchema,
    evaluatorId: idSchema,
    submitted: z.array(storedSheetSchema),
    drafts: z.array(storedSheetSchema),
  }),
);

type StoredSheet = z.infer<typeof storedSheetSchema>;
type StoredSealedScores = z.infer<typeof storedSealedScoresSchema>;

const criterionOrder = (scorecard: Scorecard): string[] => criteriaInOrder(scorecard).map(({ criterion }) => criterion.id);

const impliedSubmittedAt = (status: Submission['status'], at: string): string => (status === 'submitted' ? at : '');

function encodeSheet(submission: Submission, order: readonly string[]): StoredSheet {
  const position = new Map(order.map((id, i) => [id, i]));
  const values: string[] = order.map(() => '');
  const comments: Record<string, string> = {};
  for (const answer of submission.answers) {
    const at = position.get(answer.criterionId);
    if (at === undefined) throw new Error(`"${answer.criterionId}" is not a criterion of the session's scorecard`);
    if (values[at] !== '') throw new Error(`"${answer.criterionId}" is answered twice on call "${submission.callId}"`);
    values[at] = String(answer.value);
    if (answer.comment !== '') comments[String(at)] = answer.comment;
  }
  return {
    call: submission.callId,
    values: values.join(','),
    ...(Object.keys(comments).length > 0 ? { comments } : {}),
    at: submission.updatedAt,
    ...(submission.submittedAt !== impliedSubmittedAt(submission.status, submission.updatedAt)
      ? { submittedAt: submission.submittedAt }
      : {}),
    revision: submission.revision,
  };
}

/** The record as stored: compact, with the scorecard's criterion order standing in for the criterion ids. */
export function encodeSealedScores(sealed: SealedScores, scorecard: Scorecard): StoredSealedScores {
  const order = criterionOrder(scorecard);
  return {
    schemaVersion: SEALED_SCORES_VERSION,
    sessionId: sealed.sessionId,
    evaluatorId: sealed.evaluatorId,
    submitted: sealed.submitted.map((s) => encodeSheet(s, order)),
    drafts: sealed.drafts.map((s) => encodeSheet(s, order)),
  };
}

const NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?(e[+-]?[0-9]+)?$/i;

function decodeValue(token: string): AnswerValue {
  if (token === 'NA') return 'NA';
  const value = Number(token);
  if (!NUMBER.test(token) || !Number.isFinite(value)) throw new Error(`"${token.slice(0, 20)}" is not an answer`);
  return value;
}

function decodeSheet(sheet: StoredSheet, status: Submission['status'], stored: StoredSealedScores, order: readonly string[]): Submission {
  const where = `call "${sheet.call}"`;
  const tokens = sheet.values.split(',');
  if (tokens.length !== order.length) {
    throw new Error(`${where} holds ${tokens.length} values for a scorecard of ${order.length} criteria`);
  }
  const comments = sheet.comments ?? {};
  for (const position of Object.keys(comments)) {
    if ((tokens[Number(position)] ?? '') === '') throw new Error(`${where} has a comment at position ${position} without an answer`);
  }
  const answers: Answer[] = [];
  tokens.forEach((token, i) => {
    if (token === '') return;
    answers.push({ criterionId: order[i]!, value: decodeValue(token), comment: comments[String(i)] ?? '' });
  });
  return {
    sessionId: stored.sessionId,
    evaluatorId: stored.evaluatorId,
    callId: sheet.call,
    answers,
    status,
    submittedAt: sheet.submittedAt ?? impliedSubmittedAt(status, sheet.at),
    updatedAt: sheet.at,
    revision: sheet.revision,
  };
}

function invalid(evaluatorId: string, problems: string[]): ValidationError {
  return new ValidationError(`Stored scores of evaluator "${evaluatorId}"`, problems);
}

/** The session a stored record belongs to, read before anything else, so a leftover record costs no decoding. */
export function storedSessionId(stored: unknown): string | undefined {
  const header = z.object({ sessionId: z.string() }).safeParse(stored);
  return header.success ? header.data.sessionId : undefined;
}

/**
 * A stored record of any known version as the record the use cases see. Version 2 needs the scorecard
 * the session pinned (it gives each value its criterion); version 1 named every criterion.
 */
export function decodeSealedScores(stored: unknown, scorecard: Scorecard, evaluatorId: string): SealedScores {
  const version = typeof stored === 'object' && stored !== null ? (stored as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version === 1) {
    const old = sealedScoresV1Schema.safeParse(stored);
    if (!old.success) throw invalid(evaluatorId, describeIssues(old.error));
    const { schemaVersion: _version, ...record } = old.data;
    return record;
  }
  if (version !== SEALED_SCORES_VERSION) {
    throw invalid(evaluatorId, [
      `were saved by a ${typeof version === 'number' && version > SEALED_SCORES_VERSION ? 'newer' : 'different'} version of the add-on (format ${String(version)}); update the add-on`,
    ]);
  }
  const parsed = storedSealedScoresSchema.safeParse(stored);
  if (!parsed.success) throw invalid(evaluatorId, describeIssues(parsed.error));
  const order = criterionOrder(scorecard);
  let record: SealedScores;
  try {
    record = {
      sessionId: parsed.data.sessionId,
      evaluatorId: parsed.data.evaluatorId,
      submitted: parsed.data.submitted.map((sheet) => decodeSheet(sheet, 'submitted', parsed.data, order)),
      drafts: parsed.data.drafts.map((sheet) => decodeSheet(sheet, 'draft', parsed.data, order)),
    };
  } catch (error) {
    throw invalid(evaluatorId, [error instanceof Error ? error.message : String(error)]);
  }
  // The decoded sheets are held to the same rules as the ones that were sealed.
  const checked = sealedScoresSchema.safeParse(record);
  if (!checked.success) throw invalid(evaluatorId, describeIssues(checked.error));
  return checked.data;
}
