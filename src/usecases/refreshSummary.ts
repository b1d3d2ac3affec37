// After the reveal, the Summary and Discussion tabs follow the stored state: every final and every note
// rewrites them from the analysis, so they never drift from what is stored.
import type { SessionAnalysis } from '../domain/analysis';
import { historyEntryFor, trendAcrossSessions, type CalibrationTrend } from '../domain/trend';
import type { Workbook } from '../sheets/workbook';
import { isCloseComplete, type SessionState } from '../state/sessionState';

/** The session against the sessions before it; null when it is the first. */
export function trendWithEarlierSessions(workbook: Workbook, state: SessionState, analysis: SessionAnalysis): CalibrationTrend | null {
  const earlier = workbook.readHistory().filter((entry) => entry.sessionId !== state.session.id);
  if (earlier.length === 0) return null;
  return trendAcrossSessions([...earlier, historyEntryFor(state.session, analysis)]);
}

/** The Summary, and the session's rows on the results tabs, which a closed session never rewrites. */
export function writeSummary(workbook: Workbook, state: SessionState, analysis: SessionAnalysis): void {
  workbook.writeSummary(state.session, analysis, trendWithEarlierSessions(workbook, state, analysis));
  if (!isCloseComplete(state)) workbook.writeResults(state.session, analysis);
}

export function writeDiscussion(workbook: Workbook, state: SessionState, analysis: SessionAnalysis): void {
  workbook.writeDiscussion(state.session, analysis, state.discussion, state.finals);
}
