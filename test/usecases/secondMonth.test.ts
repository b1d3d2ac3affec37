// In the second month History holds the first session, and every step after the reveal draws the trend
// against it. History changes only at a close, so the reveal keeps a copy of the earlier sessions in the
// store and the steps after it read that instead of the tab; the repair reads the tab again, which is
// how a row edited on History by hand reaches the trend before the close.
import { inspectSheetByName } from 'apps-script-emulator';
import type { AnswerValue, Criterion, Scorecard } from '../../src/domain/schemas';
import * as logTabs from '../../src/sheets/tabs/logTabs';
import { EARLIER_SESSIONS_KEY } from '../../src/state/earlierSessions';
import {
  EVALUATORS,
  FACILITATOR,
  api,
  as,
  criteriaOf,
  documentProperties,
  environmentPerTest,
  setUpSession,
  submitAll,
  withEnvironment,
} from './harness';

const env = environmentPerTest();
let scorecard: Scorecard;

/** Answers that disagree, so the Summary has a variance and a trend to draw. */
function disagreeing(criterion: Criterion, index: number, evaluator: number): AnswerValue {
  if (criterion.type === 'scale') return evaluator < 3 ? criterion.min + 1 : criterion.max;
  if (criterion.critical) return evaluator === 5 ? 0 : 1;
  return (index + evaluator) % 3 === 0 ? 0 : 1;
}

function submitAndReveal(): void {
  EVALUATORS.slice(0, 6).forEach((evaluator, n) =>
    submitAll(env, scorecard, [evaluator.email], (criterion, index) => disagreeing(criterion, index, n)),
  );
  as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
}

const DECEMBER = { title: 'December calibration', sessionDate: '2026-12-28', scoringDeadline: '2026-12-26T17:00:00.000Z' };

/** November closed, December revealed: History holds November. */
function secondMonthRevealed(): void {
  scorecard = setUpSession(env);
  submitAndReveal();
  as(env, FACILITATOR, () => api.closeCurrentSession());
  scorecard = setUpSession(env, DECEMBER);
  submitAndReveal();
}

/** How many times the add-on read the History tab while `fn` ran (its workbook is composed afresh for each call). */
function historyReads(fn: () => unknown): number {
  let reads = 0;
  const compose = logTabs.logTabsPart;
  const spy = jest.spyOn(logTabs, 'logTabsPart').mockImplementation((tabs, progress) => {
    const part = compose(tabs, progress);
    return {
      ...part,
      readHistory: () => {
        reads++;
        return part.readHistory();
      },
    };
  });
  try {
    fn();
    return reads;
  } finally {
    spy.mockRestore();
  }
}

const summary = () => inspectSheetByName(env.spreadsheet, 'Summary').values;

/** The Summary of the same spreadsheet laid out again whole, History read afresh (the repair's path). */
function rebuiltSummary(): unknown[][] {
  return withEnvironment({ state: env.snapshot() }, (copy) => {
    as(copy, FACILITATOR, () => api.repairCurrentSession());
    return inspectSheetByName(copy.spreadsheet, 'Summary').values;
  });
}

const stored = (key: string) => Object.keys(documentProperties(env)).some((k) => k === key || k.startsWith(`${key}#`));

/** Renames November on History by hand, in the Title column of its row. */
function renameNovemberOnHistory(title: string): void {
  as(env, FACILITATOR, () => {
    const history = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('History')!;
    const titles = history.getRange(2, 2, history.getLastRow() - 1, 1);
    expect(titles.getValues()).toEqual([['November calibration']]);
    titles.setValues([[title]]);
  });
}

