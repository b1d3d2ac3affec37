// What each server entry point returns to the sidebar. Every view crosses google.script.run, so it is
// plain data only: objects, arrays, strings, numbers, booleans and null. Dates travel as ISO strings,
// "absent" is '' or null (never undefined), and no class instance is ever returned.
import type { AnswerDifference } from '../domain/answerDifference';
import type {
  ActionItem,
  Answer,
  AnswerValue,
  Call,
  DefinitionChange,
  DiscussionEntry,
  EvaluatorRole,
  Final,
  Scorecard,
  SessionOptions,
  SessionStatus,
  SessionTeam,
} from '../domain/schemas';

/**
 * Who the server sees at the keyboard, shown at the top of the sidebar: with several Google accounts
 * signed in, the add-on may run as another account than the one the spreadsheet shows.
 */
export interface SignedInAs {
  /** The address Apps Script reports; '' when Google withholds it. */
  email: string;
  withheld: boolean;
}
import type { CheckResult, CheckStatus } from '../domain/selfCheck';
import type { PersonAttendance, RegisterEntry, WhatWasAgreed } from '../domain/attendance';
import type { AttendanceStatus } from '../domain/schemas';

export type { AgreedFinal, PersonAttendance, RegisterEntry, WhatWasAgreed } from '../domain/attendance';

export type { CheckResult, CheckStatus } from '../domain/selfCheck';

export type Role = 'facilitator' | 'evaluator' | 'visitor';

/** How the server knows who an evaluator is: the address Apps Script reports, or a name they picked once. */
export type IdentifiedBy = 'email' | 'self-declared' | 'not yet';

/** A scorecard offered when a session is set up. */
export interface PresetSummary {
  id: string;
  name: string;
  description: string;
  /** The scorecard's version (the latest one when it continues a scorecard used before). */
  version: number;
  criteriaCount: number;
}

/** What anyone who can open the session may know about it. */
export interface SessionOverview {
  id: string;
  title: string;
  sessionDate: string; // YYYY-MM-DD
  scoringDeadline: string; // ISO date-time
  status: SessionStatus;
  facilitatorName: string;
  createdAt: string;
  revealedAt: string; // '' until revealed
  closedAt: string; // '' until closed
  scorecardName: string;
  scorecardVersion: number;
  options: SessionOptions;
  calls: Call[];
  evaluators: EvaluatorListing[];
}

/** Evaluators as everyone sees them: no addresses, no scores. */
export interface EvaluatorListing {
  id: string;
  name: string;
  role: EvaluatorRole;
  /** null in an anonymous session: with juniors first it would say who each label is. */
  seniority: number | null;
}

/** One call of an evaluator's own form. */
export interface CallForm {
  call: Call;
  /** The answers the form shows: the latest draft when there is one, else the submitted answers. */
  answers: Answer[];
  /**
   * 'not-started': nothing saved; 'draft': saved, never submitted; 'submitted': the form shows what was
   * submitted; 'revising': submitted, with a newer draft that is not yet submitted (the submitted
   * answers still count until the draft is submitted).
   */
  state: 'not-started' | 'draft' | 'submitted' | 'revising';
  submittedAt: string; // ISO of the latest submission, '' when never submitted
  draftSavedAt: string; // ISO, '' when there is no draft
  /** 0 before the first submission; +1 on every submission. */
  revision: number;
}

/** The blind scoring form of the evaluator at the keyboard: only their own answers, ever. */
export interface EvaluatorForm {
  evaluatorId: string;
  name: string;
  identifiedBy: IdentifiedBy;
  scorecard: Scorecard;
  calls: CallForm[];
  callsSubmitted: number;
  callsTotal: number;
  /** False once the scores are revealed: nothing changes a submission after that. */
  canEdit: boolean;
}

/** One evaluator's progress as the facilitator sees it before the reveal: when, never what. */
export interface StatusRow {
  evaluatorId: string;
  name: string;
  role: EvaluatorRole;
  identifiedBy: IdentifiedBy;
  callsSubmitted: number;
  callsTotal: number;
  lastSubmittedAt: string; // '' when none
}

export interface SubmissionStatusView {
  rows: StatusRow[];
  /** Names of evaluators who have not submitted every call (the reveal confirmation names them). */
  notSubmitted: string[];
  allSubmitted: boolean;
}

/** One criterion's value on one call of an agenda item. */
export interface AgendaCallView {
  callId: string;
  callLabel: string;
  /** The group's answer under the session's consensus rule; null when there is none. */
  consensus: AnswerValue | null;
  /** The value that counts: the recorded final, else the consensus; null when unresolved. */
  final: AnswerValue | null;
  finalSource: 'recorded' | 'consensus' | 'unresolved';
  agreementPercent: number | null;
}

