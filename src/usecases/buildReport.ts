// The facilitator builds the session report as a Google Doc. Building again rewrites the same Doc, so
// the link people already have keeps working; a new Doc is made only when asked for, or when the old
// one no longer opens.
import type * as z from 'zod/mini';
import type { buildReportPayloadSchema } from '../api/payloads';
import type { ReportDocument, ReportDocuments } from './ports/reportDocuments';
import { registerOf, submittedIn } from '../domain/attendance';
import { UserError } from '../domain/errors';
import { buildReport as buildReportTree, reportTitle, type PreviousSessionFigures, type ReportCharts } from '../domain/report/buildReport';
import type { ChartPicture } from './ports/chartPictures';
import type { ActionItem, Session, SessionHistoryEntry } from '../domain/schemas';
import { reportSourceFingerprint, type ReportSource } from '../domain/report/freshness';
import type { ReportLink as ReportLinkView } from '../api/views';
import { isRevealComplete, type SessionState } from '../state/sessionState';
import type { SealedScores } from '../state/sealedScores';
import { archivedStateChange, loadAllSealed, loadArchive, loadState, requireState, saveState } from '../state/stateStore';
import { requireFacilitation } from './authorization';
import type { Services } from './ports/services';
import { analysisOf } from './sessionScores';
import { earlierSessions } from './refreshSummary';

type BuildReportInput = z.output<typeof buildReportPayloadSchema>;

interface BuildReportResult {
  docId: string;
  url: string;
  builtAt: string;
  /** True when this build made a new Doc rather than rewriting the session's existing one. */
  created: boolean;
}

/**
 * The History row of the session held before this one: the latest row of another session dated on or
 * before this session's date (History is appended at each close, so the latest such row is the last).
 */
function previousSessionOf(history: readonly SessionHistoryEntry[], session: Session): PreviousSessionFigures | null {
  const earlier = history.filter((entry) => entry.sessionId !== session.id && entry.sessionDate <= session.sessionDate);
  const previous = earlier[earlier.length - 1];
  if (previous === undefined) return null;
  return {
    sessionId: previous.sessionId,
    sessionDate: previous.sessionDate,
    variance: previous.variance,
    alpha: previous.alpha,
    shareWithinTarget: previous.shareWithinTarget,
    gwetAc1: previous.gwetAc1,
    criticalDisagreements: previous.criticalDisagreements,
    scoringRule: previous.scoringRule,
  };
}

/** The attendance rates of the sessions before this one, oldest first, as History recorded them (up to five). */
function earlierAttendanceRates(history: readonly SessionHistoryEntry[], session: Session): Array<{ sessionDate: string; rate: number }> {
  return history
    .filter((entry) => entry.sessionId !== session.id && entry.sessionDate <= session.sessionDate && entry.attendanceRate !== null)
    .sort((a, b) => a.sessionDate.localeCompare(b.sessionDate))
    .slice(-5)
    .map((entry) => ({ sessionDate: entry.sessionDate, rate: entry.attendanceRate! }));
}

/** What the report is built from, as the freshness fingerprint reads it. */
function reportSourceOf(state: SessionState, actionItems: readonly ActionItem[]): ReportSource {
  return {
    status: state.session.status,
    finals: state.finals,
    discussion: state.discussion,
    definitionChanges: state.definitionChanges,
    actionItems,
    attendance: state.attendance,
  };
}

/** The session's report link as the sidebar shows it: out of date when its source changed since the build. */
export function reportView(state: SessionState, actionItems: readonly ActionItem[]): ReportLinkView | null {
  if (state.report === null) return null;
  const { docId, url, builtAt, source } = state.report;
  return { docId, url, builtAt, outOfDate: source !== reportSourceFingerprint(reportSourceOf(state, actionItems)) };
}

