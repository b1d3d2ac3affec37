// The manifest's scopes suffice for everything the add-on does, and each is needed: run every entry
// point at the stage where it does its work with appsscript.json's oauthScopes (the environment checks
// every service call against its scope table), then drop each scope in turn and see exactly the
// operations whose calls need it fail with Apps Script's authorization error.
import { manifestScopes, scopeRuleFor } from 'apps-script-emulator';
import { copyResult } from '../../playground/client/transfer';
import * as entryPoints from '../../src/main';
import { as, type Environment } from '../usecases/harness';
import { buildStages, inStage, call, entryCases, FACILITATOR, type Stages } from './stages';

interface Operation {
  name: string;
  stage: keyof Stages['snapshots'];
  run: (env: Environment, stages: Stages) => unknown;
}

const menuOperations: Operation[] = [
  { name: 'onOpen', stage: 'empty', run: (env) => as(env, FACILITATOR, () => entryPoints.onOpen()) },
  { name: 'showSidebar', stage: 'empty', run: (env) => as(env, FACILITATOR, () => entryPoints.showSidebar()) },
  { name: 'showSpreadsheetCheck', stage: 'empty', run: (env) => as(env, FACILITATOR, () => entryPoints.showSpreadsheetCheck()) },
  { name: 'showHelp', stage: 'empty', run: (env) => as(env, FACILITATOR, () => entryPoints.showHelp()) },
];

const operations: Operation[] = [
  ...menuOperations,
  ...entryCases.map((entry) => ({
    name: entry.name,
    stage: entry.stage,
    run: (env: Environment, stages: Stages) => as(env, entry.user, () => call(entry.name, entry.payload(stages.scorecard))),
  })),
];

const granted = manifestScopes()!;
let stages: Stages;
/** Each operation's service calls with every manifest scope granted. */
const callsOf = new Map<string, string[]>();

function attempt(operation: Operation, scopes: readonly string[]): { error: string | null; calls: string[] } {
  return inStage(stages, operation.stage, (env) => {
    env.oauth.grant(scopes);
    const mark = env.calls.mark();
    try {
      operation.run(env, stages);
      return { error: null, calls: Object.keys(env.calls.since(mark)) };
    } catch (error) {
      return { error: (error as Error).message, calls: Object.keys(env.calls.since(mark)) };
    }
  });
}

beforeAll(() => {
  stages = buildStages();
});

it('runs every operation with the scopes appsscript.json declares', () => {
  for (const operation of operations) {
    const { error, calls } = attempt(operation, granted);
    expect({ operation: operation.name, error }).toEqual({ operation: operation.name, error: null });
    callsOf.set(operation.name, calls);
  }
  expect(callsOf.size).toBe(operations.length);
});

describe.each(granted)('without %s', (dropped) => {
  const remaining = granted.filter((scope) => scope !== dropped);
  /** An operation needs the scope when one of its calls accepts no remaining scope. */
  const needs = (name: string) =>
    (callsOf.get(name) ?? []).some((callName) => {
      const rule = scopeRuleFor(callName);
      return rule !== undefined && rule.anyOf.length > 0 && !rule.anyOf.some((scope) => remaining.includes(scope));
    });

  it('fails exactly the operations whose calls need it, with the documented error', () => {
    const expected = operations.filter((operation) => needs(operation.name)).map((operation) => operation.name);
    expect(expected.length).toBeGreaterThan(0);
    const failed: string[] = [];
    for (const operation of operations) {
      const { error } = attempt(operation, remaining);
      if (error === null) continue;
      failed.push(operation.name);
      expect(error).toContain('Specified permissions are not sufficient to call');
      expect(error).toContain(dropped);
      // Sidebar calls say what to do; menu handlers fail as Apps Script reports it.
      if (!menuOperations.some((menu) => menu.name === operation.name)) expect(error).toMatch(/Check this spreadsheet to see which/);
    }
    expect(failed).toEqual(expected);
  });
});

it('returns from every sidebar call only what google.script.run can carry', () => {
  for (const entry of entryCases) {
    inStage(stages, entry.stage, (env) => {
      const result = as(env, entry.user, () => call(entry.name, entry.payload(stages.scorecard)));
      const carried = copyResult(result);
      expect({ entry: entry.name, dropped: carried.dropped }).toEqual({ entry: entry.name, dropped: false });
      expect(carried.value).toEqual(JSON.parse(JSON.stringify(result ?? null)));
    });
  }
});
