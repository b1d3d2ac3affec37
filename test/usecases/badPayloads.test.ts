import * as fc from 'fast-check';
import { actionNames, actions } from '../../src/api/actions';
import type { Scorecard } from '../../src/domain/schemas';
import {
  EVALUATORS,
  FACILITATOR,
  answersFor,
  api,
  documentProperties,
  failure,
  sessionPayload,
  setUpSession,
  submitAll,
  type User,
  environmentPerFile,
} from './harness';

const ANA = EVALUATORS[0].email;

/** Every action of the table, with its schema, called by someone its row allows. */
const entryPoints = actionNames.map((name) => ({
  name,
  call: api[name],
  schema: actions[name].payload,
  user: actions[name].who.startsWith('facilitator') ? FACILITATOR : ANA,
}));

const env = environmentPerFile();
let scorecard: Scorecard;

beforeAll(() => {
  scorecard = setUpSession(env);
  submitAll(
    env,
    scorecard,
    EVALUATORS.slice(0, 3).map((e) => e.email),
  );
});

function expectRefusedUnchanged(user: User, call: () => unknown, message?: RegExp): string {
  const before = documentProperties(env);
  const text = failure(env, user, call);
  expect(text.length).toBeGreaterThan(0);
  expect(text).not.toMatch(/at .*\.ts:\d+/); // a message, not a stack
  if (message) expect(text).toMatch(message);
  expect(documentProperties(env)).toEqual(before);
  return text;
}

/** Anything at all, including objects with __proto__ keys, NaN, huge strings and dates. */
const anyPayload = fc.oneof(
  fc.anything({
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withNullPrototype: true,
    withSparseArray: true,
    withTypedArray: true,
  }),
  fc.jsonValue().map((v) => ({ __proto__: v, constructor: 'x' })),
  fc
    .string({ minLength: 5000, maxLength: 20000 })
    .map((s) => ({ callId: 'c1', answers: [{ criterionId: 'greeting', value: 1, comment: s }] })),
);

describe.each(entryPoints)('$name', ({ call, schema, user }) => {
  it('refuses any payload its schema refuses, with a clear message, changing nothing', () => {
    fc.assert(
      fc.property(
        anyPayload.filter((p) => !schema.safeParse(p).success),
        (payload) => {
          expectRefusedUnchanged(user, () => call(payload));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('payloads of the right shape that name what does not exist or break a rule', () => {
  const full = () => answersFor(scorecard);
  const cases: Array<[string, User, () => unknown, RegExp]> = [
    ['an unknown call', ANA, () => api.submitCallScores({ callId: 'c404', answers: full() }), /"c404" is not a call/],
    [
      'an unknown criterion',
      ANA,
      () => api.saveScoresDraft({ callId: 'c1', answers: [{ criterionId: 'q404', value: 1, comment: '' }] }),
      /"q404" is not a criterion/,
    ],
    [
      'a score out of range',
      ANA,
      () => api.saveScoresDraft({ callId: 'c1', answers: [{ criterionId: 'greeting', value: 2, comment: '' }] }),
      /must be 1 \(Yes\) or 0 \(No\)/,
    ],
    [
      'NaN as a score',
      ANA,
      () => api.saveScoresDraft({ callId: 'c1', answers: [{ criterionId: 'greeting', value: Number.NaN, comment: '' }] }),
      /Answer 1 \(\w[\w-]*\): Score must be a number or N\/A/,
    ],
    [
      'Infinity as a score',
      ANA,
      () => api.saveScoresDraft({ callId: 'c1', answers: [{ criterionId: 'discovery', value: Infinity, comment: '' }] }),
      /Answer 1 \(\w[\w-]*\): Score must be a number or N\/A/,
    ],
    [
      'a huge comment',
      ANA,
      () => api.saveScoresDraft({ callId: 'c1', answers: [{ criterionId: 'greeting', value: 1, comment: 'x'.repeat(100000) }] }),
      /at most 1000 characters/,
    ],
    [
      'a __proto__ key',
      ANA,
      () => api.saveScoresDraft(JSON.parse('{"callId":"c1","answers":[],"__proto__":{"evaluatorId":"ben"}}')),
      /__proto__|Unrecognized/i,
    ],
    [
      'an evaluator id in the scores',
      ANA,
      () => api.submitCallScores({ callId: 'c1', answers: full(), evaluatorId: 'ben' } as never),
      /evaluatorId/,
    ],
    [
      'a date that is not a date',
      FACILITATOR,
      () => api.startSession(sessionPayload({ sessionDate: '2026-02-30' })),
      /Session date must be a date from 1 January 2000 to 31 December 2100/,
    ],
    [
      'a deadline that is not a date-time',
      FACILITATOR,
      () => api.startSession(sessionPayload({ scoringDeadline: 'tomorrow' })),
      /Scoring deadline must be a date and time/,
    ],
    [
      'a final for an unknown call',
      FACILITATOR,
      () => api.recordFinalValue({ callId: 'c404', criterionId: 'greeting', value: 1 }),
      /Reveal the scores first|"c404"/,
    ],
    [
      'an unknown evaluator to claim',
      { email: '', key: 'withheld-x' },
      () => api.claimEvaluatorName({ evaluatorId: 'zed' }),
      /"zed" is not an evaluator/,
    ],
    [
      'a claim by a known address',
      'x@example.com',
      () => api.claimEvaluatorName({ evaluatorId: 'ana' }),
      /ask the facilitator \(Lee Facilitator\) to add x@example\.com/,
    ],
    [
      'a definition change for an unknown criterion',
      FACILITATOR,
      () => api.changeCriterionDefinition({ criterionId: 'q404', newDefinition: 'x', reason: 'y' }),
      /Reveal the scores first|q404/,
    ],
    [
      'an action item for an unknown criterion',
      FACILITATOR,
      () => api.saveSessionActionItem({ text: 'Coach', owner: 'Ana', criterionId: 'q404' }),
      /"q404" is not a criterion/,
    ],
    ['an action item with no owner', FACILITATOR, () => api.saveSessionActionItem({ text: 'Coach', owner: ' ' }), /named owner/],
    [
      'an action item that does not exist',
      FACILITATOR,
      () => api.saveSessionActionItem({ id: 'a-404', text: 'Coach', owner: 'Ana' }),
      /no action item "a-404"/,
    ],
  ];
  it.each(cases)('%s is refused clearly and changes nothing', (_what, user, call, message) => {
    expectRefusedUnchanged(user, call, message);
  });
});
