// The facilitator closes the session: a row on History, every score on the Scores log, the evaluator
// tabs archived. The closed session then stays in document properties, read-only, with its sealed
// scores, so its report can still be built and shared; the next session to start replaces it, so the
// store holds at most one session month after month. The latest scorecard is kept apart, for the next
// session to start from. Each step is recorded as done, and History and the Scores log are checked
// before appending, so a close that stops part-way completes when run again with the session on each
// exactly once.
import { criteriaById } from '../domain/scorecardIndex';
import type * as z from 'zod/mini';
import type { closeSessionPayloadSchema } from '../api/payloads';
import type { CloseSessionResult } from '../api/views';
import { writeSessionReport } from './buildReport';
import type { SessionAnalysis } from '../domain/analysis';
import { registerOf, statusByEvaluator, submittedIn } from '../domain/attendance';
import { UserError } from '../domain/errors';
import { withSessionRecorded } from '../domain/people';
import { historyEntryFor } from '../domain/trend';
import type { ScoreLogRow } from './ports/workbook';
import { commitWithEarlierSessions } from '../state/earlierSessions';
import { isCloseComplete, isRevealComplete, type SessionState } from '../state/sessionState';
import { LIBRARY_KEY, PEOPLE_KEY, SESSION_KEY, loadAllSealed, loadLibrary, loadPeople, requireState, saveState } from '../state/stateStore';
import { requireFacilitator } from './authorization';
import type { Services } from './ports/services';
import { resumableSteps } from './resumableSteps';
import { analysisOf } from './sessionScores';
import { sidebarState } from './sidebarState';
import { submissionStatusView } from './sessionViews';
import { sessionsBefore, writeSummary } from './refreshSummary';

type CloseSessionInput = z.output<typeof closeSessionPayloadSchema>;

/**
 * Closes the session; with `rebuildReport`, then rewrites the report Doc (or builds it) from the closed
 * session, so it says the session is closed and holds the last finals, notes and action items.
 */
export function closeSession(services: Services, input: CloseSessionInput): CloseSessionResult {
  const user = services.caller();
  const closed = services.underLock(() => {
    const store = services.store();
    let state = requireState(store);
    requireFacilitator(state, user);
    if (isCloseComplete(state)) {
      throw new UserError(`"${state.session.title}" is already closed: build its report, or start the next session.`);
    }
    if (!isRevealComplete(state)) {
      throw new UserError(
        state.reveal === null
          ? 'Reveal the scores before closing the session.'
          : 'The reveal stopped part-way: click "Reveal scores" again first.',
      );
    }
    if (state.close === null) {
      const now = services.now();
      state = saveState(store, {
        ...state,
        session: { ...state.session, status: 'closed', closedAt: now },
        close: { startedAt: now, historyAppended: false, scoresLogged: false, tabsArchived: false, completedAt: '' },
      });
    }
    const workbook = services.workbook();
    // Several seconds of calls (README, "What people wait for"): the spreadsheet says what is happening.
    workbook.progress('Closing the session: History and the Scores log…');
    const sealedAll = loadAllSealed(store, state.session);
    const analysis = analysisOf(state, sealedAll);
    const rows = scoreLogRows(state, analysis);
    const { session } = state;
    const step = resumableSteps(
      store,
      'close',
      () => state,
      (next) => (state = next),
    );
    // Read once: whether this session is on it yet, then the trend on the Summary and in the answer.
    const history = workbook.readHistory();
    step('historyAppended', () => {
      if (!history.some((entry) => entry.sessionId === session.id))
        workbook.appendHistory(historyEntryFor(session, analysis, state.attendance));
    });
    step('scoresLogged', () => {
      if (!workbook.sessionsInScoresLog().includes(session.id)) workbook.appendScoresLog(rows);
    });
    step('tabsArchived', () => {
      workbook.progress('Archiving the evaluator tabs…');
      workbook.archiveEvaluatorTabs(session);
    });
    workbook.progress('Refreshing the Summary…');
    // Everyone reading the Session and Summary tabs sees the session closed (written again by a re-run);
    // the Summary's refresh is also the results tabs' last write for this session, never again after.
    workbook.writeStatus(session, submissionStatusView(state, sealedAll).rows);
    const earlier = sessionsBefore(history, state);
    writeSummary(workbook, state, analysis, loadPeople(store), earlier);
    const library = loadLibrary(store);
    const register = registerOf(session, state.attendance, submittedIn(analysis));
    const people = withSessionRecorded(loadPeople(store), session, () => `p-${services.newId()}`, statusByEvaluator(register));
    const closedState: SessionState = { ...state, close: { ...state.close!, completedAt: services.now() } };
    // One write marks the close complete and hands the scorecard on, so neither happens without the other.
    // The sessions before this one, as History holds them now, go with it: the closed session's report
    // and sidebar draw their trend from this copy until the next session starts.
    commitWithEarlierSessions(
      store,
      {
        [SESSION_KEY]: closedState,
        [LIBRARY_KEY]: {
          ...library,
          latestScorecard: state.nextScorecard,
          lastClosed: { sessionId: session.id, title: session.title, closedAt: session.closedAt },
        },
        // Who was who: History names labels in an anonymous session, and this is what links them to people.
        [PEOPLE_KEY]: people,
      },
      session.id,
      earlier,
    );
    if (input.rebuildReport) writeSessionReport(services, services.documents(), closedState, { newDocument: false });
    return { sessionId: session.id, closedAt: session.closedAt, historyRows: 1, scoresLogged: rows.length, earlier };
  });
  const { earlier, ...result } = closed;
  return { ...result, state: sidebarState(services, { earlierSessions: earlier }) };
}

/** Every submitted answer with the final it was measured against, named as the reveal named it. */
function scoreLogRows(state: SessionState, analysis: SessionAnalysis): ScoreLogRow[] {
  const { session } = state;
  const labelOf = new Map(analysis.evaluators.map((e) => [e.evaluatorId, session.options.anonymousReveal ? e.revealLabel : e.name]));
  const criteria = criteriaById(session.scorecard);
  return analysis.calls.flatMap((call) =>
    call.criteria.flatMap((onCall) =>
      onCall.answers.map((answer) => ({
        sessionId: session.id,
        sessionDate: session.sessionDate,
        callId: call.callId,
        callLabel: call.label,
        evaluator: labelOf.get(answer.evaluatorId) ?? answer.evaluatorId,
        criterionId: onCall.criterionId,
        question: criteria.get(onCall.criterionId)?.question ?? onCall.criterionId,
        value: answer.value,
        final: onCall.final.value ?? '',
      })),
    ),
  );
}
