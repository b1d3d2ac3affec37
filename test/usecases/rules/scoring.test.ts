// The rules of blind scoring, run through the action table against in-memory ports: what an evaluator
// may save and submit, what it touches, and who may do what. No Apps Script environment is involved.
import { actionNames, actions } from '../../../src/api/actions';
import type { Scorecard } from '../../../src/domain/schemas';
import { expectRefusedUnchanged as refusedIn, memorySession, type MemoryPorts } from '../../support/memoryServices';
import { CALLS, EVALUATORS, FACILITATOR, answersFor, scores } from '../../support/sessionData';

const ANA = EVALUATORS[0].email;
const BEN = EVALUATORS[1].email;
const STRANGER = 'stranger@example.com';

let ports: MemoryPorts;
let scorecard: Scorecard;

beforeEach(() => {
  ({ ports, scorecard } = memorySession());
});

const expectRefusedUnchanged = (user: string, name: Parameters<MemoryPorts['refusal']>[1], payload: unknown, message: RegExp) =>
  refusedIn(ports, user, name, payload, message);

describe('a submission', () => {
  it('is sealed under the lock, and touches no sheet but the submission counts', () => {
    const locks = ports.locksTaken();
    const form = ports.run(ANA, 'submitCallScores', scores('c1', answersFor(scorecard)));
    expect(form.calls.find((c) => c.call.id === 'c1')).toMatchObject({ state: 'submitted', revision: 1 });
    expect(ports.locksTaken()).toBe(locks + 1);
    // Only the counts everyone may read are refreshed: who has submitted how many calls, never what.
    expect(ports.workbook.calls).toEqual(['writeSubmissionCounts']);
  });

  it('may be revised until the reveal, each revision counted', () => {
    ports.run(ANA, 'submitCallScores', scores('c1', answersFor(scorecard)));
    const again = ports.run(
      ANA,
      'submitCallScores',
      scores(
        'c1',
        answersFor(scorecard, (c) => (c.type === 'scale' ? c.min : 0)),
      ),
    );
    expect(again.calls.find((c) => c.call.id === 'c1')!.revision).toBe(2);
  });

  it('must answer every criterion, while a draft may leave some out', () => {
    const partial = answersFor(scorecard).slice(0, 2);
    expect(ports.run(ANA, 'saveScoresDraft', scores('c1', partial)).calls.find((c) => c.call.id === 'c1')!.state).toBe('draft');
    expectRefusedUnchanged(ANA, 'submitCallScores', scores('c1', partial), /unanswered|every criterion|answer/i);
  });

  it('is refused for a call that is not in the session, changing nothing', () => {
    expectRefusedUnchanged(ANA, 'submitCallScores', scores('c404', answersFor(scorecard)), /"c404" is not a call/);
  });

  it('is refused to someone who is not an evaluator', () => {
    expectRefusedUnchanged(STRANGER, 'submitCallScores', scores('c1', answersFor(scorecard)), /is not one of the evaluators/);
  });

  it('can no longer change once the scores are revealed', () => {
    for (const evaluator of EVALUATORS)
      for (const call of CALLS) ports.run(evaluator.email, 'submitCallScores', scores(call.id, answersFor(scorecard)));
    ports.run(FACILITATOR, 'revealSessionScores', { confirm: true });
    expectRefusedUnchanged(
      BEN,
      'submitCallScores',
      scores(
        'c1',
        answersFor(scorecard, (c) => (c.type === 'scale' ? c.min : 0)),
      ),
      /can no longer change/,
    );
  });
});

describe('before the reveal', () => {
  it('the facilitator sees who submitted and when, never what', () => {
    const answers = answersFor(scorecard).map((a, i) => (i === 0 ? { ...a, comment: 'sealed-note-ana' } : a));
    ports.run(ANA, 'submitCallScores', scores('c1', answers));
    const status = ports.run(FACILITATOR, 'getSubmissionStatus');
    expect(status.rows.find((row) => row.evaluatorId === 'ana')).toMatchObject({ callsSubmitted: 1 });
    expect(JSON.stringify(status)).not.toContain('sealed-note-ana');
    expect(JSON.stringify(ports.run(BEN, 'getSidebarState'))).not.toContain('sealed-note-ana');
  });
});

describe('the action table', () => {
  const facilitatorOnly = actionNames.filter((name) => actions[name].who.startsWith('facilitator'));

  it.each(facilitatorOnly)('%s is refused to an evaluator, changing nothing', (name) => {
    const payloads: Partial<Record<typeof name, unknown>> = {
      revealSessionScores: { confirm: true },
      recordFinalValue: { callId: 'c1', criterionId: 'greeting', value: 1 },
      recordDiscussionNotes: { criterionId: 'greeting', notes: 'n' },
      changeCriterionDefinition: { criterionId: 'greeting', newDefinition: 'd', reason: 'r' },
      saveSessionActionItem: { text: 't', owner: 'o' },
      markSessionAttendance: { evaluatorId: 'ana', status: 'absent' },
      shareSessionReport: {},
      undoEvaluatorClaim: { evaluatorId: 'ana' },
    };
    expectRefusedUnchanged(ANA, name, payloads[name], /Only the facilitator/);
  });
});
