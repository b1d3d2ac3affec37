// The call budgets: what the add-on may spend in service calls, checked on counts only (never on time),
// so the same check is safe in CI and in the benchmark. Each budget compares scenarios that differ in one
// dimension; a budget that fails names the methods that grew, which is where the per-cell,
// per-criterion or per-tab call hides.
import { OPERATION_LABELS, completeCosts, runScenario, type CallCost, type Operation, type ScenarioOptions } from './scenario';
import { minimumCalls } from './minimum';
import type { SessionShape } from './sizes';
import { MINIMUM_RATIO_TARGET } from './targets';

/** Operations whose cost may depend on evaluators and calls, but never on the number of criteria. */
export const CRITERIA_FREE_OPERATIONS: readonly Operation[] = ['create', 'reveal', 'openSidebar', 'close', 'report'];
/**
 * Per evaluator tab the reveal must find the tab, write its answers and show it. Through SpreadsheetApp
 * that is four calls: a lookup returns either a Range (getRangeByName) or a Sheet (getSheetByName,
 * getSheetById), writing needs a Range (setValues) and showing needs a Sheet (showSheet), so one of
 * getSheet or getRange always comes between. No SpreadsheetApp call shows a sheet or writes values in
 * another sheet without these objects. Three (or a fixed number) would need the Sheets API's batch
 * requests, which need the `spreadsheets` scope over every spreadsheet of the user instead of
 * `spreadsheets.currentonly`. Issue 8 asked for three; four is what the platform allows.
 */
export const REVEAL_CALLS_PER_EVALUATOR_TAB = 4;
/**
 * Sealing a submission takes 8 calls (who, lock, read the store, write it, release). Everyone reads the
 * submission counts on the Session and Summary tabs, so a submission also writes them, values only,
 * into the cells set-up laid out: the spreadsheet, then per tab its anchor, the block beside it and the
 * values (3 calls), and a flush under the lock so a slower submission never writes older counts last:
 * 16. An evaluator who picked their own name is known by a token in their user properties: 2 more.
 */
export const SUBMISSION_CALLS = 18;
/**
 * The facilitator opening the sidebar: who (2), the store (2), the spreadsheet (1), the Action items tab
 * (find 2, its size 1) and the number of sheets (1), which says whether any tab needs a look. One more
 * for reading action items when there are some. Never a call per tab.
 */
export const OPEN_SIDEBAR_CALLS = 10;

/**
 * Recording a final writes only the cells it changes: who (2), lock (3), the store (3), the spreadsheet
 * (1), per laid-out tab it changes its anchor, the rectangle and each changed property, per results tab
 * its named rows, a check and the values, the view's action items (3) and a flush: at most 30.
 */
export const FINAL_CALLS = 30;

/**
 * Creating a session, per further evaluator: their tab is a copy of the first (insertSheet with it as
 * template, named in the same call; its own values: getRange, setValues; its anchor on that range; the
 * frozen header and two column widths, which Google's reference does not promise a copy carries;
 * protect, setDescription, addEditors; hideSheet: 11 calls), and their two ids (reveal-order key and
 * person key), three ids to a getUuid. Never a look-up, read or clear of a tab it just made.
 */
export const CREATE_CALLS_PER_EVALUATOR = 12;

/** The scenarios the budgets compare: criteria varied at fixed evaluators and calls, then evaluators varied. */
export const BUDGET_PROBES = {
  fewCriteria: { evaluators: 6, calls: 2, criteria: 10 },
  manyCriteria: { evaluators: 6, calls: 2, criteria: 40 },
  fewEvaluators: { evaluators: 4, calls: 2, criteria: 10 },
  manyEvaluators: { evaluators: 8, calls: 2, criteria: 10 },
} as const satisfies Record<string, SessionShape>;

/**
 * The second month: a session played to its close, then the next with the same people, measured. History
 * then holds the first, and every step after the reveal draws the trend against it: the final and the
 * facilitator's sidebar are held to the same budgets there (they read the copy the reveal stored, not History).
 */
