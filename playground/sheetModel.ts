import {
  rangeA1,
  hasContent,
  displayValue,
  GENERAL,
  conditionalPaint,
  type Cell,
  type CellValue,
  type ProtectionState,
  type SheetState,
  type ValidationState,
  type WorkbookState,
} from 'apps-script-emulator';
import { chartData, chartSvg } from './chartSvg';

// Every sheet as the person at the keyboard would see it: display values, effective formatting
// (cell formats with conditional formatting on top), merges, notes, dropdowns and protections.
// Plain data, read by the HTML view and the .xlsx export alike.

/** Sheets far larger than this are cut, and say so: the view is for reading, not for big data. */
export const MAX_RENDERED_ROWS = 400;
export const MAX_RENDERED_COLUMNS = 40;

export interface RenderedCell {
  row: number;
  column: number;
  value: CellValue;
  /** What Sheets displays for the value under its number format. */
  text: string;
  numberFormat: string;
  background: string | null;
  fontColor: string | null;
  bold: boolean;
  italic: boolean;
  align: 'left' | 'center' | 'right';
  wrap: boolean;
  note: string;
  /** A dropdown or other validation, in words; '' when there is none. */
  validation: string;
  checkbox: boolean;
  /** For the top-left cell of a merge: its size. Cells hidden under a merge are `covered`. */
  rowSpan: number;
  colSpan: number;
  covered: boolean;
  /** The address of a =HYPERLINK(...) cell (shown as a link, as Sheets does); '' otherwise. */
  link: string;
  /** Charts whose top-left corner sits on this cell, drawn as SVG. */
  charts: string[];
}

export interface RenderedProtection {
  type: 'SHEET' | 'RANGE';
  range: string;
  description: string;
  /** Who may edit, in words, with the listed addresses. */
  editors: string;
  warningOnly: boolean;
  unprotected: string[];
}

export interface RenderedSheet {
  id: number;
  name: string;
  hidden: boolean;
  tabColor: string | null;
  frozenRows: number;
  frozenColumns: number;
  numRows: number;
  numColumns: number;
  truncated: boolean;
  columnWidths: number[];
  rows: RenderedCell[][];
  protections: RenderedProtection[];
  charts: string[];
  unevaluatedRules: string[];
}

/** The address and label of a HYPERLINK formula with string literals, as the add-on writes them. */
export function hyperlinkOf(formula: string): { url: string; label: string } | null {
  const match = /^=HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:[,;]\s*"((?:[^"]|"")*)"\s*)?\)$/i.exec(formula.trim());
  if (!match) return null;
  const url = match[1]!.replace(/""/g, '"');
  return { url, label: match[2] === undefined ? url : match[2].replace(/""/g, '"') };
}

function chartOf(sheets: readonly SheetState[], sheet: SheetState, chart: SheetState['charts'][number], timeZone: string): string {
  const range = chart.ranges[0];
  const source = range ? (sheets.find((candidate) => candidate.id === range.sheetId) ?? sheet) : sheet;
  const cellText = (r: number, c: number): string | number | null => {
    const cell = source.cells[r - 1]?.[c - 1];
    const value = cell?.value ?? '';
    if (typeof value === 'number') return value;
    if (value === '' || value === null) return null;
    return displayValue(value, cell?.numberFormat ?? GENERAL, timeZone);
  };
  const grid: Array<Array<string | number | null>> = [];
  if (range)
    for (let r = range.row; r < range.row + range.numRows; r++)
      grid.push(Array.from({ length: range.numColumns }, (_, i) => cellText(r, range.column + i)));
  const [header = [], ...rows] = grid;
  return chartSvg(
    chartData(
      chart.chartType,
      chart.options as Record<string, unknown>,
      header.map((h) => String(h ?? '')),
      rows,
    ),
  );
}

function hasFormatting(cell: Cell | null): boolean {
  return cell !== null && (hasContent(cell) || cell.background !== undefined || cell.note !== undefined || cell.validation !== undefined);
}

function extent(sheet: SheetState): { rows: number; columns: number } {
  let rows = sheet.frozenRows;
  let columns = sheet.frozenColumns;
  sheet.cells.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (!hasFormatting(cell)) return;
      rows = Math.max(rows, r + 1);
      columns = Math.max(columns, c + 1);
    }),
  );
  // A chart is drawn from its anchor cell, so the anchor is part of what is shown.
  for (const chart of sheet.charts) {
    rows = Math.max(rows, chart.position.row);
    columns = Math.max(columns, chart.position.column);
  }
  for (const merge of sheet.merges) {
    rows = Math.max(rows, merge.row + merge.numRows - 1);
    columns = Math.max(columns, merge.column + merge.numColumns - 1);
  }
  return { rows: Math.min(rows, sheet.maxRows), columns: Math.min(columns, sheet.maxColumns) };
}

export function describeValidation(validation: ValidationState | undefined): string {
  if (!validation) return '';
  const values = validation.values;
  switch (validation.criteria) {
    case 'VALUE_IN_LIST': {
      const list = Array.isArray(values[0]) ? values[0] : [];
      return `dropdown: ${list.join(', ')}`;
    }
    case 'VALUE_IN_RANGE': {
      const source = values[0];
      return typeof source === 'object' && source !== null && 'range' in source
        ? `dropdown from ${rangeA1(source.range)}`
        : 'dropdown from a range';
    }
    case 'CHECKBOX':
      return 'checkbox';
    default:
      return `validation: ${validation.criteria.toLowerCase().replace(/_/g, ' ')}${values.length ? ` ${values.map(String).join(', ')}` : ''}`;
  }
}

