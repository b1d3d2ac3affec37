import type { CellValue, ConditionalRuleState, GradientPoint, SheetState } from './workbookSchema';

// What conditional formatting paints on a cell, as Sheets shows it: the first rule (in order) whose
// range covers the cell and whose condition holds wins. Gradients colour numbers between their
// points; custom formulas beyond the common shapes cannot be evaluated here and are reported instead
// of guessed.

export interface ConditionalPaint {
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
}

type Rgb = [number, number, number];

function parseHex(color: string): Rgb | null {
  const match = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(color.trim());
  if (!match) return null;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((c) => c + c).join('') : match[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function mix(from: string, to: string, t: number): string {
  const a = parseHex(from);
  const b = parseHex(to);
  if (!a || !b) return t < 0.5 ? from : to;
  return toHex([0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * t) as Rgb);
}

const numeric = (value: CellValue): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

function valuesIn(sheet: SheetState, rule: ConditionalRuleState): number[] {
  const numbers: number[] = [];
  for (const range of rule.ranges) {
    if (range.sheetId !== sheet.id) continue;
    for (let r = range.row; r < range.row + range.numRows; r++) {
      for (let c = range.column; c < range.column + range.numColumns; c++) {
        const n = numeric(sheet.cells[r - 1]?.[c - 1]?.value ?? '');
        if (n !== null) numbers.push(n);
      }
    }
  }
  return numbers.sort((a, b) => a - b);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = (p / 100) * (sorted.length - 1);
  const low = Math.floor(index);
  const high = Math.ceil(index);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (index - low);
}

function pointValue(point: GradientPoint, sorted: number[]): number {
  const min = sorted[0] ?? 0;
  const max = sorted[sorted.length - 1] ?? 0;
  const given = Number(point.value);
  switch (point.type) {
    case 'MIN':
      return min;
    case 'MAX':
      return max;
    case 'PERCENT':
      return min + ((max - min) * given) / 100;
    case 'PERCENTILE':
      return percentile(sorted, given);
    default:
      return given;
  }
}

function gradientColor(gradient: NonNullable<ConditionalRuleState['gradient']>, value: number, sorted: number[]): string | undefined {
  const points = [gradient.min, gradient.mid, gradient.max]
    .filter((p): p is GradientPoint => p !== null)
    .map((p) => ({ color: p.color, at: pointValue(p, sorted) }));
  if (points.length === 0) return undefined;
  if (value <= points[0]!.at) return points[0]!.color;
  for (let i = 1; i < points.length; i++) {
    const low = points[i - 1]!;
    const high = points[i]!;
    if (value <= high.at) return high.at === low.at ? high.color : mix(low.color, high.color, (value - low.at) / (high.at - low.at));
  }
  return points[points.length - 1]!.color;
}

/** Whether a boolean rule's condition holds; null when it cannot be judged here (custom formulas). */
export function conditionHolds(criteria: string, values: unknown[], cell: CellValue): boolean | null {
  const text = cell instanceof Date ? cell.toISOString() : String(cell);
  const n = numeric(cell);
  const [a, b] = values.map((v) => (v instanceof Date ? v.getTime() : v));
  const num = (v: unknown) => Number(v);
  const lower = (v: unknown) => String(v ?? '').toLowerCase();
  switch (criteria) {
    case 'CELL_EMPTY':
      return cell === '';
    case 'CELL_NOT_EMPTY':
      return cell !== '';
    case 'NUMBER_GREATER_THAN':
      return n !== null && n > num(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n !== null && n >= num(a);
    case 'NUMBER_LESS_THAN':
      return n !== null && n < num(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n !== null && n <= num(a);
    case 'NUMBER_EQUAL_TO':
      return n !== null && n === num(a);
    case 'NUMBER_NOT_EQUAL_TO':
      return n !== null && n !== num(a);
    case 'NUMBER_BETWEEN':
      return n !== null && n >= Math.min(num(a), num(b)) && n <= Math.max(num(a), num(b));
    case 'NUMBER_NOT_BETWEEN':
      return n !== null && (n < Math.min(num(a), num(b)) || n > Math.max(num(a), num(b)));
    case 'TEXT_CONTAINS':
      return text.toLowerCase().includes(lower(a));
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.toLowerCase().includes(lower(a));
    case 'TEXT_EQUAL_TO':
      return text.toLowerCase() === lower(a);
    case 'TEXT_STARTS_WITH':
      return text.toLowerCase().startsWith(lower(a));
    case 'TEXT_ENDS_WITH':
      return text.toLowerCase().endsWith(lower(a));
    case 'DATE_AFTER':
    case 'DATE_BEFORE':
    case 'DATE_EQUAL_TO': {
      if (!(cell instanceof Date) || typeof a !== 'number') return false;
      const t = cell.getTime();
      return criteria === 'DATE_AFTER' ? t > a : criteria === 'DATE_BEFORE' ? t < a : t === a;
    }
    default:
      return null;
  }
}

const REF = String.raw`(\$?)([A-Z]{1,3})(\$?)(\d+)`;
const SEARCH_FORMULA = new RegExp(String.raw`^=\s*ISNUMBER\(\s*(SEARCH|FIND)\(\s*"((?:[^"]|"")*)"\s*,\s*${REF}\s*\)\s*\)\s*$`, 'i');
const COMPARE_FORMULA = new RegExp(String.raw`^=\s*${REF}\s*(<=|>=|<>|=|<|>)\s*(-?\d+(?:\.\d+)?|"(?:[^"]|"")*")\s*$`, 'i');

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/**
 * The two custom-formula shapes conditional formatting is usually written with — "the text of a cell
 * contains …" (ISNUMBER(SEARCH(...))) and "a cell compares with a constant" — evaluated for one cell.
 * References move with the cell as in Sheets (relative unless marked with $), from the rule's first
 * range. Any other formula gives null: it is listed as not shown rather than guessed.
 */
export function customFormulaHolds(
  formula: string,
  sheet: SheetState,
  anchor: { row: number; column: number },
  row: number,
  column: number,
): boolean | null {
  const valueAt = (absCol: string, col: string, absRow: string, r: string): CellValue => {
    const targetColumn = absCol ? columnNumber(col) : columnNumber(col) + (column - anchor.column);
    const targetRow = absRow ? Number(r) : Number(r) + (row - anchor.row);
    return sheet.cells[targetRow - 1]?.[targetColumn - 1]?.value ?? '';
  };
  const text = (value: CellValue) =>
    value instanceof Date ? value.toISOString() : typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value);
  const search = SEARCH_FORMULA.exec(formula);
  if (search) {
    const [, fn, rawNeedle, absCol, col, absRow, r] = search;
    const needle = rawNeedle!.replace(/""/g, '"');
    const haystack = text(valueAt(absCol!, col!, absRow!, r!));
    return fn!.toUpperCase() === 'FIND' ? haystack.includes(needle) : haystack.toLowerCase().includes(needle.toLowerCase());
  }
  const compare = COMPARE_FORMULA.exec(formula);
  if (compare) {
    const [, absCol, col, absRow, r, op, rawOperand] = compare;
    const value = valueAt(absCol!, col!, absRow!, r!);
    const operand: string | number = rawOperand!.startsWith('"') ? rawOperand!.slice(1, -1).replace(/""/g, '"') : Number(rawOperand);
    const left = typeof operand === 'number' ? (typeof value === 'number' ? value : null) : text(value).toLowerCase();
    const right = typeof operand === 'number' ? operand : operand.toLowerCase();
    if (left === null) return false;
    switch (op) {
      case '=':
        return left === right;
      case '<>':
        return left !== right;
      case '<':
        return left < right;
      case '<=':
        return left <= right;
      case '>':
        return left > right;
      default:
        return left >= right;
    }
  }
  return null;
}

/**
 * The conditional paint of every cell of a sheet that a rule touches, keyed "row:column" (1-based),
 * and the rules that could not be evaluated (described for the reader).
 */
export function conditionalPaint(sheet: SheetState): { paint: Map<string, ConditionalPaint>; unevaluated: string[] } {
  const paint = new Map<string, ConditionalPaint>();
  const unevaluated: string[] = [];
  sheet.conditionalFormats.forEach((rule, index) => {
    const sorted = rule.gradient ? valuesIn(sheet, rule) : [];
    for (const range of rule.ranges) {
      if (range.sheetId !== sheet.id) continue;
      for (let r = range.row; r < range.row + range.numRows; r++) {
        for (let c = range.column; c < range.column + range.numColumns; c++) {
          const key = `${r}:${c}`;
          // An earlier rule that applied to this cell takes precedence.
          if (paint.has(key)) continue;
          const value = sheet.cells[r - 1]?.[c - 1]?.value ?? '';
          if (rule.gradient) {
            const n = numeric(value);
            const color = n === null ? undefined : gradientColor(rule.gradient, n, sorted);
            if (color) paint.set(key, { background: color });
          } else if (rule.boolean) {
            const anchor = rule.ranges[0]!;
            const holds =
              rule.boolean.criteria === 'CUSTOM_FORMULA'
                ? customFormulaHolds(String(rule.boolean.values[0] ?? ''), sheet, anchor, r, c)
                : conditionHolds(rule.boolean.criteria, rule.boolean.values, value);
            if (holds === null) {
              const note = `rule ${index + 1} (${rule.boolean.criteria})`;
              if (!unevaluated.includes(note)) unevaluated.push(note);
              continue;
            }
            if (!holds) continue;
            const b = rule.boolean;
            const style: ConditionalPaint = {};
            if (b.background) style.background = b.background;
            if (b.fontColor) style.fontColor = b.fontColor;
            if (b.bold !== null) style.bold = b.bold;
            if (b.italic !== null) style.italic = b.italic;
            paint.set(key, style);
          }
        }
      }
    }
  });
  return { paint, unevaluated };
}
