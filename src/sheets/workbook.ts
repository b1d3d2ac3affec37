// The contract between the session's use cases and the sheets. The use cases decide what happens;
// the workbook decides how it looks, and writes each block with one batched call. Implemented in this
// folder against SpreadsheetApp; nothing outside src/sheets/ touches a sheet.
import type { SessionAnalysis } from '../domain/analysis';
import type { CalibrationTrend as Trend } from '../domain/trend';
import type {
  ActionItem,
  DefinitionChange,
  DiscussionEntry,
  Final,
  Scorecard,
  Session,
  SessionHistoryEntry,
  Submission,
} from '../domain/schemas';

/** One evaluator's progress, as the facilitator may see it before the reveal: when, never what. */
export interface SubmissionStatusRow {
  evaluatorId: string;
  name: string;
  role: string;
  /** How they were identified: by the address Apps Script reports, or by picking their own name. */
  identifiedBy: 'email' | 'self-declared' | 'not yet';
  callsSubmitted: number;
  callsTotal: number;
  lastSubmittedAt: string; // ISO, '' when none
}

/** A row of the long-format Scores log, kept across sessions for pivot tables. */
export interface ScoreLogRow {
  sessionId: string;
  sessionDate: string;
  callId: string;
  callLabel: string;
  evaluator: string; // the reveal label when the session is anonymous
  criterionId: string;
  question: string;
  value: number | 'NA';
  final: number | 'NA' | '';
}

export interface Workbook {
  /** The Scorecard sheet read back and validated; errors name the cell (`Scorecard!E7: weight ...`). */
  readScorecard(): Scorecard;
  /** Lays out the Scorecard sheet (dropdowns, frozen header, definition column) and its change log. */
  writeScorecard(scorecard: Scorecard, changes: DefinitionChange[]): void;

  /**
   * Creates or refreshes the session's tabs: Session, Scorecard, one hidden and protected tab per
   * evaluator (editable only by that evaluator and the facilitator), Summary (status only), Discussion,
   * Action Items, History, Scores. Never deletes a submitted score; never overwrites a user's own sheet
   * whose name clashes (ours are found again by their registry, not by name).
   */
  setUpSession(session: Session, openActions: ActionItem[]): void;

  /**
   * The session's status and who has submitted when, after every step: the Session sheet's overview and
   * evaluators, and before the reveal the Summary's status (after it the Summary is rewritten whole).
   */
  writeStatus(session: Session, status: SubmissionStatusRow[]): void;

  /**
   * Only the submission counts, in the cells set-up laid out for them (values only): what a submission
   * refreshes, so the counts everyone reads stay current without re-laying the tabs.
   */
  writeSubmissionCounts(session: Session, status: SubmissionStatusRow[]): void;

  /** At the reveal: each evaluator's submitted answers into their tab, then the tabs shown. */
  revealEvaluatorTabs(session: Session, submissions: Submission[]): void;

  /** After the reveal and after every final: grid, heat map, per-evaluator and session figures, chart, agenda. */
  writeSummary(session: Session, analysis: SessionAnalysis, trend: Trend | null): void;

  /** The agenda with notes, resolutions and finals per item. */
  writeDiscussion(session: Session, analysis: SessionAnalysis, discussion: DiscussionEntry[], finals: Final[]): void;

  /** Action items as people edited them on the sheet (owner dropdown, due date, status). */
  readActionItems(): ActionItem[];
  writeActionItems(items: ActionItem[], participants: string[]): void;

  readHistory(): SessionHistoryEntry[];
  appendHistory(entry: SessionHistoryEntry): void;
  appendScoresLog(rows: ScoreLogRow[]): void;
  /** Session ids already in the Scores log, so a close that is run again never logs a session twice. */
  sessionsInScoresLog(): string[];

  /** At close: evaluator tabs archived (hidden, renamed with the session date) so the next month starts tidy. */
  archiveEvaluatorTabs(session: Session): void;

  setReportLink(session: Session, url: string): void;

  /** Tabs of this session that were renamed or deleted by hand (empty when all is well). */
  findDamage(session: Session): string[];

  /** The spreadsheet's link, for the invitations evaluators are emailed. */
  spreadsheetUrl(): string;

  /**
   * The spreadsheet owner's address as Apps Script reports it: '' when it withholds it, null when the
   * spreadsheet has no owner (a shared drive). The owner can always edit a protected tab.
   */
  ownerEmail(): string | null;

  /** Progress feedback on slow work (a toast in Sheets). */
  progress(message: string): void;
}
