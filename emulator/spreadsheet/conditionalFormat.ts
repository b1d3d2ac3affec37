import { instrument } from '../instrument';
import { signatureError } from './arguments';
import { BooleanCriteria, enumMember, InterpolationType } from './enums';
import type { MemorySpreadsheet } from './memorySpreadsheet';
import { internalRange, rangeApi } from './range';
import type { ConditionalRuleState, GradientPoint } from './workbookSchema';
import { isDate } from '../values';

type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type Builder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type Range = GoogleAppsScript.Spreadsheet.Range;

function emptyRule(): ConditionalRuleState {
  return { ranges: [], boolean: null, gradient: null };
}

export function conditionalRuleApi(book: MemorySpreadsheet, state: ConditionalRuleState): Rule {
  return instrument(
    new MemoryConditionalFormatRule(book, structuredClone(state)),
    book.ctx,
    'SpreadsheetApp',
    'ConditionalFormatRule',
  ) as unknown as Rule;
}

export function conditionalRuleBuilderApi(book: MemorySpreadsheet, state?: ConditionalRuleState): Builder {
  const builder = new MemoryConditionalFormatRuleBuilder(book, state ? structuredClone(state) : emptyRule());
  return instrument(builder, book.ctx, 'SpreadsheetApp', 'ConditionalFormatRuleBuilder') as unknown as Builder;
}

export function conditionalRuleStateOf(rule: unknown, method: string): ConditionalRuleState {
  if (!(rule instanceof MemoryConditionalFormatRule)) throw signatureError(method, [rule]);
  return structuredClone(rule._state);
}

function booleanConditionApi(
  book: MemorySpreadsheet,
  state: NonNullable<ConditionalRuleState['boolean']>,
): GoogleAppsScript.Spreadsheet.BooleanCondition {
  const condition: Pick<
    GoogleAppsScript.Spreadsheet.BooleanCondition,
    'getBackground' | 'getBold' | 'getCriteriaType' | 'getCriteriaValues' | 'getFontColor' | 'getItalic'
  > = {
    getBackground: () => state.background,
    getBold: () => state.bold,
    getCriteriaType: () => state.criteria as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria,
    getCriteriaValues: () => state.values.map((value) => (isDate(value) ? new Date(value.getTime()) : value)),
    getFontColor: () => state.fontColor,
    getItalic: () => state.italic,
  };
  return instrument(condition, book.ctx, 'SpreadsheetApp', 'BooleanCondition') as unknown as GoogleAppsScript.Spreadsheet.BooleanCondition;
}

function gradientConditionApi(
  book: MemorySpreadsheet,
  state: NonNullable<ConditionalRuleState['gradient']>,
): GoogleAppsScript.Spreadsheet.GradientCondition {
  const type = (point: GradientPoint | null) => (point ? (point.type as unknown as GoogleAppsScript.Spreadsheet.InterpolationType) : null);
  const condition: Pick<GoogleAppsScript.Spreadsheet.GradientCondition, `get${'Min' | 'Mid' | 'Max'}${'Color' | 'Type' | 'Value'}`> = {
    getMinColor: () => state.min?.color ?? '',
    getMinType: () => type(state.min),
    getMinValue: () => state.min?.value ?? '',
    getMidColor: () => state.mid?.color ?? '',
    getMidType: () => type(state.mid),
    getMidValue: () => state.mid?.value ?? '',
    getMaxColor: () => state.max?.color ?? '',
    getMaxType: () => type(state.max),
    getMaxValue: () => state.max?.value ?? '',
  };
  return instrument(
    condition,
    book.ctx,
    'SpreadsheetApp',
    'GradientCondition',
  ) as unknown as GoogleAppsScript.Spreadsheet.GradientCondition;
}

class RuleReader {
  constructor(
    readonly _book: MemorySpreadsheet,
    readonly _state: ConditionalRuleState,
  ) {}

