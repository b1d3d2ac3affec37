// The one harness of the tests in the in-memory Apps Script environment: every environment is started
// here (per test, per file, scoped to a function, or uninstalled for gas-local), and a calibration
// session is driven through the sidebar's entry points with the facilitator and each evaluator as
// separate users. Rule tests need none of this: they run on test/support/memoryServices.ts.
import { createAppsScriptEnvironment, type EnvironmentOptions } from 'apps-script-emulator';
import type { CreateSessionPayload } from '../../src/api/payloads';
import { sidebarActions } from '../../src/entry/sidebarApi';
import * as entry from '../../src/main';
import type { AnswerValue, Criterion, Scorecard } from '../../src/domain/schemas';
import { answersFor, CALLS, EVALUATORS, FACILITATOR, scores, sessionPayload } from '../support/sessionData';

export * from '../support/sessionData';

export type Environment = ReturnType<typeof createAppsScriptEnvironment>;
export type User = string | { email: string; key: string };

/** How a test's environment starts: who owns the spreadsheet, or any option of the emulator. */
export type EnvironmentStart = User | EnvironmentOptions;

/**
 * A new environment, not installed: for the built bundle and the playground, which hand its globals to
 * gas-local instead. The owner is the facilitator unless said otherwise.
 */
export function environmentFor(start: EnvironmentStart = FACILITATOR): Environment {
  // A snapshot carries its own owner.
  const options = typeof start === 'string' || 'email' in start ? { owner: start } : start.state ? start : { owner: FACILITATOR, ...start };
  return createAppsScriptEnvironment(options);
}

/** A new environment, installed on globalThis. */
function started(start: EnvironmentStart = FACILITATOR): Environment {
  const env = environmentFor(start);
  env.install();
  return env;
}

/** The environment of the running test (or file), which the test may start again from other options. */
export type TestEnvironment = Environment & {
  /** Removes the current environment and starts another, e.g. from a snapshot (`{ state }`) or for another owner. */
  restart(start?: EnvironmentStart): void;
};

/** Installs a fresh environment before `before` and removes it after `after`: the one preamble, declared once. */
function environmentBetween(
  before: (fn: () => void) => void,
  after: (fn: () => void) => void,
  start: EnvironmentStart = FACILITATOR,
): TestEnvironment {
  let current: Environment | null = null;
  const restart = (again: EnvironmentStart = start) => {
    current?.uninstall();
    current = started(again);
  };
  before(() => restart());
  after(() => {
    current?.uninstall();
    current = null;
  });
  return new Proxy({} as TestEnvironment, {
    get(_target, key) {
      if (key === 'restart') return restart;
      if (current === null) throw new Error('the environment exists only while a test runs');
      const value: unknown = Reflect.get(current, key);
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
}

/** A fresh environment for every test of the file. The value returned always stands for the current test's. */
export function environmentPerTest(start?: EnvironmentStart): TestEnvironment {
  return environmentBetween(beforeEach, afterEach, start);
}

/** One environment for all the tests of the file (or describe block), for tests that build on each other. */
export function environmentPerFile(start?: EnvironmentStart): TestEnvironment {
  return environmentBetween(beforeAll, afterAll, start);
}

/** Runs `fn` in an environment of its own (e.g. one stage of a scenario), removed afterwards whatever happens. */
export function withEnvironment<T>(start: EnvironmentStart, fn: (env: Environment) => T): T {
  const env = started(start);
  try {
    return fn(env);
  } finally {
    env.uninstall();
  }
}

/** Calls `fn` as `user`, in an execution of its own, as a click in that user's sidebar would. */
export function as<T>(env: Environment, user: User, fn: () => T): T {
  return env.run(user, fn);
}

/** The message an entry point fails with (the test fails if it succeeds). */
export function failure(env: Environment, user: User, fn: () => unknown): string {
  try {
    as(env, user, fn);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the call to fail');
}

/** The document's stored properties, exactly as stored. */
export function documentProperties(env: Environment): Record<string, string> {
  return as(env, FACILITATOR, () => PropertiesService.getDocumentProperties()!.getProperties());
}

/**
 * The session's stored data: the document's properties but the record of the last look at the tabs
 * (src/state/tabsChecked.ts), which any look may update.
 */
export function storedData(env: Environment): Record<string, string> {
  return Object.fromEntries(Object.entries(documentProperties(env)).filter(([key]) => key !== 'cc.tabs' && !key.startsWith('cc.tabs#')));
}

/** Sets up the standard session as the facilitator; returns the pinned scorecard. */
export function setUpSession(env: Environment, overrides: Partial<CreateSessionPayload> = {}): Scorecard {
  const result = as(env, FACILITATOR, () => api.startSession(sessionPayload(overrides)));
  if (result.state.role !== 'facilitator') throw new Error('the creator should see the facilitator view');
  return result.state.scorecard;
}

/** Each listed evaluator submits every call with `pick`. */
export function submitAll(
  env: Environment,
  scorecard: Scorecard,
  who = EVALUATORS.map((e) => e.email) as string[],
  pick?: (c: Criterion, i: number) => AnswerValue,
): void {
  for (const email of who) {
    for (const call of CALLS) as(env, email, () => api.submitCallScores(scores(call.id, answersFor(scorecard, pick))));
  }
}

/** Asserts that a value survives google.script.run: plain data, no Date, no undefined, no class instance. */
export function expectPlainData(value: unknown, path = 'result'): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (item === undefined) throw new Error(`${path}[${i}] is undefined`);
      expectPlainData(item, `${path}[${i}]`);
    });
    return;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (item === undefined) throw new Error(`${path}.${key} is undefined`);
      expectPlainData(item, `${path}.${key}`);
    }
    return;
  }
  throw new Error(`${path} is not plain data (${Object.prototype.toString.call(value)})`);
}