function describeEditors(protection: ProtectionState): string {
  if (protection.warningOnly) return 'anyone (shows a warning first)';
  if (!protection.editorsChanged) return 'every editor of the spreadsheet';
  // The owner can always edit; Apps Script lists them among the editors anyway.
  const listed = protection.editors.length ? protection.editors.join(', ') : 'the owner only';
  return `${listed}${protection.domainEdit ? ', plus everyone in the owner’s domain' : ''}`;
}

function renderProtection(protection: ProtectionState, sheet: SheetState): RenderedProtection {
  return {
    type: protection.type,
    range: protection.type === 'SHEET' ? `whole sheet ${sheet.name}` : rangeA1(protection.range),
    description: protection.description,
    editors: describeEditors(protection),
    warningOnly: protection.warningOnly,
    unprotected: protection.unprotectedRanges.map(rangeA1),
  };
}

export interface RenderLimits {
  rows: number;
  columns: number;
}

export const VIEW_LIMITS: RenderLimits = { rows: MAX_RENDERED_ROWS, columns: MAX_RENDERED_COLUMNS };

export function renderSheet(
  workbook: WorkbookState,
  sheet: SheetState,
  timeZone: string,
  limits: RenderLimits = VIEW_LIMITS,
): RenderedSheet {
  const full = extent(sheet);
  const numRows = Math.min(full.rows, limits.rows);
  const numColumns = Math.min(full.columns, limits.columns);
  const { paint, unevaluated } = conditionalPaint(sheet);
  const rows: RenderedCell[][] = [];
  for (let r = 1; r <= numRows; r++) {
    const row: RenderedCell[] = [];
    for (let c = 1; c <= numColumns; c++) {
      const cell = sheet.cells[r - 1]?.[c - 1] ?? null;
      const value = cell?.value ?? '';
      const numberFormat = cell?.numberFormat ?? GENERAL;
      const extra = paint.get(`${r}:${c}`) ?? {};
      const alignment = (cell?.horizontalAlignment ?? '').toLowerCase().replace('general-', '');
      const checkbox = cell?.validation?.criteria === 'CHECKBOX';
      const hyperlink = cell?.formula ? hyperlinkOf(cell.formula) : null;
      row.push({
        row: r,
        column: c,
        value,
        text: checkbox
          ? value === true
            ? '☑'
            : '☐'
          : hyperlink && value === ''
            ? hyperlink.label
            : displayValue(value, numberFormat, timeZone),
        numberFormat,
        background: extra.background ?? cell?.background ?? null,
        fontColor: extra.fontColor ?? cell?.fontColor ?? null,
        bold: extra.bold ?? cell?.fontWeight === 'bold',
        italic: extra.italic ?? cell?.fontStyle === 'italic',
        align:
          alignment === 'center' || alignment === 'right' || alignment === 'left'
            ? alignment
            : typeof value === 'number' || value instanceof Date
              ? 'right'
              : typeof value === 'boolean' || checkbox
                ? 'center'
                : 'left',
        wrap: cell?.wrapStrategy === 'WRAP',
        note: cell?.note ?? '',
        validation: describeValidation(cell?.validation),
        checkbox,
        rowSpan: 1,
        colSpan: 1,
        covered: false,
        link: hyperlink?.url ?? '',
        charts: [],
      });
    }
    rows.push(row);
  }
  for (const merge of sheet.merges) {
    const anchor = rows[merge.row - 1]?.[merge.column - 1];
    if (!anchor) continue;
    anchor.rowSpan = Math.min(merge.numRows, numRows - merge.row + 1);
    anchor.colSpan = Math.min(merge.numColumns, numColumns - merge.column + 1);
    for (let r = merge.row; r < merge.row + anchor.rowSpan; r++) {
      for (let c = merge.column; c < merge.column + anchor.colSpan; c++) {
        if (r !== merge.row || c !== merge.column) rows[r - 1]![c - 1]!.covered = true;
      }
    }
  }
  for (const chart of sheet.charts) {
    const anchor = rows[Math.min(chart.position.row, numRows) - 1]?.[Math.min(chart.position.column, numColumns) - 1];
    anchor?.charts.push(chartOf(workbook.sheets, sheet, chart, timeZone));
  }
  return {
    id: sheet.id,
    name: sheet.name,
    hidden: sheet.hidden,
    tabColor: sheet.tabColor,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    numRows,
    numColumns,
    truncated: numRows < full.rows || numColumns < full.columns,
    columnWidths: Array.from({ length: numColumns }, (_, i) => sheet.columnWidths[String(i + 1)] ?? 100),
    rows,
    protections: workbook.protections.filter((p) => p.range.sheetId === sheet.id).map((p) => renderProtection(p, sheet)),
    charts: sheet.charts.map((chart) => `${chart.chartType.toLowerCase()} chart of ${chart.ranges.map(rangeA1).join(', ')}`),
    unevaluatedRules: unevaluated,
  };
}

export function renderWorkbook(workbook: WorkbookState, timeZone: string, limits: RenderLimits = VIEW_LIMITS): RenderedSheet[] {
  return workbook.sheets.map((sheet) => renderSheet(workbook, sheet, timeZone, limits));
}