  getRanges(): Range[] {
    return this._state.ranges.map((range) => rangeApi(this._book, range.sheetId, range));
  }
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return this._state.boolean ? booleanConditionApi(this._book, this._state.boolean) : null;
  }
  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition | null {
    return this._state.gradient ? gradientConditionApi(this._book, this._state.gradient) : null;
  }
  copy(): Builder {
    return conditionalRuleBuilderApi(this._book, this._state);
  }
}

export class MemoryConditionalFormatRule
  extends RuleReader
  implements Pick<Rule, 'copy' | 'getBooleanCondition' | 'getGradientCondition' | 'getRanges'> {}

type BuilderMethods =
  | 'build'
  | 'setBackground'
  | 'setBold'
  | 'setFontColor'
  | 'setGradientMaxpoint'
  | 'setGradientMaxpointWithValue'
  | 'setGradientMidpointWithValue'
  | 'setGradientMinpoint'
  | 'setGradientMinpointWithValue'
  | 'setItalic'
  | 'setRanges'
  | 'whenCellEmpty'
  | 'whenCellNotEmpty'
  | 'whenFormulaSatisfied'
  | 'whenNumberBetween'
  | 'whenNumberEqualTo'
  | 'whenNumberGreaterThan'
  | 'whenNumberGreaterThanOrEqualTo'
  | 'whenNumberLessThan'
  | 'whenNumberLessThanOrEqualTo'
  | 'whenNumberNotBetween'
  | 'whenNumberNotEqualTo'
  | 'whenTextContains'
  | 'whenTextDoesNotContain'
  | 'whenTextEndsWith'
  | 'whenTextEqualTo'
  | 'whenTextStartsWith'
  | 'withCriteria';

function requireNumbers(method: string, values: unknown[]): number[] {
  if (!values.every((value) => typeof value === 'number' && Number.isFinite(value))) {
    throw signatureError(`ConditionalFormatRuleBuilder.${method}`, values);
  }
  return values as number[];
}

export class MemoryConditionalFormatRuleBuilder extends RuleReader implements Pick<Builder, BuilderMethods> {
  private self(): Builder {
    return this as unknown as Builder;
  }

  /** A boolean condition replaces any colour scale, and keeps the format already chosen. */
  private when(criteria: keyof typeof BooleanCriteria, values: Array<string | number | Date>): Builder {
    const format = this._state.boolean ?? { background: null, fontColor: null, bold: null, italic: null };
    this._state.boolean = { ...format, criteria, values };
    this._state.gradient = null;
    return this.self();
  }

  private format(
    change: Partial<Pick<NonNullable<ConditionalRuleState['boolean']>, 'background' | 'fontColor' | 'bold' | 'italic'>>,
  ): Builder {
    const current = this._state.boolean ?? { criteria: '', values: [], background: null, fontColor: null, bold: null, italic: null };
    this._state.boolean = { ...current, ...change };
    return this.self();
  }

  private gradientPoint(which: 'min' | 'mid' | 'max', point: GradientPoint): Builder {
    const gradient = this._state.gradient ?? { min: null, mid: null, max: null };
    this._state.gradient = { ...gradient, [which]: point };
    this._state.boolean = null;
    return this.self();
  }

