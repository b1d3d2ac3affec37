import { instrument } from '../instrument';
import { signatureError } from './arguments';
import { DataValidationCriteria, enumMember } from './enums';
import type { MemorySpreadsheet } from './memorySpreadsheet';
import { internalRange, rangeApi } from './range';
import type { CellValue, CriterionValue, ValidationState } from './workbookSchema';
import { isDate } from '../values';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

export function validationApi(book: MemorySpreadsheet, state: ValidationState): DataValidation {
  return instrument(
    new MemoryDataValidation(book, structuredClone(state)),
    book.ctx,
    'SpreadsheetApp',
    'DataValidation',
  ) as unknown as DataValidation;
}

export function validationBuilderApi(book: MemorySpreadsheet, state?: ValidationState): Builder {
  const builder = new MemoryDataValidationBuilder(
    book,
    state ? structuredClone(state) : { criteria: '', values: [], allowInvalid: true, helpText: '' },
  );
  return instrument(builder, book.ctx, 'SpreadsheetApp', 'DataValidationBuilder') as unknown as Builder;
}

export function validationStateOf(rule: unknown, method: string): ValidationState {
  if (!(rule instanceof MemoryDataValidation)) throw signatureError(method, [rule]);
  return rule._state;
}

/** Turns stored criterion values back into what Apps Script hands out (Ranges for range refs). */
function criterionValuesOut(book: MemorySpreadsheet, values: CriterionValue[]): unknown[] {
  return values.map((value) => {
    if (isDate(value)) return new Date(value.getTime());
    if (Array.isArray(value)) return [...value];
    if (typeof value === 'object') return rangeApi(book, value.range.sheetId, value.range);
    return value;
  });
}

export class MemoryDataValidation
  implements Pick<DataValidation, 'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'>
{
  constructor(
    readonly _book: MemorySpreadsheet,
    readonly _state: ValidationState,
  ) {}

  copy(): Builder {
    return validationBuilderApi(this._book, this._state);
  }
  getAllowInvalid(): boolean {
    return this._state.allowInvalid;
  }
  getCriteriaType(): Criteria {
    return this._state.criteria as unknown as Criteria;
  }
  getCriteriaValues(): any[] {
    return criterionValuesOut(this._book, this._state.values);
  }
  /** Apps Script documents null when no help text is set; the type definitions say string. */
  getHelpText(): string {
    return (this._state.helpText === '' ? null : this._state.helpText) as string;
  }
}

type BuilderMethods =
  | 'build'
  | 'copy'
  | 'getAllowInvalid'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getHelpText'
  | 'requireCheckbox'
  | 'requireDate'
  | 'requireFormulaSatisfied'
  | 'requireNumberBetween'
  | 'requireNumberEqualTo'
  | 'requireNumberGreaterThan'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireNumberLessThan'
  | 'requireNumberLessThanOrEqualTo'
  | 'requireNumberNotBetween'
  | 'requireNumberNotEqualTo'
  | 'requireTextContains'
  | 'requireTextDoesNotContain'
  | 'requireTextEqualTo'
  | 'requireTextIsEmail'
  | 'requireTextIsUrl'
  | 'requireValueInList'
  | 'requireValueInRange'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'withCriteria';

function requireNumber(value: unknown, method: string, args: unknown[]): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw signatureError(`DataValidationBuilder.${method}`, args);
  return value;
}

export class MemoryDataValidationBuilder implements Pick<Builder, BuilderMethods> {
  constructor(
    readonly _book: MemorySpreadsheet,
    readonly _state: ValidationState,
  ) {}

  private criteria(criteria: keyof typeof DataValidationCriteria, values: CriterionValue[]): Builder {
    this._state.criteria = criteria;
    this._state.values = values;
    return this as unknown as Builder;
  }

