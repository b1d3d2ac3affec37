// The benchmark as people read it: per size, each operation's calls and where they go; then the
// targets and the call budgets, each marked ✓ or ✗.
import type { BudgetCheck } from './budgets';
import { OPERATION_LABELS, OPERATIONS, type CallCost, type ScenarioStop } from './scenario';
import type { BenchReport, SizeReport } from './report';
import { describeShape } from './sizes';
import type { TargetCheck } from './targets';

const TOP_METHODS = 4;

const mark = (pass: boolean) => (pass ? '✓' : '✗');

export function topMethods(cost: CallCost, count = TOP_METHODS): Array<[string, number]> {
  return Object.entries(cost.byMethod)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, count);
}

function byService(cost: CallCost): string {
  return Object.entries(cost.byService)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([service, count]) => `${service} ${count}`)
    .join(', ');
}

/** `SpreadsheetApp.Range.setValues` as `Range.setValues`: the service is in the column before. */
export function shortMethod(method: string): string {
  const parts = method.split('.');
  return parts.length > 2 ? parts.slice(1).join('.') : method;
}

function sizeSection(size: SizeReport): string[] {
  const labelWidth = Math.max(...OPERATIONS.map((operation) => OPERATION_LABELS[operation].length));
  const callsWidth = Math.max(5, ...OPERATIONS.map((operation) => String(size.operations[operation]?.total ?? '—').length));
  const indent = ' '.repeat(2 + labelWidth + 2 + callsWidth + 2 + 9 + 7 + 13);
  const lines = [
    `  ${'operation'.padEnd(labelWidth)}  ${'calls'.padStart(callsWidth)}  minimum  ratio    est. wait  by service / top methods`,
  ];
  for (const operation of OPERATIONS) {
    const cost = size.operations[operation];
    const minimum = size.minimums[operation];
    const floor = minimum ? String(minimum.total) : '—';
    const ratio = minimum ? `${minimum.ratio.toFixed(2)}×` : '—';
    const wait = size.waits[operation];
    const seconds = wait ? `${wait.lowSeconds.toFixed(1)}–${wait.highSeconds.toFixed(1)} s` : '—';
    const head = `  ${OPERATION_LABELS[operation].padEnd(labelWidth)}  ${String(cost?.total ?? '—').padStart(callsWidth)}  ${floor.padStart(7)}  ${ratio.padStart(5)}  ${seconds.padStart(11)}  `;
    if (!cost) {
      lines.push(`${head}not measured`);
      continue;
    }
    lines.push(`${head}${byService(cost)}`);
    lines.push(
      `${indent}${topMethods(cost)
        .map(([method, count]) => `${shortMethod(method)} ${count}`)
        .join(', ')}`,
    );
  }
  const { count, minCalls, maxCalls } = size.submissions;
  return [
    `${size.name}: ${describeShape(size.shape)}`,
    ...lines,
    ...(size.stopped ? [`  ✗ stopped at ${stopDescription(size.stopped)}`] : []),
    '  minimum: the batched minimum of bench/minimum.ts, part by part (one call per block and property, reads before writes)',
    '  est. wait: from published per-call latencies (bench/latency.ts), writes queued – every call waited for',
    `  submissions made: ${count}, ${minCalls === maxCalls ? `${maxCalls} calls each` : `${minCalls}–${maxCalls} calls each`}` +
      `; writing the Scorecard sheet beforehand: ${size.scorecardSheet.total} calls`,
    `  domain analysis: ${size.analysis.medianMs.toFixed(2)} ms median of ${size.analysis.runs} runs ` +
      `(${size.analysis.minMs.toFixed(2)}–${size.analysis.maxMs.toFixed(2)} ms, after ${size.analysis.warmUpRuns} warm-up runs)`,
    ...(size.sidebarRender
      ? [
          `  sidebar paints the facilitator's view in ${size.sidebarRender.medianMs.toFixed(1)} ms (built in ${size.sidebarRender.builtMs.toFixed(1)}; median of ${size.sidebarRender.runs}), ${size.sidebarRender.nodes} elements`,
        ]
      : []),
  ];
}

function stopDescription(stop: ScenarioStop): string {
  const which = stop.submission === undefined ? OPERATION_LABELS[stop.operation] : `submission ${stop.submission}`;
  return `${which}, the add-on said: ${stop.message}`;
}

function checkLines(checks: ReadonlyArray<TargetCheck | BudgetCheck>): string[] {
  return checks.flatMap((check) => {
    const name = 'target' in check ? check.target : check.budget;
    const offenders = 'offenders' in check ? check.offenders.map((line) => `      ${line}`) : [];
    return [`  ${mark(check.pass)} ${name}: ${check.measured}`, ...offenders];
  });
}

export function formatTable(report: BenchReport): string {
  const source =
    report.addon === 'bundle'
      ? 'dist/Code.js loaded through gas-local, as Apps Script loads it'
      : 'src/main.ts with the environment on globalThis';
  return [
    `Service calls per operation in the in-memory Apps Script environment (${source})`,
    '',
    ...report.sizes.flatMap((size) => [...sizeSection(size), '']),
    'Built files:',
    ...report.files.map((file) => `  dist/${file.file}: ${file.bytes} bytes (${file.kb.toFixed(1)} KB)`),
    `  loading dist/Code.js (compile + top-level evaluation): ${report.load.codeMs.toFixed(1)} ms of CPU; an inert script of the same size: ${report.load.inertMs.toFixed(1)} ms (${report.load.ratio.toFixed(2)}×)`,
    '',
    'Targets:',
    ...checkLines(report.targets),
    '',
    'Call budgets (also checked by test/bench/budgets.test.ts):',
    ...checkLines(report.budgets),
  ].join('\n');
}
