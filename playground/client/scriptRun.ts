import { copyArguments } from './transfer';

// google.script.run as Apps Script builds it: one method per public server function, each call
// asynchronous, handlers and a user object chosen with with* methods that return a new runner, so a
// configured runner can be kept and reused.

export type RunOutcome = { ok: true; result: unknown } | { ok: false; error: { message: string } };

/** Sends one call to the server; rejects only when the server cannot be reached. */
export type Transport = (call: { fn: string; args: unknown[] }) => Promise<RunOutcome>;

type SuccessHandler = (result: unknown, userObject?: unknown) => void;
type FailureHandler = (error: Error, userObject?: unknown) => void;

interface RunnerConfig {
  success: SuccessHandler | undefined;
  failure: FailureHandler | undefined;
  userObject: unknown;
}

export interface ScriptRun {
  withSuccessHandler(handler: SuccessHandler): ScriptRun;
  withFailureHandler(handler: FailureHandler): ScriptRun;
  withUserObject(userObject: unknown): ScriptRun;
  [serverFunction: string]: (...args: never[]) => unknown;
}

function requireHandler<T>(handler: T, method: string): T {
  if (typeof handler !== 'function') throw new TypeError(`${method} expects a function`);
  return handler;
}

function deliver(config: RunnerConfig, fn: string, outcome: RunOutcome, report: (message: string) => void): void {
  if (outcome.ok) {
    config.success?.(outcome.result, config.userObject);
    return;
  }
  const error = new Error(outcome.error.message);
  if (config.failure) config.failure(error, config.userObject);
  else report(`google.script.run.${fn} failed with no failure handler: ${error.message}`);
}

/**
 * `functions` are the server's public top-level functions; any other name is simply absent, so
 * calling it is a TypeError in the page, as in Apps Script. Errors with no failure handler go to
 * `report` (the console in a browser).
 */
export function createScriptRun(functions: readonly string[], transport: Transport, report: (message: string) => void): ScriptRun {
  const make = (config: RunnerConfig): ScriptRun => {
    const runner: Record<string, unknown> = {
      withSuccessHandler: (handler: SuccessHandler) => make({ ...config, success: requireHandler(handler, 'withSuccessHandler') }),
      withFailureHandler: (handler: FailureHandler) => make({ ...config, failure: requireHandler(handler, 'withFailureHandler') }),
      withUserObject: (userObject: unknown) => make({ ...config, userObject }),
    };
    for (const fn of functions) {
      runner[fn] = (...args: unknown[]): void => {
        const copied = copyArguments(args);
        transport({ fn, args: copied })
          .catch(
            (error: unknown): RunOutcome => ({
              ok: false,
              error: { message: `The playground server could not be reached: ${error instanceof Error ? error.message : String(error)}` },
            }),
          )
          .then((outcome) => deliver(config, fn, outcome, report));
      };
    }
    return runner as ScriptRun;
  };
  return make({ success: undefined, failure: undefined, userObject: undefined });
}
