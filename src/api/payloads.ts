// What the sidebar may send. Every entry point parses its argument with one of these before anything
// else runs; unknown keys are refused (strict), so a tampered payload fails loudly instead of being
// half-used. Identity is never taken from a payload: the server works out who is calling.
import { z } from '../domain/zod';
import {
  actionStatuses,
  attendanceStatuses,
  answerSchema,
  callSchema,
  callsSchema,
  emailSchema,
  evaluatorSchema,
  evaluatorsSchema,
  field,
  idSchema,
  picked,
  refusing,
  isoDateSchema,
  isoDateTimeSchema,
  nameSchema,
  orBlank,
  sessionOptionsSchema,
  sessionTeamSchema,
  textSchema,
} from '../domain/schemas';
import { builtOnFirstUse } from '../domain/schemas/builtOnFirstUse';

// Each field carries the name the sidebar shows for it and what it accepts (`field`), so a refusal reads
// "Seniority must be a whole number from 1 to 10", never in the validator's terms.

/** An answer's value; one message for every wrong kind of value (NaN, Infinity, text, null…). */
const payloadValueSchema = builtOnFirstUse(() => z.union([z.number(), z.literal('NA')], { error: 'must be a number or N/A' }));

const payloadAnswerSchema = builtOnFirstUse(() =>
  field(
    z.strictObject({ ...answerSchema.shape, value: field(payloadValueSchema, 'Score', 'a score the criterion allows, or N/A') }),
    'Answer',
  ),
);

const MAX_ANSWERS = 200;
const MAX_MANAGERS = 50;

const text = (max: number, label: string) => field(textSchema(max), label, `text of at most ${max} characters`);
const optionalText = (max: number, label: string) => field(z._default(textSchema(max), ''), label, `text of at most ${max} characters`);
const callIdSchema = builtOnFirstUse(() => picked(idSchema, 'Call', "one of the session's calls"));
const criterionIdSchema = builtOnFirstUse(() => picked(idSchema, 'Criterion', "one of the scorecard's criteria"));
const anyCriterionSchema = builtOnFirstUse(() => picked(orBlank(idSchema), 'Criterion', "one of the scorecard's criteria, or blank"));
const scorecardWords = 'a preset, the Scorecard sheet, or the latest scorecard';
const dateSchema = (label: string) => field(isoDateSchema, label, 'a date from 1 January 2000 to 31 December 2100');

/** The actions that take no details: anything sent is refused, in words that say so. */
export const noPayloadSchema = builtOnFirstUse(() =>
  refusing(z.union([z.undefined(), z.null(), z.strictObject({})]), '', 'takes no details, but some were sent'),
);

const scorecardSourceSchema = builtOnFirstUse(() =>
  field(
    z.discriminatedUnion('source', [
      z.strictObject({
        source: picked(z.literal('preset'), 'Scorecard', scorecardWords),
        presetId: picked(idSchema, 'Preset', 'one of the listed presets'),
      }),
      /** The spreadsheet's own Scorecard sheet, validated row by row. */
      z.strictObject({ source: z.literal('sheet') }),
      /** The scorecard as the last closed session left it, definition changes applied. */
      z.strictObject({ source: z.literal('latest') }),
    ]),
    'Scorecard',
    scorecardWords,
  ),
);

/** The sidebar never sends a person key: the server matches people by address, or by `sameAs`. */
function evaluatorFields() {
  const { personKey: _personKey, ...fields } = evaluatorSchema.shape;
  return fields;
}

/** An evaluator row of the wizard. */
const rosterEntryPayloadSchema = builtOnFirstUse(() =>
  z.strictObject({
    ...evaluatorFields(),
    /** The person key of someone from an earlier session the facilitator confirmed this row is ('' for none). */
    sameAs: field(orBlank(idSchema), 'Same person as', 'someone from an earlier session, or blank'),
  }),
);

export const createSessionPayloadSchema = builtOnFirstUse(() =>
  z.strictObject({
    title: field(nameSchema, 'Session title', 'text of at most 120 characters'),
    sessionDate: dateSchema('Session date'),
    scoringDeadline: field(isoDateTimeSchema, 'Scoring deadline', 'a date and time from 1 January 2000 to 31 December 2100'),
    facilitatorName: field(nameSchema, 'Your name', 'a name of at most 120 characters'),
    scorecard: scorecardSourceSchema,
    calls: callsSchema(field(z.strictObject(callSchema.shape), 'Call')),
    evaluators: evaluatorsSchema(field(rosterEntryPayloadSchema, 'Evaluator')),
    options: field(z.prefault(z.strictObject(sessionOptionsSchema.shape), {}), 'Options'),
    team: field(z.prefault(z.strictObject(sessionTeamSchema.shape), {}), 'Team'),
  }),
);

/** An evaluator whose address Apps Script withholds picks their own name once. */
export const claimEvaluatorPayloadSchema = builtOnFirstUse(() =>
  z.strictObject({
    evaluatorId: picked(idSchema, 'Your name', 'one of the names listed'),
  }),
);

