// After the reveal, the Summary and Discussion tabs follow the stored state: every final and every note
// rewrites them from the analysis, so they never drift from what is stored.
import { revealLabels, type SessionAnalysis } from '../domain/analysis';
import { membershipOf, personResolver, withPeopleOf } from '../domain/people';
import type { PeopleDirectory, SessionHistoryEntry } from '../domain/schemas';
import { historyEntryFor, trendAcrossSessions, type CalibrationTrend } from '../domain/trend';
import type { Workbook } from './ports/workbook';
import { isCloseComplete, type SessionState } from '../state/sessionState';

/**
 * The session against the sessions before it; null when it is the first. Each person's series follows
 * their person key (the store's directory), never their row; anonymous sessions stay out of the named
 * series unless `includeAnonymous` (the facilitator's own view), since the Summary is read by every editor.
 * `history` is History as the caller already read it in this operation, so it is not read again.
 */
export function trendWithEarlierSessions(
  workbook: Workbook,
  state: SessionState,
  analysis: SessionAnalysis,
  people: PeopleDirectory,
  includeAnonymous = false,
  history: readonly SessionHistoryEntry[] = workbook.readHistory(),
): CalibrationTrend | null {
  const earlier = history.filter((entry) => entry.sessionId !== state.session.id);
  if (earlier.length === 0) return null;
  // A session stored before person keys existed is placed by address, with keys that live for this view only.
  let n = 0;
  const directory = withPeopleOf(people, state.session, () => `view-${++n}`);
  const current = membershipOf(state.session, revealLabels(state.session), directory);
  return trendAcrossSessions([...earlier, historyEntryFor(state.session, analysis, state.attendance)], {
    people: personResolver(directory, [current]),
    includeAnonymous,
  });
}

/**
 * The Summary, and the session's rows on the results tabs, which a closed session never rewrites.
 * `history`: History as already read in this operation (this session's own row is left out either way).
 */
export function writeSummary(
  workbook: Workbook,
  state: SessionState,
  analysis: SessionAnalysis,
  people: PeopleDirectory,
  history?: readonly SessionHistoryEntry[],
): void {
  workbook.writeSummary(state.session, analysis, trendWithEarlierSessions(workbook, state, analysis, people, false, history));
  if (!isCloseComplete(state)) workbook.writeResults(state.session, analysis);
}

export function writeDiscussion(workbook: Workbook, state: SessionState, analysis: SessionAnalysis): void {
  workbook.writeDiscussion(state.session, analysis, state.discussion, state.finals);
}
