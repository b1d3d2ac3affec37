// Who may do what, run through the action table against in-memory ports: only the facilitator runs the
// session, an evaluator reads and changes only their own answers, and every refusal changes nothing.
import type { Scorecard } from '../../../src/domain/schemas';
import {
  expectRefusedUnchanged,
  memoryServices,
  memorySession,
  submitAllIn,
  type MemoryPorts,
  type MemoryUser,
} from '../../support/memoryServices';
import { CALLS, EVALUATORS, FACILITATOR, PRESET, answersFor, scores, sessionPayload } from '../../support/sessionData';

const ANA = EVALUATORS[0].email;
const STRANGER = 'stranger@example.com';
const ONLY_FACILITATOR = /Only the facilitator of "November calibration"/;

let ports: MemoryPorts;
let scorecard: Scorecard;

beforeEach(() => {
  ({ ports, scorecard } = memorySession());
});

function reveal(): void {
  submitAllIn(
    ports,
    scorecard,
    EVALUATORS.slice(0, 3).map((e) => e.email),
  );
  ports.run(FACILITATOR, 'revealSessionScores', { confirm: true });
}

const refusedUnchanged = (user: MemoryUser, name: Parameters<MemoryPorts['run']>[1], payload: unknown, message: RegExp) =>
  expectRefusedUnchanged(ports, user, name, payload, message);

describe('only the facilitator', () => {
  it.each([ANA, STRANGER])('can see the submission status (%s cannot)', (user) => {
    refusedUnchanged(user, 'getSubmissionStatus', undefined, ONLY_FACILITATOR);
  });

  it.each([ANA, STRANGER])('can reveal the scores (%s cannot)', (user) => {
    submitAllIn(ports, scorecard, [ANA]);
    refusedUnchanged(user, 'revealSessionScores', { confirm: true }, ONLY_FACILITATOR);
  });

  it.each([ANA, STRANGER])('can record a final (%s cannot)', (user) => {
    reveal();
    refusedUnchanged(user, 'recordFinalValue', { callId: 'c1', criterionId: 'greeting', value: 1 }, ONLY_FACILITATOR);
  });

  it.each([ANA, STRANGER])('can record the discussion (%s cannot)', (user) => {
    reveal();
    refusedUnchanged(user, 'recordDiscussionNotes', { criterionId: 'greeting', notes: 'x' }, ONLY_FACILITATOR);
  });

  it.each([ANA, STRANGER])('can change a definition (%s cannot)', (user) => {
    reveal();
    refusedUnchanged(
      user,
      'changeCriterionDefinition',
      { criterionId: 'greeting', newDefinition: 'Say both names.', reason: 'Clearer' },
      ONLY_FACILITATOR,
    );
  });

  it.each([ANA, STRANGER])('can save an action item (%s cannot)', (user) => {
    refusedUnchanged(user, 'saveSessionActionItem', { text: 'Retrain', owner: 'Ana Ruiz' }, ONLY_FACILITATOR);
  });

  it.each([ANA, STRANGER])('can close the session (%s cannot)', (user) => {
    reveal();
    refusedUnchanged(user, 'closeCurrentSession', undefined, ONLY_FACILITATOR);
  });

  it.each([ANA, STRANGER])('can repair the session (%s cannot)', (user) => {
    refusedUnchanged(user, 'repairCurrentSession', undefined, ONLY_FACILITATOR);
  });

  it.each([ANA, STRANGER])('can set up the session again (%s cannot)', (user) => {
    refusedUnchanged(user, 'startSession', sessionPayload({ title: 'Hijacked' }), /only its facilitator can start another session/);
  });

  it('is recognised by the token of their account when Apps Script withholds their address', () => {
    // The spreadsheet's owner, whose address Apps Script withholds (a consumer account).
    const withheld = { email: '', token: 'lead-withheld' } as const;
    ports = memoryServices({ scorecard: PRESET.scorecard, owner: '' });
    const created = ports.run(withheld, 'startSession', sessionPayload());
    expect(created.state.role).toBe('facilitator');
    expect(ports.run(withheld, 'getSidebarState').role).toBe('facilitator');
    refusedUnchanged({ email: '', token: 'someone-else' }, 'getSubmissionStatus', undefined, ONLY_FACILITATOR);
  });
});

describe('the facilitator', () => {
  it('may replace the session before anyone saved a score, but never discards one', () => {
    const replaced = ports.run(FACILITATOR, 'startSession', sessionPayload({ title: 'Corrected title' }));
    expect(replaced.state.role === 'facilitator' && replaced.state.session.title).toBe('Corrected title');
    ports.run(ANA, 'saveScoresDraft', scores('c1', answersFor(scorecard).slice(0, 1)));
    refusedUnchanged(FACILITATOR, 'startSession', sessionPayload(), /already has saved scores/);
  });

  it('may also score, as an evaluator listed with their address', () => {
    const lead = { id: 'lee', name: 'Lee Facilitator', email: FACILITATOR, role: 'supervisor' as const, seniority: 7 };
    ({ ports, scorecard } = memorySession({ evaluators: [...EVALUATORS.slice(0, 7).map((e) => ({ ...e })), lead] }));
    const form = ports.run(FACILITATOR, 'submitCallScores', scores('c1', answersFor(scorecard)));
    expect(form.evaluatorId).toBe('lee');
    const view = ports.run(FACILITATOR, 'getSidebarState');
    expect(view.role === 'facilitator' && view.asEvaluator?.callsSubmitted).toBe(1);
  });
});

