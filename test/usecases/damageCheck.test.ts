// Tabs changed by hand are looked for, at three calls per tab, after a repair, when the facilitator asks
// ("Check tabs"), and when the sidebar loads if the number of sheets changed since the last look or the
// last look found something; every other facilitator action answers without looking.
import { EVALUATORS, FACILITATOR, api, as, setUpSession, submitAll, environmentPerTest } from './harness';

const env = environmentPerTest();

function deleteSheet(name: string): void {
  as(env, FACILITATOR, () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    spreadsheet.deleteSheet(spreadsheet.getSheetByName(name)!);
  });
}

describe('the damage check', () => {
  it('runs when the sidebar loads and after a repair, and is flagged as not run after other actions', () => {
    setUpSession(env);
    deleteSheet('Discussion');

    const loaded = as(env, FACILITATOR, () => api.getSidebarState());
    if (loaded.role !== 'facilitator') throw new Error('expected the facilitator view');
    expect(loaded).toMatchObject({ damageChecked: true, damage: ['The "Discussion" tab was deleted.'] });

    const saved = as(env, FACILITATOR, () => api.saveSessionActionItem({ text: 'Share the recordings', owner: 'Ana Ruiz' }));
    expect(saved).toMatchObject({ damageChecked: false, damage: [] });

    const repaired = as(env, FACILITATOR, () => api.repairCurrentSession());
    expect(repaired.repaired).toEqual(['The "Discussion" tab was deleted.']);
    expect(repaired.state).toMatchObject({ damageChecked: true, damage: [] });
  });

  it('costs a facilitator action nothing per evaluator tab', () => {
    const costOfFinal = (evaluators: number): number => {
      env.restart();
      const scorecard = setUpSession(env, { evaluators: EVALUATORS.slice(0, evaluators).map((e) => ({ ...e })) });
      submitAll(
        env,
        scorecard,
        EVALUATORS.slice(0, evaluators).map((e) => e.email),
      );
      as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
      const mark = env.calls.mark();
      as(env, FACILITATOR, () => api.recordFinalValue({ callId: 'c1', criterionId: 'greeting', value: 0 }));
      const sheetLookups = env.calls.list(mark).filter((call) => /getRangeByName|Range\.getSheet|Sheet\.getName/.test(call.method)).length;
      return sheetLookups;
    };
    const few = costOfFinal(3);
    const many = costOfFinal(8);
    expect(many).toBe(few);
  });

  it('on loading, looks at each tab only when the number of sheets says one may have been deleted', () => {
    setUpSession(env);
    const lookups = (work: () => unknown) => {
      const mark = env.calls.mark();
      as(env, FACILITATOR, work);
      return env.calls.list(mark).filter((call) => call.method === 'Spreadsheet.getRangeByName').length;
    };
    // Set-up recorded the tabs as laid out: loading looks at none of them (the Action items tab is read).
    expect(lookups(() => api.getSidebarState())).toBe(1);
    // A sheet of the user's own changes the number: one full look, then quiet again.
    as(env, FACILITATOR, () => SpreadsheetApp.getActiveSpreadsheet().insertSheet('My notes'));
    expect(lookups(() => api.getSidebarState())).toBeGreaterThan(5);
    expect(lookups(() => api.getSidebarState())).toBe(1);
  });

  it('finds a tab renamed by hand when asked, and keeps showing it on loading until it is repaired', () => {
    setUpSession(env);
    as(env, FACILITATOR, () => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Discussion')!.setName('Talk'));
    const damage = (view: ReturnType<typeof api.getSidebarState>) => (view.role === 'facilitator' ? view.damage : null);
    // The number of sheets is unchanged, so loading does not look.
    expect(damage(as(env, FACILITATOR, () => api.getSidebarState()))).toEqual([]);
    expect(damage(as(env, FACILITATOR, () => api.checkSessionTabs()))).toEqual(['The "Discussion" tab was renamed to "Talk".']);
    expect(damage(as(env, FACILITATOR, () => api.getSidebarState()))).toEqual(['The "Discussion" tab was renamed to "Talk".']);
    as(env, FACILITATOR, () => api.repairCurrentSession());
    expect(damage(as(env, FACILITATOR, () => api.getSidebarState()))).toEqual([]);
  });
});
