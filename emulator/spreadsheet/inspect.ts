import { rangeA1 } from './a1Notation';
import { satisfiesValidation } from './dataValidation';
import { cellAt, DEFAULT_COLUMN_WIDTH, lastColumnWithContent, lastRowWithContent, mapRange } from './grid';
import type { MemorySpreadsheet } from './memorySpreadsheet';
import { displayValue, GENERAL } from './numberFormat';
import { normalizeEmail } from './protectionRules';
import type { CellValue, ConditionalRuleState, CriterionValue, SheetRange, SheetState, Toast } from './workbookSchema';
import { isDate } from '../values';

// A read-only view of a workbook for tests and the playground. Nothing here goes through the
// instrumented service objects, so inspecting never counts as a service call.

export interface ValidationView {
  a1: string;
  criteria: string;
  values: Array<CellValue | string[] | string>;
  allowInvalid: boolean;
  helpText: string;
}

export interface ViolationView {
  sheet: string;
  a1: string;
  value: CellValue;
  criteria: string;
}

export interface ProtectionView {
  type: 'SHEET' | 'RANGE';
  sheet: string;
  a1: string;
  description: string;
  warningOnly: boolean;
  domainEdit: boolean;
  /** False while the protection still mirrors the spreadsheet's permissions (nobody is locked out). */
  restricted: boolean;
  editors: string[];
  unprotected: string[];
  rangeName: string;
}

