import type { CallListener, EmulatedUser, EmulatorContext, ServiceCall } from './context';
import { CallLog, callName, matchesCall, type CallMatch } from './callLog';
import { ScopeGate } from './scopes';
import { asEmulatedUser, type UserDirectory, type UserRecord, type UserSpec } from './users';

interface Execution {
  id: number;
  user: UserRecord;
}

interface InjectedFailure {
  remaining: number;
  match: CallMatch | undefined;
  message: string | undefined;
}

/**
 * The shared state behind every service: who runs the current execution, the call log, failure
 * injection, listeners and the virtual clock. Executions mirror Apps Script: each has its own id, and
 * whatever it holds (locks) is released when it ends.
 */
export class EmulatorRuntime implements EmulatorContext {
  readonly calls = new CallLog();
  readonly users: UserDirectory;
  readonly htmlDir: string;
  readonly timeZone: string;
  /** The manifest's oauthScopes, checked on every call. */
  readonly scopes: ScopeGate;
  private readonly ownerRecord: UserRecord;
  private current: Execution;
  private nextExecutionId = 1;
  private clock: number;
  private readonly failures: InjectedFailure[] = [];
  private readonly listeners = new Set<CallListener>();
  private notifying = false;
  private readonly endHooks: Array<(executionId: number) => void> = [];

  constructor(options: {
    owner: UserRecord;
    users: UserDirectory;
    htmlDir: string;
    timeZone: string;
    clock: number;
    oauthScopes: readonly string[] | null;
  }) {
    this.scopes = new ScopeGate(options.oauthScopes);
    this.ownerRecord = options.owner;
    this.users = options.users;
    this.htmlDir = options.htmlDir;
    this.timeZone = options.timeZone;
    this.clock = options.clock;
    this.current = { id: this.nextExecutionId++, user: options.owner };
  }

  activeUser(): EmulatedUser {
    return asEmulatedUser(this.current.user);
  }

  activeUserRecord(): UserRecord {
    return this.current.user;
  }

  owner(): EmulatedUser {
    return asEmulatedUser(this.ownerRecord);
  }

  executionId(): number {
    return this.current.id;
  }

  now(): number {
    return this.clock;
  }

  advanceClock(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new Error(`Cannot advance the clock by ${ms} ms`);
    this.clock += ms;
  }

  record(service: string, method: string): void {
    const call: ServiceCall = { service, method, user: this.current.user.key };
    // A call the manifest's scopes do not cover fails before it does anything, as in Apps Script.
    this.scopes.check(call);
    this.calls.append(call);
    this.injectFailure(call);
    if (this.notifying) return;
    // Listeners typically run another execution whose own calls must not re-enter them.
    this.notifying = true;
    try {
      for (const listener of [...this.listeners]) listener({ ...call });
    } finally {
      this.notifying = false;
    }
  }

  /** Registers cleanup that runs whenever an execution ends (for example, releasing its locks). */
  onExecutionEnd(hook: (executionId: number) => void): void {
    this.endHooks.push(hook);
  }

  /** Ends the current top-level execution and starts a new one as `spec`. */
  actAs(spec: UserSpec): UserRecord {
    const user = this.users.resolve(spec);
    this.endExecution(this.current.id);
    this.current = { id: this.nextExecutionId++, user };
    return user;
  }

  /** Runs `fn` as a separate execution of `spec`, restoring the caller's execution afterwards. */
  run<T>(spec: UserSpec, fn: () => T): T {
    const user = this.users.resolve(spec);
    const caller = this.current;
    const execution: Execution = { id: this.nextExecutionId++, user };
    this.current = execution;
    try {
      const result = fn();
      if (isThenable(result)) {
        throw new Error('env.run runs one synchronous Apps Script execution; the function returned a promise');
      }
      return result;
    } finally {
      this.endExecution(execution.id);
      this.current = caller;
    }
  }

  failAfterCalls(n: number, match?: CallMatch, message?: string): void {
    if (!Number.isInteger(n) || n < 0) throw new Error(`failAfterCalls expects a whole number of calls, got ${n}`);
    this.failures.push({ remaining: n, match, message });
  }

  clearInjectedFailures(): void {
    this.failures.length = 0;
  }

  onServiceCall(listener: CallListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private injectFailure(call: ServiceCall): void {
    for (let i = 0; i < this.failures.length; i++) {
      const failure = this.failures[i]!;
      if (!matchesCall(failure.match, call)) continue;
      if (failure.remaining > 0) {
        failure.remaining--;
        continue;
      }
      this.failures.splice(i, 1);
      throw new Error(failure.message ?? `Injected failure in ${callName(call)}`);
    }
  }

  private endExecution(id: number): void {
    for (const hook of this.endHooks) hook(id);
  }
}

function isThenable(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
