// The call budgets of the add-on, on call counts only (deterministic: the same scenario always makes the
// same calls). The add-on runs from src/main.ts with the in-memory environment on globalThis, so the
// budgets hold for the code as it is, whether or not dist/ was rebuilt; `npm run bench` checks the same
// budgets against the built bundle.
import {
  BUDGET_PROBES,
  SECOND_MONTH_OPERATIONS,
  SECOND_MONTH_PROBE,
  checkSecondMonth,
  CREATE_CALLS_PER_EVALUATOR,
  CRITERIA_FREE_OPERATIONS,
  PROGRESS_METHOD,
  PROGRESS_OPERATIONS,
  WITHIN_MINIMUM_OPERATIONS,
  checkProgress,
  checkWithinMinimum,
  OPEN_SIDEBAR_CALLS,
  REVEAL_CALLS_PER_EVALUATOR_TAB,
  checkOpenSidebar,
  FINAL_CALLS,
  checkFinal,
  SUBMISSION_CALLS,
  checkCreatePerEvaluator,
  checkCriteriaFree,
  checkRevealPerEvaluator,
  checkSubmission,
  methodDifferences,
  type MeasuredScenario,
} from '../../bench/budgets';
import { OPERATIONS, completeCosts, runScenario, type CallCost, type Operation } from '../../bench/scenario';
import type { SessionShape } from '../../bench/sizes';
import { MINIMUM_RATIO_TARGET } from '../../bench/targets';

function play(shape: SessionShape, secondMonth = false): MeasuredScenario {
  const result = runScenario(shape, { addon: 'source', secondMonth });
  return { shape: result.shape, costs: completeCosts(result) };
}

