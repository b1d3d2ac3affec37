// dist/Code.js is what Apps Script runs. Apps Script has no modules and reaches only top-level
// function declarations, so the bundle must declare one for every menu function and every action.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import * as entry from '../../src/main';
import { publicFunctionNames } from '../usecases/harness';

const code = readFileSync(join(__dirname, '../../dist/Code.js'), 'utf8');
const publicNames = publicFunctionNames();

describe('dist/Code.js', () => {
  it('has no module syntax Apps Script would reject', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
  });

  it('declares every public entry point as a top-level function, in a bare context', () => {
    // Only inert stand-ins: loading the bundle must not call any service.
    const context = vm.createContext({ SpreadsheetApp: {}, HtmlService: {}, PropertiesService: {} });
    vm.runInContext(code, context);
    const declared = publicNames.filter((name) => typeof context[name] === 'function');
    expect(declared).toEqual(publicNames);
    expect(publicNames).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'showSidebar']));
    for (const name of publicNames) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
  });

  it('leaves zod unloaded until a call builds a schema', () => {
    // Apps Script evaluates the top level on every server call; zod's own module code (its schema
    // classes, regexes, registries) waits for the first schema a call builds (src/domain/zod.ts).
    const context = vm.createContext({});
    vm.runInContext(code, context);
    expect(context.__zod_globalConfig).toBeUndefined();
    expect(context.__zod_globalRegistry).toBeUndefined();
  });

  it('exports nothing but functions and the table of actions', () => {
    const { sidebarActions, ...functions } = entry;
    for (const fn of [...Object.values(functions), ...Object.values(sidebarActions)]) expect(typeof fn).toBe('function');
  });
});
