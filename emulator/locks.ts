import type { EmulatorContext } from './context';
import { instrument } from './instrument';

const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

/** Who holds each lock (by scope name); entries disappear when the holding execution ends. */
export class LockTable {
  private readonly holders = new Map<string, number>();

  holder(scope: string): number | undefined {
    return this.holders.get(scope);
  }

  acquire(scope: string, executionId: number): void {
    this.holders.set(scope, executionId);
  }

  release(scope: string, executionId: number): void {
    if (this.holders.get(scope) === executionId) this.holders.delete(scope);
  }

  releaseAllOf(executionId: number): void {
    for (const [scope, holder] of [...this.holders]) if (holder === executionId) this.holders.delete(scope);
  }

  heldScopes(): string[] {
    return [...this.holders.keys()];
  }
}

function timeoutMillis(timeoutInMillis: unknown): number {
  const ms = Number(timeoutInMillis);
  if (!Number.isFinite(ms) || ms < 0) throw new Error(`Invalid argument: timeoutInMillis ${String(timeoutInMillis)}`);
  return ms;
}

class LockImpl implements Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly table: LockTable,
    private readonly scope: string,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    const ms = timeoutMillis(timeoutInMillis);
    const holder = this.table.holder(this.scope);
    const me = this.ctx.executionId();
    if (holder !== undefined && holder !== me) {
      // The other execution cannot finish while this one waits, so the whole timeout elapses.
      this.ctx.advanceClock(ms);
      return false;
    }
    this.table.acquire(this.scope, me);
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT);
  }

  releaseLock(): void {
    this.table.release(this.scope, this.ctx.executionId());
  }

  hasLock(): boolean {
    return this.table.holder(this.scope) === this.ctx.executionId();
  }
}

/**
 * LockService: one document lock (the environment has one document), one script lock, a lock per user.
 * getDocumentLock() returns null "if called from outside of a containing document"
 * (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()); an editor
 * add-on runs inside the spreadsheet it was opened from, so it gets the lock.
 */
export function createLockService(
  ctx: EmulatorContext,
  table: LockTable,
  where: { inDocument: boolean } = { inDocument: true },
): GoogleAppsScript.Lock.LockService {
  const lock = (scope: string) =>
    instrument(new LockImpl(ctx, table, scope), ctx, 'LockService', 'Lock') as unknown as GoogleAppsScript.Lock.Lock;
  const service: Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'> = {
    getDocumentLock: () => (where.inDocument ? lock('document') : (null as unknown as GoogleAppsScript.Lock.Lock)),
    getScriptLock: () => lock('script'),
    getUserLock: () => lock(`user:${ctx.activeUser().key}`),
  };
  return instrument(service, ctx, 'LockService') as unknown as GoogleAppsScript.Lock.LockService;
}
