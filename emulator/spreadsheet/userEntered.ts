import { formulaValue } from './formulaValue';
import { GENERAL, PLAIN_TEXT } from './numberFormat';
import type { CellValue } from './workbookSchema';
import { instantOf, isCalendarDate } from './zonedTime';

// What Sheets does with a string typed into a cell (and with strings scripts pass to setValue /
// setValues, which Apps Script treats the same way): formulas, numbers, percents, currency,
// dates, times and booleans are recognised; plain-text cells and a leading apostrophe keep the
// text as typed.
//
// The leading characters that decide it, with what documents each:
// - `=` starts a formula: a string given to Range.setValue / setValues is read as a formula when it
//   begins with `=` (https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)),
//   and user-entered values are parsed "as if the user typed them into the UI" (Sheets API
//   ValueInputOption USER_ENTERED, https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption).
// - `'` keeps the rest as text and is not part of the value (the same UI rule); in a plain-text (`@`)
//   cell nothing is parsed, so an apostrophe typed there stays. Google's pages do not say so in as many
//   words: it is on the real-Sheets checklist.
// - `+` and `-` before something that is not a number: Google's reference is silent. OWASP's
//   CSV-injection page lists `=`, `+`, `-` and `@` as characters spreadsheet applications take to start
//   a formula (https://owasp.org/www-community/attacks/CSV_Injection). The environment models the
//   stricter reading: a formula, whose value is an error unless it is plain arithmetic; the real-Sheets
//   checklist (docs/real-sheets-checklist.md, step 6) settles it.
// - `@`: Sheets has no `@` operator (the editor offers smart chips when one is typed); kept as text, and
//   unconfirmed. The add-on writes every text in a plain-text cell, so either reading leaves it as typed.

export interface EnteredCell {
  value: CellValue;
  formula: string;
  /** The number format Sheets applies when the cell had none, e.g. '0%' after typing 45%. */
  numberFormat: string | null;
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?`;
const numberPattern = new RegExp(String.raw`^([+-])?${NUMBER}(?:[eE]([+-]?\d+))?$`);
const percentPattern = new RegExp(String.raw`^([+-])?${NUMBER}%$`);
const currencyPattern = new RegExp(`^([+-])?\\$${NUMBER}$`);
const TIME = String.raw`(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?`;
const isoDatePattern = new RegExp(String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})${TIME}$`);
const usDatePattern = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})${TIME}$`);
const timePattern = /^(\d{1,3}):(\d{2})(?::(\d{2}))?(?:\s*([ap]m))?$/i;

/** What a formula Sheets cannot parse shows. */
export const FORMULA_ERROR = '#ERROR!';

function text(value: string): EnteredCell {
  return { value, formula: '', numberFormat: null };
}

function numberFrom(sign: string | undefined, whole: string | undefined, fraction: string | undefined, exponent?: string): number | null {
  if (whole === undefined && fraction === undefined) return null;
  const magnitude = Number(`${(whole ?? '0').replace(/,/g, '')}${fraction ?? ''}${exponent === undefined ? '' : `e${exponent}`}`);
  return sign === '-' ? -magnitude : magnitude;
}

export function parseUserEntered(input: string, cellFormat: string, timeZone: string): EnteredCell {
  if (cellFormat === PLAIN_TEXT) return text(input);
  if (input.startsWith("'")) return text(input.slice(1));
  if (input.startsWith('=') && input.length > 1) return { value: formulaValue(input), formula: input, numberFormat: null };
  const trimmed = input.trim();
  if (
    /^[+-]/.test(input) &&
    input.length > 1 &&
    !numberPattern.test(trimmed) &&
    !percentPattern.test(trimmed) &&
    !currencyPattern.test(trimmed)
  ) {
    const formula = `=${input}`;
    const value = formulaValue(formula);
    return { value: value === '' ? FORMULA_ERROR : value, formula, numberFormat: null };
  }
  if (trimmed === '') return text(input);
  const unformatted = cellFormat === '' || cellFormat.toLowerCase() === GENERAL.toLowerCase();
  const entered = (value: CellValue, numberFormat: string | null): EnteredCell => ({
    value,
    formula: '',
    numberFormat: unformatted ? numberFormat : null,
  });

  if (/^(true|false)$/i.test(trimmed)) return entered(trimmed.toLowerCase() === 'true', null);

  let match = numberPattern.exec(trimmed);
  if (match) {
    const value = numberFrom(match[1], match[2], match[3], match[4]);
    if (value !== null) {
      const grouped = match[2]?.includes(',') ?? false;
      return entered(value, grouped ? (match[3] ? '#,##0.00' : '#,##0') : null);
    }
  }
  match = percentPattern.exec(trimmed);
  if (match) {
    const value = numberFrom(match[1], match[2], match[3]);
    if (value !== null) return entered(Number((value / 100).toPrecision(15)), match[3] ? '0.00%' : '0%');
  }
  match = currencyPattern.exec(trimmed);
  if (match) {
    const value = numberFrom(match[1], match[2], match[3]);
    if (value !== null) return entered(value, '"$"#,##0.00');
  }

  const iso = isoDatePattern.exec(trimmed);
  const us = iso ? null : usDatePattern.exec(trimmed);
  if (iso || us) {
    const [year, month, day] = iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : [Number(us![3]), Number(us![1]), Number(us![2])];
    const [hour, minute, second] = (iso ?? us)!.slice(4, 7).map((part) => Number(part ?? 0)) as [number, number, number];
    if (isCalendarDate(year, month, day) && hour < 24 && minute < 60 && second < 60) {
      const hasTime = (iso ?? us)![4] !== undefined;
      const datePart = iso ? 'yyyy-mm-dd' : 'M/d/yyyy';
      const date = instantOf({ year, month, day, hour, minute, second, millisecond: 0 }, timeZone);
      return entered(date, hasTime ? `${datePart} H:mm:ss` : datePart);
    }
  }

  const time = timePattern.exec(trimmed);
  if (time) {
    let hour = Number(time[1]);
    const minute = Number(time[2]);
    const second = Number(time[3] ?? 0);
    const meridiem = time[4]?.toLowerCase();
    const valid = minute < 60 && second < 60 && (meridiem ? hour >= 1 && hour <= 12 : true);
    if (valid) {
      if (meridiem) hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
      // A time is a date on Sheets' epoch day; 24 hours or more is a duration.
      const days = Math.floor(hour / 24);
      const date = instantOf({ year: 1899, month: 12, day: 30 + days, hour: hour % 24, minute, second, millisecond: 0 }, timeZone);
      return entered(date, hour >= 24 ? '[h]:mm:ss' : 'h:mm:ss am/pm');
    }
  }
  return text(input);
}