describe('call budgets of the add-on', () => {
  const probes = {} as Record<keyof typeof BUDGET_PROBES, MeasuredScenario>;
  beforeAll(() => {
    for (const [name, shape] of Object.entries(BUDGET_PROBES)) probes[name as keyof typeof BUDGET_PROBES] = play(shape);
  });

  it('measures every operation of the session', () => {
    for (const probe of Object.values(probes)) {
      for (const operation of OPERATIONS) expect(probe.costs[operation].total).toBeGreaterThan(0);
    }
  });

  it.each(CRITERIA_FREE_OPERATIONS)('%s makes the same calls whatever the number of criteria', (operation) => {
    const check = checkCriteriaFree(operation, probes.fewCriteria, probes.manyCriteria);
    expect(check.offenders).toEqual([]);
    expect(check.pass).toBe(true);
  });

  it('reveal makes at most 4 calls per evaluator tab (find, write, reach the sheet, show it) plus a fixed number for the Summary', () => {
    expect(REVEAL_CALLS_PER_EVALUATOR_TAB).toBe(4);
    const check = checkRevealPerEvaluator(probes.fewEvaluators, probes.manyEvaluators);
    expect(check.measured).toMatch(/^4 calls per evaluator tab/);
    expect({ measured: check.measured, offenders: check.offenders }).toEqual({ measured: check.measured, offenders: [] });
    expect(check.pass).toBe(true);
  });

  it(`a submission makes at most ${SUBMISSION_CALLS} calls in all (its counts on the sheets included), at every size probed`, () => {
    const check = checkSubmission(Object.values(probes));
    expect(check.offenders).toEqual([]);
    expect(check.pass).toBe(true);
  });

  it('opening the facilitator sidebar makes at most 10 calls, the same with 4 or 8 evaluator tabs', () => {
    expect(OPEN_SIDEBAR_CALLS).toBe(10);
    const check = checkOpenSidebar(Object.values(probes));
    expect(check.offenders).toEqual([]);
    expect(check.pass).toBe(true);
    expect(probes.manyEvaluators.costs.openSidebar.byMethod).toEqual(probes.fewEvaluators.costs.openSidebar.byMethod);
  });

  it.each(WITHIN_MINIMUM_OPERATIONS)(`%s stays within ${MINIMUM_RATIO_TARGET}× its batched minimum at every probe`, (operation) => {
    const check = checkWithinMinimum(operation, Object.values(probes));
    expect({ measured: check.measured, offenders: check.offenders }).toEqual({ measured: check.measured, offenders: [] });
    expect(check.pass).toBe(true);
  });

  it.each(PROGRESS_OPERATIONS)('%s shows progress with a toast at every probe', (operation) => {
    const check = checkProgress(operation, Object.values(probes));
    expect(check.offenders).toEqual([]);
    expect(check.pass).toBe(true);
  });

  it(`recording a final makes at most ${FINAL_CALLS} calls and lays no tab out again, at every size probed`, () => {
    expect(FINAL_CALLS).toBe(30);
    const check = checkFinal(Object.values(probes));
    expect(check.offenders).toEqual([]);
    expect(check.pass).toBe(true);
  });

  it('shows progress at the start and at each long step: create 1 toast, reveal 2, report 2, close 3', () => {
    for (const probe of Object.values(probes)) {
      expect(
        [probe.costs.create, probe.costs.reveal, probe.costs.report, probe.costs.close].map((cost) => cost.byMethod[PROGRESS_METHOD]),
      ).toEqual([1, 2, 2, 3]);
      // Creating: the session written once with its status, and the tabs as laid out (bench/minimum.ts).
      expect(probe.costs.create.byMethod['PropertiesService.Properties.setProperties']).toBe(2);
    }
  });

  it('creating a session makes at most 12 calls per further evaluator: their tab copied from the first, their ids', () => {
    expect(CREATE_CALLS_PER_EVALUATOR).toBe(12);
    const check = checkCreatePerEvaluator(probes.fewEvaluators, probes.manyEvaluators);
    expect(check.offenders).toEqual([]);
    expect(check.pass).toBe(true);
    const grown = probes.manyEvaluators.costs.create.byMethod;
    const before = probes.fewEvaluators.costs.create.byMethod;
    const added = probes.manyEvaluators.shape.evaluators - probes.fewEvaluators.shape.evaluators;
    // One insertSheet per tab (a copy, named as it is made), and nothing that looks up, reads or clears a tab it made.
    expect((grown['SpreadsheetApp.Spreadsheet.insertSheet'] ?? 0) - (before['SpreadsheetApp.Spreadsheet.insertSheet'] ?? 0)).toBe(added);
    for (const read of [
      'Spreadsheet.getRangeByName',
      'Range.getSheet',
      'Sheet.getName',
      'Sheet.setName',
      'Sheet.getProtections',
      'Protection.getEditors',
      'Sheet.getMaxRows',
      'Sheet.clear',
    ]) {
      expect({ read, growth: (grown[`SpreadsheetApp.${read}`] ?? 0) - (before[`SpreadsheetApp.${read}`] ?? 0) }).toEqual({
        read,
        growth: 0,
      });
    }
  });

  it(`in the second month a final makes at most ${FINAL_CALLS} calls and opening the sidebar at most ${OPEN_SIDEBAR_CALLS}, History not read`, () => {
    const secondMonth = play(SECOND_MONTH_PROBE, true);
    for (const check of checkSecondMonth(secondMonth)) {
      expect({ budget: check.budget, offenders: check.offenders }).toEqual({ budget: check.budget, offenders: [] });
      expect(check.pass).toBe(true);
    }
    // History is drawn from the copy the reveal stored: these make the calls they make in the first month.
    const firstMonth = probes.fewCriteria;
    expect(SECOND_MONTH_PROBE).toEqual(BUDGET_PROBES.fewCriteria);
    for (const operation of SECOND_MONTH_OPERATIONS)
      expect({ operation, calls: secondMonth.costs[operation].byMethod }).toEqual({
        operation,
        calls: firstMonth.costs[operation].byMethod,
      });
  });

  it('is deterministic: the same scenario makes exactly the same calls', () => {
    const again = play(BUDGET_PROBES.fewCriteria);
    for (const operation of OPERATIONS) expect(again.costs[operation]).toEqual(probes.fewCriteria.costs[operation]);
  });
});