  build(): DataValidation {
    if (this._state.criteria === '') throw new Error('You must specify a criteria for the data validation rule.');
    return validationApi(this._book, this._state);
  }
  copy(): Builder {
    return validationBuilderApi(this._book, this._state);
  }
  getAllowInvalid(): boolean {
    return this._state.allowInvalid;
  }
  getCriteriaType(): Criteria {
    return this._state.criteria as unknown as Criteria;
  }
  getCriteriaValues(): any[] {
    return criterionValuesOut(this._book, this._state.values);
  }
  getHelpText(): string | null {
    return this._state.helpText === '' ? null : this._state.helpText;
  }
  setAllowInvalid(allowInvalidData: boolean): Builder {
    this._state.allowInvalid = Boolean(allowInvalidData);
    return this as unknown as Builder;
  }
  setHelpText(helpText: string): Builder {
    this._state.helpText = String(helpText);
    return this as unknown as Builder;
  }
  requireValueInList(values: string[], showDropdown = true): Builder {
    if (!Array.isArray(values)) throw signatureError('DataValidationBuilder.requireValueInList', [values]);
    return this.criteria('VALUE_IN_LIST', [values.map(String), Boolean(showDropdown)]);
  }
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown = true): Builder {
    const source = internalRange(range, 'DataValidationBuilder.requireValueInRange');
    return this.criteria('VALUE_IN_RANGE', [{ range: { ...source._grid, sheetId: source._sheetId } }, Boolean(showDropdown)]);
  }
  requireNumberBetween(start: number, end: number): Builder {
    const args = [start, end];
    return this.criteria('NUMBER_BETWEEN', [
      requireNumber(start, 'requireNumberBetween', args),
      requireNumber(end, 'requireNumberBetween', args),
    ]);
  }
  requireNumberNotBetween(start: number, end: number): Builder {
    const args = [start, end];
    return this.criteria('NUMBER_NOT_BETWEEN', [
      requireNumber(start, 'requireNumberNotBetween', args),
      requireNumber(end, 'requireNumberNotBetween', args),
    ]);
  }
  requireNumberEqualTo(number: number): Builder {
    return this.criteria('NUMBER_EQUAL_TO', [requireNumber(number, 'requireNumberEqualTo', [number])]);
  }
  requireNumberNotEqualTo(number: number): Builder {
    return this.criteria('NUMBER_NOT_EQUAL_TO', [requireNumber(number, 'requireNumberNotEqualTo', [number])]);
  }
  requireNumberGreaterThan(number: number): Builder {
    return this.criteria('NUMBER_GREATER_THAN', [requireNumber(number, 'requireNumberGreaterThan', [number])]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): Builder {
    return this.criteria('NUMBER_GREATER_THAN_OR_EQUAL_TO', [requireNumber(number, 'requireNumberGreaterThanOrEqualTo', [number])]);
  }
  requireNumberLessThan(number: number): Builder {
    return this.criteria('NUMBER_LESS_THAN', [requireNumber(number, 'requireNumberLessThan', [number])]);
  }
  requireNumberLessThanOrEqualTo(number: number): Builder {
    return this.criteria('NUMBER_LESS_THAN_OR_EQUAL_TO', [requireNumber(number, 'requireNumberLessThanOrEqualTo', [number])]);
  }
  requireDate(): Builder {
    return this.criteria('DATE_IS_VALID_DATE', []);
  }
  requireCheckbox(checkedValue?: any, uncheckedValue?: any): Builder {
    const values = [checkedValue, uncheckedValue].filter((value) => value !== undefined).map((value) => String(value));
    return this.criteria('CHECKBOX', values);
  }
  requireTextContains(text: string): Builder {
    return this.criteria('TEXT_CONTAINS', [String(text)]);
  }
  requireTextDoesNotContain(text: string): Builder {
    return this.criteria('TEXT_DOES_NOT_CONTAIN', [String(text)]);
  }
  requireTextEqualTo(text: string): Builder {
    return this.criteria('TEXT_EQUAL_TO', [String(text)]);
  }
  requireTextIsEmail(): Builder {
    return this.criteria('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): Builder {
    return this.criteria('TEXT_IS_VALID_URL', []);
  }
  requireFormulaSatisfied(formula: string): Builder {
    return this.criteria('CUSTOM_FORMULA', [String(formula)]);
  }
  withCriteria(criteria: Criteria, args: any[]): Builder {
    const name = enumMember(DataValidationCriteria, criteria, 'data validation criteria');
    const values: CriterionValue[] = (Array.isArray(args) ? args : []).map((value: unknown) => {
      if (isDate(value) || Array.isArray(value)) return value as CriterionValue;
      if (typeof value === 'object' && value !== null) {
        const source = internalRange(value, 'DataValidationBuilder.withCriteria');
        return { range: { ...source._grid, sheetId: source._sheetId } };
      }
      return value as CriterionValue;
    });
    return this.criteria(name, values);
  }
}

/**
 * Whether a stored value satisfies a validation rule. Apps Script never enforces rules on script
 * writes; this is what the inspection view uses to list violations. Blank cells always pass, as in
 * Sheets; custom formulas are not evaluated.
 */
export function satisfiesValidation(
  value: CellValue,
  rule: ValidationState,
  rangeValues: (range: { sheetId: number; row: number; column: number; numRows: number; numColumns: number }) => CellValue[],
): boolean {
  if (value === '') return true;
  const [first, second] = rule.values;
  const num = typeof value === 'number' ? value : null;
  const text = isDate(value) ? value.toISOString() : String(value);
  const asNumber = (criterion: CriterionValue | undefined) => (typeof criterion === 'number' ? criterion : Number(criterion));
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return Array.isArray(first) && first.some((option) => option === text || (num !== null && Number(option) === num));
    case 'VALUE_IN_RANGE': {
      if (typeof first !== 'object' || first === null || Array.isArray(first) || isDate(first)) return true;
      return rangeValues(first.range).some((option) => option !== '' && (option === value || String(option) === text));
    }
    case 'NUMBER_BETWEEN':
      return num !== null && num >= asNumber(first) && num <= asNumber(second);
    case 'NUMBER_NOT_BETWEEN':
      return num !== null && (num < asNumber(first) || num > asNumber(second));
    case 'NUMBER_EQUAL_TO':
      return num !== null && num === asNumber(first);
    case 'NUMBER_NOT_EQUAL_TO':
      return num !== null && num !== asNumber(first);
    case 'NUMBER_GREATER_THAN':
      return num !== null && num > asNumber(first);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num !== null && num >= asNumber(first);
    case 'NUMBER_LESS_THAN':
      return num !== null && num < asNumber(first);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num !== null && num <= asNumber(first);
    case 'DATE_IS_VALID_DATE':
      return isDate(value);
    case 'CHECKBOX':
      return rule.values.length === 0 ? typeof value === 'boolean' : rule.values.some((option) => String(option) === text);
    case 'TEXT_CONTAINS':
      return text.includes(String(first));
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(String(first));
    case 'TEXT_EQUAL_TO':
      return text === String(first);
    case 'TEXT_IS_VALID_EMAIL':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
    case 'TEXT_IS_VALID_URL':
      return /^(https?|ftp):\/\/\S+$/i.test(text);
    default:
      return true;
  }
}
