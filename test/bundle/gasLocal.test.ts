// The built bundle, loaded the way Apps Script loads it (one global scope, no modules) through gas-local,
// against the in-memory Apps Script environment.
import { join } from 'node:path';
import { DEFAULT_OWNER } from 'apps-script-emulator';
import { environmentFor, publicFunctionNames } from '../usecases/harness';

// gas-local is plain CommonJS without types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const gas = require('gas-local') as { require(folder: string, globals: object): Record<string, unknown> };

const distDir = join(__dirname, '../../dist');

function loadBundle() {
  const env = environmentFor(DEFAULT_OWNER);
  // A fresh globals object every time: gas-local would otherwise reuse and mutate its shared default.
  const addon = gas.require(distDir, { ...env.globals });
  return { env, addon };
}

describe('dist/Code.js under gas-local', () => {
  it('exposes every public entry point as a callable top-level function', () => {
    const { addon } = loadBundle();
    for (const name of publicFunctionNames()) expect(typeof addon[name]).toBe('function');
  });

  it('builds the add-on menu on open, and every item names a function that exists', () => {
    const { env, addon } = loadBundle();
    (addon.onOpen as (e: object) => void)({ authMode: 'NONE' });
    expect(env.ui.menus).toHaveLength(1);
    const functionNames = env.ui.menus[0].items.flatMap((item) => (item.type === 'item' ? [item.functionName] : []));
    expect(functionNames.length).toBeGreaterThan(0);
    for (const name of functionNames) expect(typeof addon[name]).toBe('function');
  });

  it('builds the menu without any service that needs authorization (AuthMode.NONE)', () => {
    const { env, addon } = loadBundle();
    const mark = env.calls.mark();
    (addon.onOpen as (e: object) => void)({ authMode: 'NONE' });
    const services = new Set(env.calls.list(mark).map((call) => call.service));
    expect([...services]).toEqual(['SpreadsheetApp']);
    const methods = Object.keys(env.calls.byMethod(mark));
    expect(methods.every((m) => /^SpreadsheetApp\.(getUi|Ui\.|Menu\.)/.test(m))).toBe(true);
  });

  it('onInstall builds the same menu', () => {
    const { env, addon } = loadBundle();
    (addon.onInstall as (e: object) => void)({ authMode: 'FULL' });
    expect(env.ui.menus).toHaveLength(1);
  });

  it('serves the built sidebar with a title', () => {
    const { env, addon } = loadBundle();
    (addon.showSidebar as () => void)();
    expect(env.ui.sidebars).toHaveLength(1);
    expect(env.ui.sidebars[0].title).toBe('Call Calibration');
    expect(env.ui.sidebars[0].html).toContain('<!DOCTYPE html>');
    expect(env.ui.sidebars[0].html).not.toContain('<!-- inline:script -->');
  });
});
