// The Workbook over the active spreadsheet. Each method is a short sequence of tab operations; the
// layouts are pure functions in layout/, and every block is written with one call per property.
import { inspectEvaluatorTabs } from './tabs/tabCheck';
import type { SessionAnalysis } from '../domain/analysis';
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
import type { CalibrationTrend } from '../domain/trend';
import { initialStatus } from './layout/sessionSheet';
import { fixedTab, fixedTabs, sessionTabs } from './naming';
import { setUpResultsTabs, writeResultsChange, writeResultsTabs } from './tabs/resultsTabs';
import { resultRows, sessionResultRow } from '../domain/results';
import { TabRegistry } from './registry';
import { readActionItemsTab, setUpActionItemsTab, writeActionItemsTab } from './tabs/actionItemsTab';
import { writeDiscussionChange, writeDiscussionPlaceholder, writeDiscussionTab } from './tabs/discussionTab';
import {
  archiveEvaluatorTabs,
  removeEvaluatorTabs,
  revealEvaluatorTabs,
  setUpEvaluatorTabs,
  setUpNewEvaluatorTabs,
} from './tabs/evaluatorTabs';
import { appendHistoryRow, appendScoresLogRows, readHistoryTab, sessionsInScoresLogTab, setUpLogTabs } from './tabs/logTabs';
import { adoptScorecardTab, hasScorecardTab, readScorecardTab, writeDefinitionChange, writeScorecardTab } from './tabs/scorecardTab';
import { writeReportLink, writeSessionCounts, writeSessionStatus, writeSessionTab } from './tabs/sessionTab';
import type { SummaryChart } from '../usecases/ports/chartPictures';
import {
  readSummaryCharts,
  writeAnswersPlaceholder,
  writeRevealedSummary,
  writeStatusCounts,
  writeStatusSummary,
  writeSummaryChange,
} from './tabs/summaryTab';
import type { StatusRow } from '../api/views';
import type { DiscussionTabsContent, EvaluatorTabState, ScoreLogRow, Workbook } from '../usecases/ports/workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Everyone who may own an action item: the facilitator and the evaluators, by name. */
function participantsOf(session: Session): string[] {
  return [session.facilitator.name, ...session.evaluators.map((evaluator) => evaluator.name)];
}

