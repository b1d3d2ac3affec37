import { z } from '../zod';
import { emailSchema, httpUrlSchema, idSchema, isoDateSchema, isoDateTimeSchema, nameSchema, orBlank, textSchema } from './common';
import { field } from './fields';
import { scorecardSchema } from './scorecard';
import { builtOnFirstUse } from './builtOnFirstUse';

const evaluatorRoles = ['qa-analyst', 'team-lead', 'supervisor', 'trainer', 'bpo-partner', 'client', 'manager', 'other'] as const;
/** The roles as the sidebar lists them (roleLabels in ../labels.ts). */
const ROLE_WORDS = 'QA analyst, team lead, supervisor, trainer, BPO partner, client, manager or other';
const evaluatorRoleSchema = builtOnFirstUse(() => z.enum(evaluatorRoles, { error: `must be ${ROLE_WORDS}` }));

const MAX_SENIORITY = 10;
const MAX_CALLS = 10;
const MAX_EVALUATORS = 30;
const VARIANCE_TARGET_RANGE = { min: 0.5, max: 50 } as const;

const seniorityWords = `a whole number from 1 to ${MAX_SENIORITY}`;

export const evaluatorSchema = builtOnFirstUse(() =>
  field(
    z.object({
      id: field(idSchema, 'Evaluator id', 'a short id of letters, digits, ".", "-" or "_"'),
      name: field(nameSchema, 'Name', 'a name of at most 120 characters'),
      /** Optional: consumer and partner accounts may have no address Apps Script can see. */
      email: field(orBlank(emailSchema), 'Email', 'an email address such as name@example.com, or blank'),
      role: field(evaluatorRoleSchema, 'Role', ROLE_WORDS),
      /** 1 = most junior. Juniors reveal (and speak) first, against seniority bias. */
      seniority: field(
        z._default(
          z
            .number()
            .check(
              z.int(`must be ${seniorityWords}`),
              z.minimum(1, `must be ${seniorityWords}`),
              z.maximum(MAX_SENIORITY, `must be ${seniorityWords}`),
            ),
          1,
        ),
        'Seniority',
        seniorityWords,
      ),
      /**
       * Who this is across sessions (see people.ts). Evaluator ids only name a row of one session; the
       * person key is set by the add-on when the session starts, never sent by the sidebar. '' in sessions
       * stored before person keys existed.
       */
      personKey: orBlank(idSchema),
    }),
    'Evaluator',
  ),
);

const channels = ['voice', 'chat', 'email', 'other'] as const;

export const callSchema = builtOnFirstUse(() =>
  field(
    z.object({
      id: field(idSchema, 'Call id', 'a short id of letters, digits, ".", "-" or "_"'),
      label: field(nameSchema, 'Call label', 'text of at most 120 characters'),
      agent: field(z._default(textSchema(120), ''), 'Agent', 'text of at most 120 characters'),
      recordingUrl: field(orBlank(httpUrlSchema), 'Recording link', 'a link starting with http:// or https://, or blank'),
      callDate: field(orBlank(isoDateSchema), 'Call date', 'a date from 1 January 2000 to 31 December 2100, or blank'),
      channel: field(z._default(z.enum(channels), 'voice'), 'Channel', `one of ${channels.join(', ')}`),
      notes: field(z._default(textSchema(1000), ''), 'Call notes', 'text of at most 1000 characters'),
    }),
    'Call',
  ),
);

/** How the consensus value of a criterion is found before the facilitator records a final. */
export const consensusRules = ['majority-median', 'mean', 'expert'] as const;

export const sessionOptionsSchema = builtOnFirstUse(() =>
  z.object({
    anonymousReveal: field(z._default(z.boolean(), true), 'Anonymous reveal', 'on or off'),
    juniorsFirst: field(z._default(z.boolean(), true), 'Juniors first', 'on or off'),
    /**
     * Percentage points: an evaluator further than this from the final score is outside target. Below
     * half a point no evaluator could ever be within target; above 50 every one would be.
     */
    varianceTarget: field(
      z._default(z.number().check(z.minimum(VARIANCE_TARGET_RANGE.min), z.maximum(VARIANCE_TARGET_RANGE.max)), 5),
      'Variance target',
      `a number of points from ${VARIANCE_TARGET_RANGE.min} to ${VARIANCE_TARGET_RANGE.max}`,
    ),
    consensusRule: field(z._default(z.enum(consensusRules), 'majority-median'), 'Consensus rule', 'majority/median, mean or expert'),
    /** Optional benchmark evaluator; must be one of the session's evaluators. */
    expertEvaluatorId: field(orBlank(idSchema), 'Expert', "one of the session's evaluators, or blank"),
  }),
);

/**
 * How a call score weighs its criteria (docs/scoring.md, section 1). `section-shares`: a section's weight
 * is its share of the call score and a criterion's weight its share within its section. `points`: the
 * first releases' rule, where each criterion is worth criterion weight × section weight points; sessions
 * stored before the rule was recorded keep it, so their figures never change.
 */
const scoringRules = ['section-shares', 'points'] as const;
export const scoringRuleSchema = builtOnFirstUse(() => z.enum(scoringRules));
export const CURRENT_SCORING_RULE = 'section-shares' as const;

/** The session's calls: from 1 to MAX_CALLS. */
export const callsSchema = <S extends z.ZodMiniType>(call: S) =>
  field(
    z.array(call).check(z.minLength(1, 'needs at least one call'), z.maxLength(MAX_CALLS, `can have at most ${MAX_CALLS} calls`)),
    'Calls',
  );

