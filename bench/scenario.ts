// One calibration session played through the add-on's public entry points in the in-memory Apps Script
// environment, with the service calls of each step counted. Shared by `npm run bench` and the call
// budget test, so the figures the benchmark prints are the ones the budgets hold.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createAppsScriptEnvironment, type AppsScriptEnvironment } from 'apps-script-emulator';
import { loadAddon, runServerFunction } from '../playground/bridge';
import { repositoryRoot } from '../playground/paths';
import type { CreateSessionPayload, ScoresPayload } from '../src/api/payloads';
import type { CreateSessionResult, EvaluatorView, FacilitatorView } from '../src/api/views';
import type { Criterion, Scorecard, Session, Submission } from '../src/domain/schemas';
import { sidebarActions } from '../src/main';
import { spreadsheetWorkbook } from '../src/sheets/spreadsheetWorkbook';
import { buildScorecard, buildSession, buildSubmissions } from '../test/fixtures/calibration';
import { finalChangeBetween, type FinalChange } from './finalChange';
import type { SessionShape } from './sizes';

/**
 * Where the add-on comes from: `bundle` is dist/Code.js loaded as Apps Script loads it (one global
 * scope, through gas-local), so it also costs what Apps Script parses; `source` calls src/main.ts
 * with the environment installed on globalThis, and needs no build.
 */
export type AddonSource = 'bundle' | 'source';

export const OPERATIONS = ['create', 'submit', 'reveal', 'openSidebar', 'final', 'report', 'close'] as const;
export type Operation = (typeof OPERATIONS)[number];

export const OPERATION_LABELS: Record<Operation, string> = {
  create: 'create session',
  submit: 'one submission',
  reveal: 'reveal with the Summary',
  openSidebar: 'facilitator opens the sidebar',
  final: 'update a final',
  report: 'build report',
  close: 'close',
};

/** Service calls of one operation, keyed as the environment counts them (`SpreadsheetApp.Range.setValues`). */
export interface CallCost {
  total: number;
  byService: Record<string, number>;
  byMethod: Record<string, number>;
  /** The calls in order, when the scenario was traced. */
  sequence?: string[];
}

/** Where a scenario stopped: the add-on refused a step, so the steps after it were not measured. */
export interface ScenarioStop {
  operation: Operation;
  /** Which submission was refused (1-based), when the stop was a submission. */
  submission?: number;
  message: string;
}

export interface ScenarioResult {
  shape: SessionShape;
  addon: AddonSource;
  /** Each operation measured; `submit` is the costliest of all the submissions. */
  costs: Partial<Record<Operation, CallCost>>;
  /** The total of every submission made, in order. */
  submissionTotals: number[];
  /** Writing the generated scorecard onto the Scorecard sheet before the session (set-up, not an operation). */
  scorecardSetup: CallCost;
  stopped: ScenarioStop | null;
  /** What the facilitator's sidebar was given on opening after the reveal (null when not reached). */
  facilitatorView: FacilitatorView | null;
  /** What the final had to change on the tabs, worked out from the session before and after it (null when not reached). */
  finalChange: FinalChange | null;
  /** With `evaluatorView`: what the first evaluator's sidebar was given after the reveal (null otherwise). */
  evaluatorView: EvaluatorView | null;
}

export interface ScenarioOptions {
  addon?: AddonSource;
  /** Where the built add-on is (default: the repository's dist/). */
  distDir?: string;
  /** Seed of the generated answers (default 7). */
  seed?: number;
  /** Keep each operation's calls in order (`CallCost.sequence`), to see where they go. */
  trace?: boolean;
  /**
   * Measure the second month: a first session with the same people is played to its close, unmeasured,
   * so History holds an earlier session and every step after the reveal draws the trend against it.
   */
  secondMonth?: boolean;
  /** Also open the first evaluator's sidebar after the reveal (unmeasured), for tests that draw it. */
  evaluatorView?: boolean;
}

export const defaultDistDir = () => join(repositoryRoot(), 'dist');

export const FACILITATOR = 'facilitator@example.com';
/** When each month's session is held, and scored by. */
const MONTHS = [
  { title: 'Benchmark calibration', sessionDate: '2026-11-30', scoringDeadline: '2026-11-28T17:00:00.000Z' },
  { title: 'Benchmark calibration, next month', sessionDate: '2026-12-28', scoringDeadline: '2026-12-26T17:00:00.000Z' },
] as const;
type Month = (typeof MONTHS)[number];

export const evaluatorEmail = (evaluatorId: string) => `${evaluatorId}@example.com`;

/** The seeded data of a session of this shape: the scorecard, the session and every evaluator's answers. */
export interface ScenarioData {
  scorecard: Scorecard;
  session: Session;
  submissions: Submission[];
}

export function scenarioData(shape: SessionShape, seed = 7): ScenarioData {
  requireShape(shape);
  const scorecard = buildScorecard(shape.criteria, `bench-${shape.criteria}`);
  const session = buildSession({ evaluators: shape.evaluators, calls: shape.calls, scorecard });
  return { scorecard, session, submissions: buildSubmissions(session, { seed }) };
}

