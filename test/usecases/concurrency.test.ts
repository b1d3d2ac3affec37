import { BUSY_MESSAGE } from '../../src/adapters/lock';
import { mulberry32 } from '../../src/domain/agreement/seededRandom';
import { allowedValues } from '../../src/domain/scoring';
import type { Answer, Scorecard } from '../../src/domain/schemas';
import { CALLS, EVALUATORS, answersFor, api, as, scores, setUpSession, environmentPerTest } from './harness';

interface Job {
  email: string;
  evaluatorId: string;
  callId: string;
  answers: Answer[];
}

const env = environmentPerTest();
let scorecard: Scorecard;

beforeEach(() => {
  scorecard = setUpSession(env);
});

describe('eight evaluators submitting and revising at the same time', () => {
  it("keeps every evaluator's latest revision of every call, none lost or mixed", () => {
    const random = mulberry32(20261130);
    const queue: Job[] = [];
    for (let round = 0; round < 6; round++) {
      for (const evaluator of EVALUATORS) {
        for (const call of CALLS) {
          const answers = answersFor(scorecard, (c) => {
            const values = allowedValues(c);
            return values[Math.floor(random() * values.length)]!;
          }).map((a) => ({ ...a, comment: `${evaluator.id}/${call.id}/round ${round}` }));
          queue.push({ email: evaluator.email, evaluatorId: evaluator.id, callId: call.id, answers });
        }
      }
    }
    const latest = new Map<string, Answer[]>();
    let busy = 0;
    let interleaved = 0;

    const runJob = (job: Job, nested: boolean) => {
      try {
        as(env, job.email, () => api.submitCallScores(scores(job.callId, job.answers)));
        latest.set(`${job.evaluatorId}/${job.callId}`, job.answers);
        if (nested) interleaved++;
      } catch (error) {
        expect((error as Error).message).toBe(BUSY_MESSAGE);
        busy++;
        queue.push(job); // the evaluator clicks Submit again
      }
    };
    // While one submission runs, another evaluator's submission starts at a random service call.
    const stop = env.onServiceCall(() => {
      if (queue.length > 0 && random() < 0.35) runJob(queue.shift()!, true);
    });
    while (queue.length > 0) runJob(queue.shift()!, false);
    stop();

    expect(busy).toBeGreaterThan(0);
    expect(interleaved).toBeGreaterThan(0);
    for (const evaluator of EVALUATORS) {
      const view = as(env, evaluator.email, () => api.getSidebarState());
      if (view.role !== 'evaluator') throw new Error(`${evaluator.email} should see their form`);
      for (const form of view.form.calls) {
        expect(form.state).toBe('submitted');
        expect(form.answers).toEqual(latest.get(`${evaluator.id}/${form.call.id}`));
      }
    }
  });
});