export interface ChartView {
  id: number;
  chartType: string;
  ranges: string[];
  anchor: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

export interface ConditionalFormatView {
  ranges: string[];
  boolean: ConditionalRuleState['boolean'];
  gradient: ConditionalRuleState['gradient'];
}

export interface SheetView {
  name: string;
  sheetId: number;
  index: number;
  hidden: boolean;
  tabColor: string | null;
  maxRows: number;
  maxColumns: number;
  lastRow: number;
  lastColumn: number;
  frozenRows: number;
  frozenColumns: number;
  /** Matrices cover A1 to the last row and column with content. */
  values: CellValue[][];
  displayValues: string[][];
  formulas: string[][];
  numberFormats: string[][];
  backgrounds: string[][];
  fontWeights: string[][];
  fontColors: string[][];
  notes: string[][];
  validations: ValidationView[];
  merges: string[];
  /** Column number -> pixels, for every column whose width differs from the default. */
  columnWidths: Record<number, number>;
  defaultColumnWidth: number;
  protections: ProtectionView[];
  conditionalFormats: ConditionalFormatView[];
  charts: ChartView[];
}

export interface WorkbookView {
  id: string;
  name: string;
  activeSheet: string;
  sheets: SheetView[];
  namedRanges: Array<{ name: string; range: string }>;
  protections: ProtectionView[];
  toasts: Toast[];
  violations: ViolationView[];
}

function sheetName(book: MemorySpreadsheet, sheetId: number): string {
  return book.state.sheets.find((sheet) => sheet.id === sheetId)?.name ?? '#REF';
}

function qualified(book: MemorySpreadsheet, range: SheetRange): string {
  return `${sheetName(book, range.sheetId)}!${rangeA1(range)}`;
}

function criterionView(book: MemorySpreadsheet, value: CriterionValue): CellValue | string[] | string {
  if (isDate(value)) return new Date(value.getTime());
  if (Array.isArray(value)) return [...value];
  if (typeof value === 'object') return qualified(book, value.range);
  return value;
}

function protectionView(book: MemorySpreadsheet, protection: MemorySpreadsheet['state']['protections'][number]): ProtectionView {
  const owner = normalizeEmail(book.owner().email);
  return {
    type: protection.type,
    sheet: sheetName(book, protection.range.sheetId),
    a1: rangeA1(protection.range),
    description: protection.description,
    warningOnly: protection.warningOnly,
    domainEdit: protection.domainEdit,
    restricted: protection.editorsChanged && !protection.warningOnly,
    editors: owner === '' ? [...protection.editors] : [owner, ...protection.editors.filter((email) => email !== owner)],
    unprotected: protection.unprotectedRanges.map(rangeA1),
    rangeName: protection.rangeName,
  };
}

function rangeValues(book: MemorySpreadsheet, range: SheetRange): CellValue[] {
  const sheet = book.state.sheets.find((candidate) => candidate.id === range.sheetId);
  if (!sheet) return [];
  return mapRange(range, (row, column) => cellAt(sheet, row, column)?.value ?? '').flat();
}

export function inspectSheet(book: MemorySpreadsheet, sheet: SheetState): SheetView {
  const lastRow = lastRowWithContent(sheet);
  const lastColumn = lastColumnWithContent(sheet);
  // Formats and notes can sit outside the data, so the matrices cover every touched cell.
  const touchedRows = sheet.cells.length;
  const touchedColumns = Math.max(0, ...sheet.cells.map((row) => row.length));
  const area = { row: 1, column: 1, numRows: Math.max(lastRow, touchedRows), numColumns: Math.max(lastColumn, touchedColumns) };
  const matrix = <T>(read: (cell: ReturnType<typeof cellAt>) => T): T[][] =>
    area.numRows === 0 || area.numColumns === 0 ? [] : mapRange(area, (row, column) => read(cellAt(sheet, row, column)));
  const validations: ValidationView[] = [];
  sheet.cells.forEach((cells, i) =>
    cells.forEach((cell, j) => {
      if (!cell?.validation) return;
      validations.push({
        a1: rangeA1({ row: i + 1, column: j + 1, numRows: 1, numColumns: 1 }),
        criteria: cell.validation.criteria,
        values: cell.validation.values.map((value) => criterionView(book, value)),
        allowInvalid: cell.validation.allowInvalid,
        helpText: cell.validation.helpText,
      });
    }),
  );
  return {
    name: sheet.name,
    sheetId: sheet.id,
    index: book.state.sheets.indexOf(sheet) + 1,
    hidden: sheet.hidden,
    tabColor: sheet.tabColor,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    lastRow,
    lastColumn,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    values: matrix((cell) => (isDate(cell?.value) ? new Date(cell.value.getTime()) : (cell?.value ?? ''))),
    displayValues: matrix((cell) => (cell ? displayValue(cell.value, cell.numberFormat ?? GENERAL, book.timeZone) : '')),
    formulas: matrix((cell) => cell?.formula ?? ''),
    numberFormats: matrix((cell) => cell?.numberFormat ?? GENERAL),
    backgrounds: matrix((cell) => cell?.background ?? '#ffffff'),
    fontWeights: matrix((cell) => cell?.fontWeight ?? 'normal'),
    fontColors: matrix((cell) => cell?.fontColor ?? '#000000'),
    notes: matrix((cell) => cell?.note ?? ''),
    validations,
    merges: sheet.merges.map(rangeA1),
    columnWidths: Object.fromEntries(Object.entries(sheet.columnWidths).map(([column, width]) => [Number(column), width])),
    defaultColumnWidth: DEFAULT_COLUMN_WIDTH,
    protections: book.state.protections
      .filter((protection) => protection.range.sheetId === sheet.id)
      .map((protection) => protectionView(book, protection)),
    conditionalFormats: sheet.conditionalFormats.map((rule) => ({
      ranges: rule.ranges.map((range) => qualified(book, range)),
      boolean: structuredClone(rule.boolean),
      gradient: structuredClone(rule.gradient),
    })),
    charts: sheet.charts.map((chart) => ({
      id: chart.id,
      chartType: chart.chartType,
      ranges: chart.ranges.map((range) => qualified(book, range)),
      anchor: { ...chart.position },
      options: structuredClone(chart.options),
    })),
  };
}

/** Cells whose value breaks their data validation rule (Apps Script never blocks script writes). */
export function validationViolations(book: MemorySpreadsheet): ViolationView[] {
  const violations: ViolationView[] = [];
  for (const sheet of book.state.sheets) {
    sheet.cells.forEach((cells, i) =>
      cells.forEach((cell, j) => {
        if (!cell?.validation) return;
        if (satisfiesValidation(cell.value, cell.validation, (range) => rangeValues(book, range))) return;
        violations.push({
          sheet: sheet.name,
          a1: rangeA1({ row: i + 1, column: j + 1, numRows: 1, numColumns: 1 }),
          value: cell.value,
          criteria: cell.validation.criteria,
        });
      }),
    );
  }
  return violations;
}

export function inspectWorkbook(book: MemorySpreadsheet): WorkbookView {
  return {
    id: book.state.id,
    name: book.state.name,
    activeSheet: book.activeSheet().name,
    sheets: book.state.sheets.map((sheet) => inspectSheet(book, sheet)),
    namedRanges: book.state.namedRanges.map((named) => ({ name: named.name, range: qualified(book, named.range) })),
    protections: book.state.protections.map((protection) => protectionView(book, protection)),
    toasts: book.state.toasts.map((toast) => ({ ...toast })),
    violations: validationViolations(book),
  };
}

/** One sheet's view by name; throws when there is no such sheet, to keep test failures readable. */
export function inspectSheetByName(book: MemorySpreadsheet, name: string): SheetView {
  const sheet = book.sheetByName(name);
  if (!sheet) throw new Error(`No sheet named "${name}"; sheets are: ${book.state.sheets.map((candidate) => candidate.name).join(', ')}`);
  return inspectSheet(book, sheet);
}
