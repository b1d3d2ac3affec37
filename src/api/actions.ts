// Every action the sidebar can call, in one table: what the user was doing (for messages), the payload's
// schema and name as the user knows it, who may call it, and the use case that runs it. The top-level
// functions of dist/Code.js, the sidebar's typed client and the bad-payload tests all come from here.
import type * as z from 'zod/mini';
import { changeDefinition } from '../usecases/changeDefinition';
import { checkSpreadsheet } from '../usecases/checkSpreadsheet';
import { buildReport } from '../usecases/buildReport';
import { claimEvaluator, undoClaim } from '../usecases/claimEvaluator';
import { createScorecardTemplate } from '../usecases/createScorecardTemplate';
import { closeSession } from '../usecases/closeSession';
import { createSession } from '../usecases/createSession';
import { inviteEvaluators } from '../usecases/inviteEvaluators';
import { listPresets } from '../usecases/listPresets';
import { markAttendance } from '../usecases/markAttendance';
import type { Services } from '../usecases/ports/services';
import { recordDiscussion } from '../usecases/recordDiscussion';
import { recordFinal } from '../usecases/recordFinal';
import { remindEvaluators } from '../usecases/remindEvaluators';
import { repairSession } from '../usecases/repairSession';
import { revealScores } from '../usecases/revealScores';
import { saveActionItem } from '../usecases/saveActionItem';
import { sealScores } from '../usecases/scoresRecord';
import { shareReport } from '../usecases/shareReport';
import { sidebarState } from '../usecases/sidebarState';
import { submissionStatus } from '../usecases/submissionStatus';
import {
  buildReportPayloadSchema,
  changeDefinitionPayloadSchema,
  claimEvaluatorPayloadSchema,
  closeSessionPayloadSchema,
  createSessionPayloadSchema,
  markAttendancePayloadSchema,
  noPayloadSchema,
  recordDiscussionPayloadSchema,
  recordFinalPayloadSchema,
  revealPayloadSchema,
  saveActionItemPayloadSchema,
  scorecardTemplatePayloadSchema,
  scoresPayloadSchema,
  shareReportPayloadSchema,
  undoClaimPayloadSchema,
} from './payloads';

/**
 * Who may call an action: anyone; an evaluator of the session; its facilitator or a co-facilitator
 * ('facilitators'); or its facilitator alone. The use case enforces it once it has read the session
 * under the lock (one guard each: `requireEvaluator`, `requireFacilitation`, `requireFacilitator`); the
 * table says it, and the authorization tests hold every use case to what its row says.
 */
export type Caller = 'anyone' | 'evaluator' | 'facilitators' | 'facilitator';

export interface Action<S extends z.ZodMiniType, R> {
  /** What the user was doing, as "Something went wrong while <doing>" would say it. */
  doing: string;
  /** The payload's name as the user knows it, the start of every refusal of its fields. */
  subject: string;
  payload: S;
  who: Caller;
  run(services: Services, payload: z.output<S>): R;
}

const action = <S extends z.ZodMiniType, R>(spec: Action<S, R>): Action<S, R> => spec;

