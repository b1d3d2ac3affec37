import type { ServiceCall } from './context';

/** Which calls a rule applies to: a name or name prefix ('SpreadsheetApp', 'SpreadsheetApp.Range.setValues'), a pattern, or a predicate. */
export type CallMatch = string | RegExp | ((call: ServiceCall) => boolean);

export function callName(call: ServiceCall): string {
  return `${call.service}.${call.method}`;
}

export function matchesCall(match: CallMatch | undefined, call: ServiceCall): boolean {
  if (match === undefined) return true;
  const name = callName(call);
  if (typeof match === 'string') return name === match || name.startsWith(`${match}.`);
  if (match instanceof RegExp) return match.test(name);
  return match(call);
}

/** A position in the call log, taken before an operation so its cost can be read afterwards. */
export type CallMark = number;

/** Every service call in order; counts are derived, so any window of the log can be measured. */
export class CallLog {
  private entries: ServiceCall[] = [];

  append(call: ServiceCall): void {
    this.entries.push(call);
  }

  /** Counts by `service.method` since `mark` (default: since the last reset). */
  byMethod(mark: CallMark = 0): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const call of this.entries.slice(mark)) {
      const name = callName(call);
      counts[name] = (counts[name] ?? 0) + 1;
    }
    return counts;
  }

  total(mark: CallMark = 0): number {
    return Math.max(0, this.entries.length - mark);
  }

  mark(): CallMark {
    return this.entries.length;
  }

  since(mark: CallMark): Record<string, number> {
    return this.byMethod(mark);
  }

  list(mark: CallMark = 0): ServiceCall[] {
    return this.entries.slice(mark).map((call) => ({ ...call }));
  }

  reset(): void {
    this.entries = [];
  }
}
