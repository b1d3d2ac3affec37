// An unexpected error (Google failing a call part-way) is reported in plain words: what the add-on was
// doing, "Nothing was changed" only when that is true, a short reference the facilitator can quote, and
// "Repair session" only when the damage check finds a tab to rebuild. The detail goes to the execution
// log under the same reference, never to the screen. Checked by failing each service call in turn.
import { PropertyStore } from '../../src/adapters/propertyStore';
import { openWorkbook } from '../../src/sheets';
import { loadState } from '../../src/state/stateStore';
import { api, as, type Environment, type User, environmentPerTest } from '../usecases/harness';
import { ANA, FACILITATOR, atStage, buildStages, sessionWithPat, type Stage, type Stages } from './stages';

const DETAIL = 'trap: internal detail 4711';

function wholeState(env: Environment): string {
  return JSON.stringify({ spreadsheet: env.spreadsheet.state, documents: env.documents(), properties: env.properties, mail: env.mail });
}

function damageIn(env: Environment): string[] {
  return as(env, FACILITATOR, () => {
    const state = loadState(PropertyStore.document());
    return state === null ? [] : openWorkbook().findDamage(state.session);
  });
}

interface Operation {
  doing: string;
  stage: Stage;
  user: User;
  run: () => unknown;
}

const operations: Operation[] = [
  { doing: 'starting the session', stage: 'empty', user: FACILITATOR, run: () => api.startSession(sessionWithPat()) },
  { doing: 'saving your draft', stage: 'scoring', user: ANA, run: () => api.saveScoresDraft({ callId: 'c1', answers: [] }) },
  {
    doing: 'recording the final score',
    stage: 'revealed',
    user: FACILITATOR,
    run: () => api.recordFinalValue({ callId: 'c1', criterionId: 'greeting', value: 0 }),
  },
  {
    doing: 'saving the action item',
    stage: 'revealed',
    user: FACILITATOR,
    run: () => api.saveSessionActionItem({ text: '= the IVR covers it', owner: 'Ana Ruiz', dueDate: '2026-12-15' }),
  },
];

let stages: Stages;
const env = environmentPerTest();

beforeAll(() => {
  stages = buildStages();
});

/** The execution log's errors since `from` (the environment captures console output as Apps Script does). */
const errorsLogged = (env: Environment, from: number) =>
  env.logs
    .slice(from)
    .filter((entry) => entry.level === 'error')
    .map((entry) => entry.message)
    .join('\n');

describe.each(operations)('failing each service call while $doing', (operation) => {
  it('says what happened in plain words, "Nothing was changed" only when true, with a reference to the log', () => {
    atStage(env, stages, operation.stage);
    const mark = env.calls.mark();
    as(env, operation.user, operation.run);
    const calls = env.calls.total(mark);
    expect(calls).toBeGreaterThan(0);

    // Every call for short operations; an even spread of at most 40 for long ones.
    const step = Math.max(1, Math.ceil(calls / 40));
    let nothingChanged = 0;
    for (let n = 0; n < calls; n += step) {
      atStage(env, stages, operation.stage);
      {
        const before = wholeState(env);
        const logFrom = env.logs.length;
        env.failAfterCalls(n, undefined, DETAIL);
        let message: string | null = null;
        try {
          as(env, operation.user, operation.run);
        } catch (error) {
          message = (error as Error).message;
        }
        env.clearInjectedFailures();
        // Some calls are allowed to fail (a named range that may be gone): the operation then succeeds.
        if (message === null) continue;
        const ref = /\bref ([2-9A-Z]{4})\b/.exec(message)?.[1];
        expect({ n, message, startsPlainly: message.startsWith(`Something went wrong while ${operation.doing}`) }).toEqual({
          n,
          message,
          startsPlainly: true,
        });
        expect({ n, message, detailShown: message.includes('trap') || message.includes('4711'), ref: ref !== undefined }).toEqual({
          n,
          message,
          detailShown: false,
          ref: true,
        });
        const log = errorsLogged(env, logFrom);
        expect({ n, logged: log.includes(`ref ${ref}`) && log.includes(DETAIL) }).toEqual({ n, logged: true });
        if (message.includes('Nothing was changed')) {
          nothingChanged++;
          expect({ n, message, unchanged: wholeState(env) === before }).toEqual({ n, message, unchanged: true });
        }
        const damage = damageIn(env);
        expect({ n, message, repairSuggested: message.includes('Repair session') }).toEqual({
          n,
          message,
          repairSuggested: damage.length > 0 && !message.includes('Nothing was changed'),
        });
      }
    }
    // A failure at the very first call happens before any write.
    expect(nothingChanged).toBeGreaterThan(0);
  });
});

it('suggests "Repair session" after a failure part-way only when a tab needs rebuilding', () => {
  atStage(env, stages, 'revealed');
  {
    as(env, FACILITATOR, () => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Discussion')!.setName('Old notes'));
    // Fails the first sheet write after the final is stored.
    env.failAfterCalls(0, 'SpreadsheetApp.Range.setValues', DETAIL);
    let message = '';
    try {
      as(env, FACILITATOR, () => api.recordFinalValue({ callId: 'c1', criterionId: 'greeting', value: 0 }));
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(
      /^Something went wrong while recording the final score, part-way through \(ref [2-9A-Z]{4}\)\. Some tabs need rebuilding: .*Discussion.*Use "Repair session"\.$/,
    );
    expect(message).not.toContain('trap');
  }
});
