import { instrument } from '../instrument';
import { splitSheetName } from './a1Notation';
import { requireInteger, requireString, signatureError } from './arguments';
import { enumMember, ProtectionType } from './enums';
import type { MemorySpreadsheet } from './memorySpreadsheet';
import { assertValidRangeName, namedRangeApi } from './namedRange';
import { protectionApi, userApi } from './protection';
import { internalRange, rangeApi } from './range';
import { MemorySheet, rangeFromA1, sheetApi } from './sheet';
import type { SheetState } from './workbookSchema';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

type SpreadsheetMethods =
  | 'deleteSheet'
  | 'getActiveCell'
  | 'getActiveRange'
  | 'getActiveSheet'
  | 'getId'
  | 'getName'
  | 'getNamedRanges'
  | 'getNumSheets'
  | 'getOwner'
  | 'getProtections'
  | 'getRange'
  | 'getRangeByName'
  | 'getSheetById'
  | 'getSheetByName'
  | 'getSheets'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getUrl'
  | 'insertSheet'
  | 'moveActiveSheet'
  | 'removeNamedRange'
  | 'rename'
  | 'renameActiveSheet'
  | 'setActiveRange'
  | 'setActiveSheet'
  | 'setNamedRange'
  | 'toast';

export function spreadsheetApi(book: MemorySpreadsheet): Spreadsheet {
  return instrument(new MemorySpreadsheetService(book), book.ctx, 'SpreadsheetApp', 'Spreadsheet') as unknown as Spreadsheet;
}

/**
 * `insertSheet(..., {template})`: "All data from the template sheet object is copied to the new sheet. The
 * sheet template must be one of the sheets of the Spreadsheet object"
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String,Integer,Object)).
 * The reference says no more. The emulator copies what Sheets stores per cell (value, formula, formats,
 * note, data validation: the Sheets API's CellData,
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#CellData), the merges,
 * the conditional formats and the grid's size. What the reference leaves open it leaves behind, so code
 * that counts on a copy carrying it fails here rather than in Sheets: column widths, frozen rows and
 * columns, tab color, hidden state, charts, protections and named ranges (a named range's name is unique
 * in the spreadsheet, so a copy could not carry the same one). The new sheet is visible and active.
 */
function copyTemplateData(template: SheetState, copy: SheetState): void {
  const retarget = <T extends { sheetId: number }>(range: T): T => (range.sheetId === template.id ? { ...range, sheetId: copy.id } : range);
  copy.cells = structuredClone(template.cells);
  copy.merges = structuredClone(template.merges);
  copy.conditionalFormats = structuredClone(template.conditionalFormats).map((rule) => ({ ...rule, ranges: rule.ranges.map(retarget) }));
  copy.maxRows = template.maxRows;
  copy.maxColumns = template.maxColumns;
}

function internalSheet(book: MemorySpreadsheet, sheet: unknown, method: string): SheetState {
  const sheetId = (sheet as { _sheetId?: unknown } | null)?._sheetId;
  if (typeof sheetId !== 'number') throw signatureError(method, [sheet]);
  return book.sheet(sheetId);
}

/** The Spreadsheet service object: the workbook as scripts see it. */
export class MemorySpreadsheetService implements Pick<Spreadsheet, SpreadsheetMethods> {
  constructor(readonly _book: MemorySpreadsheet) {}

