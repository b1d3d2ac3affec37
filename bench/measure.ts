// What the benchmark measures besides service calls: the time of the domain analysis, and the size of
// what Apps Script loads (Code.js is parsed again on every sidebar call; Sidebar.html is served whole).
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeSession } from '../src/domain/analysis';
import type { ScenarioData } from './scenario';

export interface AnalysisTiming {
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
  warmUpRuns: number;
}

export interface TimingOptions {
  runs?: number;
  warmUpRuns?: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('The median of no values is undefined');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median time of `analyzeSession` on every submission of the session, after warm-up runs (JIT, caches). */
export function timeAnalysis(data: ScenarioData, options: TimingOptions = {}): AnalysisTiming {
  const runs = options.runs ?? 41;
  const warmUpRuns = options.warmUpRuns ?? 10;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`Time the analysis at least once, not ${runs} times`);
  const input = { session: data.session, submissions: data.submissions, finals: [] };
  for (let i = 0; i < warmUpRuns; i++) analyzeSession(input);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    analyzeSession(input);
    times.push(performance.now() - start);
  }
  return { medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), runs, warmUpRuns };
}

export const BUILT_FILES = ['Code.js', 'Sidebar.html'] as const;
export type BuiltFile = (typeof BUILT_FILES)[number];

export interface FileSize {
  file: BuiltFile;
  bytes: number;
  /** Kibibytes (1024 bytes), one decimal. */
  kb: number;
}

export function builtFileSizes(distDir: string): FileSize[] {
  return BUILT_FILES.map((file) => {
    const path = join(distDir, file);
    let bytes: number;
    try {
      bytes = statSync(path).size;
    } catch {
      throw new Error(`dist/${file} is missing: run \`npm run build\` first`);
    }
    return { file, bytes, kb: Math.round((bytes / 1024) * 10) / 10 };
  });
}

export interface LoadTiming {
  /** Compile plus top-level evaluation of dist/Code.js, median in CPU milliseconds. */
  codeMs: number;
  /** The same for an inert script of the same size: Code.js inside a function never called, so it is parsed but nothing at its top level runs. */
  inertMs: number;
  /** The median of the ratios of each code run to the inert run made right after it. */
  ratio: number;
  runs: number;
  warmUpRuns: number;
}

/**
 * What every server call pays before it runs: Apps Script compiles the project and evaluates its top
 * level afresh for each execution. Measured in a Node process of its own, started for this, so the
 * measurement is fair to both scripts:
 * - a fresh heap: the scenarios' garbage and the analysis timings' warm code would otherwise weigh on
 *   one script more than the other;
 * - V8's compilation cache off, so no run is answered from it, and the cache, holding every script
 *   timed, does not grow the heap from run to run;
 * - each script run in the process's own global, as Apps Script runs it in a plain V8 global, not in a
 *   `vm` context: such a context routes every global declaration and lookup through Node's
 *   interceptors, which charged the bundle (about thirty top-level functions, and `Object`, `Symbol`,
 *   `Proxy`… read at load) and not the inert script;
 * - CPU time, not wall time: on a shared machine a wall clock also counts the moments other processes
 *   had the CPU, which fall unevenly on the two scripts and swing their ratio.
 * Code and inert runs alternate, and the ratio is the median of each pair's; the first runs warm up
 * and are not counted.
 */
export function timeLoad(distDir: string, runs = 61, warmUpRuns = 10): LoadTiming {
  const codePath = join(distDir, 'Code.js');
  const child = `(${loadTimesInThisProcess.toString()})(${JSON.stringify(codePath)}, ${warmUpRuns + runs})`;
  const output = execFileSync(process.execPath, ['--no-compilation-cache', '-e', child], { encoding: 'utf8' });
  const times = JSON.parse(output) as { code: number[]; inert: number[] };
  const code = times.code.slice(warmUpRuns);
  const inert = times.inert.slice(warmUpRuns);
  // The ratio of each pair run back to back, so a busier stretch of the machine falls on both halves.
  const ratio = median(code.map((ms, i) => ms / inert[i]!));
  return { codeMs: median(code), inertMs: median(inert), ratio, runs, warmUpRuns };
}

/**
 * Runs in the child process (its source is sent as it is, so it uses nothing from this module) and
 * prints the CPU milliseconds of each run: dist/Code.js compiled and evaluated, and the same text inside
 * a function never called, which is parsed but runs nothing. Each run declares the script's top-level
 * functions again, as each Apps Script execution does.
 */
function loadTimesInThisProcess(codePath: string, runs: number): void {
  const { readFileSync } = require('node:fs') as typeof import('node:fs');
  const vm = require('node:vm') as typeof import('node:vm');
  const code = readFileSync(codePath, 'utf8');
  const inert = `function inert(){\n${code}\n}`;
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const once = (source: string) => {
    const start = cpuMs();
    new vm.Script(source).runInThisContext();
    return cpuMs() - start;
  };
  const times = { code: [] as number[], inert: [] as number[] };
  for (let i = 0; i < runs; i++) {
    times.code.push(once(code));
    times.inert.push(once(inert));
  }
  process.stdout.write(JSON.stringify(times));
}
