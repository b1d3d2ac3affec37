// Submitting scores, run through the action table against in-memory ports: what is sealed and where,
// what every answer is checked against, drafts and revisions, and that each refusal changes nothing.
import type { Scorecard } from '../../../src/domain/schemas';
import { expectRefusedUnchanged, memorySession, type MemoryPorts } from '../../support/memoryServices';
import { EVALUATORS, FACILITATOR, answersFor, scores } from '../../support/sessionData';

const ANA = EVALUATORS[0].email;
const BEN = EVALUATORS[1].email;

let ports: MemoryPorts;
let scorecard: Scorecard;

beforeEach(() => {
  ({ ports, scorecard } = memorySession());
});

const refusedUnchanged = (user: string, name: 'submitCallScores' | 'saveScoresDraft', payload: unknown, message: RegExp) =>
  expectRefusedUnchanged(ports, user, name, payload, message);

describe('submitting scores', () => {
  it('seals the submission in the property store and asks the workbook only to refresh the counts', () => {
    const answers = answersFor(scorecard).map((a, i) => (i === 0 ? { ...a, comment: 'sealed-note-ana' } : a));
    const form = ports.run(ANA, 'submitCallScores', scores('c1', answers));
    expect(form.evaluatorId).toBe('ana');
    const c1 = form.calls.find((c) => c.call.id === 'c1')!;
    expect(c1.state).toBe('submitted');
    expect(c1.revision).toBe(1);
    expect(c1.submittedAt).not.toBe('');
    expect(c1.answers).toEqual(answers);
    expect(form.callsSubmitted).toBe(1);
    expect([...ports.records.keys()].some((key) => key.startsWith('cc.sub.ana'))).toBe(true);
    expect(ports.workbook.calls).toEqual(['writeSubmissionCounts']);
  });

  it('takes the evaluator from who is calling; a payload naming an evaluator is refused', () => {
    const tampered = { ...scores('c1', answersFor(scorecard)), evaluatorId: 'ben' };
    refusedUnchanged(ANA, 'submitCallScores', tampered, /evaluatorId/);
    ports.run(ANA, 'submitCallScores', scores('c1', answersFor(scorecard)));
    const ben = ports.run(BEN, 'getSidebarState');
    expect(ben.role === 'evaluator' && ben.form.calls.every((c) => c.state === 'not-started')).toBe(true);
  });

  it('validates every answer against the pinned scorecard and changes nothing when one is wrong', () => {
    const full = answersFor(scorecard);
    const withValue = (criterionId: string, value: unknown) => full.map((a) => (a.criterionId === criterionId ? { ...a, value } : a));
    refusedUnchanged(ANA, 'submitCallScores', scores('c1', withValue('discovery', 6) as never), /discovery.*from 1 to 5/);
    refusedUnchanged(ANA, 'submitCallScores', scores('c1', withValue('greeting', 'NA') as never), /N\/A is not allowed/);
    refusedUnchanged(
      ANA,
      'submitCallScores',
      scores('c1', withValue('greeting', Number.NaN) as never),
      /Answer 1 \(\w[\w-]*\): Score must be a number or N\/A/,
    );
    refusedUnchanged(ANA, 'submitCallScores', scores('c1', full.slice(1)), /has no answer/);
    refusedUnchanged(
      ANA,
      'submitCallScores',
      scores('c1', [...full, { criterionId: 'no-such-criterion', value: 1, comment: '' }]),
      /"no-such-criterion" is not a criterion/,
    );
    refusedUnchanged(ANA, 'submitCallScores', scores('c9', full), /"c9" is not a call/);
    refusedUnchanged(ANA, 'submitCallScores', scores('c1', [...full, full[0]!]), /answered twice/);
  });

  it('accepts N/A where the scorecard allows it', () => {
    const answers = answersFor(scorecard, (c) => (c.id === 'hold-etiquette' ? 'NA' : c.type === 'scale' ? 3 : 1));
    const form = ports.run(ANA, 'submitCallScores', scores('c1', answers));
    expect(form.calls[0]!.answers.find((a) => a.criterionId === 'hold-etiquette')!.value).toBe('NA');
  });

  it('keeps comments as typed, even one that starts like a formula', () => {
    const answers = answersFor(scorecard).map((a, i) => (i === 0 ? { ...a, comment: '=IMPORTRANGE("x","y")' } : a));
    const typed = ports.run(ANA, 'submitCallScores', scores('c1', answers));
    expect(typed.calls[0]!.answers[0]!.comment).toBe('=IMPORTRANGE("x","y")');
    const plus = answersFor(scorecard).map((a, i) => (i === 0 ? { ...a, comment: '+1 for tone' } : a));
    const form = ports.run(ANA, 'submitCallScores', scores('c1', plus));
    expect(form.calls[0]!.answers[0]!.comment).toBe('+1 for tone');
  });

  it('lets a draft be partial, and keeps the submitted answers in force while a newer draft is unsubmitted', () => {
    const draft = ports.run(ANA, 'saveScoresDraft', scores('c1', answersFor(scorecard).slice(0, 2)));
    expect(draft.calls[0]!.state).toBe('draft');
    expect(draft.calls[0]!.revision).toBe(0);
    expect(draft.callsSubmitted).toBe(0);

    ports.run(ANA, 'submitCallScores', scores('c1', answersFor(scorecard)));
    const revising = ports.run(ANA, 'saveScoresDraft', scores('c1', answersFor(scorecard, () => 0).slice(0, 1)));
    const c1 = revising.calls[0]!;
    expect(c1.state).toBe('revising');
    expect(c1.revision).toBe(1);
    expect(c1.answers).toHaveLength(1);
    expect(revising.callsSubmitted).toBe(1);

    const resubmitted = ports.run(
      ANA,
      'submitCallScores',
      scores(
        'c1',
        answersFor(scorecard, (c) => (c.type === 'scale' ? 2 : 0)),
      ),
    );
    expect(resubmitted.calls[0]!.state).toBe('submitted');
    expect(resubmitted.calls[0]!.revision).toBe(2);
    expect(resubmitted.calls[0]!.draftSavedAt).toBe('');
  });

  it('is refused to anyone who is not an evaluator of the session', () => {
    refusedUnchanged('stranger@example.com', 'submitCallScores', scores('c1', answersFor(scorecard)), /not one of the evaluators/);
    refusedUnchanged(FACILITATOR, 'saveScoresDraft', scores('c1', answersFor(scorecard)), /not one of the evaluators/);
  });
});
