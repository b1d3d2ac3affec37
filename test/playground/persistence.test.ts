import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_EVALUATORS, demoUserKey } from '../../playground/demo';
import { Playground } from '../../playground/playground';

const distDir = join(__dirname, '../../dist');

function statePath(): string {
  return join(mkdtempSync(join(tmpdir(), 'pg-state-')), '.playground', 'state.json');
}

describe('playground state between restarts', () => {
  it('saves after every call and comes back as it was', () => {
    const path = statePath();
    const first = new Playground({ distDir, statePath: path });
    first.loadDemo();
    expect(existsSync(path)).toBe(true);
    const evaluator = DEMO_EVALUATORS.find((e) => e.email !== '')!;
    const before = first.call('getSidebarState', [], demoUserKey(evaluator));
    expect(before).toMatchObject({ ok: true, result: { role: 'evaluator' } });

    const second = new Playground({ distDir, statePath: path });
    expect(second.users().map((u) => u.key)).toEqual(first.users().map((u) => u.key));
    expect(second.call('getSidebarState', [], demoUserKey(evaluator))).toEqual(before);
    expect(second.env.spreadsheet.state.sheets.map((s) => s.name)).toEqual(first.env.spreadsheet.state.sheets.map((s) => s.name));
    expect(second.hostState().activity.length).toBeGreaterThanOrEqual(first.hostState().activity.length);
  });

  it('lists the facilitator, every evaluator, someone else and a withheld user', () => {
    const playground = new Playground({ distDir, statePath: null });
    playground.loadDemo();
    const roles = playground.users().map((u) => u.role);
    expect(roles.filter((r) => r === 'evaluator')).toHaveLength(8);
    expect(roles).toEqual(expect.arrayContaining(['facilitator', 'someone-else', 'withheld']));
    expect(playground.users().find((u) => u.key === 'withheld-emma')?.email).toBe('');
  });

  it('starts empty on reset, and with --reset clears the saved file', () => {
    const path = statePath();
    const playground = new Playground({ distDir, statePath: path });
    playground.loadDemo();
    playground.reset();
    expect(playground.users().filter((u) => u.role === 'evaluator')).toHaveLength(0);
    expect(playground.env.documents()).toEqual([]);
    expect(new Playground({ distDir, statePath: path }).users().filter((u) => u.role === 'evaluator')).toHaveLength(0);

    playground.loadDemo();
    const fresh = new Playground({ distDir, statePath: path, reset: true });
    expect(fresh.users().filter((u) => u.role === 'evaluator')).toHaveLength(0);
  });

  it('refuses a damaged state file with a way out instead of discarding it', () => {
    const path = statePath();
    new Playground({ distDir, statePath: path }).reset();
    writeFileSync(path, '{"version":1,');
    expect(() => new Playground({ distDir, statePath: path })).toThrow(/not JSON.*--reset/);
    expect(readFileSync(path, 'utf8')).toBe('{"version":1,');
  });
});