function requireShape(shape: SessionShape): void {
  for (const key of ['evaluators', 'calls', 'criteria'] as const) {
    if (!Number.isInteger(shape[key]) || shape[key] < 1)
      throw new Error(`A session shape needs a whole number of ${key} of at least 1, got ${shape[key]}`);
  }
}

function createPayload(session: Session, month: Month): CreateSessionPayload {
  return {
    title: month.title,
    sessionDate: month.sessionDate,
    scoringDeadline: month.scoringDeadline,
    facilitatorName: 'Facilitator',
    // The generated scorecard is on the Scorecard sheet: presets have a fixed number of criteria.
    scorecard: { source: 'sheet' },
    calls: session.calls.map((call) => ({ ...call })),
    evaluators: session.evaluators.map(({ id, name, role, seniority }) => ({ id, name, role, seniority, email: evaluatorEmail(id) })),
    options: { ...session.options },
  };
}

function scoresPayload(submission: Submission): ScoresPayload {
  return { callId: submission.callId, answers: submission.answers.map((answer) => ({ ...answer })) };
}

/** Calls an entry point of the add-on as `user`, in an execution of its own, as a sidebar click does. */
type AddonCall = <T>(user: string, fn: string, payload?: unknown) => T;

function addonCaller(env: AppsScriptEnvironment, source: AddonSource, distDir: string): AddonCall {
  if (source === 'source') {
    const functions: Record<string, (payload?: unknown) => unknown> = sidebarActions;
    return <T>(user: string, fn: string, payload?: unknown) => {
      const target = functions[fn];
      if (typeof target !== 'function') throw new Error(`the action table has no action ${fn}`);
      return env.run(user, () => target(payload)) as T;
    };
  }
  if (!existsSync(join(distDir, 'Code.js'))) throw new Error(`${join(distDir, 'Code.js')} is missing: run \`npm run build\` first`);
  // A fresh globals object: gas-local would otherwise reuse and mutate a shared default.
  const addon = loadAddon(distDir, { ...env.globals });
  return <T>(user: string, fn: string, payload?: unknown) => {
    const outcome = runServerFunction(addon, fn, payload === undefined ? [] : [payload], (work) => env.run(user, work));
    if (!outcome.ok) throw new Error(`${fn} failed: ${outcome.error.message}`);
    return outcome.result as T;
  };
}

function costSince(env: AppsScriptEnvironment, mark: number, trace = false): CallCost {
  const byMethod = env.calls.byMethod(mark);
  const byService: Record<string, number> = {};
  for (const [method, count] of Object.entries(byMethod)) {
    const service = method.split('.')[0]!;
    byService[service] = (byService[service] ?? 0) + count;
  }
  const cost: CallCost = { total: env.calls.total(mark), byService, byMethod };
  if (trace) cost.sequence = env.calls.list(mark).map((call) => `${call.service}.${call.method}`);
  return cost;
}

function criterionToFinalise(scorecard: Scorecard): Criterion {
  const first = scorecard.sections[0]?.criteria[0];
  if (!first) throw new Error('The scorecard has no criterion to record a final on');
  return first;
}

