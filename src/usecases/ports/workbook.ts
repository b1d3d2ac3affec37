// The contract between the session's use cases and the sheets. The use cases decide what happens;
// the workbook decides how it looks, and writes each block with one batched call. Implemented in
// src/sheets against SpreadsheetApp; nothing outside src/sheets/ touches a sheet.
import type { StatusRow } from '../../api/views';
import type { SummaryChart } from './chartPictures';
import type { SessionAnalysis } from '../../domain/analysis';
import type { CalibrationTrend as Trend } from '../../domain/trend';
import type {
  ActionItem,
  DefinitionChange,
  DiscussionEntry,
  Final,
  Scorecard,
  Session,
  SessionHistoryEntry,
  Submission,
} from '../../domain/schemas';

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

/** What "Check this spreadsheet" reads about one evaluator tab. */
export interface EvaluatorTabState {
  evaluatorId: string;
  tab: string | null;
  namedRange: boolean;
  hidden: boolean;
  protectedSheet: boolean;
  /** Lower-cased; null when the caller may not read the list (Protection.getEditors throws then). */
  editors: string[] | null;
}

/** What the tabs a final changes are laid out from. */
export interface DiscussionTabsContent {
  analysis: SessionAnalysis;
  trend: Trend | null;
  discussion: DiscussionEntry[];
  finals: Final[];
}

export interface Workbook {
  /** The Scorecard sheet read back and validated; errors name the cell (`Scorecard!E7: weight ...`). */
  readScorecard(): Scorecard;
  /** Lays out the Scorecard sheet (dropdowns, frozen header, definition column) and its change log. */
  writeScorecard(scorecard: Scorecard, changes: DefinitionChange[]): void;
  /** Whether there is a Scorecard tab: the add-on's, or one typed by hand with the documented headers. */
  hasScorecard(): boolean;
  /**
   * Writes one definition change: that criterion's question and definition, the version and a new row
   * of the change log. Returns '' when written, else what would be overwritten (nothing is written then,
   * unless `overwrite`).
   */
  writeDefinitionChange(
    change: DefinitionChange,
    options: { overwrite: boolean; scorecard: Scorecard; changes: DefinitionChange[] },
  ): string;

  /**
   * Creates or refreshes the session's tabs: Session, Scorecard, one hidden and protected tab per
   * evaluator (editable only by that evaluator and the facilitator), Summary (status only), Discussion,
   * Action Items, History, Scores. Never deletes a submitted score; never overwrites a user's own sheet
   * whose name clashes (ours are found again by their registry, not by name).
   */
  /**
   * `status`: the submission status to lay out with it (default: nobody has submitted or been identified).
   * `newSession`: the session was just made, so none of its evaluator tabs can exist yet and none is
   * looked for (the first is laid out, the others copied from it).
   */
  setUpSession(session: Session, openActions: ActionItem[], status?: StatusRow[], options?: { newSession?: boolean }): void;

  /**
   * The session's status and who has submitted when, after every step: the Session sheet's overview and
   * evaluators, and before the reveal the Summary's status (after it the Summary is rewritten whole).
   */
  writeStatus(session: Session, status: StatusRow[]): void;

  /**
   * Only the submission counts, in the cells set-up laid out for them (values only): what a submission
   * refreshes, so the counts everyone reads stay current without re-laying the tabs.
   */
  writeSubmissionCounts(session: Session, status: StatusRow[]): void;

  /**
   * At the reveal: each evaluator's submitted answers into their tab, then the tabs shown. Every tab is
   * found first (a missing one refuses the reveal); `beforeWriting` then runs once, before any write, so
   * the caller can record that the reveal has begun only when nothing stands in its way.
   */
  revealEvaluatorTabs(session: Session, submissions: Submission[], beforeWriting?: () => void): void;

  /** After the reveal and after every final: grid, heat map, per-evaluator and session figures, chart, agenda. */
  writeSummary(session: Session, analysis: SessionAnalysis, trend: Trend | null): void;

  /**
   * The Summary's charts as pictures, for the report. A chart whose picture Sheets will not give (the
   * reference does not say when that happens) comes back with a null picture; no Summary, no charts.
   */
  summaryCharts(): SummaryChart[];

  /**
   * After a final, what a full rewrite from `after` would show on the Summary, Answers, Discussion and the
   * session's rows on the results tabs, writing only the cells that differ from `before` (what the tabs
   * show now): values, and backgrounds where colours follow the final. Rules, charts, formats and notes
   * stay as laid out. A tab whose shape changes (a warning appears, a block grows) is laid out again whole.
   */
  writeFinalChange(session: Session, before: DiscussionTabsContent, after: DiscussionTabsContent): void;

  /** The agenda with notes, resolutions and finals per item. */
  writeDiscussion(session: Session, analysis: SessionAnalysis, discussion: DiscussionEntry[], finals: Final[]): void;

  /** Action items as people edited them on the sheet (owner dropdown, due date, status). */
  readActionItems(): ActionItem[];
  writeActionItems(items: ActionItem[], participants: string[]): void;

  /**
   * The session's rows on the Results and Session results tabs, replaced as a whole (the tabs are made
   * on first use). Callers never write them for a closed session.
   */
  writeResults(session: Session, analysis: SessionAnalysis): void;
  readHistory(): SessionHistoryEntry[];
  appendHistory(entry: SessionHistoryEntry): void;
  appendScoresLog(rows: ScoreLogRow[]): void;
  /** Session ids already in the Scores log, so a close that is run again never logs a session twice. */
  sessionsInScoresLog(): string[];

  /** At close: evaluator tabs archived (hidden, renamed with the session date) so the next month starts tidy. */
  archiveEvaluatorTabs(session: Session): void;

  /** A session replaced before anyone scored: its evaluator tabs are deleted (they never held a score). */
  removeEvaluatorTabs(session: Session): void;

  setReportLink(session: Session, url: string): void;

  /** Tabs of this session that were renamed or deleted by hand (empty when all is well). */
  findDamage(session: Session): string[];

  /** How many sheets the spreadsheet has: one call, the fingerprint that says a tab may have been deleted. */
  sheetCount(): number;

  /** The spreadsheet's link, for the invitations evaluators are emailed. */
  spreadsheetUrl(): string;

  /**
   * The spreadsheet owner's address as Apps Script reports it: '' when it withholds it, null when the
   * spreadsheet has no owner (a shared drive). The owner can always edit a protected tab.
   */
  ownerEmail(): string | null;

  /** Progress feedback on slow work (a toast in Sheets). */
  progress(message: string): void;

  /** Each evaluator tab as "Check this spreadsheet" reports it: found, hidden, protected, who may edit. */
  inspectEvaluatorTabs(session: Session): EvaluatorTabState[];
}
