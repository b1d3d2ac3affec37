// The session's steps in order, run through the action table against in-memory ports: the reveal needs
// a confirmation and a submission, freezes scoring and happens once; the report and the close wait for
// the reveal; each refusal is in plain words and changes nothing.
import { lowestValue } from '../../../src/domain/answers';
import type { Scorecard } from '../../../src/domain/schemas';
import { expectRefusedUnchanged, memorySession, submitAllIn, type MemoryPorts } from '../../support/memoryServices';
import { EVALUATORS, FACILITATOR } from '../../support/sessionData';

let ports: MemoryPorts;
let scorecard: Scorecard;

beforeEach(() => {
  ({ ports, scorecard } = memorySession());
});

/** Five evaluators submit: three give every criterion its highest value, two its lowest, so they disagree. */
function submitFive(): void {
  submitAllIn(
    ports,
    scorecard,
    EVALUATORS.slice(0, 3).map((e) => e.email),
  );
  submitAllIn(
    ports,
    scorecard,
    EVALUATORS.slice(3, 5).map((e) => e.email),
    (c) => lowestValue(c),
  );
}

describe('revealing the scores', () => {
  it("needs the facilitator's confirmation", () => {
    submitFive();
    expectRefusedUnchanged(ports, FACILITATOR, 'revealSessionScores', {}, /confirm/);
    expectRefusedUnchanged(ports, FACILITATOR, 'revealSessionScores', { confirm: 'yes' }, /confirm/);
  });

  it('is refused when nobody has submitted', () => {
    expectRefusedUnchanged(ports, FACILITATOR, 'revealSessionScores', { confirm: true }, /Nobody has submitted/);
  });

  it('writes the evaluator tabs and the Summary, shows the agenda and who did not submit, and happens once', () => {
    submitFive();
    ports.workbook.calls.length = 0;
    const locks = ports.locksTaken();
    const view = ports.run(FACILITATOR, 'revealSessionScores', { confirm: true });
    expect(view.reveal.state).toBe('done');
    expect(view.session.status).toBe('revealed');
    expect(view.agenda.length).toBeGreaterThan(0);
    expect(view.status.notSubmitted).toEqual(EVALUATORS.slice(5).map((e) => e.name));
    expect(ports.locksTaken()).toBeGreaterThan(locks);
    expect(ports.workbook.calls).toEqual(expect.arrayContaining(['revealEvaluatorTabs', 'writeSummary']));
    expectRefusedUnchanged(ports, FACILITATOR, 'revealSessionScores', { confirm: true }, /already revealed/);
  });
});

describe('the report', () => {
  it('is refused before the reveal, with no Doc made', () => {
    expectRefusedUnchanged(ports, FACILITATOR, 'buildSessionReport', undefined, /Reveal the scores before building the report/);
    expect(ports.documents.docs.size).toBe(0);
  });

  it('is refused to an evaluator, and with a malformed choice, with no Doc made', () => {
    submitFive();
    ports.run(FACILITATOR, 'revealSessionScores', { confirm: true });
    expectRefusedUnchanged(ports, EVALUATORS[0].email, 'buildSessionReport', undefined, /Only the facilitator/);
    expectRefusedUnchanged(ports, FACILITATOR, 'buildSessionReport', { newDocument: 'yes' }, /New document must be on or off/);
    expect(ports.documents.docs.size).toBe(0);
  });
});

describe('closing the session', () => {
  it('is refused before the reveal', () => {
    expectRefusedUnchanged(ports, FACILITATOR, 'closeCurrentSession', undefined, /Reveal the scores before closing/);
  });
});
