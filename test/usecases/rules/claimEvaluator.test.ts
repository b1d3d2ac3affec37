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

describe('name claims', () => {
  const SAM = { email: '', token: 'sam-personal' } as const;
  const withPat = () => ({
    evaluators: [...EVALUATORS.slice(0, 3).map((e) => ({ ...e })), partners[0]!],
  });

  it('are only for someone whose address Google withholds; a known address is told to ask the facilitator', () => {
    ({ ports, scorecard } = memorySession(withPat()));
    const stranger = ports.run('stranger@example.com', 'getSidebarState');
    expect(stranger).toMatchObject({ role: 'visitor', claimable: [], signedInAs: { email: 'stranger@example.com', withheld: false } });
    expect(stranger.role === 'visitor' && stranger.message).toBe(
      'stranger@example.com is not one of the evaluators of "November calibration". If you should score, ask the facilitator (Lee Facilitator) to add stranger@example.com to your row.',
    );
    const before = ports.snapshot();
    expect(ports.refusal('stranger@example.com', 'claimEvaluatorName', { evaluatorId: 'pat' })).toBe(
      'Google shares your address (stranger@example.com) with the add-on, so you cannot pick a name: ask the facilitator (Lee Facilitator) to add stranger@example.com to your row.',
    );
    expect(ports.refusal(EVALUATORS[0].email, 'claimEvaluatorName', { evaluatorId: 'pat' })).toMatch(
      /^You are already Ana Ruiz in this session/,
    );
    expect(ports.snapshot()).toBe(before);
    const pat = ports.run(PAT, 'getSidebarState');
    expect(pat).toMatchObject({ role: 'visitor', signedInAs: { email: '', withheld: true } });
    expect(pat.role === 'visitor' && pat.claimable.map((c) => c.id)).toEqual(['pat']);
  });

  it('are shown to the facilitator with their time, and can be undone before the reveal, with what was saved under the name', () => {
    ({ ports, scorecard } = memorySession(withPat()));
    ports.run(SAM, 'claimEvaluatorName', { evaluatorId: 'pat' });
    ports.run(SAM, 'saveScoresDraft', scores('c1', answersFor(scorecard).slice(0, 2)));
    const view = ports.run(FACILITATOR, 'getSidebarState');
    if (view.role !== 'facilitator') throw new Error('expected the facilitator view');
    expect(view.claims).toEqual([{ evaluatorId: 'pat', name: 'Pat Partner', claimedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) }]);
    expect(view.status.rows.find((r) => r.evaluatorId === 'pat')?.identifiedBy).toBe('self-declared');

    // Only the facilitator side may undo.
    expectRefusedUnchanged(ports, EVALUATORS[0].email, 'undoEvaluatorClaim', { evaluatorId: 'pat' }, /^Only the facilitator/);
    const undone = ports.run(FACILITATOR, 'undoEvaluatorClaim', { evaluatorId: 'pat' });
    expect(undone.role === 'facilitator' && undone.claims).toEqual([]);
    expect([...ports.records.keys()].filter((k) => k.startsWith('cc.sub.pat'))).toEqual([]);
    // Sam is no longer Pat; the real Pat picks the name and finds nothing of Sam's.
    expect(ports.run(SAM, 'getSidebarState').role).toBe('visitor');
    const pat = ports.run(PAT, 'claimEvaluatorName', { evaluatorId: 'pat' });
    expect(pat.role === 'evaluator' && pat.form.calls.every((c) => c.state === 'not-started')).toBe(true);
    expect(ports.refusal(FACILITATOR, 'undoEvaluatorClaim', { evaluatorId: 'ana' })).toBe(
      'Nobody has picked the name Ana Ruiz: there is nothing to undo.',
    );
  });
});
