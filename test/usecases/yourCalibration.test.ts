// An evaluator's own feedback after the reveal: their score against the calibrated score per call, and
// where they differed from the final with the agreed definition and the team's notes. Private: nothing
// of any other evaluator, by name or by answer.
import type { EvaluatorView, SidebarState } from '../../src/api/views';
import { CALLS, EVALUATORS, FACILITATOR, api, as, setUpSession, startEnvironment, submitAll, type Environment } from './harness';

let env: Environment;

function evaluator(state: SidebarState): EvaluatorView {
  if (state.role !== 'evaluator') throw new Error('expected the evaluator view');
  return state;
}

beforeEach(() => {
  env = startEnvironment();
});
afterEach(() => env.uninstall());

describe('Your calibration', () => {
  it('is absent before the reveal, and after it lists each call and each criterion where the evaluator differed', () => {
    const scorecard = setUpSession(env, { options: { anonymousReveal: true } });
    const [ana, ...others] = EVALUATORS.slice(0, 4).map((e) => e.email as string);
    // Ana answers No on the greeting where the other three answer Yes.
    submitAll(env, scorecard, [ana!], (c) => (c.type === 'scale' ? 3 : c.id === 'greeting' ? 0 : 1));
    submitAll(env, scorecard, others, (c) => (c.type === 'scale' ? 3 : 1));
    expect(evaluator(as(env, ana!, () => api.getSidebarState())).calibration).toBeNull();

    as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
    as(env, FACILITATOR, () =>
      api.recordDiscussionNotes({ criterionId: 'greeting', notes: 'Both names count', resolution: 'Yes when both names are used' }),
    );
    as(env, FACILITATOR, () =>
      api.changeCriterionDefinition({
        criterionId: 'greeting',
        newDefinition: 'Both names, before the reason for the call.',
        reason: 'Read two ways',
      }),
    );

    const mine = evaluator(as(env, ana!, () => api.getSidebarState())).calibration!;
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
    const theirs = evaluator(as(env, others[0]!, () => api.getSidebarState())).calibration!;
    expect(theirs.calls.every((call) => call.differences.length === 0)).toBe(true);

    // Private: no other evaluator's name or reveal label anywhere in it.
    const text = JSON.stringify(mine);
    for (const other of EVALUATORS.slice(1)) expect(text).not.toContain(other.name);
    expect(text).not.toMatch(/Evaluator [A-H]\b/);
  });
});
