// An evaluator whose address Google withholds picks their name once, run through the action table
// against in-memory ports: what they may pick, what is refused in which words, and that a refusal
// changes nothing.
import type { Scorecard } from '../../../src/domain/schemas';
import { expectRefusedUnchanged, memorySession, type MemoryPorts, type MemoryUser } from '../../support/memoryServices';
import { EVALUATORS, FACILITATOR, answersFor, scores } from '../../support/sessionData';

const PAT = { email: '', token: 'pat-key' } as const;
const QUINN = { email: '', token: 'quinn-key' } as const;
const partners = [
  { id: 'pat', name: 'Pat Partner', email: '', role: 'bpo-partner' as const, seniority: 1 },
  { id: 'quinn', name: 'Quinn Client', email: '', role: 'client' as const, seniority: 2 },
];

let ports: MemoryPorts;
let scorecard: Scorecard;

beforeEach(() => {
  ({ ports, scorecard } = memorySession({ evaluators: [...EVALUATORS.slice(0, 6).map((e) => ({ ...e })), ...partners] }));
});

const refusedUnchanged = (user: MemoryUser, name: Parameters<MemoryPorts['run']>[1], payload: unknown, message: RegExp) =>
  expectRefusedUnchanged(ports, user, name, payload, message);

describe('an evaluator whose address is withheld', () => {
  it('sees the names left to pick, picks one once, and is then known as that evaluator', () => {
    const visitor = ports.run(PAT, 'getSidebarState');
    expect(visitor.role).toBe('visitor');
    expect(visitor.role === 'visitor' && visitor.claimable.map((e) => e.id)).toEqual(['pat', 'quinn']);

    const claimed = ports.run(PAT, 'claimEvaluatorName', { evaluatorId: 'pat' });
    expect(claimed.role).toBe('evaluator');
    expect(claimed.role === 'evaluator' && claimed.form.identifiedBy).toBe('self-declared');

    const form = ports.run(PAT, 'submitCallScores', scores('c1', answersFor(scorecard)));
    expect(form.evaluatorId).toBe('pat');
    const status = ports.run(FACILITATOR, 'getSubmissionStatus');
    expect(status.rows.find((r) => r.evaluatorId === 'pat')).toMatchObject({ identifiedBy: 'self-declared', callsSubmitted: 1 });
    expect(status.rows.find((r) => r.evaluatorId === 'quinn')!.identifiedBy).toBe('not yet');
  });

  it('cannot take a name someone else has picked', () => {
    ports.run(PAT, 'claimEvaluatorName', { evaluatorId: 'pat' });
    refusedUnchanged(QUINN, 'claimEvaluatorName', { evaluatorId: 'pat' }, /already been picked by someone else/);
    const quinn = ports.run(QUINN, 'getSidebarState');
    expect(quinn.role === 'visitor' && quinn.claimable.map((e) => e.id)).toEqual(['quinn']);
  });

  it('cannot take the name of an evaluator known by address', () => {
    refusedUnchanged(PAT, 'claimEvaluatorName', { evaluatorId: 'ana' }, /known by their Google address/);
  });

  it('picks only once', () => {
    ports.run(PAT, 'claimEvaluatorName', { evaluatorId: 'pat' });
    refusedUnchanged(PAT, 'claimEvaluatorName', { evaluatorId: 'quinn' }, /already Pat Partner/);
  });

  it('gets a clear error for a name that is not in the session', () => {
    refusedUnchanged(PAT, 'claimEvaluatorName', { evaluatorId: 'nobody' }, /"nobody" is not an evaluator/);
  });

  it('cannot pick a name while known by address as another evaluator', () => {
    refusedUnchanged(EVALUATORS[0].email, 'claimEvaluatorName', { evaluatorId: 'pat' }, /already Ana Ruiz/);
  });

  it('cannot score before picking a name', () => {
    refusedUnchanged(PAT, 'submitCallScores', scores('c1', answersFor(scorecard)), /pick your name/);
  });
});
