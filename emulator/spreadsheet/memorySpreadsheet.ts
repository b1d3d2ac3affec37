import type { EmulatedUser, EmulatorContext } from '../context';
import { newSheetState, shiftCells, shiftRange, wholeSheet } from './grid';
import { canUserEdit, PROTECTED_MESSAGE, protectionCovers } from './protectionRules';
import { defaultSharing, type GridRange, type SheetRange, type SheetState, type WorkbookState } from './workbookSchema';

/**
 * One in-memory workbook: its state plus the rules every service object shares (finding sheets,
 * checking protections, keeping ranges anchored when rows or columns move). Service objects
 * (Spreadsheet, Sheet, Range, ...) are thin views over it; nothing here counts as a service call.
 */
export class MemorySpreadsheet {
  /**
   * A standalone script has no active spreadsheet: SpreadsheetApp.getActiveSpreadsheet() "Returns the
   * currently active spreadsheet, or null if there is none" (SpreadsheetApp reference).
   */
  detached = false;

  constructor(
    readonly ctx: EmulatorContext,
    public state: WorkbookState,
    public ui: GoogleAppsScript.Base.Ui | null,
  ) {}

  static create(ctx: EmulatorContext, options: { name?: string; id?: string; ui?: GoogleAppsScript.Base.Ui }): MemorySpreadsheet {
    const first = newSheetState(0, 'Sheet1');
    return new MemorySpreadsheet(
      ctx,
      {
        id: options.id ?? 'memory-spreadsheet',
        name: options.name ?? 'Untitled spreadsheet',
        sheets: [first],
        activeSheetId: first.id,
        activeRange: null,
        namedRanges: [],
        protections: [],
        toasts: [],
        nextId: 1,
        sharing: defaultSharing(),
      },
      options.ui ?? null,
    );
  }

  get timeZone(): string {
    return this.ctx.timeZone;
  }

  nextId(): number {
    const id = this.state.nextId;
    this.state.nextId += 1;
    return id;
  }

  sheet(sheetId: number): SheetState {
    const sheet = this.state.sheets.find((candidate) => candidate.id === sheetId);
    if (!sheet) throw new Error('The sheet has been deleted.');
    return sheet;
  }

  hasSheet(sheetId: number): boolean {
    return this.state.sheets.some((candidate) => candidate.id === sheetId);
  }

  sheetByName(name: string): SheetState | null {
    return this.state.sheets.find((candidate) => candidate.name === name) ?? null;
  }

  activeSheet(): SheetState {
    const active = this.state.sheets.find((candidate) => candidate.id === this.state.activeSheetId);
    return active ?? this.state.sheets[0]!;
  }

  assertSheetNameFree(name: string, exceptId?: number): void {
    const taken = this.state.sheets.some((sheet) => sheet.id !== exceptId && sheet.name.toLowerCase() === name.toLowerCase());
    if (taken) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  addSheet(name: string, index: number): SheetState {
    this.assertSheetNameFree(name);
    const sheet = newSheetState(this.nextId() * 1000 + 7, name);
    this.state.sheets.splice(index, 0, sheet);
    return sheet;
  }

  defaultSheetName(): string {
    for (let n = this.state.sheets.length + 1; ; n += 1) {
      const name = `Sheet${n}`;
      if (!this.state.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) return name;
    }
  }

  user(): EmulatedUser {
    return this.ctx.activeUser();
  }

  owner(): EmulatedUser {
    return this.ctx.owner();
  }

  /** The Google Groups (by address) that `email` belongs to. */
  groupsOf(email: string): string[] {
    const address = email.trim().toLowerCase();
    if (address === '') return [];
    return Object.entries(this.state.sharing.groups)
      .filter(([, members]) => members.some((member) => member.trim().toLowerCase() === address))
      .map(([group]) => group.trim().toLowerCase());
  }

  /** Whether the active user may edit what `protection` covers, directly or through a group. */
  userCanEdit(protection: WorkbookState['protections'][number]): boolean {
    const user = this.user();
    return canUserEdit(protection, user, this.owner(), this.groupsOf(user.email));
  }

  /** Throws Sheets' protected-cell error when the active user may not edit these cells. */
  assertCanEditCells(sheetId: number, area: GridRange): void {
    const blocked = this.state.protections.some(
      (protection) => protectionCovers(protection, sheetId, area) && !this.userCanEdit(protection),
    );
    if (blocked) throw new Error(PROTECTED_MESSAGE);
  }

  /**
   * Sheet-level changes (rename, hide, resize, freeze, insert/delete rows, ...) need edit rights
   * over the whole sheet; deleting it also needs them over every protected range on it.
   */
  assertCanEditSheet(sheetId: number, options: { includingRanges?: boolean } = {}): void {
    const blocked = this.state.protections.some(
      (protection) =>
        protection.range.sheetId === sheetId &&
        (protection.type === 'SHEET' || options.includingRanges === true) &&
        !this.userCanEdit(protection),
    );
    if (blocked) throw new Error(PROTECTED_MESSAGE);
  }

  /** Inserts (delta > 0) or deletes (delta < 0) rows/columns and keeps every anchored range in place. */
  shiftLines(sheetId: number, axis: 'rows' | 'columns', at: number, delta: number): void {
    const sheet = this.sheet(sheetId);
    shiftCells(sheet, axis, at, delta);
    const shift = <T extends GridRange>(range: T): T | null => shiftRange(range, axis, at, delta) as T | null;
    const onSheet = <T extends SheetRange>(range: T): T | null => (range.sheetId === sheetId ? shift(range) : range);
    const present = <T>(value: T | null): value is T => value !== null;

    sheet.merges = sheet.merges.map(shift).filter(present);
    for (const candidate of this.state.sheets) {
      for (const rule of candidate.conditionalFormats) rule.ranges = rule.ranges.map(onSheet).filter(present);
      for (const chart of candidate.charts) chart.ranges = chart.ranges.map(onSheet).filter(present);
    }
    this.state.namedRanges = this.state.namedRanges.flatMap((named) => {
      const range = onSheet(named.range);
      return range ? [{ ...named, range }] : [];
    });
    this.state.protections = this.state.protections.flatMap((protection) => {
      if (protection.range.sheetId !== sheetId) return [protection];
      if (protection.type === 'SHEET') {
        const unprotectedRanges = protection.unprotectedRanges.map(shift).filter(present);
        return [{ ...protection, range: { ...wholeSheet(sheet), sheetId }, unprotectedRanges }];
      }
      const range = onSheet(protection.range);
      return range ? [{ ...protection, range }] : [];
    });
    if (this.state.activeRange?.sheetId === sheetId) this.state.activeRange = null;
  }

  removeSheet(sheetId: number): void {
    this.state.sheets = this.state.sheets.filter((sheet) => sheet.id !== sheetId);
    this.state.protections = this.state.protections.filter((protection) => protection.range.sheetId !== sheetId);
    this.state.namedRanges = this.state.namedRanges.filter((named) => named.range.sheetId !== sheetId);
    if (this.state.activeRange?.sheetId === sheetId) this.state.activeRange = null;
    if (this.state.activeSheetId === sheetId) {
      this.state.activeSheetId = (this.state.sheets.find((sheet) => !sheet.hidden) ?? this.state.sheets[0]!).id;
    }
  }
}
