import { as, failure, environmentPerTest } from '../usecases/harness';
import { atStage, buildStages, call, entryCases, footprint, type EntryCase, type Stages } from './stages';

let stages: Stages;
const env = environmentPerTest();

beforeAll(() => {
  stages = buildStages();
});

/** A copy of `target` with an own enumerable property `key` (as JSON.parse makes `__proto__` one). */
function withOwnKey(target: object, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...(target as Record<string, unknown>) };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

type Tamper = [string, (payload: Record<string, unknown>) => unknown];

/** Keys no payload has: naming the caller (the server works that out), or reaching for prototypes. */
const TOP_LEVEL: Array<[string, string, unknown]> = [
  ['an evaluator id naming someone else', 'evaluatorId', 'ben'],
  ['an own "__proto__" key', '__proto__', { evaluatorId: 'ben', isFacilitator: true }],
  ['a "constructor" key', 'constructor', { prototype: { polluted: true } }],
  ["the caller's address", 'email', 'lead@example.com'],
];

/** The top-level tampering that applies to `honest` (claiming a name legitimately carries an evaluator id). */
function topLevel(honest: Record<string, unknown>): Tamper[] {
  return TOP_LEVEL.filter(([, key]) => !Object.hasOwn(honest, key)).map(
    ([what, key, value]): Tamper => [what, (p) => withOwnKey(p, key, value)],
  );
}

/** Tampering inside the nested objects of the payloads that have them. */
const NESTED: Partial<Record<EntryCase['name'], Tamper[]>> = {
  submitCallScores: [
    [
      'an evaluator id on an answer',
      (p) => ({ ...p, answers: (p.answers as object[]).map((a, i) => (i === 0 ? withOwnKey(a, 'evaluatorId', 'ben') : a)) }),
    ],
    [
      'a "__proto__" key on an answer',
      (p) => ({ ...p, answers: (p.answers as object[]).map((a, i) => (i === 0 ? withOwnKey(a, '__proto__', { value: 0 }) : a)) }),
    ],
  ],
  saveScoresDraft: [
    ['a "__proto__" key on an answer', (p) => ({ ...p, answers: (p.answers as object[]).map((a) => withOwnKey(a, '__proto__', {})) })],
  ],
  startSession: [
    [
      'a "__proto__" key on a call',
      (p) => ({ ...p, calls: (p.calls as object[]).map((c, i) => (i === 0 ? withOwnKey(c, '__proto__', { id: 'x' }) : c)) }),
    ],
    [
      'a facilitator flag on an evaluator',
      (p) => ({ ...p, evaluators: (p.evaluators as object[]).map((e, i) => (i === 0 ? withOwnKey(e, 'isFacilitator', true) : e)) }),
    ],
    [
      'a "__proto__" key in the options',
      (p) => ({ ...p, options: withOwnKey(p.options as object, '__proto__', { anonymousReveal: false }) }),
    ],
    ['a "__proto__" key in the scorecard source', (p) => ({ ...p, scorecard: withOwnKey(p.scorecard as object, '__proto__', {}) })],
  ],
};

describe.each(entryCases)('$name', (entry) => {
  it('refuses a tampered payload with a clear message, changing nothing, and takes the honest one', () => {
    atStage(env, stages, entry.stage);
    const running = env;
    const honest = (entry.payload(stages.scorecard) ?? {}) as Record<string, unknown>;
    const before = footprint(running);
    for (const [what, tamper] of [...topLevel(honest), ...(NESTED[entry.name] ?? [])]) {
      const message = failure(running, entry.user, () => call(entry.name, tamper(honest)));
      // An action that takes no details says so; any other names the field it does not take.
      const expected = entry.payload(stages.scorecard) === undefined ? /takes no details, but some were sent/ : /unexpected field/;
      expect({ what, message }).toEqual({ what, message: expect.stringMatching(expected) });
      expect({ what, unchanged: footprint(running) === before }).toEqual({ what, unchanged: true });
    }
    expect(() => as(running, entry.user, () => call(entry.name, entry.payload(stages.scorecard)))).not.toThrow();
  });
});

it('leaves Object.prototype unpolluted after every tampered payload', () => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isFacilitator).toBeUndefined();
  expect(({} as Record<string, unknown>).evaluatorId).toBeUndefined();
});