export const SECOND_MONTH_PROBE = { evaluators: 6, calls: 2, criteria: 10 } as const satisfies SessionShape;
export const SECOND_MONTH_OPERATIONS = ['final', 'openSidebar'] as const satisfies readonly Operation[];

/** A scenario that ran to the end: every operation measured. */
export interface MeasuredScenario {
  shape: SessionShape;
  costs: Record<Operation, CallCost>;
}

export interface BudgetCheck {
  budget: string;
  /** What was measured, in the budget's own terms. */
  measured: string;
  pass: boolean;
  /** When it fails: each method that broke the budget, and by how much. */
  offenders: string[];
}

/** Methods whose count differs between two costs, as "method: a → b". */
export function methodDifferences(before: CallCost, after: CallCost): string[] {
  const methods = [...new Set([...Object.keys(before.byMethod), ...Object.keys(after.byMethod)])].sort();
  return methods
    .filter((method) => (before.byMethod[method] ?? 0) !== (after.byMethod[method] ?? 0))
    .map((method) => `${method}: ${before.byMethod[method] ?? 0} → ${after.byMethod[method] ?? 0}`);
}

export function checkCriteriaFree(operation: Operation, few: MeasuredScenario, many: MeasuredScenario): BudgetCheck {
  const [a, b] = [few.costs[operation], many.costs[operation]];
  const pass = a.total === b.total && methodDifferences(a, b).length === 0;
  return {
    budget: `${OPERATION_LABELS[operation]}: same calls for ${few.shape.criteria} and ${many.shape.criteria} criteria`,
    measured: `${a.total} → ${b.total} calls`,
    pass,
    offenders: pass ? [] : methodDifferences(a, b),
  };
}

/**
 * A block that outgrows its sheet (a new sheet has 1000 rows and 26 columns) grows it with one call,
 * once: a one-off that more evaluators may trigger, part of the fixed cost rather than a call per tab.
 */
export const SHEET_GROWTH_METHODS: readonly string[] = ['SpreadsheetApp.Sheet.insertRowsAfter', 'SpreadsheetApp.Sheet.insertColumnsAfter'];

interface Growth {
  /** Calls each further evaluator tab costs, sheet growth left out. */
  perTab: number;
  byMethod: Array<[string, number]>;
  /** One-off calls that grew a sheet, in the larger scenario beyond the smaller. */
  sheetGrowth: number;
}

function growthPerEvaluator(few: MeasuredScenario, many: MeasuredScenario, operation: Operation): Growth {
  const added = many.shape.evaluators - few.shape.evaluators;
  if (added <= 0) throw new Error('Measure the reveal at two evaluator counts, the second larger');
  const [a, b] = [few.costs[operation], many.costs[operation]];
  const methods = [...new Set([...Object.keys(a.byMethod), ...Object.keys(b.byMethod)])].sort();
  const grown = methods
    .map((method): [string, number] => [method, (b.byMethod[method] ?? 0) - (a.byMethod[method] ?? 0)])
    .filter(([, growth]) => growth !== 0);
  const sheetGrowth = grown.filter(([method]) => SHEET_GROWTH_METHODS.includes(method)).reduce((sum, [, growth]) => sum + growth, 0);
  return {
    perTab: (b.total - a.total - sheetGrowth) / added,
    byMethod: grown.filter(([method]) => !SHEET_GROWTH_METHODS.includes(method)).map(([method, growth]) => [method, growth / added]),
    sheetGrowth,
  };
}

