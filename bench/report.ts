// Everything `npm run bench` measures, gathered as plain data: printed as a table, or as JSON.
import { checkBudgets, type BudgetCheck } from './budgets';
import { builtFileSizes, timeAnalysis, timeLoad, type AnalysisTiming, type FileSize, type LoadTiming } from './measure';
import { estimateWait, type WaitEstimate } from './latency';
import { minimumCalls, type Minimum } from './minimum';
import { timeSidebarRender, type RenderTiming } from './render';
import { defaultDistDir, runScenario, scenarioData, type AddonSource, type CallCost, type Operation, type ScenarioStop } from './scenario';
import { BENCH_SIZES, type BenchSize, type SessionShape } from './sizes';
import {
  ANALYSIS_TARGET_SIZE,
  RENDER_TARGET_SIZE,
  analysisTarget,
  fileSizeTarget,
  loadTarget,
  operationTargets,
  renderTarget,
  type TargetCheck,
} from './targets';

export interface SizeReport {
  name: string;
  shape: SessionShape;
  /** Operations measured: all of them unless the add-on refused a step (see `stopped`). */
  operations: Partial<Record<Operation, CallCost>>;
  /** Each measured operation's batched minimum (bench/minimum.ts) and calls ÷ minimum. */
  minimums: Partial<Record<Operation, Minimum & { ratio: number }>>;
  /** Seconds a person waits, estimated from published per-call latencies (bench/latency.ts). */
  waits: Partial<Record<Operation, WaitEstimate>>;
  stopped: ScenarioStop | null;
  /** Every evaluator submits every call; `operations.submit` is the costliest of them. */
  submissions: { count: number; minCalls: number; maxCalls: number };
  /** Writing the generated scorecard onto the Scorecard sheet, the set-up that precedes "create session". */
  scorecardSheet: CallCost;
  analysis: AnalysisTiming;
  /** The facilitator's view drawn by the sidebar in Chromium (at the render target size only). */
  sidebarRender: RenderTiming | null;
}

export interface BenchReport {
  addon: AddonSource;
  sizes: SizeReport[];
  files: FileSize[];
  load: LoadTiming;
  targets: TargetCheck[];
  budgets: BudgetCheck[];
}

export interface BenchOptions {
  addon?: AddonSource;
  distDir?: string;
  sizes?: readonly BenchSize[];
}

async function measureSize(size: BenchSize, addon: AddonSource, distDir: string, analysis: AnalysisTiming): Promise<SizeReport> {
  const result = runScenario(size, { addon, distDir });
  const minimums: SizeReport['minimums'] = {};
  const waits: SizeReport['waits'] = {};
  for (const [operation, cost] of Object.entries(result.costs) as Array<[Operation, CallCost]>) {
    const minimum = minimumCalls(operation, result.shape, result.finalChange);
    minimums[operation] = { ...minimum, ratio: cost.total / minimum.total };
    waits[operation] = estimateWait(cost);
  }
  const sidebarRender =
    size.name === RENDER_TARGET_SIZE && result.facilitatorView ? await timeSidebarRender(distDir, result.facilitatorView) : null;
  return {
    name: size.name,
    shape: result.shape,
    operations: result.costs,
    minimums,
    waits,
    stopped: result.stopped,
    submissions: {
      count: result.submissionTotals.length,
      minCalls: result.submissionTotals.length === 0 ? 0 : Math.min(...result.submissionTotals),
      maxCalls: result.submissionTotals.length === 0 ? 0 : Math.max(...result.submissionTotals),
    },
    scorecardSheet: result.scorecardSetup,
    analysis,
    sidebarRender,
  };
}

export async function collectBenchReport(options: BenchOptions = {}): Promise<BenchReport> {
  const addon = options.addon ?? 'bundle';
  const distDir = options.distDir ?? defaultDistDir();
  const files = builtFileSizes(distDir);
  const benchSizes = options.sizes ?? BENCH_SIZES;
  // Timed before any scenario runs, so the garbage the scenarios leave does not land in the timings.
  const timings = benchSizes.map((size) => timeAnalysis(scenarioData(size)));
  const load = timeLoad(distDir);
  const sizes: SizeReport[] = [];
  for (const [i, size] of benchSizes.entries()) sizes.push(await measureSize(size, addon, distDir, timings[i]!));
  const timed = sizes.find((size) => size.name === ANALYSIS_TARGET_SIZE);
  const rendered = sizes.find((size) => size.sidebarRender !== null);
  return {
    addon,
    sizes,
    files,
    load,
    targets: [
      ...sizes.flatMap(operationTargets),
      loadTarget(load),
      ...(rendered?.sidebarRender ? [renderTarget(rendered.name, rendered.sidebarRender)] : []),
      ...(timed ? [analysisTarget(timed.name, timed.analysis)] : []),
      ...files.map(fileSizeTarget),
    ],
    budgets: checkBudgets({ addon, distDir }),
  };
}