export class SpreadsheetWorkbook implements Workbook {
  constructor(
    private readonly spreadsheet: Spreadsheet,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** A fresh registry per operation: sheet names are cached only for the length of one call. */
  private registry(): TabRegistry {
    return new TabRegistry(this.spreadsheet);
  }

  readScorecard(): Scorecard {
    return readScorecardTab(this.registry());
  }

  writeScorecard(scorecard: Scorecard, changes: DefinitionChange[]): void {
    writeScorecardTab(this.registry(), scorecard, changes);
  }

  hasScorecard(): boolean {
    return hasScorecardTab(this.registry());
  }

  writeDefinitionChange(
    change: DefinitionChange,
    options: { overwrite: boolean; scorecard: Scorecard; changes: DefinitionChange[] },
  ): string {
    return writeDefinitionChange(this.registry(), change, options);
  }

  setUpSession(
    session: Session,
    openActions: ActionItem[],
    status: StatusRow[] = initialStatus(session),
    options: { newSession?: boolean } = {},
  ): void {
    const registry = this.registry();
    // The Scorecard tab outlives sessions (its change log keeps every version); one typed by hand is adopted as it is.
    if (!adoptScorecardTab(registry)) writeScorecardTab(registry, session.scorecard, []);
    writeSessionTab(registry, session, openActions, status);
    if (session.status === 'scoring') writeStatusSummary(registry, session, status);
    else registry.ensure(fixedTab('summary'));
    if (session.status === 'scoring') writeAnswersPlaceholder(registry, session);
    else registry.ensure(fixedTab('answers'));
    if (session.status === 'scoring') writeDiscussionPlaceholder(registry, session);
    else registry.ensure(fixedTab('discussion'));
    setUpActionItemsTab(registry, participantsOf(session));
    setUpLogTabs(registry);
    setUpResultsTabs(registry);
    if (options.newSession) setUpNewEvaluatorTabs(registry, session);
    else setUpEvaluatorTabs(registry, session);
    registry.find(fixedTab('session'))?.activate();
  }

  writeStatus(session: Session, status: StatusRow[]): void {
    const registry = this.registry();
    writeSessionStatus(registry, session, status);
    // After the reveal the Summary holds the analysis; status must not replace it.
    if (session.status === 'scoring') writeStatusSummary(registry, session, status);
  }

  writeSubmissionCounts(session: Session, status: StatusRow[]): void {
    const registry = this.registry();
    writeSessionCounts(registry, session, status);
    if (session.status === 'scoring') writeStatusCounts(registry, session, status);
  }

  revealEvaluatorTabs(session: Session, submissions: Submission[], beforeWriting?: () => void): void {
    revealEvaluatorTabs(this.registry(), session, submissions, beforeWriting);
  }

  writeSummary(session: Session, analysis: SessionAnalysis, trend: CalibrationTrend | null): void {
    writeRevealedSummary(this.registry(), session, analysis, trend);
  }

  summaryCharts(): SummaryChart[] {
    return readSummaryCharts(this.registry());
  }

  writeFinalChange(session: Session, before: DiscussionTabsContent, after: DiscussionTabsContent): void {
    const registry = this.registry();
    writeSummaryChange(registry, session, before, after);
    writeDiscussionChange(registry, session, before, after);
    const figures = (content: DiscussionTabsContent) => ({
      rows: resultRows(session, content.analysis),
      session: sessionResultRow(session, content.analysis),
    });
    writeResultsChange(registry, session.id, figures(before), figures(after));
  }

  writeDiscussion(session: Session, analysis: SessionAnalysis, discussion: DiscussionEntry[], finals: Final[]): void {
    writeDiscussionTab(this.registry(), session, analysis, discussion, finals);
  }

  readActionItems(): ActionItem[] {
    return readActionItemsTab(this.registry(), this.clock().toISOString());
  }

  writeActionItems(items: ActionItem[], participants: string[]): void {
    writeActionItemsTab(this.registry(), items, participants);
  }

  writeResults(session: Session, analysis: SessionAnalysis): void {
    writeResultsTabs(this.registry(), session.id, resultRows(session, analysis), sessionResultRow(session, analysis));
  }

  readHistory(): SessionHistoryEntry[] {
    const { entries, skipped } = readHistoryTab(this.registry());
    if (skipped.length > 0) {
      const more = skipped.length > 1 ? ` (and ${skipped.length - 1} more)` : '';
      this.progress(`${skipped[0]}${more}. The trend leaves those rows out.`);
    }
    return entries;
  }

  appendHistory(entry: SessionHistoryEntry): void {
    appendHistoryRow(this.registry(), entry);
  }

  appendScoresLog(rows: ScoreLogRow[]): void {
    appendScoresLogRows(this.registry(), rows);
  }

  sessionsInScoresLog(): string[] {
    return sessionsInScoresLogTab(this.registry());
  }

  archiveEvaluatorTabs(session: Session): void {
    archiveEvaluatorTabs(this.registry(), session);
  }

  removeEvaluatorTabs(session: Session): void {
    removeEvaluatorTabs(this.registry(), session);
  }

  setReportLink(session: Session, url: string): void {
    writeReportLink(this.registry(), session, url);
  }

  findDamage(session: Session): string[] {
    const registry = this.registry();
    // A closed session's evaluator tabs are archived under other names; only the shared tabs remain its own.
    const tabs = session.status === 'closed' ? fixedTabs.map(fixedTab) : sessionTabs(session);
    return tabs.map((tab) => registry.damage(tab)).filter((problem): problem is string => problem !== null);
  }

  sheetCount(): number {
    return this.spreadsheet.getNumSheets();
  }

  spreadsheetUrl(): string {
    return this.spreadsheet.getUrl();
  }

  ownerEmail(): string | null {
    const owner = this.spreadsheet.getOwner();
    return owner === null ? null : owner.getEmail().trim().toLowerCase();
  }

  progress(message: string): void {
    this.spreadsheet.toast(message, 'Call Calibration', 5);
  }

  inspectEvaluatorTabs(session: Session): EvaluatorTabState[] {
    return inspectEvaluatorTabs(this.registry(), session);
  }
}