describe('the second month', () => {
  beforeEach(secondMonthRevealed);

  it('records a final, marks attendance, opens the sidebar and builds the report without reading History', () => {
    expect(summary().flat()).toContain('November calibration');
    const scale = criteriaOf(scorecard).find((c) => c.type === 'scale')!;
    expect(
      historyReads(() => as(env, FACILITATOR, () => api.recordFinalValue({ callId: 'c1', criterionId: scale.id, value: scale.min }))),
    ).toBe(0);
    expect(
      historyReads(() => as(env, FACILITATOR, () => api.markSessionAttendance({ evaluatorId: EVALUATORS[7]!.id, status: 'apologies' }))),
    ).toBe(0);
    let opened: ReturnType<typeof api.getSidebarState> | null = null;
    expect(historyReads(() => (opened = as(env, FACILITATOR, () => api.getSidebarState())))).toBe(0);
    // The facilitator's follow-up still spans both months: drawn from the copy.
    const view = opened as unknown as { role: string; people: Array<{ sessions: number }> };
    expect(view.role).toBe('facilitator');
    expect(Math.max(...view.people.map((person) => person.sessions))).toBe(2);
    expect(historyReads(() => as(env, FACILITATOR, () => api.buildSessionReport({ newDocument: false })))).toBe(0);
  });

  it('leaves the Summary’s trend after a final exactly as a full rebuild from History draws it', () => {
    const scale = criteriaOf(scorecard).find((c) => c.type === 'scale')!;
    as(env, FACILITATOR, () => api.recordFinalValue({ callId: 'c2', criterionId: scale.id, value: scale.max }));
    expect(summary().flat()).toContain('Chart data: calibration variance across sessions');
    expect(summary()).toEqual(rebuiltSummary());
  });

  it('picks up a History row edited by hand at the repair, and keeps it for the steps after', () => {
    renameNovemberOnHistory('November calibration (rerun)');
    const scale = criteriaOf(scorecard).find((c) => c.type === 'scale')!;
    // Until the repair the steps draw the trend from what the reveal read.
    as(env, FACILITATOR, () => api.recordFinalValue({ callId: 'c1', criterionId: scale.id, value: scale.min }));
    expect(summary().flat()).not.toContain('November calibration (rerun)');
    expect(historyReads(() => as(env, FACILITATOR, () => api.repairCurrentSession()))).toBe(1);
    expect(summary().flat()).toContain('November calibration (rerun)');
    expect(
      historyReads(() => as(env, FACILITATOR, () => api.recordFinalValue({ callId: 'c1', criterionId: scale.id, value: scale.max }))),
    ).toBe(0);
    expect(summary().flat()).toContain('November calibration (rerun)');
    expect(summary()).toEqual(rebuiltSummary());
  });

  it('reads History as before when no copy was stored (a session revealed before the copy existed)', () => {
    // The store as an add-on before the copy left it.
    as(env, FACILITATOR, () => {
      const properties = PropertiesService.getDocumentProperties()!;
      for (const key of Object.keys(properties.getProperties()))
        if (key === EARLIER_SESSIONS_KEY || key.startsWith(`${EARLIER_SESSIONS_KEY}#`)) properties.deleteProperty(key);
    });
    expect(stored(EARLIER_SESSIONS_KEY)).toBe(false);
    const scale = criteriaOf(scorecard).find((c) => c.type === 'scale')!;
    expect(
      historyReads(() => as(env, FACILITATOR, () => api.recordFinalValue({ callId: 'c1', criterionId: scale.id, value: scale.min }))),
    ).toBe(1);
    expect(summary()).toEqual(rebuiltSummary());
  });

  it('keeps the copy through the close for the closed session, and removes it when the next session starts', () => {
    as(env, FACILITATOR, () => api.closeCurrentSession());
    expect(stored(EARLIER_SESSIONS_KEY)).toBe(true);
    expect(historyReads(() => as(env, FACILITATOR, () => api.buildSessionReport({ newDocument: false })))).toBe(0);
    setUpSession(env, { title: 'January calibration', sessionDate: '2027-01-25', scoringDeadline: '2027-01-23T17:00:00.000Z' });
    expect(stored(EARLIER_SESSIONS_KEY)).toBe(false);
  });
});