class Stop extends Error {
  constructor(readonly stop: ScenarioStop) {
    super(stop.message);
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Counts the calls of each step as it runs; a step the add-on refuses stops the scenario there. */
class Meter {
  readonly costs: Partial<Record<Operation, CallCost>> = {};
  readonly submissionTotals: number[] = [];

  constructor(
    private readonly env: AppsScriptEnvironment,
    private readonly trace = false,
  ) {}

  measure<T>(work: () => T): [T, CallCost] {
    const mark = this.env.calls.mark();
    const result = work();
    return [result, costSince(this.env, mark, this.trace)];
  }

  step<T>(operation: Operation, work: () => T): T {
    try {
      const [result, cost] = this.measure(work);
      this.costs[operation] = cost;
      return result;
    } catch (error) {
      throw error instanceof Stop ? error : new Stop({ operation, message: messageOf(error) });
    }
  }

  /** One submission among many: the costliest is kept as the cost of "one submission". */
  submission(index: number, work: () => unknown): void {
    let cost: CallCost;
    try {
      cost = this.measure(work)[1];
    } catch (error) {
      throw new Stop({ operation: 'submit', submission: index + 1, message: messageOf(error) });
    }
    this.submissionTotals.push(cost.total);
    if (!this.costs.submit || cost.total > this.costs.submit.total) this.costs.submit = cost;
  }
}

/**
 * Plays a whole session of this shape and returns what each step cost: the facilitator creates it from
 * the Scorecard sheet, every evaluator submits every call, the facilitator reveals, records one final,
 * builds the report and closes (a closed session can still build its report; most build it first). When
 * the add-on refuses a step, the result says where and why, with the steps before it measured.
 */
export function runScenario(shape: SessionShape, options: ScenarioOptions = {}): ScenarioResult {
  const data = scenarioData(shape, options.seed);
  const source = options.addon ?? 'bundle';
  const env = createAppsScriptEnvironment({ owner: FACILITATOR });
  env.install();
  try {
    const call = addonCaller(env, source, options.distDir ?? defaultDistDir());
    const meter = new Meter(env, options.trace === true);
    const [, scorecardSetup] = meter.measure(() =>
      env.run(FACILITATOR, () => spreadsheetWorkbook(SpreadsheetApp.getActiveSpreadsheet()).writeScorecard(data.scorecard, [])),
    );
    let stopped: ScenarioStop | null = null;
    const seen: Seen = { facilitatorView: null, finalChange: null, evaluatorView: options.evaluatorView === true ? null : undefined };
    try {
      if (options.secondMonth === true) {
        // The first month runs to its close as every other scenario does; only the second is kept.
        playSession(
          data,
          call,
          new Meter(env),
          { facilitatorView: null, finalChange: null, evaluatorView: undefined },
          () => env.properties.document,
          MONTHS[0],
        );
        playSession(data, call, meter, seen, () => env.properties.document, MONTHS[1]);
      } else {
        playSession(data, call, meter, seen, () => env.properties.document, MONTHS[0]);
      }
    } catch (error) {
      if (!(error instanceof Stop)) throw error;
      stopped = error.stop;
    }
    return {
      shape: { evaluators: shape.evaluators, calls: shape.calls, criteria: shape.criteria },
      addon: source,
      costs: meter.costs,
      submissionTotals: meter.submissionTotals,
      scorecardSetup,
      stopped,
      facilitatorView: seen.facilitatorView,
      finalChange: seen.finalChange,
      evaluatorView: seen.evaluatorView ?? null,
    };
  } finally {
    env.uninstall();
  }
}

interface Seen {
  facilitatorView: FacilitatorView | null;
  finalChange: FinalChange | null;
  /** Undefined when not asked for. */
  evaluatorView: EvaluatorView | null | undefined;
}

/** A copy of the document properties, taken without a service call. */
type DocumentProperties = () => Record<string, string>;

function playSession(
  data: ScenarioData,
  call: AddonCall,
  meter: Meter,
  seen: Seen,
  documentProperties: DocumentProperties,
  month: Month,
): void {
  const created = meter.step('create', () => call<CreateSessionResult>(FACILITATOR, 'startSession', createPayload(data.session, month)));
  if (created.state.role !== 'facilitator')
    throw new Stop({ operation: 'create', message: `startSession answered as a ${created.state.role}, not the facilitator` });
  const pinned = created.state.scorecard;
  const criteria = pinned.sections.reduce((n, section) => n + section.criteria.length, 0);
  const written = data.scorecard.sections.reduce((n, section) => n + section.criteria.length, 0);
  if (criteria !== written) {
    throw new Stop({
      operation: 'create',
      message: `The session pinned ${criteria} criteria, not the ${written} written on the Scorecard sheet`,
    });
  }

  data.submissions.forEach((submission, i) =>
    meter.submission(i, () => call(evaluatorEmail(submission.evaluatorId), 'submitCallScores', scoresPayload(submission))),
  );

  const revealed = meter.step('reveal', () => call<FacilitatorView>(FACILITATOR, 'revealSessionScores', { confirm: true }));
  if (revealed.reveal.state !== 'done')
    throw new Stop({ operation: 'reveal', message: `The reveal ended ${revealed.reveal.state}, not done` });

  // The facilitator opens (or reopens) the sidebar after the reveal: the fullest view they wait for.
  const opened = meter.step('openSidebar', () => call<FacilitatorView>(FACILITATOR, 'getSidebarState'));
  if (opened.role !== 'facilitator')
    throw new Stop({ operation: 'openSidebar', message: `getSidebarState answered as a ${opened.role}, not the facilitator` });
  seen.facilitatorView = opened;
  if (seen.evaluatorView !== undefined) {
    seen.evaluatorView = call<EvaluatorView>(evaluatorEmail(data.submissions[0]!.evaluatorId), 'getSidebarState');
  }

  const criterion = criterionToFinalise(pinned);
  const callId = data.session.calls[0]!.id;
  const beforeFinal = documentProperties();
  meter.step('final', () =>
    call(FACILITATOR, 'recordFinalValue', { callId, criterionId: criterion.id, value: criterion.type === 'scale' ? criterion.min : 0 }),
  );
  seen.finalChange = finalChangeBetween(beforeFinal, documentProperties());
  meter.step('report', () => call(FACILITATOR, 'buildSessionReport', { newDocument: false }));
  meter.step('close', () => call(FACILITATOR, 'closeCurrentSession'));
}

/** The cost of every operation of a scenario that ran to the end; a scenario that stopped is an error here. */
export function completeCosts(result: ScenarioResult): Record<Operation, CallCost> {
  if (result.stopped) {
    const { operation, submission, message } = result.stopped;
    throw new Error(`The scenario stopped at ${OPERATION_LABELS[operation]}${submission ? ` #${submission}` : ''}: ${message}`);
  }
  const missing = OPERATIONS.filter((operation) => !result.costs[operation]);
  if (missing.length > 0) throw new Error(`The scenario did not measure ${missing.join(', ')}`);
  return result.costs as Record<Operation, CallCost>;
}
