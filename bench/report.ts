// Everything `npm run bench` measures, gathered as plain data: printed as a table, or as JSON.
import { checkBudgets, type BudgetCheck } from './budgets';
import { builtFileSizes, timeAnalysis, type AnalysisTiming, type FileSize } from './measure';
import { defaultDistDir, runScenario, scenarioData, type AddonSource, type CallCost, type Operation, type ScenarioStop } from './scenario';
import { BENCH_SIZES, type BenchSize, type SessionShape } from './sizes';
import { ANALYSIS_TARGET_SIZE, analysisTarget, fileSizeTarget, type TargetCheck } from './targets';

export interface SizeReport {
  name: string;
  shape: SessionShape;
  /** Operations measured: all of them unless the add-on refused a step (see `stopped`). */
  operations: Partial<Record<Operation, CallCost>>;
  stopped: ScenarioStop | null;
  /** Every evaluator submits every call; `operations.submit` is the costliest of them. */
  submissions: { count: number; minCalls: number; maxCalls: number };
  /** Writing the generated scorecard onto the Scorecard sheet, the set-up that precedes "create session". */
  scorecardSheet: CallCost;
  analysis: AnalysisTiming;
}

export interface BenchReport {
  addon: AddonSource;
  sizes: SizeReport[];
  files: FileSize[];
  targets: TargetCheck[];
  budgets: BudgetCheck[];
}

export interface BenchOptions {
  addon?: AddonSource;
  distDir?: string;
  sizes?: readonly BenchSize[];
}

function measureSize(size: BenchSize, addon: AddonSource, distDir: string, analysis: AnalysisTiming): SizeReport {
  const result = runScenario(size, { addon, distDir });
  return {
    name: size.name,
    shape: result.shape,
    operations: result.costs,
    stopped: result.stopped,
    submissions: {
      count: result.submissionTotals.length,
      minCalls: result.submissionTotals.length === 0 ? 0 : Math.min(...result.submissionTotals),
      maxCalls: result.submissionTotals.length === 0 ? 0 : Math.max(...result.submissionTotals),
    },
    scorecardSheet: result.scorecardSetup,
    analysis,
  };
}

export function collectBenchReport(options: BenchOptions = {}): BenchReport {
  const addon = options.addon ?? 'bundle';
  const distDir = options.distDir ?? defaultDistDir();
  const files = builtFileSizes(distDir);
  const benchSizes = options.sizes ?? BENCH_SIZES;
  // Timed before any scenario runs, so the garbage the scenarios leave does not land in the timings.
  const timings = benchSizes.map((size) => timeAnalysis(scenarioData(size)));
  const sizes = benchSizes.map((size, i) => measureSize(size, addon, distDir, timings[i]!));
  const timed = sizes.find((size) => size.name === ANALYSIS_TARGET_SIZE);
  return {
    addon,
    sizes,
    files,
    targets: [...(timed ? [analysisTarget(timed.name, timed.analysis)] : []), ...files.map(fileSizeTarget)],
    budgets: checkBudgets({ addon, distDir }),
  };
}
