import { formatWithOptions } from 'node:util';
import * as z from 'zod';
import type { EmulatorContext } from './context';
import { instrument } from './instrument';

export const logEntrySchema = z.object({
  source: z.enum(['Logger', 'console']),
  level: z.enum(['log', 'info', 'warn', 'error']),
  message: z.string(),
  at: z.number(),
});
export type LogEntry = z.infer<typeof logEntrySchema>;

/** Logger.log's format is Java's String.format: %s, %d and %f take the next value, %% is a percent sign. */
function javaFormat(format: string, values: unknown[]): string {
  let next = 0;
  return format.replace(/%(%|s|d|f|\.(\d+)f)/g, (token, kind: string, digits: string | undefined) => {
    if (kind === '%') return '%';
    if (next >= values.length) throw new Error(`Missing format argument for ${token}`);
    const value = values[next++];
    if (kind === 's') return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
    if (kind === 'd') return String(Math.trunc(Number(value)));
    return Number(value).toFixed(digits === undefined ? 6 : Number(digits));
  });
}

function plain(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return value.stack ?? value.message;
  return formatWithOptions({ depth: 6, breakLength: Infinity }, '%o', value);
}

/** Captures Logger and console output in `logs` (quiet unless `print` is set). */
export function createLogging(ctx: EmulatorContext, logs: LogEntry[], print: boolean) {
  const write = (source: LogEntry['source'], level: LogEntry['level'], message: string) => {
    logs.push({ source, level, message, at: ctx.now() });
    if (print) process.stdout.write(`[${source}.${level}] ${message}\n`);
  };

  const logger: Pick<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'> = {
    log: ((data: unknown, ...values: unknown[]) => {
      write('Logger', 'log', values.length > 0 ? javaFormat(String(data), values) : plain(data));
      return Logger;
    }) as GoogleAppsScript.Base.Logger['log'],
    getLog: () =>
      logs
        .filter((entry) => entry.source === 'Logger')
        .map((entry) => `${entry.message}\n`)
        .join(''),
    clear: () => {
      for (let i = logs.length - 1; i >= 0; i--) if (logs[i]!.source === 'Logger') logs.splice(i, 1);
    },
  };
  const Logger = instrument(logger, ctx, 'Logger') as unknown as GoogleAppsScript.Base.Logger;

  const timers = new Map<string, number>();
  const consoleLevel =
    (level: LogEntry['level']) =>
    (...args: unknown[]) =>
      write('console', level, formatWithOptions({ depth: 6, breakLength: Infinity }, ...args));
  const emulatedConsole: Console = {
    log: consoleLevel('log'),
    info: consoleLevel('info'),
    warn: consoleLevel('warn'),
    error: consoleLevel('error'),
    time: (label: string) => {
      timers.set(label, ctx.now());
    },
    timeEnd: (label: string) => {
      const started = timers.get(label);
      if (started === undefined) return;
      timers.delete(label);
      write('console', 'info', `${label}: ${ctx.now() - started}ms`);
    },
  } as Console;

  return { Logger, console: instrument(emulatedConsole, ctx, 'console') };
}