/** The session's evaluators: from 1 to MAX_EVALUATORS. */
export const evaluatorsSchema = <S extends z.ZodMiniType>(evaluator: S) =>
  field(
    z
      .array(evaluator)
      .check(z.minLength(1, 'needs at least one evaluator'), z.maxLength(MAX_EVALUATORS, `can have at most ${MAX_EVALUATORS} evaluators`)),
    'Evaluators',
  );

const facilitatorSchema = builtOnFirstUse(() =>
  z.object({
    name: nameSchema,
    email: orBlank(emailSchema),
  }),
);

/** How managers named on a session receive the report Doc: as editors (they can share it on) or as viewers. */
const managerAccessLevels = ['view', 'edit'] as const;

/** People who help run the session without scoring in it, each by address (lower case). */
export const sessionTeamSchema = builtOnFirstUse(() =>
  z.object({
    /** May reveal, record finals and notes, build and share the report, and start the next session. */
    coFacilitators: z._default(z.array(emailSchema).check(z.maxLength(10, 'at most 10 co-facilitators')), []),
    /** Receive the report Doc when it is shared. */
    managers: z._default(z.array(emailSchema).check(z.maxLength(20, 'at most 20 managers')), []),
    managerAccess: z._default(z.enum(managerAccessLevels), 'view'),
  }),
);

const sessionStatuses = ['scoring', 'revealed', 'closed'] as const;

export const sessionSchema = builtOnFirstUse(() =>
  z
    .object({
      id: idSchema,
      title: nameSchema,
      sessionDate: isoDateSchema,
      scoringDeadline: isoDateTimeSchema,
      facilitator: facilitatorSchema,
      calls: callsSchema(callSchema),
      evaluators: evaluatorsSchema(evaluatorSchema),
      options: z.prefault(sessionOptionsSchema, {}),
      team: z.prefault(sessionTeamSchema, {}),
      /**
       * Anonymous reveal: evaluator ids in label order ("Evaluator A" first), drawn at random when the
       * session starts (juniors first when asked, at random among equals), so nothing anyone can read
       * (names, the roster's order) gives the labels away. Kept in the add-on's store only; empty for
       * named sessions and sessions stored before it existed, whose labels follow revealOrder.
       */
      labelOrder: z._default(z.array(idSchema).check(z.maxLength(30)), []),
      /** The scorecard as it stood when the session started: later edits never change this session. */
      scorecard: scorecardSchema,
      /** The scoring rule the session was created under; never changes afterwards. */
      scoringRule: z._default(scoringRuleSchema, CURRENT_SCORING_RULE),
      status: z._default(z.enum(sessionStatuses), 'scoring'),
      createdAt: isoDateTimeSchema,
      revealedAt: orBlank(isoDateTimeSchema),
      closedAt: orBlank(isoDateTimeSchema),
    })
    .check(
      z.superRefine((session, ctx) => {
        const unique = (ids: string[], path: string, what: string) => {
          const seen = new Set<string>();
          ids.forEach((id, i) => {
            if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `${what} id "${id}" is used twice`, path: [path, i, 'id'] });
            seen.add(id);
          });
        };
        unique(
          session.calls.map((c) => c.id),
          'calls',
          'call',
        );
        unique(
          session.evaluators.map((e) => e.id),
          'evaluators',
          'evaluator',
        );
        const emails = session.evaluators.map((e) => e.email.toLowerCase()).filter(Boolean);
        if (new Set(emails).size !== emails.length) {
          ctx.addIssue({ code: 'custom', message: 'two evaluators share an email address', path: ['evaluators'] });
        }
        if (session.labelOrder.length > 0) {
          const ids = new Set(session.evaluators.map((e) => e.id));
          if (
            session.labelOrder.length !== ids.size ||
            !session.labelOrder.every((id) => ids.has(id)) ||
            new Set(session.labelOrder).size !== ids.size
          ) {
            ctx.addIssue({ code: 'custom', message: 'the label order must list every evaluator once', path: ['labelOrder'] });
          }
        }
        const expert = session.options.expertEvaluatorId;
        if (expert && !session.evaluators.some((e) => e.id === expert)) {
          ctx.addIssue({
            code: 'custom',
            message: `expert "${expert}" is not one of the evaluators`,
            path: ['options', 'expertEvaluatorId'],
          });
        }
        if (session.options.consensusRule === 'expert' && !expert) {
          ctx.addIssue({
            code: 'custom',
            message: 'the "expert" consensus rule needs an expert evaluator',
            path: ['options', 'consensusRule'],
          });
        }
      }),
    ),
);

export type EvaluatorRole = z.infer<typeof evaluatorRoleSchema>;
export type Evaluator = z.infer<typeof evaluatorSchema>;
export type Call = z.infer<typeof callSchema>;
export type SessionOptions = z.infer<typeof sessionOptionsSchema>;
export type ConsensusRule = SessionOptions['consensusRule'];
export type Facilitator = z.infer<typeof facilitatorSchema>;
export type ScoringRule = z.infer<typeof scoringRuleSchema>;
export type SessionTeam = z.infer<typeof sessionTeamSchema>;
export type SessionStatus = (typeof sessionStatuses)[number];
export type Session = z.infer<typeof sessionSchema>;
