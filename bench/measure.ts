// What the benchmark measures besides service calls: the time of the domain analysis, and the size of
// what Apps Script loads (Code.js is parsed again on every sidebar call; Sidebar.html is served whole).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
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
  /** Compile plus top-level evaluation of dist/Code.js, median in milliseconds. */
  codeMs: number;
  /** The same for an inert script of the same size: Code.js inside a function never called, so it is parsed but nothing at its top level runs. */
  inertMs: number;
  ratio: number;
  runs: number;
}

/**
 * What every server call pays before it runs: Apps Script compiles the project and evaluates its top
 * level afresh for each execution. Each run gets a fresh context and a source made unique by a trailing
 * comment, so V8's compilation cache never answers for it.
 */
export function timeLoad(distDir: string, runs = 31): LoadTiming {
  const code = readFileSync(join(distDir, 'Code.js'), 'utf8');
  const inert = `function inert(){\n${code}\n}`;
  const once = (source: string, i: number) => {
    const context = vm.createContext({});
    const start = performance.now();
    new vm.Script(`${source}\n//${i}`).runInContext(context);
    return performance.now() - start;
  };
  const codeTimes: number[] = [];
  const inertTimes: number[] = [];
  for (let i = 0; i < runs + 5; i++) {
    // Interleaved, so a slow moment of a shared machine falls on both.
    const a = once(code, i);
    const b = once(inert, i);
    if (i >= 5) {
      codeTimes.push(a);
      inertTimes.push(b);
    }
  }
  const codeMs = median(codeTimes);
  const inertMs = median(inertTimes);
  return { codeMs, inertMs, ratio: codeMs / inertMs, runs };
}
