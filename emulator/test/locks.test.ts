import { createAppsScriptEnvironment } from '../environment';

const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

describe('LockService', () => {
  it('lets another execution fail to get a lock the current one holds', () => {
    const env = createAppsScriptEnvironment();
    const { LockService } = env.globals;
    const mine = LockService.getDocumentLock();
    expect(mine.hasLock()).toBe(false);
    expect(mine.tryLock(1000)).toBe(true);
    expect(mine.hasLock()).toBe(true);

    const start = env.now();
    env.run('alice@example.com', () => {
      const theirs = LockService.getDocumentLock();
      expect(theirs.tryLock(5000)).toBe(false);
      expect(theirs.hasLock()).toBe(false);
      expect(() => theirs.waitLock(3000)).toThrow(LOCK_TIMEOUT);
    });
    // Both waits ran out their whole timeout on the virtual clock.
    expect(env.now() - start).toBe(8000);

    mine.releaseLock();
    env.run('alice@example.com', () => {
      expect(LockService.getDocumentLock().tryLock(10)).toBe(true);
    });
  });

  it('treats re-acquiring within the same execution as success', () => {
    const { globals } = createAppsScriptEnvironment();
    const lock = globals.LockService.getScriptLock();
    lock.waitLock(100);
    expect(globals.LockService.getScriptLock().tryLock(100)).toBe(true);
  });

  it('releases what an execution still holds when it returns or throws', () => {
    const env = createAppsScriptEnvironment();
    const { LockService } = env.globals;
    env.run('alice@example.com', () => {
      LockService.getDocumentLock().waitLock(100);
    });
    expect(env.heldLocks()).toEqual([]);
    expect(() =>
      env.run('bob@example.com', () => {
        LockService.getDocumentLock().waitLock(100);
        throw new Error('script failed');
      }),
    ).toThrow('script failed');
    expect(env.heldLocks()).toEqual([]);
    expect(LockService.getDocumentLock().tryLock(0)).toBe(true);
  });

  it('models contention when another user runs in the middle of this execution', () => {
    const env = createAppsScriptEnvironment();
    const { LockService, PropertiesService } = env.globals;
    const seen: boolean[] = [];
    const stop = env.onServiceCall((call) => {
      if (call.method !== 'Properties.setProperty') return;
      seen.push(env.run('alice@example.com', () => LockService.getDocumentLock().tryLock(2000)));
    });
    const lock = LockService.getDocumentLock();
    lock.waitLock(1000);
    PropertiesService.getDocumentProperties().setProperty('phase', 'scoring');
    lock.releaseLock();
    PropertiesService.getDocumentProperties().setProperty('phase', 'revealed');
    stop();
    expect(seen).toEqual([false, true]);
  });

  it('keeps user locks per user and the script lock shared', () => {
    const env = createAppsScriptEnvironment();
    const { LockService } = env.globals;
    LockService.getUserLock().waitLock(10);
    LockService.getScriptLock().waitLock(10);
    env.run('alice@example.com', () => {
      expect(LockService.getUserLock().tryLock(10)).toBe(true);
      expect(LockService.getScriptLock().tryLock(10)).toBe(false);
    });
  });

  it('ends the previous top-level execution when acting as another user', () => {
    const env = createAppsScriptEnvironment();
    env.globals.LockService.getDocumentLock().waitLock(10);
    env.actAs('alice@example.com');
    expect(env.globals.LockService.getDocumentLock().tryLock(10)).toBe(true);
  });

  it('rejects a negative timeout', () => {
    const { globals } = createAppsScriptEnvironment();
    expect(() => globals.LockService.getScriptLock().tryLock(-1)).toThrow('Invalid argument: timeoutInMillis -1');
  });
});
