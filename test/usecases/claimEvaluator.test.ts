import type { Scorecard } from '../../src/domain/schemas';
import {
  EVALUATORS,
  FACILITATOR,
  answersFor,
  api,
  as,
  documentProperties,
  failure,
  scores,
  setUpSession,
  startEnvironment,
  type Environment,
} from './harness';

const PAT = { email: '', key: 'pat-key' };
const QUINN = { email: '', key: 'quinn-key' };
const partners = [
  { id: 'pat', name: 'Pat Partner', email: '', role: 'bpo-partner' as const, seniority: 1 },
  { id: 'quinn', name: 'Quinn Client', email: '', role: 'client' as const, seniority: 2 },
];

let env: Environment;
let scorecard: Scorecard;

beforeEach(() => {
  env = startEnvironment();
  scorecard = setUpSession(env, { evaluators: [...EVALUATORS.slice(0, 6).map((e) => ({ ...e })), ...partners] });
});
afterEach(() => env.uninstall());

function refusedUnchanged(user: typeof PAT | string, fn: () => unknown, message: RegExp): void {
  const before = documentProperties(env);
  expect(failure(env, user, fn)).toMatch(message);
  expect(documentProperties(env)).toEqual(before);
}

describe('an evaluator whose address is withheld', () => {
  it('sees the names left to pick, picks one once, and is then known as that evaluator', () => {
    const visitor = as(env, PAT, () => api.getSidebarState());
    expect(visitor.role).toBe('visitor');
    expect(visitor.role === 'visitor' && visitor.claimable.map((e) => e.id)).toEqual(['pat', 'quinn']);

    const claimed = as(env, PAT, () => api.claimEvaluatorName({ evaluatorId: 'pat' }));
    expect(claimed.role).toBe('evaluator');
    expect(claimed.role === 'evaluator' && claimed.form.identifiedBy).toBe('self-declared');

    const form = as(env, PAT, () => api.submitCallScores(scores('c1', answersFor(scorecard))));
    expect(form.evaluatorId).toBe('pat');
    const status = as(env, FACILITATOR, () => api.getSubmissionStatus());
    expect(status.rows.find((r) => r.evaluatorId === 'pat')).toMatchObject({ identifiedBy: 'self-declared', callsSubmitted: 1 });
    expect(status.rows.find((r) => r.evaluatorId === 'quinn')!.identifiedBy).toBe('not yet');
  });

  it('cannot take a name someone else has picked', () => {
    as(env, PAT, () => api.claimEvaluatorName({ evaluatorId: 'pat' }));
    refusedUnchanged(QUINN, () => api.claimEvaluatorName({ evaluatorId: 'pat' }), /already been picked by someone else/);
    const quinn = as(env, QUINN, () => api.getSidebarState());
    expect(quinn.role === 'visitor' && quinn.claimable.map((e) => e.id)).toEqual(['quinn']);
  });

  it('cannot take the name of an evaluator known by address', () => {
    refusedUnchanged(PAT, () => api.claimEvaluatorName({ evaluatorId: 'ana' }), /known by their Google address/);
  });

  it('picks only once', () => {
    as(env, PAT, () => api.claimEvaluatorName({ evaluatorId: 'pat' }));
    refusedUnchanged(PAT, () => api.claimEvaluatorName({ evaluatorId: 'quinn' }), /already Pat Partner/);
  });

  it('gets a clear error for a name that is not in the session', () => {
    refusedUnchanged(PAT, () => api.claimEvaluatorName({ evaluatorId: 'nobody' }), /"nobody" is not an evaluator/);
  });

  it('cannot pick a name while known by address as another evaluator', () => {
    refusedUnchanged(EVALUATORS[0].email, () => api.claimEvaluatorName({ evaluatorId: 'pat' }), /already Ana Ruiz/);
  });

  it('cannot score before picking a name', () => {
    refusedUnchanged(PAT, () => api.submitCallScores(scores('c1', answersFor(scorecard))), /pick your name/);
  });
});