describe('an evaluator', () => {
  it('cannot change a submission after the reveal, by submitting or by saving a draft', () => {
    reveal();
    refusedUnchanged(
      ANA,
      'submitCallScores',
      scores(
        'c1',
        answersFor(scorecard, () => 0 as never),
      ),
      /have been revealed/,
    );
    refusedUnchanged(ANA, 'saveScoresDraft', scores('c1', []), /have been revealed/);
    const view = ports.run(ANA, 'getSidebarState');
    expect(view.role === 'evaluator' && view.form.canEdit).toBe(false);
  });

  it('reads only their own answers', () => {
    submitAllIn(ports, scorecard, [ANA, EVALUATORS[1].email]);
    const view = ports.run(ANA, 'getSidebarState');
    expect(view.role).toBe('evaluator');
    if (view.role !== 'evaluator') return;
    expect(view.form.evaluatorId).toBe('ana');
    expect(view.agenda).toEqual([]);
    expect(Object.keys(view).sort()).toEqual([
      'agenda',
      'agreed',
      'attendance',
      'calibration',
      'form',
      'nextSession',
      'role',
      'session',
      'signedInAs',
      'startMessage',
    ]);
    // Nothing of the register before the reveal.
    expect([view.attendance, view.agreed]).toEqual([null, null]);
    expect(view.signedInAs).toEqual({ email: 'ana@example.com', withheld: false });
    expect(view.calibration).toBeNull();
    expect(view.nextSession).toBeNull();
  });
});

describe('the next session', () => {
  it('may be started only by the facilitator, a co-facilitator or the owner, and the refusal names who can', () => {
    const CO = 'co@example.com';
    ({ ports, scorecard } = memorySession({ team: { coFacilitators: [CO] } }));
    submitAllIn(
      ports,
      scorecard,
      EVALUATORS.slice(0, 3).map((e) => e.email),
    );
    ports.run(CO, 'revealSessionScores', { confirm: true });
    ports.run(FACILITATOR, 'closeCurrentSession');
    const before = ports.snapshot();
    expect(ports.refusal(ANA, 'startSession', sessionPayload())).toBe(
      `Only Lee Facilitator (lead@example.com), a co-facilitator (${CO}) or the spreadsheet's owner can start the session after "November calibration". Ask one of them.`,
    );
    expect(ports.snapshot()).toBe(before);
  });
});

describe('co-facilitators and managers', () => {
  const CO = 'co@example.com';
  const MANAGER = 'director@example.com';
  const emails = EVALUATORS.map((e) => e.email as string);

  it('lets a co-facilitator reveal, record finals and notes, and build and share the report, but not close', () => {
    ({ ports, scorecard } = memorySession({ team: { coFacilitators: [CO.toUpperCase()], managers: [MANAGER], managerAccess: 'edit' } }));
    submitAllIn(ports, scorecard, emails.slice(0, 4));
    const co = ports.run(CO, 'getSidebarState');
    if (co.role !== 'facilitator') throw new Error('expected the facilitator view');
    expect(co.isLead).toBe(false);
    expect(co.status.rows.filter((r) => r.callsSubmitted === CALLS.length)).toHaveLength(4);
    ports.run(CO, 'revealSessionScores', { confirm: true });
    ports.run(CO, 'recordFinalValue', { callId: 'c1', criterionId: 'greeting', value: 1 });
    ports.run(CO, 'recordDiscussionNotes', { criterionId: 'greeting', notes: 'Both names', resolution: 'Agreed' });
    const built = ports.run(CO, 'buildSessionReport');
    const shared = ports.run(CO, 'shareSessionReport', { includeParticipants: true });
    expect(shared.addedAsEditors).toEqual([MANAGER]);
    expect(shared.added).not.toContain(MANAGER);
    const doc = ports.documents.docs.get(built.docId)!;
    expect(doc.editors).toContain(MANAGER);
    expect(doc.viewers).toEqual(expect.arrayContaining(emails));
    expectRefusedUnchanged(
      ports,
      CO,
      'closeCurrentSession',
      undefined,
      /^Only the facilitator of "November calibration" \(Lee Facilitator\) can do this\.$/,
    );
    // Someone not named stays a visitor.
    expect(ports.refusal('other@example.com', 'revealSessionScores', { confirm: true })).toMatch(
      /^Only the facilitator .* or a co-facilitator \(co@example\.com\)/,
    );
  });

  it('shares with managers as viewers when the facilitator chose so', () => {
    ({ ports, scorecard } = memorySession({ team: { managers: [MANAGER] } }));
    submitAllIn(ports, scorecard, emails.slice(0, 3));
    ports.run(FACILITATOR, 'revealSessionScores', { confirm: true });
    const built = ports.run(FACILITATOR, 'buildSessionReport');
    const shared = ports.run(FACILITATOR, 'shareSessionReport', { includeParticipants: false });
    expect(shared).toMatchObject({ added: [MANAGER], addedAsEditors: [] });
    const doc = ports.documents.docs.get(built.docId)!;
    expect(doc.viewers).toEqual([MANAGER]);
    expect(doc.editors).not.toContain(MANAGER);
  });
});