/** The sidebar's actions as the bundle exposes them, one function per row of the action table. */
export const api = sidebarActions;

/** Every top-level function dist/Code.js declares: the menu's and triggers', then one per action. */
export function publicFunctionNames(): string[] {
  const { sidebarActions: actions, ...functions } = entry;
  return [...Object.keys(functions), ...Object.keys(actions)].sort();
}

/** Every cell value of every sheet, with the sheet's name, as the owner sees them. */
export function allCells(env: Environment): Array<{ sheet: string; value: string }> {
  return as(env, FACILITATOR, () =>
    SpreadsheetApp.getActiveSpreadsheet()
      .getSheets()
      .flatMap((sheet) =>
        sheet
          .getDataRange()
          .getValues()
          .flat()
          .map((value) => ({ sheet: sheet.getName(), value: String(value) })),
      ),
  );
}

/** How many cells of the whole workbook hold exactly each of `values`. */
export function cellCounts(env: Environment, values: readonly string[]): Record<string, number> {
  const cells = allCells(env);
  return Object.fromEntries(values.map((v) => [v, cells.filter((c) => c.value === v).length]));
}

/** A plausible payload for each entry point, so each call gets as far as it can. */
const samplePayloads: Record<string, unknown[]> = {
  claimEvaluatorName: [{ evaluatorId: 'ben' }],
  saveScoresDraft: [{ callId: 'c1', answers: [] }],
  submitCallScores: [{ callId: 'c2', answers: [] }],
  revealSessionScores: [{ confirm: true }],
  recordFinalValue: [{ callId: 'c1', criterionId: 'greeting', value: 1 }],
  recordDiscussionNotes: [{ criterionId: 'greeting', notes: 'n' }],
  changeCriterionDefinition: [{ criterionId: 'greeting', newDefinition: 'd', reason: 'r' }],
  saveSessionActionItem: [{ text: 't', owner: 'o' }],
  markSessionAttendance: [{ evaluatorId: 'ana', status: 'absent' }],
};

/**
 * Everything every entry point of the add-on hands back to `user` (results and error messages), as
 * text: calling each with no payload and with a plausible one.
 */
export function everythingSeenBy(env: Environment, user: User, except: ReadonlySet<string> = new Set()): string {
  const seen: string[] = [];
  for (const [name, fn] of Object.entries(sidebarActions)) {
    if (except.has(name)) continue;
    for (const payload of [undefined, ...(samplePayloads[name] ?? [])]) {
      let result: unknown;
      try {
        result = as(env, user, () => (fn as (p?: unknown) => unknown)(payload));
      } catch (error) {
        seen.push((error as Error).message);
        continue;
      }
      // What reaches the sidebar must survive google.script.run.
      expectPlainData(result, name);
      seen.push(JSON.stringify(result));
    }
  }
  return seen.join('\n');
}

export interface FailurePoint {
  /** `service.method` of the call to fail. */
  match: string;
  /** How many earlier calls of that method succeed first. */
  n: number;
}

/**
 * Where to inject a failure into an operation whose clean run made `log`: every property write (each
 * records a step), and writes to the sheets spread evenly over the run, at most `sheetWrites` of them.
 */
export function failurePoints(
  log: ReadonlyArray<{ service: string; method: string }>,
  sheetWrite: RegExp,
  sheetWrites = 10,
): FailurePoint[] {
  const points = log.map((call, i) => ({
    match: `${call.service}.${call.method}`,
    n: log.slice(0, i).filter((c) => c.service === call.service && c.method === call.method).length,
  }));
  const propertyWrites = points.filter((p) => p.match === 'PropertiesService.Properties.setProperties');
  const writes = points.filter((p) => p.match.startsWith('SpreadsheetApp') && sheetWrite.test(p.match));
  const step = Math.max(1, Math.ceil(writes.length / sheetWrites));
  return [...propertyWrites, ...writes.filter((_, i) => i % step === 0 || i === writes.length - 1)];
}
