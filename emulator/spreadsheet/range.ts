import { instrument } from '../instrument';
import { rangeA1 } from './a1Notation';
import { requireInteger, requireMatrix, signatureError } from './arguments';
import { validationApi, validationStateOf } from './dataValidation';
import { BorderStyle, enumMember, WrapStrategy } from './enums';
import { formulaValue } from './formulaValue';
import {
  cellAt,
  clearCellContent,
  clearCellFormat,
  contains,
  forEachPosition,
  hasContent,
  intersects,
  mapRange,
  writableCell,
} from './grid';
import type { MemorySpreadsheet } from './memorySpreadsheet';
import { DEFAULT_DATE_TIME, displayValue, GENERAL } from './numberFormat';
import { createProtection } from './protection';
import { boundedRange } from './rangeBounds';
import { sheetApi } from './sheet';
import { parseUserEntered } from './userEntered';
import type { Cell, CellValue, GridRange, SheetState } from './workbookSchema';
import { isDate } from '../values';

type Range = GoogleAppsScript.Spreadsheet.Range;
type RangeMethods =
  | 'activate'
  | 'breakApart'
  | 'clear'
  | 'clearContent'
  | 'clearDataValidations'
  | 'clearFormat'
  | 'clearNote'
  | 'getA1Notation'
  | 'getBackground'
  | 'getBackgrounds'
  | 'getCell'
  | 'getColumn'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFontStyle'
  | 'getFontStyles'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'getFormula'
  | 'getFormulas'
  | 'getGridId'
  | 'getHeight'
  | 'getHorizontalAlignment'
  | 'getHorizontalAlignments'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMergedRanges'
  | 'getNote'
  | 'getNotes'
  | 'getNumColumns'
  | 'getNumRows'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getRow'
  | 'getRowIndex'
  | 'getSheet'
  | 'getValue'
  | 'getValues'
  | 'getVerticalAlignment'
  | 'getVerticalAlignments'
  | 'getWidth'
  | 'getWrap'
  | 'getWrapStrategy'
  | 'getWraps'
  | 'isBlank'
  | 'isPartOfMerge'
  | 'merge'
  | 'mergeAcross'
  | 'mergeVertically'
  | 'offset'
  | 'protect'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setBorder'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'setFontColor'
  | 'setFontColors'
  | 'setFontStyle'
  | 'setFontStyles'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFormula'
  | 'setFormulas'
  | 'setHorizontalAlignment'
  | 'setHorizontalAlignments'
  | 'setNote'
  | 'setNotes'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setValue'
  | 'setValues'
  | 'setVerticalAlignment'
  | 'setVerticalAlignments'
  | 'setWrap'
  | 'setWrapStrategy'
  | 'setWraps';

const MERGE_CONFLICT = 'You must select all cells in a merged range to merge or unmerge them.';

export function rangeApi(book: MemorySpreadsheet, sheetId: number, grid: GridRange): Range {
  return instrument(new MemoryRange(book, sheetId, grid), book.ctx, 'SpreadsheetApp', 'Range') as unknown as Range;
}

/** The range behind a Range the emulator handed out; anything else is a caller error. */
export function internalRange(value: unknown, method: string): MemoryRange {
  if (!(value instanceof MemoryRange)) throw signatureError(method, [value]);
  // Unwrapped, so the emulator's own use of a range is not counted as the script's calls.
  return value._target;
}

/** Stores one script-written value the way Sheets does (strings as if typed into the cell). */
export function writeCellValue(cell: Cell, value: unknown, timeZone: string): void {
  if (typeof value === 'string') {
    const entered = parseUserEntered(value, cell.numberFormat ?? GENERAL, timeZone);
    cell.value = entered.value;
    cell.formula = entered.formula;
    if (entered.numberFormat) cell.numberFormat = entered.numberFormat;
    return;
  }
  cell.formula = '';
  if (value === null || value === undefined) cell.value = '';
  else if (isDate(value)) {
    cell.value = new Date(value.getTime());
    if ((cell.numberFormat ?? GENERAL) === GENERAL) cell.numberFormat = DEFAULT_DATE_TIME;
  } else if (typeof value === 'number') cell.value = Number.isFinite(value) ? value : String(value);
  else if (typeof value === 'boolean') cell.value = value;
  else cell.value = String(value);
}