  getId(): string {
    return this._book.state.id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._book.state.id}/edit`;
  }
  getName(): string {
    return this._book.state.name;
  }
  rename(newName: string): void {
    this._book.state.name = requireString(newName, 'Spreadsheet.rename', [newName]);
  }
  getSpreadsheetTimeZone(): string {
    return this._book.timeZone;
  }
  getSpreadsheetLocale(): string {
    return 'en_US';
  }
  /** "Returns the owner of the document, or null for a document in a shared drive" (Spreadsheet reference). */
  getOwner(): GoogleAppsScript.Base.User | null {
    if (this._book.state.sharing.sharedDrive) return null;
    return userApi(this._book, this._book.owner().email);
  }

  // --- sheets -------------------------------------------------------------------------------------

  getSheets(): Sheet[] {
    return this._book.state.sheets.map((sheet) => sheetApi(this._book, sheet.id));
  }
  getNumSheets(): number {
    return this._book.state.sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    const sheet = this._book.sheetByName(requireString(name, 'Spreadsheet.getSheetByName', [name]));
    return sheet ? sheetApi(this._book, sheet.id) : null;
  }
  getSheetById(id: number): Sheet | null {
    return this._book.hasSheet(id) ? sheetApi(this._book, id) : null;
  }
  insertSheet(
    nameOrIndex?: string | number | { template?: Sheet | undefined },
    indexOrOptions?: number | { template?: Sheet | undefined },
    optionsArg?: { template?: Sheet | undefined },
  ): Sheet {
    const args = [nameOrIndex, indexOrOptions, optionsArg].filter((arg) => arg !== undefined);
    const options = args.find((arg) => typeof arg === 'object' && arg !== null) as { template?: Sheet } | undefined;
    if (options && args.indexOf(options) !== args.length - 1) throw signatureError('Spreadsheet.insertSheet', args);
    const template = options?.template === undefined ? null : internalSheet(this._book, options.template, 'Spreadsheet.insertSheet');
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this._book.defaultSheetName();
    const indexArg = typeof nameOrIndex === 'number' ? nameOrIndex : typeof indexOrOptions === 'number' ? indexOrOptions : undefined;
    const count = this._book.state.sheets.length;
    const index = indexArg === undefined ? count : requireInteger(indexArg, 'Spreadsheet.insertSheet', args);
    if (index < 0 || index > count) throw new Error(`The sheet index ${index} is out of range. It must be between 0 and ${count}.`);
    if (name.trim() === '') throw signatureError('Spreadsheet.insertSheet', args);
    const sheet = this._book.addSheet(name, index);
    if (template) copyTemplateData(template, sheet);
    // The new sheet becomes the active one, as in Sheets.
    this._book.state.activeSheetId = sheet.id;
    this._book.state.activeRange = null;
    return sheetApi(this._book, sheet.id);
  }
  deleteSheet(sheet: Sheet): void {
    const target = internalSheet(this._book, sheet, 'Spreadsheet.deleteSheet');
    const sheets = this._book.state.sheets;
    if (sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    if (!target.hidden && sheets.filter((candidate) => !candidate.hidden).length === 1) {
      throw new Error("You can't remove all the visible sheets in a document.");
    }
    this._book.assertCanEditSheet(target.id, { includingRanges: true });
    this._book.removeSheet(target.id);
  }
  getActiveSheet(): Sheet {
    return sheetApi(this._book, this._book.activeSheet().id);
  }
  setActiveSheet(sheet: Sheet, restoreSelection?: boolean): Sheet {
    const target = internalSheet(this._book, sheet, 'Spreadsheet.setActiveSheet');
    this._book.state.activeSheetId = target.id;
    if (!restoreSelection) this._book.state.activeRange = null;
    return sheetApi(this._book, target.id);
  }
  renameActiveSheet(newName: string): void {
    new MemorySheet(this._book, this._book.activeSheet().id).setName(newName);
  }
  moveActiveSheet(pos: number): void {
    const position = requireInteger(pos, 'Spreadsheet.moveActiveSheet', [pos]);
    const sheets = this._book.state.sheets;
    if (position < 1 || position > sheets.length) throw new Error(`The sheet position ${position} is out of range.`);
    const active = this._book.activeSheet();
    this._book.assertCanEditSheet(active.id);
    sheets.splice(sheets.indexOf(active), 1);
    sheets.splice(position - 1, 0, active);
  }

  // --- ranges -------------------------------------------------------------------------------------

  getRange(a1Notation: string): Range {
    const { sheetName, a1 } = splitSheetName(requireString(a1Notation, 'Spreadsheet.getRange', [a1Notation]));
    const sheet = sheetName === null ? this._book.activeSheet() : this._book.sheetByName(sheetName);
    if (!sheet) throw new Error('Range not found');
    return rangeFromA1(this._book, sheet, a1);
  }
  getActiveRange(): Range | null {
    return new MemorySheet(this._book, this._book.activeSheet().id).getActiveRange();
  }
  getActiveCell(): Range {
    return new MemorySheet(this._book, this._book.activeSheet().id).getActiveCell();
  }
  setActiveRange(range: Range): Range {
    return internalRange(range, 'Spreadsheet.setActiveRange').activate();
  }
  setNamedRange(name: string, range: Range): void {
    assertValidRangeName(name);
    const inner = internalRange(range, 'Spreadsheet.setNamedRange');
    const entry = { name, range: { ...inner._grid, sheetId: inner._sheetId } };
    const named = this._book.state.namedRanges;
    const existing = named.findIndex((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
    if (existing === -1) named.push(entry);
    else named[existing] = entry;
  }
  getRangeByName(name: string): Range | null {
    const entry = this._book.state.namedRanges.find((candidate) => candidate.name.toLowerCase() === String(name).toLowerCase());
    return entry ? rangeApi(this._book, entry.range.sheetId, entry.range) : null;
  }
  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return this._book.state.namedRanges.map((entry) => namedRangeApi(this._book, entry.name));
  }
  removeNamedRange(name: string): void {
    const before = this._book.state.namedRanges.length;
    this._book.state.namedRanges = this._book.state.namedRanges.filter((entry) => entry.name.toLowerCase() !== String(name).toLowerCase());
    if (this._book.state.namedRanges.length === before) throw new Error(`Named range not found: ${name}`);
  }

  // --- protections and feedback -------------------------------------------------------------------

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    const wanted = enumMember(ProtectionType, type, 'protection type');
    const order = new Map(this._book.state.sheets.map((sheet, index) => [sheet.id, index]));
    return this._book.state.protections
      .filter((protection) => protection.type === wanted)
      .sort((a, b) => (order.get(a.range.sheetId) ?? 0) - (order.get(b.range.sheetId) ?? 0))
      .map((protection) => protectionApi(this._book, protection.id));
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this._book.state.toasts.push({
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds === undefined || timeoutSeconds === null ? 5 : Number(timeoutSeconds),
      at: this._book.ctx.now(),
      user: this._book.user().email,
    });
  }
}
