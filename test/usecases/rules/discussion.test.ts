// The discussion step, run through the action table against in-memory ports: finals, notes, definition
// changes and action items wait for the reveal, are checked against the scorecard, and are kept as typed.
import type { Scorecard } from '../../../src/domain/schemas';
import { expectRefusedUnchanged, memorySession, submitAllIn, type MemoryPorts } from '../../support/memoryServices';
import { EVALUATORS, FACILITATOR } from '../../support/sessionData';

let ports: MemoryPorts;
let scorecard: Scorecard;

beforeEach(() => {
  ({ ports, scorecard } = memorySession());
  submitAllIn(
    ports,
    scorecard,
    EVALUATORS.slice(0, 4).map((e) => e.email),
    (c, i) => (c.type === 'scale' ? 2 + (i % 3) : i % 2),
  );
});

function refusedUnchanged(name: Parameters<MemoryPorts['run']>[1], payload: unknown, message: RegExp): void {
  expectRefusedUnchanged(ports, FACILITATOR, name, payload, message);
}

describe('before the reveal', () => {
  it('finals, discussion and definition changes wait for the reveal', () => {
    refusedUnchanged('recordFinalValue', { callId: 'c1', criterionId: 'greeting', value: 1 }, /Reveal the scores first/);
    refusedUnchanged('recordDiscussionNotes', { criterionId: 'greeting', notes: 'x' }, /Reveal the scores first/);
    refusedUnchanged('changeCriterionDefinition', { criterionId: 'greeting', newDefinition: 'x', reason: 'y' }, /Reveal the scores first/);
  });
});

describe('after the reveal', () => {
  beforeEach(() => {
    ports.run(FACILITATOR, 'revealSessionScores', { confirm: true });
  });

  it('a final replaces the consensus on the agenda, and recording it again updates it', () => {
    ports.run(FACILITATOR, 'recordFinalValue', { callId: 'c1', criterionId: 'discovery', value: 4 });
    const view = ports.run(FACILITATOR, 'recordFinalValue', { callId: 'c1', criterionId: 'discovery', value: 3 });
    expect(view.finals.map((f) => [f.callId, f.criterionId, f.value])).toEqual([['c1', 'discovery', 3]]);
    const onAgenda = view.agenda.find((a) => a.criterionId === 'discovery')?.calls.find((c) => c.callId === 'c1');
    if (onAgenda) expect(onAgenda).toMatchObject({ final: 3, finalSource: 'recorded' });
  });

  it('a final must be a valid answer to the criterion', () => {
    refusedUnchanged('recordFinalValue', { callId: 'c1', criterionId: 'discovery', value: 9 }, /from 1 to 5/);
    refusedUnchanged('recordFinalValue', { callId: 'c1', criterionId: 'greeting', value: 'NA' }, /N\/A is not allowed/);
    refusedUnchanged('recordFinalValue', { callId: 'c7', criterionId: 'greeting', value: 1 }, /"c7" is not a call/);
    refusedUnchanged('recordFinalValue', { callId: 'c1', criterionId: 'q404', value: 1 }, /"q404" is not a criterion/);
  });

  it('discussion notes are kept per agenda item and updated in place', () => {
    ports.run(FACILITATOR, 'recordDiscussionNotes', { criterionId: 'greeting', notes: 'First pass', resolution: '' });
    const view = ports.run(FACILITATOR, 'recordDiscussionNotes', {
      criterionId: 'greeting',
      notes: '-2 points was harsh; @team agrees',
      resolution: 'Name plus company',
    });
    expect(view.discussion).toHaveLength(1);
    expect(view.discussion[0]).toMatchObject({
      criterionId: 'greeting',
      callId: '',
      notes: '-2 points was harsh; @team agrees',
      resolution: 'Name plus company',
    });
  });

  it("a definition change makes the next scorecard version and leaves this session's scorecard alone", () => {
    const first = ports.run(FACILITATOR, 'changeCriterionDefinition', {
      criterionId: 'greeting',
      newDefinition: 'Both names before the reason for the call.',
      reason: 'Read two ways',
    });
    expect(first.nextScorecardVersion).toBe(2);
    expect(first.scorecard).toEqual(scorecard);
    const second = ports.run(FACILITATOR, 'changeCriterionDefinition', {
      criterionId: 'empathy',
      newQuestion: "Did the agent acknowledge the customer's feelings?",
      newDefinition: 'Named the feeling.',
      reason: 'Shorter',
    });
    expect(second.nextScorecardVersion).toBe(3);
    expect(second.definitionChanges.map((c) => [c.criterionId, c.fromVersion, c.toVersion])).toEqual([
      ['greeting', 1, 2],
      ['empathy', 2, 3],
    ]);
    refusedUnchanged(
      'changeCriterionDefinition',
      {
        criterionId: 'greeting',
        newDefinition: 'Both names before the reason for the call.',
        reason: 'again',
      },
      /same as the current wording/,
    );
    refusedUnchanged('changeCriterionDefinition', { criterionId: 'greeting', newDefinition: 'Other', reason: ' ' }, /say why/);
  });

  it('action items are added and updated, and the workbook keeps them as typed', () => {
    const added = ports.run(FACILITATOR, 'saveSessionActionItem', {
      text: '=HYPERLINK("x") refresher',
      owner: 'Ana Ruiz',
      dueDate: '2026-12-15',
      criterionId: 'greeting',
    });
    expect(added.openActionItems).toHaveLength(1);
    const item = added.openActionItems[0]!;
    expect(item).toMatchObject({ text: '=HYPERLINK("x") refresher', owner: 'Ana Ruiz', status: 'open', criterionId: 'greeting' });
    const done = ports.run(FACILITATOR, 'saveSessionActionItem', {
      id: item.id,
      text: item.text,
      owner: item.owner,
      dueDate: item.dueDate,
      status: 'done',
    });
    expect(done.openActionItems).toEqual([]);
    expect(ports.workbook.actionItems).toEqual([
      expect.objectContaining({ id: item.id, text: '=HYPERLINK("x") refresher', status: 'done' }),
    ]);
  });
});
