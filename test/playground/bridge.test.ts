import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAddon, runServerFunction, withBridge } from '../../playground/bridge';

// A small script in Apps Script's shape: top-level functions, a private helper, a global var.
const SCRIPT = `
var counter = 0;
function echo(payload) { return { payload: payload, isArray: Array.isArray(payload.list) && payload.list instanceof Array }; }
function mutate(payload) { payload.list.push('server'); return payload.list.length; }
function fail() { throw new Error('Only the facilitator can reveal the scores.'); }
function failWithString() { throw 'plain text'; }
function today() { return { at: new Date(0) }; }
function secret_() { return 'hidden'; }
`;

function fixtureAddon() {
  const dir = mkdtempSync(join(tmpdir(), 'bridge-'));
  writeFileSync(join(dir, 'Code.js'), SCRIPT);
  return loadAddon(dir, { Session: {} });
}

const direct = (call: () => unknown) => call();

describe('the server half of the bridge', () => {
  it('finds the public top-level functions, not globals it was given, vars or names ending in _', () => {
    expect(fixtureAddon().functions).toEqual(['echo', 'fail', 'failWithString', 'mutate', 'today']);
  });

  it('refuses functions that are not public top-level functions as Apps Script does', () => {
    const addon = fixtureAddon();
    for (const name of ['secret_', 'counter', 'Session', 'constructor', 'toString']) {
      expect(runServerFunction(addon, name, [], direct)).toEqual({ ok: false, error: { message: `Script function not found: ${name}` } });
    }
  });

  it('hands the server its own copy, made of the script realm’s own arrays and objects', () => {
    const addon = fixtureAddon();
    const payload = { list: ['client'] };
    expect(runServerFunction(addon, 'echo', [payload], direct)).toEqual({
      ok: true,
      result: { payload: { list: ['client'] }, isArray: true },
    });
    expect(runServerFunction(addon, 'mutate', [payload], direct)).toEqual({ ok: true, result: 2 });
    expect(payload.list).toEqual(['client']);
  });

  it('refuses illegal arguments before running anything', () => {
    const addon = fixtureAddon();
    let ran = false;
    const outcome = runServerFunction(addon, 'echo', [{ list: [], when: new Date() }], (call) => {
      ran = true;
      return call();
    });
    expect(outcome).toEqual({ ok: false, error: { message: 'Failed due to illegal value in property: 0.when' } });
    expect(ran).toBe(false);
  });

  it('passes a thrown error’s message, from the script’s realm, to the failure side', () => {
    const addon = fixtureAddon();
    expect(runServerFunction(addon, 'fail', [], direct)).toEqual({
      ok: false,
      error: { message: 'Only the facilitator can reveal the scores.' },
    });
    expect(runServerFunction(addon, 'failWithString', [], direct)).toEqual({ ok: false, error: { message: 'plain text' } });
  });

  it('runs the call inside the execution it is given', () => {
    const addon = fixtureAddon();
    const wrapped: string[] = [];
    runServerFunction(addon, 'echo', [{ list: [] }], (call) => {
      wrapped.push('start');
      const result = call();
      wrapped.push('end');
      return result;
    });
    expect(wrapped).toEqual(['start', 'end']);
  });

  it('gives null for a result holding a Date, and reports it', () => {
    const addon = fixtureAddon();
    const dropped: string[] = [];
    expect(runServerFunction(addon, 'today', [], direct, (fn) => dropped.push(fn))).toEqual({ ok: true, result: null });
    expect(dropped).toEqual(['today']);
  });
});

describe('the sidebar page with the bridge', () => {
  const config = { functions: ['getSidebarState'], user: 'user-1', runUrl: '/api/run' };

  it('puts the configuration and shim just before the page’s first script', () => {
    const page = '<html><head><style>p{}</style></head><body><main></main><script>app()</script></body></html>';
    const bridged = withBridge(page, config, 'shim()');
    const shimAt = bridged.indexOf('shim()');
    expect(shimAt).toBeGreaterThan(bridged.indexOf('<main>'));
    expect(shimAt).toBeLessThan(bridged.indexOf('app()'));
    expect(bridged).toContain('"functions":["getSidebarState"]');
  });

  it('keeps the configuration from closing the script element early', () => {
    const bridged = withBridge('<head></head><body></body>', { ...config, user: '</script><b>' }, 'shim()');
    expect(bridged).not.toContain('</script><b>');
    expect(bridged.indexOf('shim()')).toBeLessThan(bridged.indexOf('</head>'));
  });
});
