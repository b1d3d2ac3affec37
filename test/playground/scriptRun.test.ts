import { createScriptRun, type RunOutcome, type Transport } from '../../playground/client/scriptRun';

function recordingTransport(answer: (call: { fn: string; args: unknown[] }) => RunOutcome) {
  const calls: Array<{ fn: string; args: unknown[] }> = [];
  const transport: Transport = async (call) => {
    calls.push(call);
    return answer(call);
  };
  return { calls, transport };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('google.script.run in the page', () => {
  it('calls asynchronously and passes the result and user object to the success handler', async () => {
    const { calls, transport } = recordingTransport(() => ({ ok: true, result: { saved: 2 } }));
    const run = createScriptRun(['submitCallScores'], transport, () => undefined);
    const seen: unknown[] = [];
    const returned = run.withSuccessHandler((result, user) => seen.push(result, user)).withUserObject({ button: 'submit' })
      .submitCallScores!({ callId: 'c1' } as never);
    expect(returned).toBeUndefined();
    expect(seen).toEqual([]);
    await settle();
    expect(seen).toEqual([{ saved: 2 }, { button: 'submit' }]);
    expect(calls).toEqual([{ fn: 'submitCallScores', args: [{ callId: 'c1' }] }]);
  });

  it('sends a copy: changing the argument after the call changes nothing sent', async () => {
    const { calls, transport } = recordingTransport(() => ({ ok: true, result: null }));
    const run = createScriptRun(['save'], transport, () => undefined);
    const payload = { answers: [1, undefined] };
    run.save!(payload as never);
    payload.answers[0] = 99;
    await settle();
    expect(calls[0]!.args).toEqual([{ answers: [1, null] }]);
  });

  it('refuses a Date, a function or a class instance at the call, before anything is sent', () => {
    const { calls, transport } = recordingTransport(() => ({ ok: true, result: null }));
    const run = createScriptRun(['save'], transport, () => undefined);
    expect(() => run.save!({ when: new Date() } as never)).toThrow('Failed due to illegal value in property: 0.when');
    expect(() => run.save!((() => 1) as never)).toThrow('illegal value');
    expect(() => run.save!(new (class Draft {})() as never)).toThrow('illegal value');
    expect(calls).toHaveLength(0);
  });

  it('gives the failure handler an Error carrying the server message', async () => {
    const { transport } = recordingTransport(() => ({
      ok: false,
      error: { message: 'Scores: answers[0].value must be a number or "NA"' },
    }));
    const run = createScriptRun(['submit'], transport, () => undefined);
    const failures: Array<[unknown, unknown]> = [];
    run.withFailureHandler((error, user) => failures.push([error, user])).withUserObject(7).submit!();
    await settle();
    expect(failures).toHaveLength(1);
    expect(failures[0]![0]).toBeInstanceOf(Error);
    expect((failures[0]![0] as Error).message).toBe('Scores: answers[0].value must be a number or "NA"');
    expect(failures[0]![1]).toBe(7);
  });

  it('reports a failure nobody handles instead of losing it', async () => {
    const { transport } = recordingTransport(() => ({ ok: false, error: { message: 'boom' } }));
    const reported: string[] = [];
    createScriptRun(['submit'], transport, (m) => reported.push(m)).submit!();
    await settle();
    expect(reported).toEqual(['google.script.run.submit failed with no failure handler: boom']);
  });

  it('turns an unreachable server into a failure, not a silent hang', async () => {
    const transport: Transport = () => Promise.reject(new Error('connection refused'));
    const messages: string[] = [];
    createScriptRun(['x'], transport, () => undefined).withFailureHandler((e) => messages.push(e.message)).x!();
    await settle();
    expect(messages[0]).toMatch(/could not be reached: connection refused/);
  });

  it('has no method for a function the server does not offer, and keeps configured runners independent', () => {
    const { transport } = recordingTransport(() => ({ ok: true, result: null }));
    const run = createScriptRun(['a'], transport, () => undefined);
    expect(run.privateHelper_).toBeUndefined();
    expect(() => (run as unknown as { nope: () => void }).nope()).toThrow(TypeError);
    const configured = run.withUserObject(1);
    expect(configured).not.toBe(run);
    expect(() => run.withSuccessHandler('not a function' as never)).toThrow(TypeError);
  });
});
