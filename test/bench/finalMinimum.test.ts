// The minimum of recording a final comes from what the final changes in the data (the tabs laid out
// before and after it), never from the calls the add-on made.
import type { FinalChange, TabChange } from '../../bench/finalChange';
import { minimumCalls } from '../../bench/minimum';
import { runScenario } from '../../bench/scenario';
import { MINIMUM_RATIO_TARGET } from '../../bench/targets';

const shape = { evaluators: 6, calls: 2, criteria: 10 };
/** Who, lock, state read and write, the spreadsheet, the Action items tab for the view, the flush. */
const FIXED = 2 + 3 + 2 + 1 + 1 + 3 + 1;

const tab = (name: TabChange['tab'], changed: TabChange['changed'], reshaped = false): TabChange => ({
  tab: name,
  kind: name === 'Results' || name === 'Session results' ? 'results rows' : 'laid out',
  reshaped,
  changed,
});

describe('the minimum of recording a final', () => {
  it('is one block per tab the final changes and one call per property changed in it, nothing for a tab left alike', () => {
    const change: FinalChange = {
      tabs: [
        tab('Summary', ['values', 'backgrounds']),
        tab('Answers', []),
        tab('Discussion', ['values']),
        tab('Results', ['values']),
        tab('Session results', []),
      ],
    };
    const minimum = minimumCalls('final', shape, change);
    const parts = minimum.parts.map((part) => part.what);
    expect(parts).toContain('Summary: 1 block (getRangeByName, offset to the changed cells), values and backgrounds changed (2 calls)');
    expect(parts).toContain('Discussion: 1 block (getRangeByName, offset to the changed cells), values changed (1 call)');
    expect(parts).toContain('unchanged by the final, not written: Answers and Session results');
    expect(minimum.total).toBe(FIXED + (2 + 2) + (2 + 1) + (2 + 1));
  });

  it('grows by one call for each further property the data changes, and by a tab laid out again when its shape changes', () => {
    const values = minimumCalls('final', shape, { tabs: [tab('Summary', ['values'])] }).total;
    expect(minimumCalls('final', shape, { tabs: [tab('Summary', ['values', 'notes'])] }).total).toBe(values + 1);
    const reshaped = minimumCalls('final', shape, { tabs: [tab('Summary', [], true)] });
    expect(reshaped.parts.some((part) => part.what.startsWith('Summary, reshaped, laid out again:'))).toBe(true);
    expect(reshaped.total).toBeGreaterThan(values + 10);
  });

  it('needs what the final changes: there is no minimum without it', () => {
    expect(() => minimumCalls('final', shape)).toThrow(/what it must change/);
  });

  it('follows the bench session’s data: the final’s figures change on the Summary, recoloured on Answers, within the target', () => {
    const result = runScenario(shape, { addon: 'source' });
    const change = result.finalChange;
    if (!change || !result.costs.final) throw new Error(`the scenario stopped before the final: ${result.stopped?.message}`);
    const byTab = Object.fromEntries(change.tabs.map((t) => [t.tab, t]));
    expect(change.tabs.every((t) => !t.reshaped)).toBe(true);
    expect(byTab.Summary?.changed).toContain('values');
    expect(byTab.Answers?.changed).toEqual(expect.arrayContaining(['values', 'backgrounds']));
    expect(byTab.Results?.changed).toEqual(['values']);
    expect(byTab['Session results']?.changed).toEqual(['values']);
    const minimum = minimumCalls('final', result.shape, change);
    expect(result.costs.final.total / minimum.total).toBeLessThanOrEqual(MINIMUM_RATIO_TARGET);
  });
});
