import type { Scorecard } from '../../src/domain/schemas';
import { EVALUATORS, FACILITATOR, api, as, storedData, setUpSession, submitAll, environmentPerTest } from './harness';

const env = environmentPerTest();
let scorecard: Scorecard;

beforeEach(() => {
  scorecard = setUpSession(env);
  submitAll(
    env,
    scorecard,
    EVALUATORS.slice(0, 3).map((e) => e.email),
  );
});

function sheetNames(): string[] {
  return as(env, FACILITATOR, () =>
    SpreadsheetApp.getActiveSpreadsheet()
      .getSheets()
      .map((s) => s.getName()),
  );
}

describe('repairing the session', () => {
  it('detects a deleted tab and rebuilds it from stored state, changing no stored score', () => {
    as(env, FACILITATOR, () => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      spreadsheet.deleteSheet(spreadsheet.getSheetByName('Summary')!);
    });
    const before = as(env, FACILITATOR, () => api.getSidebarState());
    expect(before.role === 'facilitator' && before.damage.length).toBeGreaterThan(0);
    const stored = storedData(env);

    const repaired = as(env, FACILITATOR, () => api.repairCurrentSession());
    expect(repaired.repaired.length).toBeGreaterThan(0);
    expect(sheetNames()).toContain('Summary');
    expect(repaired.state.role === 'facilitator' && repaired.state.damage).toEqual([]);
    expect(storedData(env)).toEqual(stored);
  });

  it('rebuilds the revealed Summary after the reveal', () => {
    as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
    as(env, FACILITATOR, () => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      spreadsheet.deleteSheet(spreadsheet.getSheetByName('Summary')!);
    });
    as(env, FACILITATOR, () => api.repairCurrentSession());
    const rows = as(env, FACILITATOR, () => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Summary')!.getDataRange().getValues());
    expect(rows.some((r) => r[0] === 'Calibration variance')).toBe(true);
  });
});