  build(): Rule {
    const condition = this._state.boolean;
    if (!this._state.gradient && (!condition || condition.criteria === '')) {
      throw new Error('A conditional format rule needs a condition (when...) or a colour scale (setGradient...).');
    }
    return conditionalRuleApi(this._book, this._state);
  }
  setRanges(ranges: Range[]): Builder {
    if (!Array.isArray(ranges)) throw signatureError('ConditionalFormatRuleBuilder.setRanges', [ranges]);
    this._state.ranges = ranges.map((range) => {
      const inner = internalRange(range, 'ConditionalFormatRuleBuilder.setRanges');
      return { ...inner._grid, sheetId: inner._sheetId };
    });
    return this.self();
  }
  setBackground(color: string | null): Builder {
    return this.format({ background: color });
  }
  setFontColor(color: string | null): Builder {
    return this.format({ fontColor: color });
  }
  setBold(bold: boolean | null): Builder {
    return this.format({ bold });
  }
  setItalic(italic: boolean | null): Builder {
    return this.format({ italic });
  }
  setGradientMinpoint(color: string): Builder {
    return this.gradientPoint('min', { color, type: 'MIN', value: '' });
  }
  setGradientMaxpoint(color: string): Builder {
    return this.gradientPoint('max', { color, type: 'MAX', value: '' });
  }
  setGradientMinpointWithValue(color: string, type: GoogleAppsScript.Spreadsheet.InterpolationType, value: string): Builder {
    return this.gradientPoint('min', { color, type: enumMember(InterpolationType, type, 'interpolation type'), value: String(value) });
  }
  setGradientMidpointWithValue(color: string, type: GoogleAppsScript.Spreadsheet.InterpolationType, value: string): Builder {
    return this.gradientPoint('mid', { color, type: enumMember(InterpolationType, type, 'interpolation type'), value: String(value) });
  }
  setGradientMaxpointWithValue(color: string, type: GoogleAppsScript.Spreadsheet.InterpolationType, value: string): Builder {
    return this.gradientPoint('max', { color, type: enumMember(InterpolationType, type, 'interpolation type'), value: String(value) });
  }
  whenCellEmpty(): Builder {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): Builder {
    return this.when('CELL_NOT_EMPTY', []);
  }
  whenFormulaSatisfied(formula: string): Builder {
    return this.when('CUSTOM_FORMULA', [String(formula)]);
  }
  whenNumberBetween(start: number, end: number): Builder {
    return this.when('NUMBER_BETWEEN', requireNumbers('whenNumberBetween', [start, end]));
  }
  whenNumberNotBetween(start: number, end: number): Builder {
    return this.when('NUMBER_NOT_BETWEEN', requireNumbers('whenNumberNotBetween', [start, end]));
  }
  whenNumberEqualTo(number: number): Builder {
    return this.when('NUMBER_EQUAL_TO', requireNumbers('whenNumberEqualTo', [number]));
  }
  whenNumberNotEqualTo(number: number): Builder {
    return this.when('NUMBER_NOT_EQUAL_TO', requireNumbers('whenNumberNotEqualTo', [number]));
  }
  whenNumberGreaterThan(number: number): Builder {
    return this.when('NUMBER_GREATER_THAN', requireNumbers('whenNumberGreaterThan', [number]));
  }
  whenNumberGreaterThanOrEqualTo(number: number): Builder {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', requireNumbers('whenNumberGreaterThanOrEqualTo', [number]));
  }
  whenNumberLessThan(number: number): Builder {
    return this.when('NUMBER_LESS_THAN', requireNumbers('whenNumberLessThan', [number]));
  }
  whenNumberLessThanOrEqualTo(number: number): Builder {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', requireNumbers('whenNumberLessThanOrEqualTo', [number]));
  }
  whenTextContains(text: string): Builder {
    return this.when('TEXT_CONTAINS', [String(text)]);
  }
  whenTextDoesNotContain(text: string): Builder {
    return this.when('TEXT_DOES_NOT_CONTAIN', [String(text)]);
  }
  whenTextEqualTo(text: string): Builder {
    return this.when('TEXT_EQUAL_TO', [String(text)]);
  }
  whenTextStartsWith(text: string): Builder {
    return this.when('TEXT_STARTS_WITH', [String(text)]);
  }
  whenTextEndsWith(text: string): Builder {
    return this.when('TEXT_ENDS_WITH', [String(text)]);
  }
  withCriteria(criteria: GoogleAppsScript.Spreadsheet.BooleanCriteria, args: any[]): Builder {
    const name = enumMember(BooleanCriteria, criteria, 'boolean criteria');
    const values = (Array.isArray(args) ? args : []).map((value: unknown) =>
      isDate(value) || typeof value === 'number' ? value : String(value),
    );
    return this.when(name, values);
  }
}
