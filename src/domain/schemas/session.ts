import * as z from 'zod/mini';
import { emailSchema, httpUrlSchema, idSchema, isoDateSchema, isoDateTimeSchema, nameSchema, orBlank, textSchema } from './common';
import { scorecardSchema } from './scorecard';

export const evaluatorRoles = [
  'qa-analyst',
  'team-lead',
  'supervisor',
  'trainer',
  'bpo-partner',
  'client',
  'manager',
  'other',
] as const;
export const evaluatorRoleSchema = z.enum(evaluatorRoles, { error: `must be one of ${evaluatorRoles.join(', ')}` });

export const evaluatorSchema = z.object({
  id: idSchema,
  name: nameSchema,
  /** Optional: consumer and partner accounts may have no address Apps Script can see. */
  email: orBlank(emailSchema),
  role: evaluatorRoleSchema,
  /** 1 = most junior. Juniors reveal (and speak) first, against seniority bias. */
  seniority: z._default(z.number().check(z.int('must be a whole number'), z.minimum(1), z.maximum(10)), 1),
  /**
   * Who this is across sessions (see people.ts). Evaluator ids only name a row of one session; the
   * person key is set by the add-on when the session starts, never sent by the sidebar. '' in sessions
   * stored before person keys existed.
   */
  personKey: orBlank(idSchema),
});

export const channels = ['voice', 'chat', 'email', 'other'] as const;

export const callSchema = z.object({
  id: idSchema,
  label: nameSchema,
  agent: z._default(textSchema(120), ''),
  recordingUrl: orBlank(httpUrlSchema),
  callDate: orBlank(isoDateSchema),
  channel: z._default(z.enum(channels), 'voice'),
  notes: z._default(textSchema(1000), ''),
});

/** How the consensus value of a criterion is found before the facilitator records a final. */
export const consensusRules = ['majority-median', 'mean', 'expert'] as const;

export const sessionOptionsSchema = z.object({
  anonymousReveal: z._default(z.boolean(), true),
  juniorsFirst: z._default(z.boolean(), true),
  /** Percentage points: an evaluator further than this from the final score is outside target. */
  varianceTarget: z._default(z.number().check(z.positive('must be a positive number'), z.maximum(50)), 5),
  consensusRule: z._default(z.enum(consensusRules), 'majority-median'),
  /** Optional benchmark evaluator; must be one of the session's evaluators. */
  expertEvaluatorId: orBlank(idSchema),
});

/**
 * How a call score weighs its criteria (docs/scoring.md, section 1). `section-shares`: a section's weight
 * is its share of the call score and a criterion's weight its share within its section. `points`: the
 * first releases' rule, where each criterion is worth criterion weight × section weight points; sessions
 * stored before the rule was recorded keep it, so their figures never change.
 */
export const scoringRules = ['section-shares', 'points'] as const;
export const scoringRuleSchema = z.enum(scoringRules);
export const CURRENT_SCORING_RULE = 'section-shares' as const;

export const facilitatorSchema = z.object({
  name: nameSchema,
  email: orBlank(emailSchema),
});

/** How managers named on a session receive the report Doc: as editors (they can share it on) or as viewers. */
export const managerAccessLevels = ['view', 'edit'] as const;

/** People who help run the session without scoring in it, each by address (lower case). */
export const sessionTeamSchema = z.object({
  /** May reveal, record finals and notes, build and share the report, and start the next session. */
  coFacilitators: z._default(z.array(emailSchema).check(z.maxLength(10, 'at most 10 co-facilitators')), []),
  /** Receive the report Doc when it is shared. */
  managers: z._default(z.array(emailSchema).check(z.maxLength(20, 'at most 20 managers')), []),
  managerAccess: z._default(z.enum(managerAccessLevels), 'view'),
});

export const sessionStatuses = ['scoring', 'revealed', 'closed'] as const;

export const sessionSchema = z
  .object({
    id: idSchema,
    title: nameSchema,
    sessionDate: isoDateSchema,
    scoringDeadline: isoDateTimeSchema,
    facilitator: facilitatorSchema,
    calls: z.array(callSchema).check(z.minLength(1, 'add at least one call'), z.maxLength(10, 'at most 10 calls')),
    evaluators: z
      .array(evaluatorSchema)
      .check(z.minLength(1, 'add at least one evaluator'), z.maxLength(30, 'at most 30 evaluators')),
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
      unique(session.calls.map((c) => c.id), 'calls', 'call');
      unique(session.evaluators.map((e) => e.id), 'evaluators', 'evaluator');
      const emails = session.evaluators.map((e) => e.email.toLowerCase()).filter(Boolean);
      if (new Set(emails).size !== emails.length) {
        ctx.addIssue({ code: 'custom', message: 'two evaluators share an email address', path: ['evaluators'] });
      }
      if (session.labelOrder.length > 0) {
        const ids = new Set(session.evaluators.map((e) => e.id));
        if (session.labelOrder.length !== ids.size || !session.labelOrder.every((id) => ids.has(id)) || new Set(session.labelOrder).size !== ids.size) {
          ctx.addIssue({ code: 'custom', message: 'the label order must list every evaluator once', path: ['labelOrder'] });
        }
      }
      const expert = session.options.expertEvaluatorId;
      if (expert && !session.evaluators.some((e) => e.id === expert)) {
        ctx.addIssue({ code: 'custom', message: `expert "${expert}" is not one of the evaluators`, path: ['options', 'expertEvaluatorId'] });
      }
      if (session.options.consensusRule === 'expert' && !expert) {
        ctx.addIssue({ code: 'custom', message: 'the "expert" consensus rule needs an expert evaluator', path: ['options', 'consensusRule'] });
      }
    }),
  );

export type EvaluatorRole = z.infer<typeof evaluatorRoleSchema>;
export type Evaluator = z.infer<typeof evaluatorSchema>;
export type Call = z.infer<typeof callSchema>;
export type SessionOptions = z.infer<typeof sessionOptionsSchema>;
export type ConsensusRule = SessionOptions['consensusRule'];
export type Facilitator = z.infer<typeof facilitatorSchema>;
export type ScoringRule = z.infer<typeof scoringRuleSchema>;
export type SessionTeam = z.infer<typeof sessionTeamSchema>;
export type ManagerAccess = SessionTeam['managerAccess'];
export type SessionStatus = (typeof sessionStatuses)[number];
export type Session = z.infer<typeof sessionSchema>;
export type SessionInput = z.input<typeof sessionSchema>;