/** One item of the discussion agenda (after the reveal): a disputed criterion, most disputed first. */
export interface AgendaItemView {
  rank: number;
  criterionId: string;
  question: string;
  definition: string;
  critical: boolean;
  /** Plain sentences: "3 say Yes, 5 say No on Call 2". */
  why: string[];
  /** The calls where the criterion was disputed. */
  calls: AgendaCallView[];
  /** The discussion recorded for the criterion as a whole ('' until recorded). */
  notes: string;
  resolution: string;
}

export interface RevealProgress {
  /** 'incomplete' when a reveal stopped part-way: running it again completes it. */
  state: 'not-started' | 'incomplete' | 'done';
  revealedAt: string;
}

export interface ReportLink {
  docId: string;
  url: string;
  builtAt: string;
  /** Finals, notes, definitions, action items or the session's status changed since it was built. */
  outOfDate: boolean;
}

export interface FacilitatorView {
  role: 'facilitator';
  signedInAs: SignedInAs;
  /**
   * False for a co-facilitator: they may reveal, record finals and notes, and build and share the
   * report; closing, repairing and emailing evaluators stay with the facilitator.
   */
  isLead: boolean;
  /** Claims of evaluators who picked their own name: when, so the facilitator can check and undo one. */
  claims: ClaimView[];
  session: SessionOverview;
  /** Addresses are shown to the facilitator only; '' when the evaluator has none. */
  evaluatorEmails: Array<{ evaluatorId: string; email: string }>;
  status: SubmissionStatusView;
  reveal: RevealProgress;
  /** Empty before the reveal. */
  agenda: AgendaItemView[];
  finals: Final[];
  discussion: DiscussionEntry[];
  definitionChanges: DefinitionChange[];
  /** The scorecard the session was scored with, and the version the next session starts from. */
  scorecard: Scorecard;
  nextScorecardVersion: number;
  openActionItems: ActionItem[];
  report: ReportLink | null;
  /** Tabs renamed or deleted by hand, when the sidebar last looked ("Repair session" rebuilds them). */
  damage: string[];
  /**
   * Whether this answer looked for damage. Looking costs three service calls per tab, so it is done when
   * the sidebar loads (getSidebarState) and after "Repair session" only; the answers to every other
   * action carry `damage: []` with this false, and the sidebar keeps showing what the last check found.
   * Also false once the session is closed: its evaluator tabs are archived and there is nothing to repair.
   */
  damageChecked: boolean;
  /** The facilitator's own form when they also score. */
  asEvaluator: EvaluatorForm | null;
  /** Once the session is closed: what the next session can start from (null while it runs). */
  nextSession: NextSessionOffer | null;
  /** Earlier sessions kept in this spreadsheet that this user facilitated: their reports can be built again. */
  archivedSessions: ArchivedSessionView[];
  /** The register and attendance over sessions, by name: the facilitator's only. null before the reveal. */
  attendance: AttendanceView | null;
  /**
   * Once revealed: each person's deviation across closed sessions and this one, anonymous sessions
   * included. For the facilitator's own follow-up only: it is the one view that puts a name on a label.
   */
  people: PersonDriftView[];
}

/** Who came to the discussion, and who keeps missing it. */
export interface AttendanceView {
  /** Roster order, each tick as marked or by default (present when they submitted). */
  register: RegisterEntry[];
  /** Present ÷ on the roster (docs/scoring.md); null for an empty roster. */
  rate: number | null;
  /** Each person on this roster over the last sessions with a register, this one last, matched by person. */
  overSessions: PersonAttendance[];
  /** One sentence per person who missed two sessions in a row or more, with what to do. */
  flags: string[];
}

/** One person's calibration over time, followed by their person key (never their row). */
export interface PersonDriftView {
  name: string;
  sessions: number;
  /** Mean absolute deviation in their latest session, in points. */
  latest: number | null;
  changeSincePrevious: number | null;
  changeSinceFirst: number | null;
  drift: 'closer' | 'further' | 'steady' | null;
}

/** A closed session the next one replaced, kept whole so its report can be built again. */
interface ArchivedSessionView {
  sessionId: string;
  title: string;
  sessionDate: string;
  /** '' when its report was never built. */
  reportUrl: string;
}

/**
 * Offered once a session is closed, to anyone who opens the sidebar: a closed session stays readable
 * (its report can still be built and shared) until someone starts the next one, which replaces it.
 */
export interface NextSessionOffer {
  presets: PresetSummary[];
  /** The scorecard the closed session ended with (its definition changes applied). */
  latestScorecard: PresetSummary | null;
  /** What the closed session hands on to the wizard; null when there was none. */
  previous: SessionTemplate | null;
}