export const actions = {
  getSidebarState: action({
    doing: 'loading the session',
    subject: 'Loading the session',
    payload: noPayloadSchema,
    who: 'anyone',
    // Loading the sidebar looks for tabs changed by hand only when the number of sheets says one may
    // have been deleted (or the last look found something); other actions skip that cost.
    run: (services) => sidebarState(services, { checkDamage: 'ifChanged' }),
  }),
  /** "Check tabs": the full look for tabs renamed or deleted by hand, three calls per tab. */
  checkSessionTabs: action({
    doing: 'checking the session tabs',
    subject: 'Checking the tabs',
    payload: noPayloadSchema,
    who: 'anyone',
    run: (services) => sidebarState(services, { checkDamage: true }),
  }),
  getPresets: action({
    doing: 'listing the scorecards',
    subject: 'Listing the scorecards',
    payload: noPayloadSchema,
    who: 'anyone',
    run: () => listPresets(),
  }),
  startSession: action({
    doing: 'starting the session',
    subject: 'New session',
    payload: createSessionPayloadSchema,
    who: 'anyone',
    run: createSession,
  }),
  /** Writes the Scorecard tab from a preset or a short example, before any session, for the team to make its own. */
  createScorecardTemplateTab: action({
    doing: 'creating the scorecard template',
    subject: 'Scorecard template',
    payload: scorecardTemplatePayloadSchema,
    who: 'anyone',
    run: createScorecardTemplate,
  }),
  claimEvaluatorName: action({
    doing: 'saving your name',
    subject: 'Picking your name',
    payload: claimEvaluatorPayloadSchema,
    who: 'anyone',
    run: claimEvaluator,
  }),
  undoEvaluatorClaim: action({
    doing: 'undoing the claim',
    subject: 'Undoing the claim',
    payload: undoClaimPayloadSchema,
    who: 'facilitators',
    run: undoClaim,
  }),
  saveScoresDraft: action({
    doing: 'saving your draft',
    subject: 'Draft',
    payload: scoresPayloadSchema,
    who: 'evaluator',
    run: (services, payload) => sealScores(services, payload, 'draft'),
  }),
  submitCallScores: action({
    doing: 'submitting your scores',
    subject: 'Scores',
    payload: scoresPayloadSchema,
    who: 'evaluator',
    run: (services, payload) => sealScores(services, payload, 'submission'),
  }),
  getSubmissionStatus: action({
    doing: 'loading who has submitted',
    subject: 'Loading who has submitted',
    payload: noPayloadSchema,
    who: 'facilitators',
    run: (services) => submissionStatus(services),
  }),
  revealSessionScores: action({
    doing: 'revealing the scores',
    subject: 'Reveal',
    payload: revealPayloadSchema,
    who: 'facilitators',
    run: revealScores,
  }),
  recordFinalValue: action({
    doing: 'recording the final score',
    subject: 'Final',
    payload: recordFinalPayloadSchema,
    who: 'facilitators',
    run: recordFinal,
  }),
  recordDiscussionNotes: action({
    doing: 'recording the discussion',
    subject: 'Discussion',
    payload: recordDiscussionPayloadSchema,
    who: 'facilitators',
    run: recordDiscussion,
  }),
  changeCriterionDefinition: action({
    doing: 'changing the definition',
    subject: 'Definition change',
    payload: changeDefinitionPayloadSchema,
    who: 'facilitators',
    run: changeDefinition,
  }),
  saveSessionActionItem: action({
    doing: 'saving the action item',
    subject: 'Action item',
    payload: saveActionItemPayloadSchema,
    who: 'facilitators',
    run: saveActionItem,
  }),
  /** The register: who was present at the discussion, absent, or sent apologies (one tick per call). */
  markSessionAttendance: action({
    doing: 'saving the register',
    subject: 'Register',
    payload: markAttendancePayloadSchema,
    who: 'facilitator',
    run: markAttendance,
  }),
  closeCurrentSession: action({
    doing: 'closing the session',
    subject: 'Closing the session',
    payload: closeSessionPayloadSchema,
    who: 'facilitator',
    run: closeSession,
  }),
  repairCurrentSession: action({
    doing: 'repairing the session',
    subject: 'Repairing the session',
    payload: noPayloadSchema,
    who: 'facilitator',
    run: (services) => repairSession(services),
  }),
  /** Emails every evaluator with an address the spreadsheet's link, the calls and the deadline. */
  sendInvitations: action({
    doing: 'sending the invitations',
    subject: 'Sending the invitations',
    payload: noPayloadSchema,
    who: 'facilitator',
    run: (services) => inviteEvaluators(services),
  }),
  /** Emails a reminder to each evaluator who has not submitted every call. */
  sendReminders: action({
    doing: 'sending the reminders',
    subject: 'Sending the reminders',
    payload: noPayloadSchema,
    who: 'facilitator',
    run: (services) => remindEvaluators(services),
  }),
  /** "Check this spreadsheet": read-only findings about the real spreadsheet, each with its fix. */
  checkThisSpreadsheet: action({
    doing: 'checking this spreadsheet',
    subject: 'Checking this spreadsheet',
    payload: noPayloadSchema,
    who: 'facilitator',
    run: (services) => checkSpreadsheet(services),
  }),
  buildSessionReport: action({
    doing: 'building the report',
    subject: 'Building the report',
    payload: buildReportPayloadSchema,
    who: 'facilitators',
    run: buildReport,
  }),
  shareSessionReport: action({
    doing: 'sharing the report',
    subject: 'Sharing the report',
    payload: shareReportPayloadSchema,
    who: 'facilitators',
    run: shareReport,
  }),
};

export type Actions = typeof actions;
export type ActionName = keyof Actions;
/** What the sidebar sends: the schema's input, so a wrong payload fails to compile. */
export type ActionPayload<N extends ActionName> = z.input<Actions[N]['payload']>;
export type ActionResult<N extends ActionName> = ReturnType<Actions[N]['run']>;

export const actionNames = Object.keys(actions) as ActionName[];