describe('the budget checks', () => {
  const cost = (byMethod: Record<string, number>): CallCost => ({
    total: Object.values(byMethod).reduce((a, b) => a + b, 0),
    byService: {},
    byMethod,
  });
  const scenario = (shape: SessionShape, costs: Partial<Record<Operation, CallCost>>): MeasuredScenario => ({
    shape,
    costs: Object.fromEntries(OPERATIONS.map((operation) => [operation, costs[operation] ?? cost({})])) as Record<Operation, CallCost>,
  });
  const shape = (evaluators: number, criteria: number): SessionShape => ({ evaluators, calls: 2, criteria });

  it('name each method whose count changed', () => {
    expect(methodDifferences(cost({ 'A.x': 1, 'A.y': 2 }), cost({ 'A.x': 1, 'A.y': 3, 'B.z': 1 }))).toEqual(['A.y: 2 → 3', 'B.z: 0 → 1']);
  });

  it('catch a call per criterion, even when another call went away', () => {
    const few = scenario(shape(6, 10), { close: cost({ 'S.Range.setValues': 1, 'S.Range.getValue': 10 }) });
    const many = scenario(shape(6, 40), { close: cost({ 'S.Range.setValues': 1, 'S.Range.getValue': 40 }) });
    expect(checkCriteriaFree('close', few, many)).toMatchObject({ pass: false, offenders: ['S.Range.getValue: 10 → 40'] });
    const swapped = scenario(shape(6, 40), { close: cost({ 'S.Range.setValues': 2, 'S.Range.getValue': 9 }) });
    expect(checkCriteriaFree('close', few, swapped).pass).toBe(false);
    expect(checkCriteriaFree('close', few, few).pass).toBe(true);
  });

  it('measure the reveal per evaluator tab from two evaluator counts', () => {
    const reveal = (tabs: number, perTab: number) =>
      cost({ 'S.fixed': 20, 'S.Range.setValues': tabs, 'S.Sheet.showSheet': tabs * (perTab - 1) });
    const budget = REVEAL_CALLS_PER_EVALUATOR_TAB;
    const within = checkRevealPerEvaluator(
      scenario(shape(4, 10), { reveal: reveal(4, budget) }),
      scenario(shape(8, 10), { reveal: reveal(8, budget) }),
    );
    expect(within).toMatchObject({ pass: true, offenders: [] });
    expect(within.measured).toMatch(new RegExp(`^${budget} calls per evaluator tab`));
    const over = checkRevealPerEvaluator(
      scenario(shape(4, 10), { reveal: reveal(4, budget + 1) }),
      scenario(shape(8, 10), { reveal: reveal(8, budget + 1) }),
    );
    expect(over).toMatchObject({
      pass: false,
      offenders: ['S.Range.setValues: +1 per evaluator tab', `S.Sheet.showSheet: +${budget} per evaluator tab`],
    });
    expect(() => checkRevealPerEvaluator(scenario(shape(8, 10), {}), scenario(shape(4, 10), {}))).toThrow(/two evaluator counts/);
  });

  it('count growing a sheet past its edge as a one-off, not as a call per tab', () => {
    const few = scenario(shape(4, 10), { reveal: cost({ 'S.fixed': 20, 'S.Range.setValues': 4 }) });
    const widened = scenario(shape(5, 10), {
      reveal: cost({ 'S.fixed': 20, 'S.Range.setValues': 5, 'SpreadsheetApp.Sheet.insertColumnsAfter': 1 }),
    });
    const check = checkRevealPerEvaluator(few, widened);
    expect(check).toMatchObject({ pass: true, offenders: [] });
    expect(check.measured).toMatch(/^1 call per evaluator tab .*1 one-off sheet growth left out/);
    const perTabInsert = scenario(shape(5, 10), {
      reveal: cost({ 'S.fixed': 20, 'S.Range.setValues': 5, 'S.Sheet.insertSheet': REVEAL_CALLS_PER_EVALUATOR_TAB }),
    });
    expect(checkRevealPerEvaluator(few, perTabInsert).pass).toBe(false);
  });

  it('fail an operation that shows no progress, or strays past its minimum, naming where the calls went', () => {
    const quiet = scenario(shape(6, 10), { close: cost({ 'S.Range.setValues': 3 }) });
    expect(checkProgress('close', [quiet])).toMatchObject({ pass: false, offenders: [`${PROGRESS_METHOD}: 0`] });
    const toasted = scenario(shape(6, 10), { close: cost({ [PROGRESS_METHOD]: 1 }) });
    expect(checkProgress('close', [toasted, quiet]).pass).toBe(false);
    expect(checkProgress('close', [toasted]).pass).toBe(true);
    const wasteful = scenario(shape(6, 10), { close: cost({ 'S.Range.getValue': 10_000 }) });
    expect(checkWithinMinimum('close', [wasteful])).toMatchObject({ pass: false, offenders: ['S.Range.getValue: 10000'] });
  });

  it(`hold a final to ${FINAL_CALLS} calls and no tab laid out again`, () => {
    const light = scenario(shape(6, 10), { final: cost({ 'P.get': 4 }) });
    const relaid = scenario(shape(6, 10), { final: cost({ 'P.get': 4, 'SpreadsheetApp.Sheet.clear': 1 }) });
    const heavy = scenario(shape(6, 10), { final: cost({ 'P.get': FINAL_CALLS + 1 }) });
    expect(checkFinal([light]).pass).toBe(true);
    expect(checkFinal([light, relaid]).pass).toBe(false);
    expect(checkFinal([light, heavy])).toMatchObject({ pass: false, offenders: [`P.get: ${FINAL_CALLS + 1}`] });
  });

  it(`hold a submission to ${SUBMISSION_CALLS} calls, judged by the costliest`, () => {
    const light = scenario(shape(6, 10), { submit: cost({ 'P.get': 4 }) });
    const heavy = scenario(shape(6, 10), { submit: cost({ 'P.get': 4, 'P.set': SUBMISSION_CALLS - 3 }) });
    expect(checkSubmission([light]).pass).toBe(true);
    expect(checkSubmission([light, heavy])).toMatchObject({ pass: false, offenders: ['P.get: 4', `P.set: ${SUBMISSION_CALLS - 3}`] });
  });
});
