// From one month to the next: a closed session is archived whole and its report can be built again;
// only its facilitator, a co-facilitator or the owner starts the next one; a session restarted before
// anyone scored leaves no tabs behind; co-facilitators help run the session; managers receive the
// report as the facilitator chose; name claims are only for withheld addresses, and can be undone.
import type { FacilitatorView, SidebarState } from '../../src/api/views';
import { documentLines } from '../adapters/docs/documentLines';
import {
  CALLS,
  EVALUATORS,
  FACILITATOR,
  api,
  answersFor,
  as,
  documentProperties,
  failure,
  scores,
  sessionPayload,
  setUpSession,
  environmentPerTest,
  submitAll,
} from './harness';

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

  it('refuses anyone but the facilitator, a co-facilitator or the owner, naming who can', () => {
    setUpSession(env, { team: { coFacilitators: [CO] } });
    submitAll(env, answersScorecard(), emails.slice(0, 3));
    as(env, CO, () => api.revealSessionScores({ confirm: true }));
    as(env, FACILITATOR, () => api.closeCurrentSession());
    const before = documentProperties(env);
    expect(failure(env, emails[0], () => api.startSession(sessionPayload()))).toBe(
      `Only Lee Facilitator (lead@example.com), a co-facilitator (${CO}) or the spreadsheet's owner can start the session after "November calibration". Ask one of them.`,
    );
    expect(documentProperties(env)).toEqual(before);
  });
});

function answersScorecard() {
  const state = facilitatorOf(as(env, FACILITATOR, () => api.getSidebarState()));
  return state.scorecard;
}

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

describe('name claims', () => {
  const PAT = { email: '', key: 'pat-personal' };
  const SAM = { email: '', key: 'sam-personal' };
  const withPat = () => ({
    evaluators: [
      ...EVALUATORS.slice(0, 3).map((e) => ({ ...e })),
      { id: 'pat', name: 'Pat Partner', email: '', role: 'bpo-partner' as const, seniority: 1 },
    ],
  });

  it('are only for someone whose address Google withholds; a known address is told to ask the facilitator', () => {
    setUpSession(env, withPat());
    const stranger = as(env, 'stranger@example.com', () => api.getSidebarState());
    expect(stranger).toMatchObject({ role: 'visitor', claimable: [], signedInAs: { email: 'stranger@example.com', withheld: false } });
    expect(stranger.role === 'visitor' && stranger.message).toBe(
      'stranger@example.com is not one of the evaluators of "November calibration". If you should score, ask the facilitator (Lee Facilitator) to add stranger@example.com to your row.',
    );
    const before = documentProperties(env);
    expect(failure(env, 'stranger@example.com', () => api.claimEvaluatorName({ evaluatorId: 'pat' }))).toBe(
      'Google shares your address (stranger@example.com) with the add-on, so you cannot pick a name: ask the facilitator (Lee Facilitator) to add stranger@example.com to your row.',
    );
    expect(failure(env, emails[0], () => api.claimEvaluatorName({ evaluatorId: 'pat' }))).toMatch(
      /^You are already Ana Ruiz in this session/,
    );
    expect(documentProperties(env)).toEqual(before);
    const pat = as(env, PAT, () => api.getSidebarState());
    expect(pat).toMatchObject({ role: 'visitor', signedInAs: { email: '', withheld: true } });
    expect(pat.role === 'visitor' && pat.claimable.map((c) => c.id)).toEqual(['pat']);
  });

  it('are shown to the facilitator with their time, and can be undone before the reveal, with what was saved under the name', () => {
    const scorecard = setUpSession(env, withPat());
    as(env, SAM, () => api.claimEvaluatorName({ evaluatorId: 'pat' }));
    as(env, SAM, () => api.saveScoresDraft(scores('c1', answersFor(scorecard).slice(0, 2))));
    const view = facilitatorOf(as(env, FACILITATOR, () => api.getSidebarState()));
    expect(view.claims).toEqual([{ evaluatorId: 'pat', name: 'Pat Partner', claimedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) }]);
    expect(view.status.rows.find((r) => r.evaluatorId === 'pat')?.identifiedBy).toBe('self-declared');

    // Only the facilitator side may undo.
    expect(failure(env, emails[0], () => api.undoEvaluatorClaim({ evaluatorId: 'pat' }))).toMatch(/^Only the facilitator/);
    const undone = facilitatorOf(as(env, FACILITATOR, () => api.undoEvaluatorClaim({ evaluatorId: 'pat' })));
    expect(undone.claims).toEqual([]);
    expect(Object.keys(documentProperties(env)).filter((k) => k.startsWith('cc.sub.pat'))).toEqual([]);
    // Sam is no longer Pat; the real Pat picks the name and finds nothing of Sam's.
    expect(as(env, SAM, () => api.getSidebarState()).role).toBe('visitor');
    const pat = as(env, PAT, () => api.claimEvaluatorName({ evaluatorId: 'pat' }));
    expect(pat.role === 'evaluator' && pat.form.calls.every((c) => c.state === 'not-started')).toBe(true);
    expect(failure(env, FACILITATOR, () => api.undoEvaluatorClaim({ evaluatorId: 'ana' }))).toBe(
      'Nobody has picked the name Ana Ruiz: there is nothing to undo.',
    );
  });
});