/** The facilitator undoes the claim on a name (before the reveal). */
export const undoClaimPayloadSchema = builtOnFirstUse(() =>
  z.strictObject({
    evaluatorId: picked(idSchema, 'Evaluator', 'one of the names that were picked'),
  }),
);

export const scoresPayloadSchema = builtOnFirstUse(() =>
  z.strictObject({
    callId: callIdSchema,
    answers: field(
      z.array(payloadAnswerSchema).check(z.maxLength(MAX_ANSWERS, `can have at most ${MAX_ANSWERS} answers`)),
      'Answers',
      `a list of at most ${MAX_ANSWERS} answers`,
    ),
  }),
);

export const revealPayloadSchema = builtOnFirstUse(() =>
  z.strictObject({
    /** The sidebar asks first and names who has not submitted; the server insists on the answer. */
    confirm: field(z.literal(true, { error: 'is needed: confirm the reveal first' }), 'Confirmation'),
  }),
);

export const recordFinalPayloadSchema = builtOnFirstUse(() =>
  z.strictObject({
    callId: callIdSchema,
    criterionId: criterionIdSchema,
    value: field(payloadValueSchema, 'Final score', 'a score the criterion allows, or N/A'),
  }),
);

export const recordDiscussionPayloadSchema = builtOnFirstUse(() =>
  z.strictObject({
    criterionId: criterionIdSchema,
    callId: picked(orBlank(idSchema), 'Call', "one of the session's calls, or blank for every call"),
    notes: optionalText(4000, 'Notes'),
    resolution: optionalText(2000, 'Resolution'),
  }),
);

export const changeDefinitionPayloadSchema = builtOnFirstUse(() =>
  z.strictObject({
    criterionId: criterionIdSchema,
    newQuestion: field(z.optional(textSchema(500)), 'New question', 'text of at most 500 characters'),
    newDefinition: text(2000, 'New definition'),
    reason: text(1000, 'Reason'),
    /** Write the question and definition on the Scorecard tab even though they were typed over since (the facilitator was told). */
    overwrite: field(z._default(z.boolean(), false), 'Overwrite', 'on or off'),
  }),
);

/** "Create scorecard template": the Scorecard tab from a preset, or a short blank example, before any session. */
export const scorecardTemplatePayloadSchema = builtOnFirstUse(() =>
  z.strictObject({
    /** A preset's id, or "blank" for a short example to edit. */
    template: picked(idSchema, 'Template', 'one of the presets, or the short example'),
  }),
);

export const saveActionItemPayloadSchema = builtOnFirstUse(() =>
  z.strictObject({
    /** Absent to add a new item. */
    id: picked(z.optional(idSchema), 'Action item', 'one of the items on the Action Items sheet'),
    text: text(1000, 'Action'),
    owner: text(120, 'Owner'),
    dueDate: field(orBlank(isoDateSchema), 'Due date', 'a date from 1 January 2000 to 31 December 2100, or blank'),
    status: field(z._default(z.enum(actionStatuses), 'open'), 'Status', 'open, in progress or done'),
    criterionId: anyCriterionSchema,
  }),
);

/** One tick of the register: who, and whether they were present, absent or sent apologies. */
export const markAttendancePayloadSchema = builtOnFirstUse(() =>
  z.strictObject({
    evaluatorId: picked(idSchema, 'Evaluator', "one of the session's evaluators"),
    status: field(z.enum(attendanceStatuses), 'Attendance', 'present, absent or sent apologies'),
  }),
);

export const closeSessionPayloadSchema = builtOnFirstUse(() =>
  z.prefault(
    z.strictObject({
      /** Rebuild the report Doc once the session is closed, so it says so (and holds the latest finals). */
      rebuildReport: field(z._default(z.boolean(), false), 'Rebuild the report', 'on or off'),
    }),
    {},
  ),
);

export const buildReportPayloadSchema = builtOnFirstUse(() =>
  z.prefault(
    z.strictObject({
      /** Build a fresh Doc instead of updating the session's existing one. */
      newDocument: field(z._default(z.boolean(), false), 'New document', 'on or off'),
      /** An archived session to build the report of (a closed session the next one replaced); absent for the current one. */
      sessionId: z.optional(field(idSchema, 'Session', 'a session kept in this spreadsheet')),
    }),
    {},
  ),
);

export const shareReportPayloadSchema = builtOnFirstUse(() =>
  z.strictObject({
    includeParticipants: field(z._default(z.boolean(), true), 'Include participants', 'on or off'),
    managers: field(
      z._default(
        z
          .array(field(emailSchema, "Managers' emails, address", 'an email address such as name@example.com'))
          .check(z.maxLength(MAX_MANAGERS, `can have at most ${MAX_MANAGERS} addresses`)),
        [],
      ),
      "Managers' emails",
      `a list of at most ${MAX_MANAGERS} email addresses`,
    ),
  }),
);

export type CreateSessionPayload = z.input<typeof createSessionPayloadSchema>;
export type ScoresPayload = z.input<typeof scoresPayloadSchema>;
export type SaveActionItemPayload = z.input<typeof saveActionItemPayloadSchema>;
export type ShareReportPayload = z.input<typeof shareReportPayloadSchema>;