function copyValue(value: CellValue): CellValue {
  return isDate(value) ? new Date(value.getTime()) : value;
}

export class MemoryRange implements Pick<Range, RangeMethods> {
  readonly _target: MemoryRange = this;

  constructor(
    readonly _book: MemorySpreadsheet,
    readonly _sheetId: number,
    readonly _grid: GridRange,
  ) {}

  private sheetState(): SheetState {
    return this._book.sheet(this._sheetId);
  }

  private read<T>(read: (cell: Cell | null) => T): T[][] {
    const sheet = this.sheetState();
    return mapRange(this._grid, (row, column) => read(cellAt(sheet, row, column)));
  }

  private first<T>(read: (cell: Cell | null) => T): T {
    return read(cellAt(this.sheetState(), this._grid.row, this._grid.column));
  }

  private assertEditable(): SheetState {
    const sheet = this.sheetState();
    this._book.assertCanEditCells(this._sheetId, this._grid);
    return sheet;
  }

  /** Applies one change to every cell, after the protection check. */
  private writeEach(change: (cell: Cell) => void): this {
    const sheet = this.assertEditable();
    forEachPosition(this._grid, (row, column) => change(writableCell(sheet, row, column)));
    return this;
  }

  /** Applies a matrix of changes whose shape must match the range, as Apps Script insists. */
  private writeMatrix(method: string, matrix: unknown, change: (cell: Cell, value: unknown) => void): this {
    const rows = requireMatrix(matrix, `Range.${method}`);
    if (rows.length !== this._grid.numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this._grid.numRows}.`,
      );
    }
    const ragged = rows.find((row) => row.length !== this._grid.numColumns);
    if (ragged) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${ragged.length} but the range has ${this._grid.numColumns}.`,
      );
    }
    const sheet = this.assertEditable();
    forEachPosition(this._grid, (row, column, i, j) => change(writableCell(sheet, row, column), rows[i]![j]));
    return this;
  }

  // --- position -------------------------------------------------------------------------------

  getRow(): number {
    return this._grid.row;
  }
  getRowIndex(): number {
    return this._grid.row;
  }
  getColumn(): number {
    return this._grid.column;
  }
  getNumRows(): number {
    return this._grid.numRows;
  }
  getNumColumns(): number {
    return this._grid.numColumns;
  }
  getHeight(): number {
    return this._grid.numRows;
  }
  getWidth(): number {
    return this._grid.numColumns;
  }
  getLastRow(): number {
    return this._grid.row + this._grid.numRows - 1;
  }
  getLastColumn(): number {
    return this._grid.column + this._grid.numColumns - 1;
  }
  getA1Notation(): string {
    return rangeA1(this._grid);
  }
  getGridId(): number {
    return this._sheetId;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this.sheetState();
    return sheetApi(this._book, this._sheetId);
  }
  getCell(row: number, column: number): Range {
    const r = requireInteger(row, 'Range.getCell', [row, column]);
    const c = requireInteger(column, 'Range.getCell', [row, column]);
    if (r < 1 || c < 1 || r > this._grid.numRows || c > this._grid.numColumns) throw new Error('Cell reference out of range');
    return rangeApi(this._book, this._sheetId, {
      row: this._grid.row + r - 1,
      column: this._grid.column + c - 1,
      numRows: 1,
      numColumns: 1,
    });
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const args = [rowOffset, columnOffset, numRows, numColumns].filter((arg) => arg !== undefined);
    const [dr, dc] = [requireInteger(rowOffset, 'Range.offset', args), requireInteger(columnOffset, 'Range.offset', args)];
    const grid = boundedRange(
      this.sheetState(),
      [this._grid.row + dr, this._grid.column + dc, numRows ?? this._grid.numRows, numColumns ?? this._grid.numColumns],
      'Range.offset',
    );
    return rangeApi(this._book, this._sheetId, grid);
  }
  activate(): Range {
    this.sheetState();
    this._book.state.activeSheetId = this._sheetId;
    this._book.state.activeRange = { ...this._grid, sheetId: this._sheetId };
    return rangeApi(this._book, this._sheetId, this._grid);
  }

  // --- values and formulas ----------------------------------------------------------------------

  getValues(): any[][] {
    return this.read((cell) => copyValue(cell?.value ?? ''));
  }
  getValue(): any {
    return this.first((cell) => copyValue(cell?.value ?? ''));
  }
  setValues(values: any[][]): Range {
    const timeZone = this._book.timeZone;
    return this.writeMatrix('setValues', values, (cell, value) => writeCellValue(cell, value, timeZone)) as unknown as Range;
  }
  setValue(value: any): Range {
    const timeZone = this._book.timeZone;
    return this.writeEach((cell) => writeCellValue(cell, value, timeZone)) as unknown as Range;
  }
  getDisplayValues(): string[][] {
    const timeZone = this._book.timeZone;
    return this.read((cell) => (cell ? displayValue(cell.value, cell.numberFormat ?? GENERAL, timeZone) : ''));
  }
  getDisplayValue(): string {
    const timeZone = this._book.timeZone;
    return this.first((cell) => (cell ? displayValue(cell.value, cell.numberFormat ?? GENERAL, timeZone) : ''));
  }
  getFormulas(): string[][] {
    return this.read((cell) => cell?.formula ?? '');
  }
  getFormula(): string {
    return this.first((cell) => cell?.formula ?? '');
  }
  setFormulas(formulas: string[][]): Range {
    const timeZone = this._book.timeZone;
    return this.writeMatrix('setFormulas', formulas, (cell, formula) => writeFormula(cell, formula, timeZone)) as unknown as Range;
  }
  setFormula(formula: string): Range {
    const timeZone = this._book.timeZone;
    return this.writeEach((cell) => writeFormula(cell, formula, timeZone)) as unknown as Range;
  }
  isBlank(): boolean {
    return this.read(hasContent).every((row) => row.every((filled) => !filled));
  }

  // --- formats ----------------------------------------------------------------------------------

  getNumberFormats(): string[][] {
    return this.read((cell) => cell?.numberFormat ?? GENERAL);
  }
  getNumberFormat(): string {
    return this.first((cell) => cell?.numberFormat ?? GENERAL);
  }
  setNumberFormat(numberFormat: string): Range {
    return this.writeEach((cell) => setOrReset(cell, 'numberFormat', formatArgument(numberFormat))) as unknown as Range;
  }
  setNumberFormats(numberFormats: string[][]): Range {
    return this.writeMatrix('setNumberFormats', numberFormats, (cell, format) =>
      setOrReset(cell, 'numberFormat', formatArgument(format)),
    ) as unknown as Range;
  }
  getBackgrounds(): string[][] {
    return this.read((cell) => cell?.background ?? '#ffffff');
  }
  getBackground(): string {
    return this.first((cell) => cell?.background ?? '#ffffff');
  }
  setBackground(color: string | null): Range {
    return this.writeEach((cell) => setOrReset(cell, 'background', colorArgument(color))) as unknown as Range;
  }
  setBackgrounds(colors: Array<Array<string | null>>): Range {
    return this.writeMatrix('setBackgrounds', colors, (cell, color) =>
      setOrReset(cell, 'background', colorArgument(color)),
    ) as unknown as Range;
  }
  /** Not in the current type definitions but still answered by Apps Script. */
  getFontColor(): string {
    return this.first((cell) => cell?.fontColor ?? '#000000');
  }
  getFontColors(): string[][] {
    return this.read((cell) => cell?.fontColor ?? '#000000');
  }
  setFontColor(color: string | null): Range {
    return this.writeEach((cell) => setOrReset(cell, 'fontColor', colorArgument(color))) as unknown as Range;
  }
  setFontColors(colors: any[][]): Range {
    return this.writeMatrix('setFontColors', colors, (cell, color) =>
      setOrReset(cell, 'fontColor', colorArgument(color)),
    ) as unknown as Range;
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.read((cell) => cell?.fontWeight ?? 'normal');
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.first((cell) => cell?.fontWeight ?? 'normal');
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): Range {
    const weight = choice(fontWeight, ['normal', 'bold'], 'font weight');
    return this.writeEach((cell) => setOrReset(cell, 'fontWeight', weight === 'normal' ? null : weight)) as unknown as Range;
  }
  setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): Range {
    return this.writeMatrix('setFontWeights', fontWeights, (cell, value) => {
      const weight = choice(value, ['normal', 'bold'], 'font weight');
      setOrReset(cell, 'fontWeight', weight === 'normal' ? null : weight);
    }) as unknown as Range;
  }
  getFontStyles(): GoogleAppsScript.Spreadsheet.FontStyle[][] {
    return this.read((cell) => cell?.fontStyle ?? 'normal');
  }
  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this.first((cell) => cell?.fontStyle ?? 'normal');
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): Range {
    const style = choice(fontStyle, ['normal', 'italic'], 'font style');
    return this.writeEach((cell) => setOrReset(cell, 'fontStyle', style === 'normal' ? null : style)) as unknown as Range;
  }
  setFontStyles(fontStyles: Array<Array<GoogleAppsScript.Spreadsheet.FontStyle | null>>): Range {
    return this.writeMatrix('setFontStyles', fontStyles, (cell, value) => {
      const style = choice(value, ['normal', 'italic'], 'font style');
      setOrReset(cell, 'fontStyle', style === 'normal' ? null : style);
    }) as unknown as Range;
  }
  getHorizontalAlignments(): string[][] {
    return this.read((cell) => cell?.horizontalAlignment ?? 'general');
  }
  getHorizontalAlignment(): string {
    return this.first((cell) => cell?.horizontalAlignment ?? 'general');
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): Range {
    const value = horizontal(alignment);
    return this.writeEach((cell) => setOrReset(cell, 'horizontalAlignment', value)) as unknown as Range;
  }
  setHorizontalAlignments(alignments: Array<Array<'left' | 'center' | 'normal' | 'right' | null>>): Range {
    return this.writeMatrix('setHorizontalAlignments', alignments, (cell, alignment) =>
      setOrReset(cell, 'horizontalAlignment', horizontal(alignment)),
    ) as unknown as Range;
  }
  getVerticalAlignments(): string[][] {
    return this.read((cell) => cell?.verticalAlignment ?? 'bottom');
  }
  getVerticalAlignment(): string {
    return this.first((cell) => cell?.verticalAlignment ?? 'bottom');
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): Range {
    const value = vertical(alignment);
    return this.writeEach((cell) => setOrReset(cell, 'verticalAlignment', value)) as unknown as Range;
  }
  setVerticalAlignments(alignments: Array<Array<'top' | 'middle' | 'bottom' | null>>): Range {
    return this.writeMatrix('setVerticalAlignments', alignments, (cell, alignment) =>
      setOrReset(cell, 'verticalAlignment', vertical(alignment)),
    ) as unknown as Range;
  }
  getWraps(): boolean[][] {
    return this.read((cell) => cell?.wrapStrategy === 'WRAP');
  }
  getWrap(): boolean {
    return this.first((cell) => cell?.wrapStrategy === 'WRAP');
  }
  getWrapStrategy(): GoogleAppsScript.Spreadsheet.WrapStrategy {
    return this.first((cell) => cell?.wrapStrategy ?? 'OVERFLOW') as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy;
  }
  setWrap(isWrapEnabled: boolean): Range {
    return this.writeEach((cell) => setOrReset(cell, 'wrapStrategy', isWrapEnabled ? 'WRAP' : null)) as unknown as Range;
  }
  setWraps(isWrapEnabled: boolean[][]): Range {
    return this.writeMatrix('setWraps', isWrapEnabled, (cell, wrap) =>
      setOrReset(cell, 'wrapStrategy', wrap ? 'WRAP' : null),
    ) as unknown as Range;
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): Range {
    const value = enumMember(WrapStrategy, strategy, 'wrap strategy');
    return this.writeEach((cell) => setOrReset(cell, 'wrapStrategy', value === 'OVERFLOW' ? null : value)) as unknown as Range;
  }
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): Range {
    const borderStyle = style === undefined || style === null ? null : enumMember(BorderStyle, style, 'border style');
    const sheet = this.assertEditable();
    const { row: top0, column: left0 } = this._grid;
    const [bottom0, right0] = [this.getLastRow(), this.getLastColumn()];
    forEachPosition(this._grid, (row, column) => {
      const cell = writableCell(sheet, row, column);
      const previous = cell.border ?? {
        top: null,
        left: null,
        bottom: null,
        right: null,
        vertical: null,
        horizontal: null,
        color: null,
        style: null,
      };
      const pick = (edge: boolean | null, inner: boolean | null, outer: boolean, old: boolean | null) => {
        const wanted = outer ? edge : inner;
        return wanted === null ? old : wanted;
      };
      cell.border = {
        top: pick(top, horizontal, row === top0, previous.top),
        bottom: pick(bottom, horizontal, row === bottom0, previous.bottom),
        left: pick(left, vertical, column === left0, previous.left),
        right: pick(right, vertical, column === right0, previous.right),
        vertical: null,
        horizontal: null,
        color: color ?? previous.color,
        style: borderStyle ?? previous.style,
      };
    });
    return this as unknown as Range;
  }

  // --- notes and validation -----------------------------------------------------------------------

  getNotes(): string[][] {
    return this.read((cell) => cell?.note ?? '');
  }
  getNote(): string {
    return this.first((cell) => cell?.note ?? '');
  }
  setNote(note: string | null): Range {
    return this.writeEach((cell) => setOrReset(cell, 'note', note === null || note === '' ? null : String(note))) as unknown as Range;
  }
  setNotes(notes: Array<Array<string | null>>): Range {
    return this.writeMatrix('setNotes', notes, (cell, note) =>
      setOrReset(cell, 'note', note === null || note === undefined || note === '' ? null : String(note)),
    ) as unknown as Range;
  }
  clearNote(): Range {
    return this.writeEach((cell) => delete cell.note) as unknown as Range;
  }
  getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    return this.read((cell) => (cell?.validation ? validationApi(this._book, cell.validation) : null));
  }
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    return this.first((cell) => (cell?.validation ? validationApi(this._book, cell.validation) : null));
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range {
    const state = rule === null ? null : validationStateOf(rule, 'Range.setDataValidation');
    return this.writeEach((cell) => setOrReset(cell, 'validation', state && structuredClone(state))) as unknown as Range;
  }
  setDataValidations(rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>): Range {
    return this.writeMatrix('setDataValidations', rules, (cell, rule) =>
      setOrReset(cell, 'validation', rule === null ? null : structuredClone(validationStateOf(rule, 'Range.setDataValidations'))),
    ) as unknown as Range;
  }
  clearDataValidations(): Range {
    return this.writeEach((cell) => delete cell.validation) as unknown as Range;
  }

  // --- clearing ---------------------------------------------------------------------------------

  clear(options?: {
    commentsOnly?: boolean | undefined;
    contentsOnly?: boolean | undefined;
    formatOnly?: boolean | undefined;
    validationsOnly?: boolean | undefined;
    skipFilteredRows?: boolean | undefined;
  }): Range {
    const only = options ?? {};
    const selective = only.commentsOnly || only.contentsOnly || only.formatOnly || only.validationsOnly;
    return this.writeEach((cell) => {
      if (!selective || only.contentsOnly) clearCellContent(cell);
      if (!selective || only.formatOnly) clearCellFormat(cell);
      if (only.validationsOnly) delete cell.validation;
      if (only.commentsOnly) delete cell.note;
    }) as unknown as Range;
  }
  clearContent(): Range {
    return this.writeEach(clearCellContent) as unknown as Range;
  }
  clearFormat(): Range {
    return this.writeEach(clearCellFormat) as unknown as Range;
  }

  // --- merges -----------------------------------------------------------------------------------

  private mergeBlocks(blocks: GridRange[]): Range {
    const sheet = this.assertEditable();
    if (sheet.merges.some((merge) => intersects(merge, this._grid) && !contains(this._grid, merge))) throw new Error(MERGE_CONFLICT);
    sheet.merges = sheet.merges.filter((merge) => !contains(this._grid, merge));
    for (const block of blocks) {
      if (block.numRows * block.numColumns < 2) continue;
      sheet.merges.push(block);
      // Sheets keeps only the top-left value of a merged block.
      forEachPosition(block, (row, column) => {
        if (row === block.row && column === block.column) return;
        const cell = cellAt(sheet, row, column);
        if (cell) clearCellContent(cell);
      });
    }
    return this as unknown as Range;
  }
  merge(): Range {
    return this.mergeBlocks([this._grid]);
  }
  mergeAcross(): Range {
    return this.mergeBlocks(Array.from({ length: this._grid.numRows }, (_, i) => ({ ...this._grid, row: this._grid.row + i, numRows: 1 })));
  }
  mergeVertically(): Range {
    return this.mergeBlocks(
      Array.from({ length: this._grid.numColumns }, (_, j) => ({ ...this._grid, column: this._grid.column + j, numColumns: 1 })),
    );
  }
  breakApart(): Range {
    const sheet = this.assertEditable();
    if (sheet.merges.some((merge) => intersects(merge, this._grid) && !contains(this._grid, merge))) throw new Error(MERGE_CONFLICT);
    sheet.merges = sheet.merges.filter((merge) => !contains(this._grid, merge));
    return this as unknown as Range;
  }
  isPartOfMerge(): boolean {
    return this.sheetState().merges.some((merge) => intersects(merge, this._grid));
  }
  getMergedRanges(): Range[] {
    return this.sheetState()
      .merges.filter((merge) => intersects(merge, this._grid))
      .map((merge) => rangeApi(this._book, this._sheetId, merge));
  }

  // --- protection -------------------------------------------------------------------------------

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.sheetState();
    return createProtection(this._book, 'RANGE', { ...this._grid, sheetId: this._sheetId });
  }
}

