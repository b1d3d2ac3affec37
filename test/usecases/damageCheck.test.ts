// Tabs changed by hand are looked for when the sidebar loads and after a repair, at three calls per tab;
// every other facilitator action answers without looking, so its cost does not grow with the tabs.
import { EVALUATORS, FACILITATOR, api, as, setUpSession, startEnvironment, submitAll, type Environment } from './harness';

let env: Environment;
afterEach(() => env.uninstall());

function deleteSheet(name: string): void {
  as(env, FACILITATOR, () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    spreadsheet.deleteSheet(spreadsheet.getSheetByName(name)!);
  });
}

describe('the damage check', () => {
  it('runs when the sidebar loads and after a repair, and is flagged as not run after other actions', () => {
    env = startEnvironment();
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
      env = startEnvironment();
      const scorecard = setUpSession(env, { evaluators: EVALUATORS.slice(0, evaluators).map((e) => ({ ...e })) });
      submitAll(env, scorecard, EVALUATORS.slice(0, evaluators).map((e) => e.email));
      as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
      const mark = env.calls.mark();
      as(env, FACILITATOR, () => api.recordFinalValue({ callId: 'c1', criterionId: 'greeting', value: 0 }));
      const sheetLookups = env.calls.list(mark).filter((call) => /getRangeByName|Range\.getSheet|Sheet\.getName/.test(call.method)).length;
      env.uninstall();
      return sheetLookups;
    };
    const few = costOfFinal(3);
    const many = costOfFinal(8);
    expect(many).toBe(few);
    env = startEnvironment();
  });
});
