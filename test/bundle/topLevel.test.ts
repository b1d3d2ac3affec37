// dist/Code.js is what Apps Script runs. Apps Script has no modules and reaches only top-level
// function declarations, so the bundle must declare one for every export of src/main.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import * as entry from '../../src/main';

const code = readFileSync(join(__dirname, '../../dist/Code.js'), 'utf8');
const publicNames = Object.keys(entry).sort();

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

  it('exports nothing that is not a function', () => {
    for (const name of publicNames) expect(typeof (entry as Record<string, unknown>)[name]).toBe('function');
  });
});