function writeFormula(cell: Cell, formula: unknown, timeZone: string): void {
  if (typeof formula !== 'string') throw signatureError('Range.setFormula', [formula]);
  if (formula.startsWith('=')) {
    cell.value = formulaValue(formula);
    cell.formula = formula;
  } else writeCellValue(cell, formula, timeZone);
}

type OptionalCellField =
  | 'numberFormat'
  | 'background'
  | 'fontColor'
  | 'fontWeight'
  | 'fontStyle'
  | 'horizontalAlignment'
  | 'verticalAlignment'
  | 'wrapStrategy'
  | 'note'
  | 'validation';

/** Sets a cell attribute, or drops it back to the Sheets default when given null. */
function setOrReset<K extends OptionalCellField>(cell: Cell, key: K, value: Cell[K] | null): void {
  if (value === null || value === undefined) delete cell[key];
  else cell[key] = value;
}

function formatArgument(format: unknown): string | null {
  if (typeof format !== 'string') throw signatureError('Range.setNumberFormat', [format]);
  return format === '' || format.toLowerCase() === 'general' ? null : format;
}

function colorArgument(color: unknown): string | null {
  if (color === null || color === undefined || color === '') return null;
  if (typeof color !== 'string') throw signatureError('Range.setBackground', [color]);
  const lower = color.toLowerCase();
  return lower === '#ffffff' || lower === 'white' ? null : lower;
}

function choice<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (value === null || value === undefined) return allowed[0]!;
  const text = String(value).toLowerCase();
  if (!(allowed as readonly string[]).includes(text)) throw new Error(`Invalid ${what}: ${String(value)}.`);
  return text as T;
}

function horizontal(value: unknown): string | null {
  const alignment = choice(value, ['normal', 'left', 'center', 'right', 'general'], 'horizontal alignment');
  return alignment === 'normal' || alignment === 'general' ? null : alignment;
}

function vertical(value: unknown): string | null {
  const alignment = choice(value, ['bottom', 'top', 'middle'], 'vertical alignment');
  return alignment === 'bottom' ? null : alignment;
}
