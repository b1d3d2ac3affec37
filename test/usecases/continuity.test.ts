// From one month to the next, through the sheets and the Docs: a closed session is archived whole and
// its report can be built again; a session restarted before anyone scored leaves no tabs behind;
// co-facilitators help run the session; managers receive the report as the facilitator chose. Who may
// start the next session, and name claims, are rules in rules/authorization.test.ts and
// rules/claimEvaluator.test.ts.
import type { FacilitatorView, SidebarState } from '../../src/api/views';
import { documentLines } from '../adapters/docs/documentLines';
import { CALLS, EVALUATORS, FACILITATOR, api, as, failure, sessionPayload, setUpSession, environmentPerTest, submitAll } from './harness';

const env = environmentPerTest();

const CO = 'co@example.com';
const MANAGER = 'director@example.com';
const emails = EVALUATORS.map((e) => e.email as string);

const facilitatorOf = (state: SidebarState): FacilitatorView => {
  if (state.role !== 'facilitator') throw new Error(`expected the facilitator view, got ${state.role}`);
  return state;
};

/** Every tab's name and whether it is hidden, as the owner sees them. */
const tabs = () =>
  as(env, FACILITATOR, () =>
    SpreadsheetApp.getActiveSpreadsheet()
      .getSheets()
      .map((sheet) => ({ name: sheet.getName(), hidden: sheet.isSheetHidden() })),
  );

describe('a closed session is never destroyed', () => {
  it('is archived when the next session starts, and its report is built again from the archive', () => {
    const scorecard = setUpSession(env, { team: { coFacilitators: [CO] } });
    submitAll(env, scorecard, emails.slice(0, 5));
    const closedId = facilitatorOf(as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }))).session.id;
    const first = as(env, FACILITATOR, () => api.buildSessionReport());
    as(env, FACILITATOR, () => api.closeCurrentSession());

    // The co-facilitator starts December; November is archived, not replaced.
    const next = facilitatorOf(
      as(env, CO, () =>
        api.startSession(
          sessionPayload({ title: 'December calibration', sessionDate: '2026-12-28', scoringDeadline: '2026-12-26T17:00:00.000Z' }),
        ),
      ).state,
    );
    expect(next.session.title).toBe('December calibration');
    expect(next.archivedSessions).toEqual([
      { sessionId: closedId, title: 'November calibration', sessionDate: '2026-11-30', reportUrl: first.url },
    ]);

    // November's report is rebuilt into its own Doc, from its archived scores.
    const rebuilt = as(env, CO, () => api.buildSessionReport({ sessionId: closedId }));
    expect(rebuilt).toMatchObject({ docId: first.docId, created: false });
    const lines = documentLines(env.documents().find((doc) => doc.id === first.docId)!.body);
    expect(lines[0]).toMatch(/November calibration/);
    expect(lines).toContainEqual(expect.stringMatching(/^Status: closed on /));
    // Its own facilitator may too, though December is not theirs; nobody who did not run it may.
    expect(as(env, FACILITATOR, () => api.buildSessionReport({ sessionId: closedId })).docId).toBe(first.docId);
    expect(failure(env, emails[0], () => api.buildSessionReport({ sessionId: closedId }))).toMatch(
      /^Only the facilitator of "November calibration"/,
    );
    expect(failure(env, FACILITATOR, () => api.buildSessionReport({ sessionId: 'nope' }))).toBe(
      'No session "nope" is kept in this spreadsheet.',
    );
  });

  it('removes the tabs of a session restarted before anyone scored', () => {
    setUpSession(env);
    const before = tabs();
    expect(before.filter((t) => t.name.startsWith('Scores – '))).toHaveLength(EVALUATORS.length);
    // Restarted with three evaluators fewer: their tabs go, nothing hidden is left behind.
    setUpSession(env, { evaluators: EVALUATORS.slice(0, 5).map((e) => ({ ...e })) });
    const after = tabs();
    expect(after.filter((t) => t.name.startsWith('Scores – '))).toHaveLength(5);
    expect(after.filter((t) => /\(\d+\)$/.test(t.name))).toEqual([]);
    expect(after.length).toBe(before.length - 3);
  });
});

describe('co-facilitators and managers', () => {
  it('lets a co-facilitator reveal, record finals and notes, and build and share the report, but not close', () => {
    const scorecard = setUpSession(env, { team: { coFacilitators: [CO.toUpperCase()], managers: [MANAGER], managerAccess: 'edit' } });
    submitAll(env, scorecard, emails.slice(0, 4));
    const co = facilitatorOf(as(env, CO, () => api.getSidebarState()));
    expect(co.isLead).toBe(false);
    expect(co.status.rows.filter((r) => r.callsSubmitted === CALLS.length)).toHaveLength(4);
    as(env, CO, () => api.revealSessionScores({ confirm: true }));
    as(env, CO, () => api.recordFinalValue({ callId: 'c1', criterionId: 'greeting', value: 1 }));
    as(env, CO, () => api.recordDiscussionNotes({ criterionId: 'greeting', notes: 'Both names', resolution: 'Agreed' }));
    const built = as(env, CO, () => api.buildSessionReport());
    const shared = as(env, CO, () => api.shareSessionReport({ includeParticipants: true }));
    expect(shared.addedAsEditors).toEqual([MANAGER]);
    expect(shared.added).not.toContain(MANAGER);
    const doc = env.documents().find((d) => d.id === built.docId)!;
    expect(doc.editors).toContain(MANAGER);
    expect(doc.viewers).toEqual(expect.arrayContaining(emails));
    expect(failure(env, CO, () => api.closeCurrentSession())).toBe(
      'Only the facilitator of "November calibration" (Lee Facilitator) can do this.',
    );
    // Someone not named stays a visitor.
    expect(failure(env, 'other@example.com', () => api.revealSessionScores({ confirm: true }))).toMatch(
      /^Only the facilitator .* or a co-facilitator \(co@example\.com\)/,
    );
  });

  it('shares with managers as viewers when the facilitator chose so', () => {
    const scorecard = setUpSession(env, { team: { managers: [MANAGER] } });
    submitAll(env, scorecard, emails.slice(0, 3));
    as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
    const built = as(env, FACILITATOR, () => api.buildSessionReport());
    const shared = as(env, FACILITATOR, () => api.shareSessionReport({ includeParticipants: false }));
    expect(shared).toMatchObject({ added: [MANAGER], addedAsEditors: [] });
    const doc = env.documents().find((d) => d.id === built.docId)!;
    expect(doc.viewers).toEqual([MANAGER]);
    expect(doc.editors).not.toContain(MANAGER);
  });
});