/** One evaluator of the last session, as the wizard pre-fills them; `personKey` keeps them the same person. */
interface RosterTemplateRow {
  personKey: string;
  name: string;
  email: string;
  role: EvaluatorRole;
  seniority: number;
}

/** The last session as the next one starts from it: the facilitator edits what changed. */
export interface SessionTemplate {
  sessionId: string;
  /** The last title with its month, year and date as {month}, {year} and {date}. */
  titlePattern: string;
  facilitatorName: string;
  evaluators: RosterTemplateRow[];
  options: SessionOptions;
  team: SessionTeam;
}

/** An evaluator who picked their own name (Google withholds their address). */
interface ClaimView {
  evaluatorId: string;
  name: string;
  claimedAt: string;
}

/** One criterion where the evaluator's answer differed from the final the team agreed. */
export interface CalibrationDifference {
  criterionId: string;
  question: string;
  critical: boolean;
  yours: string;
  final: string;
  kind: AnswerDifference;
  /** The definition as agreed: the new wording when the team changed it this session. */
  definition: string;
  definitionChanged: boolean;
  /** What the team said about the criterion (for this call, and in general), and how they resolved it. */
  notes: string;
  resolution: string;
}

/** One call of "Your calibration": the evaluator's score against the calibrated score. */
export interface CalibrationCall {
  callId: string;
  callLabel: string;
  yourPercent: number | null;
  calibratedPercent: number | null;
  /** yours − calibrated, in points: positive lenient, negative harsh. */
  deviation: number | null;
  differences: CalibrationDifference[];
}

/**
 * An evaluator's own feedback after the reveal, built from their own answers and the finals only: it
 * never holds another evaluator's answer or name.
 */
export interface YourCalibration {
  calls: CalibrationCall[];
  meanAbsoluteDeviation: number | null;
  varianceTarget: number;
  withinTarget: boolean | null;
}

export interface EvaluatorView {
  role: 'evaluator';
  signedInAs: SignedInAs;
  session: SessionOverview;
  form: EvaluatorForm;
  /** After the reveal: their score against the calibrated score, and where they differed. Null before. */
  calibration: YourCalibration | null;
  /** Empty before the reveal; after it, everyone sees the agenda and the Summary. */
  agenda: AgendaItemView[];
  /** Once the session is closed, when this evaluator may start the next session (see startMessage otherwise). */
  nextSession: NextSessionOffer | null;
  /** Once the session is closed: who may start the next one, when this evaluator may not ('' otherwise). */
  startMessage: string;
  /** This evaluator's tick in the register after the reveal (null before it). */
  attendance: AttendanceStatus | null;
  /** For an evaluator marked absent or with apologies: what the team agreed without them (null otherwise). */
  agreed: WhatWasAgreed | null;
}

export interface VisitorView {
  role: 'visitor';
  signedInAs: SignedInAs;
  /** null when there is no session: anyone may start one (also when the session shown is closed). */
  session: SessionOverview | null;
  /** Why this user has no form, in words. */
  message: string;
  /** Evaluators this user may pick as themselves (only offered when Apps Script withholds their address). */
  claimable: EvaluatorListing[];
  canCreateSession: boolean;
  presets: PresetSummary[];
  /** The scorecard the last session ended with, when there is one: the next session can start from it. */
  latestScorecard: PresetSummary | null;
  /** The closed session, for the wizard to pre-fill (only when this user may start the next session). */
  previous: SessionTemplate | null;
}

export type SidebarState = FacilitatorView | EvaluatorView | VisitorView;

export interface CreateSessionResult {
  state: SidebarState;
  /** Advice that did not stop the session (e.g. "5 calls: 2–4 are recommended"). */
  warnings: string[];
}

export interface CloseSessionResult {
  sessionId: string;
  closedAt: string;
  historyRows: number;
  scoresLogged: number;
  state: SidebarState;
}

export interface RepairResult {
  /** Tab names rebuilt from stored state; empty when nothing was damaged. */
  repaired: string[];
  state: SidebarState;
}

/** What "Email invitations" and "Email reminders" did: each evaluator gets their own message. */
export interface MailResult {
  kind: 'invitation' | 'reminder';
  /** Addresses a message went to. */
  sent: string[];
  /** Addresses Apps Script refused (a bad address, or the daily email quota used up), each with why. */
  failed: Array<{ email: string; reason: string }>;
  /** Names of evaluators with no address on record: nobody could email them. */
  withoutAddress: string[];
  /** Names a reminder left out because they have submitted every call (always empty for invitations). */
  alreadySubmitted: string[];
  /** Recipients the facilitator's account may still email today, after these. */
  remainingQuota: number;
}

/** "Check this spreadsheet": each finding with its fix, and the worst status among them. */
export interface SpreadsheetCheckView {
  overall: CheckStatus;
  checks: CheckResult[];
}
