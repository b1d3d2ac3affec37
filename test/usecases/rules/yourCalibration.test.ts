// An evaluator's own feedback after the reveal: their score against the calibrated score per call, and
// where they differed from the final with the agreed definition and the team's notes. Private: nothing
// of any other evaluator, by name or by answer. Run through the action table against in-memory ports.
import type { EvaluatorView, SidebarState } from '../../../src/api/views';
import { memorySession, submitAllIn } from '../../support/memoryServices';
import { CALLS, EVALUATORS, FACILITATOR } from '../../support/sessionData';

function evaluator(state: SidebarState): EvaluatorView {
  if (state.role !== 'evaluator') throw new Error('expected the evaluator view');
  return state;
}

describe('Your calibration', () => {
  it('is absent before the reveal, and after it lists each call and each criterion where the evaluator differed', () => {
    const { ports, scorecard } = memorySession({ options: { anonymousReveal: true } });
    const [ana, ...others] = EVALUATORS.slice(0, 4).map((e) => e.email as string);
    // Ana answers No on the greeting where the other three answer Yes.
    submitAllIn(ports, scorecard, [ana!], (c) => (c.type === 'scale' ? 3 : c.id === 'greeting' ? 0 : 1));
    submitAllIn(ports, scorecard, others, (c) => (c.type === 'scale' ? 3 : 1));
    expect(evaluator(ports.run(ana!, 'getSidebarState')).calibration).toBeNull();

    ports.run(FACILITATOR, 'revealSessionScores', { confirm: true });
    ports.run(FACILITATOR, 'recordDiscussionNotes', {
      criterionId: 'greeting',
      notes: 'Both names count',
      resolution: 'Yes when both names are used',
    });
    ports.run(FACILITATOR, 'changeCriterionDefinition', {
      criterionId: 'greeting',
      newDefinition: 'Both names, before the reason for the call.',
      reason: 'Read two ways',
    });

    const mine = evaluator(ports.run(ana!, 'getSidebarState')).calibration!;
    expect(mine.calls.map((call) => call.callLabel)).toEqual(CALLS.map((call) => call.label));
    for (const call of mine.calls) {
      expect(call.deviation).toBeLessThan(0);
      expect(call.differences).toHaveLength(1);
      expect(call.differences[0]).toMatchObject({
        criterionId: 'greeting',
        yours: 'No',
        final: 'Yes',
        definition: 'Both names, before the reason for the call.',
        definitionChanged: true,
        notes: 'Both names count',
        resolution: 'Yes when both names are used',
      });
    }
    // A colleague who matched the finals sees no differences.
    const theirs = evaluator(ports.run(others[0]!, 'getSidebarState')).calibration!;
    expect(theirs.calls.every((call) => call.differences.length === 0)).toBe(true);

    // Private: no other evaluator's name or reveal label anywhere in it.
    const text = JSON.stringify(mine);
    for (const other of EVALUATORS.slice(1)) expect(text).not.toContain(other.name);
    expect(text).not.toMatch(/Evaluator [A-H]\b/);
  });
});
