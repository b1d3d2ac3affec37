// The attendance register, run through the action table against in-memory ports: it waits for the
// reveal, starts from who submitted, is the facilitator's, closes with the session, and reads a session
// stored before it existed.
import type { FacilitatorView } from '../../../src/api/views';
import type { Scorecard } from '../../../src/domain/schemas';
import { expectRefusedUnchanged, memorySession, submitAllIn, type MemoryPorts } from '../../support/memoryServices';
import { EVALUATORS, FACILITATOR } from '../../support/sessionData';

const emails = EVALUATORS.map((e) => e.email as string);

let ports: MemoryPorts;
let scorecard: Scorecard;

const facilitatorState = () => ports.run(FACILITATOR, 'getSidebarState') as FacilitatorView;

beforeEach(() => {
  ({ ports, scorecard } = memorySession({ options: { anonymousReveal: false } }));
  // Ana, Ben and Chen submit; the other five do not.
  submitAllIn(ports, scorecard, emails.slice(0, 3));
});

describe('the register', () => {
  it('waits for the reveal, then starts from who submitted; a tick is one call, stored, and shown at once', () => {
    expectRefusedUnchanged(
      ports,
      FACILITATOR,
      'markSessionAttendance',
      { evaluatorId: 'ana', status: 'absent' },
      /Reveal the scores first/,
    );
    expect(facilitatorState().attendance).toBeNull();

    ports.run(FACILITATOR, 'revealSessionScores', { confirm: true });
    const before = facilitatorState().attendance!;
    expect(before.register.map((e) => [e.evaluatorId, e.status, e.marked])).toEqual(
      EVALUATORS.map((e, i) => [e.id, i < 3 ? 'present' : 'absent', false]),
    );
    expect(before.rate).toBeCloseTo(3 / 8);

    // Dara joined the meeting without scoring; Ben sent apologies.
    const locks = ports.locksTaken();
    ports.run(FACILITATOR, 'markSessionAttendance', { evaluatorId: 'dara', status: 'present' });
    const view = ports.run(FACILITATOR, 'markSessionAttendance', { evaluatorId: 'ben', status: 'apologies' });
    expect(ports.locksTaken()).toBe(locks + 2);
    const ticks = new Map(view.attendance!.register.map((e) => [e.evaluatorId, e]));
    expect(ticks.get('dara')).toMatchObject({ status: 'present', submitted: false, marked: true });
    expect(ticks.get('ben')).toMatchObject({ status: 'apologies', submitted: true, marked: true });
    expect(ticks.get('ana')).toMatchObject({ status: 'present', marked: false });
    expect(view.attendance!.rate).toBeCloseTo(3 / 8);
    // Kept: a fresh load shows the same ticks; marking again replaces the tick.
    ports.run(FACILITATOR, 'markSessionAttendance', { evaluatorId: 'ben', status: 'present' });
    expect(facilitatorState().attendance!.register.find((e) => e.evaluatorId === 'ben')!.status).toBe('present');
  });

  it("is the facilitator's: an evaluator, an unknown name or a wrong tick is refused in plain words, changing nothing", () => {
    ports.run(FACILITATOR, 'revealSessionScores', { confirm: true });
    expectRefusedUnchanged(ports, emails[0]!, 'markSessionAttendance', { evaluatorId: 'ana', status: 'absent' }, /facilitator/i);
    expectRefusedUnchanged(ports, FACILITATOR, 'markSessionAttendance', { evaluatorId: 'zed', status: 'absent' }, /no evaluator "zed"/);
    expectRefusedUnchanged(
      ports,
      FACILITATOR,
      'markSessionAttendance',
      { evaluatorId: 'ana', status: 'late' },
      /Attendance .*present, absent or sent apologies/,
    );
  });

  it('is closed with the session', () => {
    ports.run(FACILITATOR, 'revealSessionScores', { confirm: true });
    ports.run(FACILITATOR, 'closeCurrentSession');
    expectRefusedUnchanged(ports, FACILITATOR, 'markSessionAttendance', { evaluatorId: 'ana', status: 'absent' }, /is closed/);
    // Still shown, as it was at the close.
    expect(facilitatorState().attendance!.register.filter((e) => e.status === 'present')).toHaveLength(3);
  });

  it('reads a session stored before the register existed as the defaults', () => {
    ports.run(FACILITATOR, 'revealSessionScores', { confirm: true });
    const { attendance, ...older } = JSON.parse(ports.records.get('cc.session')!) as Record<string, unknown>;
    expect(attendance).toBeDefined();
    ports.records.set('cc.session', JSON.stringify(older));
    const register = facilitatorState().attendance!.register;
    expect(register.map((e) => e.status)).toEqual(EVALUATORS.map((_, i) => (i < 3 ? 'present' : 'absent')));
    // And the next tick writes the current shape.
    ports.run(FACILITATOR, 'markSessionAttendance', { evaluatorId: 'hana', status: 'apologies' });
    expect(facilitatorState().attendance!.register.find((e) => e.evaluatorId === 'hana')!.status).toBe('apologies');
  });
});