export function buildReport(services: Services, input: BuildReportInput): BuildReportResult {
  const user = services.caller();
  const documents = services.documents();
  return services.underLock(() => {
    const store = services.store();
    const current = loadState(store);
    if (input.sessionId !== undefined && input.sessionId !== current?.session.id) {
      // A closed session the next one replaced: its archive holds all the report needs.
      const archived = loadArchive(store, input.sessionId);
      if (archived === null) throw new UserError(`No session "${input.sessionId}" is kept in this spreadsheet.`);
      requireFacilitation(archived.state, user);
      return writeSessionReport(services, documents, archived.state, input, {
        sealed: archived.sealed,
        save: (state) => store.commit(archivedStateChange(store, state)),
        linkOnSessionTab: false,
      });
    }
    const live = current ?? requireState(store);
    requireFacilitation(live, user);
    // Before the reveal the report would show scores that are still sealed.
    if (!isRevealComplete(live)) throw new UserError('Reveal the scores before building the report.');
    return writeSessionReport(services, documents, live, input);
  });
}

/** Where a report's session lives: the current one in the store, or an archived one. */
interface ArchivedReportSource {
  sealed: SealedScores[];
  save(state: SessionState): void;
  /** Only the current session's report link goes on the Session tab. */
  linkOnSessionTab: boolean;
}

/**
 * Writes the report of `current` into its Doc and records the link in the session state and on the
 * Session sheet. For callers already holding the lock that have checked who may do this (building the
 * report, and closing the session so the Doc shows the session as closed).
 */
export function writeSessionReport(
  services: Services,
  documents: ReportDocuments,
  current: SessionState,
  options: BuildReportInput,
  source?: ArchivedReportSource,
): BuildReportResult {
  const store = services.store();
  const { session } = current;
  const workbook = services.workbook();
  // Several seconds of calls (README, "What people wait for"): the spreadsheet says what is happening.
  workbook.progress('Building the report…');
  const now = services.now();
  const analysis = analysisOf(current, source ? source.sealed : loadAllSealed(store, session));
  // The current session's earlier sessions as its reveal stored them; an archived session's are read from History.
  const history = earlierSessions(workbook, store, current);
  const actionItems = workbook.readActionItems();
  // The Summary shows the current session only: an archived session's charts were replaced with it.
  const summaryCharts = source && !source.linkOnSessionTab ? null : workbook.summaryCharts();
  const charts: ReportCharts =
    summaryCharts === null
      ? { from: 'replaced' }
      : { from: 'summary', charts: summaryCharts.map((chart) => ({ title: chart.title, pictured: chart.picture !== null })) };
  const pictures: Array<ChartPicture | null> = (summaryCharts ?? []).map((chart) => chart.picture);
  const report = buildReportTree({
    session,
    analysis,
    discussion: current.discussion,
    definitionChanges: current.definitionChanges,
    actionItems,
    previousSession: previousSessionOf(history, session),
    reportDate: now.slice(0, 10),
    builtAt: now,
    charts,
    attendance: {
      register: registerOf(session, current.attendance, submittedIn(analysis)),
      earlierRates: earlierAttendanceRates(history, session),
    },
  });

  const existing = current.report !== null && !options.newDocument ? documents.open(current.report.docId) : null;
  const doc: ReportDocument = existing ?? documents.create(reportTitle(session));
  workbook.progress('Writing the report into its Doc…');
  doc.write(report, pictures);
  // Whoever of the facilitator and co-facilitators did not make the Doc must still be able to rebuild and share it.
  if (existing === null) {
    const caller = services.caller().email;
    for (const email of [session.facilitator.email, ...session.team.coFacilitators]) {
      if (email !== '' && email !== caller) doc.addEditor(email);
    }
  }

  const link = { docId: doc.id, url: doc.url, builtAt: now, source: reportSourceFingerprint(reportSourceOf(current, actionItems)) };
  if (source) source.save({ ...current, report: link });
  else saveState(store, { ...current, report: link });
  if (!source || source.linkOnSessionTab) workbook.setReportLink(session, doc.url);
  return { docId: link.docId, url: link.url, builtAt: link.builtAt, created: existing === null };
}