const perTab = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(2)} ${Math.abs(n) === 1 ? 'call' : 'calls'} per evaluator tab`;

export function checkRevealPerEvaluator(few: MeasuredScenario, many: MeasuredScenario): BudgetCheck {
  const growth = growthPerEvaluator(few, many, 'reveal');
  const pass = growth.perTab <= REVEAL_CALLS_PER_EVALUATOR_TAB;
  const oneOff = growth.sheetGrowth === 0 ? '' : `; ${growth.sheetGrowth} one-off sheet growth left out`;
  return {
    budget: `${OPERATION_LABELS.reveal}: at most ${perTab(REVEAL_CALLS_PER_EVALUATOR_TAB)}, plus a fixed number`,
    measured: `${perTab(growth.perTab)} (${few.costs.reveal.total} calls with ${few.shape.evaluators} evaluators, ${many.costs.reveal.total} with ${many.shape.evaluators}${oneOff})`,
    pass,
    offenders: pass ? [] : growth.byMethod.map(([method, count]) => `${method}: +${count} per evaluator tab`),
  };
}

export function checkCreatePerEvaluator(few: MeasuredScenario, many: MeasuredScenario): BudgetCheck {
  const growth = growthPerEvaluator(few, many, 'create');
  const pass = growth.perTab <= CREATE_CALLS_PER_EVALUATOR;
  return {
    budget: `${OPERATION_LABELS.create}: at most ${CREATE_CALLS_PER_EVALUATOR} calls per further evaluator (their tab copied from the first)`,
    measured: `${growth.perTab} calls per evaluator (${few.costs.create.total} calls with ${few.shape.evaluators} evaluators, ${many.costs.create.total} with ${many.shape.evaluators})`,
    pass,
    offenders: pass ? [] : growth.byMethod.map(([method, count]) => `${method}: +${count} per evaluator`),
  };
}

/** Creating a session within the ratio target of its batched minimum (bench/minimum.ts), at every size probed. */
export function checkOpenSidebar(results: readonly MeasuredScenario[]): BudgetCheck {
  const costliest = results.map((result) => result.costs.openSidebar).reduce((a, b) => (b.total > a.total ? b : a));
  const pass = costliest.total <= OPEN_SIDEBAR_CALLS;
  return {
    budget: `${OPERATION_LABELS.openSidebar}: at most ${OPEN_SIDEBAR_CALLS} calls, whatever the number of tabs`,
    measured: `${costliest.total} calls at most`,
    pass,
    offenders: pass ? [] : Object.entries(costliest.byMethod).map(([method, count]) => `${method}: ${count}`),
  };
}

export function checkSubmission(results: readonly MeasuredScenario[]): BudgetCheck {
  const costliest = results.map((result) => result.costs.submit).reduce((a, b) => (b.total > a.total ? b : a));
  const pass = costliest.total <= SUBMISSION_CALLS;
  return {
    budget: `${OPERATION_LABELS.submit}: at most ${SUBMISSION_CALLS} calls in all`,
    measured: `${costliest.total} calls at most`,
    pass,
    offenders: pass ? [] : Object.entries(costliest.byMethod).map(([method, count]) => `${method}: ${count}`),
  };
}

/**
 * Operations held to their batched minimum (bench/minimum.ts, part by part) at every probe, so the calls
 * removed cannot creep back: the 1.25×, judged by the probe furthest from its minimum.
 */
export const WITHIN_MINIMUM_OPERATIONS: readonly Operation[] = ['create', 'reveal', 'report', 'close'];

export function checkWithinMinimum(operation: Operation, results: readonly MeasuredScenario[]): BudgetCheck {
  const ratios = results.map((result) => {
    const minimum = minimumCalls(operation, result.shape).total;
    return { result, minimum, ratio: result.costs[operation].total / minimum };
  });
  const worst = ratios.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const pass = worst.ratio <= MINIMUM_RATIO_TARGET;
  return {
    budget: `${OPERATION_LABELS[operation]}: within ${MINIMUM_RATIO_TARGET}× its batched minimum at every probe`,
    measured: `${worst.ratio.toFixed(2)}× at most (${worst.result.costs[operation].total} calls, minimum ${worst.minimum})`,
    pass,
    offenders: pass ? [] : Object.entries(worst.result.costs[operation].byMethod).map(([method, count]) => `${method}: ${count}`),
  };
}

/** The toast a person sees while an operation runs (Spreadsheet.toast). */
export const PROGRESS_METHOD = 'SpreadsheetApp.Spreadsheet.toast';
/** Operations over two seconds by the README's estimate ("What people wait for"): each shows progress. */
export const PROGRESS_OPERATIONS: readonly Operation[] = ['create', 'reveal', 'report', 'close'];

export function checkProgress(operation: Operation, results: readonly MeasuredScenario[]): BudgetCheck {
  const fewest = Math.min(...results.map((result) => result.costs[operation].byMethod[PROGRESS_METHOD] ?? 0));
  const pass = fewest >= 1;
  return {
    budget: `${OPERATION_LABELS[operation]}: shows progress (a toast) at every probe`,
    measured: `${fewest} toast${fewest === 1 ? '' : 's'} at least`,
    pass,
    offenders: pass ? [] : [`${PROGRESS_METHOD}: 0`],
  };
}

export function checkFinal(results: readonly MeasuredScenario[]): BudgetCheck {
  const costliest = results.map((result) => result.costs.final).reduce((a, b) => (b.total > a.total ? b : a));
  const relaidOut = Object.keys(costliest.byMethod).filter((method) => /\.(clear|insertChart|deleteRows)$/.test(method));
  const pass = costliest.total <= FINAL_CALLS && relaidOut.length === 0;
  return {
    budget: `${OPERATION_LABELS.final}: at most ${FINAL_CALLS} calls, no tab laid out again`,
    measured: `${costliest.total} calls at most`,
    pass,
    offenders: pass ? [] : Object.entries(costliest.byMethod).map(([method, count]) => `${method}: ${count}`),
  };
}

/** The final and the sidebar's opening of the second month, against the first month's budgets. */
export function checkSecondMonth(secondMonth: MeasuredScenario): BudgetCheck[] {
  const inSecondMonth = (check: BudgetCheck): BudgetCheck => ({ ...check, budget: `${check.budget}, in the second month` });
  return [inSecondMonth(checkFinal([secondMonth])), inSecondMonth(checkOpenSidebar([secondMonth]))];
}

/** Plays the probe scenarios and checks every budget against them. */
export function checkBudgets(options: ScenarioOptions = {}): BudgetCheck[] {
  const run = (shape: SessionShape, secondMonth = false): MeasuredScenario => {
    const result = runScenario(shape, { ...options, secondMonth });
    return { shape: result.shape, costs: completeCosts(result) };
  };
  const fewCriteria = run(BUDGET_PROBES.fewCriteria);
  const manyCriteria = run(BUDGET_PROBES.manyCriteria);
  const fewEvaluators = run(BUDGET_PROBES.fewEvaluators);
  const manyEvaluators = run(BUDGET_PROBES.manyEvaluators);
  return [
    ...CRITERIA_FREE_OPERATIONS.map((operation) => checkCriteriaFree(operation, fewCriteria, manyCriteria)),
    checkRevealPerEvaluator(fewEvaluators, manyEvaluators),
    checkCreatePerEvaluator(fewEvaluators, manyEvaluators),
    checkSubmission([fewCriteria, manyCriteria, fewEvaluators, manyEvaluators]),
    checkOpenSidebar([fewCriteria, manyCriteria, fewEvaluators, manyEvaluators]),
    ...WITHIN_MINIMUM_OPERATIONS.map((operation) =>
      checkWithinMinimum(operation, [fewCriteria, manyCriteria, fewEvaluators, manyEvaluators]),
    ),
    ...PROGRESS_OPERATIONS.map((operation) => checkProgress(operation, [fewCriteria, manyCriteria, fewEvaluators, manyEvaluators])),
    checkFinal([fewCriteria, manyCriteria, fewEvaluators, manyEvaluators]),
    ...checkSecondMonth(run(SECOND_MONTH_PROBE, true)),
  ];
}
