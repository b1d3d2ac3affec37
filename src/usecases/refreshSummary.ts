// After the reveal, the Summary and Discussion tabs follow the stored state: every final and every note
// rewrites them from the analysis, so they never drift from what is stored.
import { revealLabels, type SessionAnalysis } from '../domain/analysis';
import { membershipOf, personResolver, withPeopleOf } from '../domain/people';
import type { PeopleDirectory, SessionHistoryEntry } from '../domain/schemas';
import { historyEntryFor, trendAcrossSessions, type CalibrationTrend } from '../domain/trend';
import { loadEarlierSessions } from '../state/earlierSessions';
import { loadLibrary } from '../state/stateStore';
import type { PropertyStore } from './ports/propertyStore';
import type { Workbook } from './ports/workbook';
import { isCloseComplete, type SessionState } from '../state/sessionState';

/**
 * History gains its rows when a session here closes: until one has, it holds no earlier session, and the
 * Summary is laid out without reading it. Every writer of the Summary asks the same question, so a final
 * that rewrites only the cells that changed lays the Summary out as the reveal did.
 */
function historyMayHoldEarlierSessions(store: PropertyStore): boolean {
  return loadLibrary(store).lastClosed !== null;
}

/** The sessions on History other than this one: what a trend is drawn against. */
export function sessionsBefore(history: readonly SessionHistoryEntry[], state: SessionState): SessionHistoryEntry[] {
  return history.filter((entry) => entry.sessionId !== state.session.id);
}

/**
 * The sessions before this one: History changes only at a close, so after the reveal this is the copy
 * the reveal (or the last repair) stored of them (state/earlierSessions.ts), which costs no service
 * call. History is read only when no copy was stored for this session (a session revealed before the
 * copy existed, or one whose copy did not fit), and not at all while it cannot hold an earlier session.
 */
export function earlierSessions(workbook: Workbook, store: PropertyStore, state: SessionState): SessionHistoryEntry[] {
  if (!historyMayHoldEarlierSessions(store)) return [];
  return loadEarlierSessions(store, state.session.id) ?? sessionsBefore(workbook.readHistory(), state);
}

/**
 * The sessions before this one read from History itself, for the steps that store the copy (the reveal,
 * the repair); null when History cannot hold an earlier session, so there is nothing to read or store.
 */
export function earlierSessionsOnHistory(workbook: Workbook, store: PropertyStore, state: SessionState): SessionHistoryEntry[] | null {
  return historyMayHoldEarlierSessions(store) ? sessionsBefore(workbook.readHistory(), state) : null;
}

/**
 * The session against the sessions before it; null when it is the first. Each person's series follows
 * their person key (the store's directory), never their row; anonymous sessions stay out of the named
 * series unless `includeAnonymous` (the facilitator's own view), since the Summary is read by every editor.
 */
export function trendAfter(
  earlier: readonly SessionHistoryEntry[],
  state: SessionState,
  analysis: SessionAnalysis,
  people: PeopleDirectory,
  includeAnonymous = false,
): CalibrationTrend | null {
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
 * `earlier`: the sessions before this one (`earlierSessions`, or History as already read in this operation).
 */
export function writeSummary(
  workbook: Workbook,
  state: SessionState,
  analysis: SessionAnalysis,
  people: PeopleDirectory,
  earlier: readonly SessionHistoryEntry[],
): void {
  const trend = trendAfter(earlier, state, analysis, people);
  workbook.writeSummary(state.session, analysis, trend);
  if (!isCloseComplete(state)) workbook.writeResults(state.session, analysis);
}

export function writeDiscussion(workbook: Workbook, state: SessionState, analysis: SessionAnalysis): void {
  workbook.writeDiscussion(state.session, analysis, state.discussion, state.finals);
}
