// Finds our tabs by named range, not by name: a tab renamed by hand is still ours, and a user's own
// sheet that happens to carry one of our names is never touched. A named range lives and dies with its
// sheet, so a deleted tab simply stops being found.
import { freeName, isOurName, type TabSpec } from './naming';
import { noteCopiedSheet, noteInsertedSheet } from './writer';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** The anchor of a fixed tab: a strip of column A, so deleting a row or two by hand keeps the tab found. */
const ANCHOR_ROWS = 100;

interface EnsuredTab {
  sheet: Sheet;
  created: boolean;
}

/**
 * Where a workbook operation gets its registry: a fresh one per call, so the sheet names a registry
 * caches are trusted only for the length of one operation (a user may rename or delete tabs in between).
 */
export type Tabs = () => TabRegistry;

export class TabRegistry {
  private names: string[] | null = null;
  /** Tabs this operation made: found again without a look-up (nobody can have deleted them in between). */
  private readonly made = new Map<string, Sheet>();

  constructor(readonly spreadsheet: Spreadsheet) {}

  /** The registered range of the tab, or null when the tab was never made or has been deleted. */
  range(spec: TabSpec): Range | null {
    try {
      return this.spreadsheet.getRangeByName(spec.registryName);
    } catch {
      return this.rangeOfUnresolvedName(spec);
    }
  }

  /**
   * getRangeByName failed: the named range's sheet may be gone, or the call itself may have failed.
   * Only the first means the tab was deleted; taking a failed call for it would make a second copy of
   * the tab. The list of named ranges tells them apart, and a failure reading it stops the operation.
   */
  private rangeOfUnresolvedName(spec: TabSpec): Range | null {
    const named = this.spreadsheet.getNamedRanges().find((candidate) => candidate.getName() === spec.registryName);
    if (!named) return null;
    try {
      return named.getRange();
    } catch {
      // Listed, but its sheet was deleted: the name points nowhere.
      return null;
    }
  }

  find(spec: TabSpec): Sheet | null {
    const made = this.made.get(spec.registryName);
    if (made) return made;
    return this.range(spec)?.getSheet() ?? null;
  }

  /** Every sheet name in the spreadsheet, read once per operation (names are only needed to avoid clashes). */
  private sheetNames(): string[] {
    this.names ??= this.spreadsheet.getSheets().map((sheet) => sheet.getName());
    return this.names;
  }

  /**
   * Our tab for `spec`: found by its named range (renamed back if someone renamed it by hand and the
   * name is free), or created under the first free name so a user's sheet is never overwritten.
   */
  ensure(spec: TabSpec): EnsuredTab {
    const existing = this.find(spec);
    if (existing) {
      if (!isOurName(existing.getName(), spec.baseName)) this.rename(existing, spec.baseName);
      return { sheet: existing, created: false };
    }
    const name = freeName(spec.baseName, this.sheetNames());
    const sheet = this.spreadsheet.insertSheet(name);
    noteInsertedSheet(sheet);
    this.names = [...this.sheetNames(), name];
    this.anchor(spec, sheet.getRange(1, 1, ANCHOR_ROWS, 1));
    this.made.set(spec.registryName, sheet);
    return { sheet, created: true };
  }

  /**
   * A tab that cannot exist yet (its registry name is new), made under the first free name without
   * looking for it, and not yet anchored: the caller anchors it where it wants. With a `template`, the
   * new sheet is a copy of that one, made and named in one call.
   */
  insert(spec: TabSpec, template?: Sheet): Sheet {
    const name = freeName(spec.baseName, this.sheetNames());
    const sheet = template ? this.spreadsheet.insertSheet(name, { template }) : this.spreadsheet.insertSheet(name);
    if (template) noteCopiedSheet(sheet);
    else noteInsertedSheet(sheet);
    this.names = [...this.sheetNames(), name];
    this.made.set(spec.registryName, sheet);
    return sheet;
  }

  /** Gives one of our sheets the first free variant of `baseName` (its own current name counts as free). */
  rename(sheet: Sheet, baseName: string): string {
    const current = sheet.getName();
    const others = this.sheetNames().filter((name) => name !== current);
    const name = freeName(baseName, others);
    if (name !== current) sheet.setName(name);
    this.names = [...others, name];
    return name;
  }

  /** Points the tab's named range at `range` (an evaluator tab's range is its answer block). */
  anchor(spec: TabSpec, range: Range): void {
    this.spreadsheet.setNamedRange(spec.registryName, range);
  }

  forget(spec: TabSpec): void {
    this.made.delete(spec.registryName);
    this.spreadsheet.removeNamedRange(spec.registryName);
  }

  /** What is wrong with the tab, or null: deleted, or renamed to a name we would not have given it. */
  damage(spec: TabSpec): string | null {
    const sheet = this.find(spec);
    if (!sheet) return `The "${spec.baseName}" tab was deleted.`;
    const name = sheet.getName();
    return isOurName(name, spec.baseName) ? null : `The "${spec.baseName}" tab was renamed to "${name}".`;
  }
}
