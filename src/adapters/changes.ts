// Whether this call has changed anything people or the add-on can see: a property, a sheet, a Doc, an
// email. The adapters note each change just before making it, so "Nothing was changed" is said only
// when it is true. Apps Script runs each call in a fresh execution; respond() starts the count anyway,
// so a long-lived runtime (tests, the playground) never carries one call's changes into the next.
import type { Workbook } from '../usecases/ports/workbook';

let changed = false;

export function startCountingChanges(): void {
  changed = false;
}

/** Called just before a write: if the write then fails, it may still have happened in part. */
export function noteChange(): void {
  changed = true;
}

export function anythingChanged(): boolean {
  return changed;
}

/** The Workbook methods that only read (or show progress): every other one writes to a sheet. */
const READS: ReadonlySet<PropertyKey> = new Set<keyof Workbook>([
  'readScorecard',
  'hasScorecard',
  'readActionItems',
  'readHistory',
  'sessionsInScoresLog',
  'findDamage',
  'sheetCount',
  'inspectEvaluatorTabs',
  'spreadsheetUrl',
  'ownerEmail',
  'progress',
]);

/** `workbook` with each writing method noting the change before it runs. */
export function countingChanges(workbook: Workbook): Workbook {
  return new Proxy(workbook, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function' || READS.has(key)) return typeof value === 'function' ? value.bind(target) : value;
      return (...args: unknown[]) => {
        noteChange();
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
