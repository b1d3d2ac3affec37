import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppsScriptEnvironment } from '../environment';

// gas-local ships without types; this is the one function used.
const gasLocal = require('gas-local') as { require(folder: string, globals: object): Record<string, (...args: unknown[]) => unknown> };

const script = `
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'showSidebar').addToUi();
}
function remember(value) {
  var lock = LockService.getDocumentLock();
  lock.waitLock(1000);
  try {
    PropertiesService.getUserProperties().setProperty('value', JSON.stringify(value));
    Logger.log('stored %s for %s', value, Session.getTemporaryActiveUserKey());
    return PropertiesService.getUserProperties().getProperty('value');
  } finally {
    lock.releaseLock();
  }
}
`;

describe('loading plain Apps Script code with gas-local', () => {
  it('runs top-level functions against env.globals and env.install() exposes the same services', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gas-'));
    writeFileSync(join(dir, 'Code.js'), script);
    const env = createAppsScriptEnvironment();
    const code = gasLocal.require(dir, env.globals);
    code.onOpen!({ authMode: env.globals.ScriptApp.AuthMode.LIMITED });
    expect(env.ui.menus[0]!.items).toEqual([{ type: 'item', caption: 'Open', functionName: 'showSidebar' }]);
    expect(env.run('alice@example.com', () => code.remember!(42))).toBe('42');
    expect(env.logs[0]!.message).toMatch(/^stored 42 for user-/);
    expect(env.calls.byMethod()['LockService.Lock.waitLock']).toBe(1);

    env.install();
    try {
      expect((globalThis as unknown as { Session: GoogleAppsScript.Base.Session }).Session).toBe(env.globals.Session);
    } finally {
      env.uninstall();
    }
    expect('Session' in globalThis).toBe(false);
  });
});
