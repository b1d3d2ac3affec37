import type { CellValue } from './workbookSchema';
import { dateOfSerial, serialOf, wallClockOf } from './zonedTime';
import { isDate } from '../values';
import { dayNames, monthNames } from '../calendarNames';

// Renders a cell the way Sheets displays it (Range.getDisplayValue), for the number-format
// patterns an add-on realistically uses: General, plain text, fixed decimals, grouping,
// percent, quoted prefixes/suffixes, and date/time patterns.

export const GENERAL = 'General';
export const PLAIN_TEXT = '@';
/** What Sheets gives a cell when a script writes a Date into an unformatted cell. */
export const DEFAULT_DATE_TIME = 'M/d/yyyy H:mm:ss';

export function displayValue(value: CellValue, format: string, timeZone: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const section = firstSection(format);
  if (isDate(value)) {
    if (isDatePattern(section)) return formatDate(value, section, timeZone);
    if (isNumberPattern(section)) return formatNumber(serialOf(value, timeZone), section);
    return formatDate(value, DEFAULT_DATE_TIME, timeZone);
  }
  if (!Number.isFinite(value)) return String(value);
  if (isDatePattern(section)) return formatDate(dateOfSerial(value, timeZone), section, timeZone);
  const chosen = numberSection(format, value);
  if (isNumberPattern(chosen.pattern)) return formatNumber(chosen.value, chosen.pattern);
  return formatGeneral(value);
}

/**
 * A number format has up to four sections, "positive;negative;zero;text"
 * (https://developers.google.com/sheets/api/guides/formats#meta_instructions). A negative number shown
 * by a negative section is shown without its own minus sign: the section writes one if it wants it, so
 * `+0.0;-0.0;0.0` shows −2.5 as `-2.5`, never `-+2.5`. Zero takes the third section when there is one.
 */
function numberSection(format: string, value: number): { pattern: string; value: number } {
  if (format === '' || format.toLowerCase() === 'general' || format === PLAIN_TEXT) return { pattern: GENERAL, value };
  const sections = splitOutsideQuotes(format, ';');
  if (value < 0 && sections.length >= 2 && isNumberPattern(sections[1]!)) return { pattern: sections[1]!, value: -value };
  if (value === 0 && sections.length >= 3 && isNumberPattern(sections[2]!)) return { pattern: sections[2]!, value };
  return { pattern: sections[0] ?? GENERAL, value };
}

function firstSection(format: string): string {
  if (format === '' || format.toLowerCase() === 'general' || format === PLAIN_TEXT) return GENERAL;
  return splitOutsideQuotes(format, ';')[0] ?? GENERAL;
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (ch === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

function unquoted(pattern: string): string {
  return pattern.replace(/"[^"]*"/g, '').replace(/\\./g, '');
}

function isDatePattern(pattern: string): boolean {
  const bare = unquoted(pattern);
  return !/[0#]/.test(bare) && /[ymdhs]/i.test(bare.replace(/General/gi, ''));
}

function isNumberPattern(pattern: string): boolean {
  return /[0#]/.test(unquoted(pattern));
}

export function formatGeneral(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e15 || magnitude < 1e-10)) {
    const [mantissa, exponent] = value.toExponential(2).split('e');
    const power = Number(exponent);
    return `${mantissa}E${power < 0 ? '-' : '+'}${String(Math.abs(power)).padStart(2, '0')}`;
  }
  return String(Number(value.toFixed(10)));
}

interface Literal {
  text: string;
}

/** Splits a numeric pattern into literal prefix, the digit placeholders and literal suffix. */
function tokenizeNumberPattern(pattern: string): { prefix: string; core: string; suffix: string; percent: boolean } {
  const pieces: Array<Literal | { core: string }> = [];
  let percent = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i]!;
    if (ch === '"') {
      const close = pattern.indexOf('"', i + 1);
      const end = close === -1 ? pattern.length : close;
      pieces.push({ text: pattern.slice(i + 1, end) });
      i = end;
    } else if (ch === '\\') {
      pieces.push({ text: pattern[i + 1] ?? '' });
      i += 1;
    } else if ('0#,.?'.includes(ch)) {
      const last = pieces[pieces.length - 1];
      if (last && 'core' in last) last.core += ch;
      else pieces.push({ core: ch });
    } else if (ch === '%') {
      percent = true;
      pieces.push({ text: '%' });
    } else if (ch === '[') {
      const close = pattern.indexOf(']', i);
      i = close === -1 ? pattern.length : close; // colour and locale tags do not change the text
    } else if (ch !== '_' && ch !== '*') {
      pieces.push({ text: ch });
    } else {
      i += 1; // padding directives take the next character
    }
  }
  const coreIndex = pieces.findIndex((piece) => 'core' in piece);
  const text = (list: typeof pieces) => list.map((piece) => ('text' in piece ? piece.text : '')).join('');
  const core = coreIndex === -1 ? '0' : (pieces[coreIndex] as { core: string }).core;
  return {
    prefix: text(pieces.slice(0, Math.max(coreIndex, 0))),
    core,
    suffix: text(pieces.slice(coreIndex + 1)),
    percent,
  };
}

function formatNumber(value: number, pattern: string): string {
  const { prefix, core, suffix, percent } = tokenizeNumberPattern(pattern);
  const scaled = percent ? value * 100 : value;
  const [integerPart = '', fractionPart = ''] = core.split('.');
  const grouping = integerPart.includes(',');
  const minIntegerDigits = (integerPart.match(/0/g) ?? []).length;
  const minDecimals = (fractionPart.match(/0/g) ?? []).length;
  const maxDecimals = (fractionPart.match(/[0#?]/g) ?? []).length;

  let digits = Math.abs(scaled).toFixed(maxDecimals);
  if (maxDecimals > minDecimals) {
    const [whole, fraction = ''] = digits.split('.');
    let trimmed = fraction;
    while (trimmed.length > minDecimals && trimmed.endsWith('0')) trimmed = trimmed.slice(0, -1);
    digits = trimmed.length > 0 ? `${whole}.${trimmed}` : `${whole}${core.includes('.') ? '.' : ''}`;
  }
  let [whole = '', fraction] = digits.split('.');
  if (whole === '0' && minIntegerDigits === 0) whole = '';
  whole = whole.padStart(minIntegerDigits, '0');
  if (grouping) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = fraction === undefined ? whole : `${whole}.${fraction}`;
  const negative = scaled < 0 && /[1-9]/.test(body);
  return `${negative ? '-' : ''}${prefix}${body}${suffix}`;
}

type DateToken =
  | { kind: 'literal'; text: string }
  | { kind: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'elapsedHours' | 'ampm'; width: number };

function tokenizeDatePattern(pattern: string): DateToken[] {
  const tokens: DateToken[] = [];
  let i = 0;
  while (i < pattern.length) {
    const rest = pattern.slice(i);
    const lower = rest.toLowerCase();
    if (rest[0] === '"') {
      const close = pattern.indexOf('"', i + 1);
      const end = close === -1 ? pattern.length : close;
      tokens.push({ kind: 'literal', text: pattern.slice(i + 1, end) });
      i = end + 1;
    } else if (rest[0] === '\\') {
      tokens.push({ kind: 'literal', text: rest[1] ?? '' });
      i += 2;
    } else if (lower.startsWith('[h]')) {
      tokens.push({ kind: 'elapsedHours', width: 1 });
      i += 3;
    } else if (lower.startsWith('am/pm') || lower.startsWith('a/p')) {
      const width = lower.startsWith('am/pm') ? 5 : 3;
      tokens.push({ kind: 'ampm', width });
      i += width;
    } else if (/^[ymdhs]/.test(lower)) {
      const letter = lower[0]!;
      let width = 1;
      while (lower[width] === letter) width += 1;
      const kind = ({ y: 'year', m: 'month', d: 'day', h: 'hour', s: 'second' } as const)[letter as 'y' | 'm' | 'd' | 'h' | 's'];
      tokens.push({ kind, width });
      i += width;
    } else {
      tokens.push({ kind: 'literal', text: rest[0]! });
      i += 1;
    }
  }
  // 'm' means minutes right after an hour or right before a second, as in Sheets.
  const timeIndexes = tokens.map((token, index) => (token.kind === 'literal' ? -1 : index)).filter((index) => index >= 0);
  timeIndexes.forEach((index, position) => {
    const token = tokens[index]!;
    if (token.kind !== 'month' || token.width > 2) return;
    const previous = tokens[timeIndexes[position - 1] ?? -1];
    const next = tokens[timeIndexes[position + 1] ?? -1];
    const afterHour = previous && (previous.kind === 'hour' || previous.kind === 'elapsedHours');
    if (afterHour || next?.kind === 'second') tokens[index] = { kind: 'minute', width: token.width };
  });
  return tokens;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function formatDate(date: Date, pattern: string, timeZone: string): string {
  const tokens = tokenizeDatePattern(pattern);
  const clock = wallClockOf(date, timeZone);
  const twelveHour = tokens.some((token) => token.kind === 'ampm');
  return tokens
    .map((token) => {
      switch (token.kind) {
        case 'literal':
          return token.text;
        case 'year':
          return token.width <= 2 ? pad(clock.year % 100, 2) : String(clock.year);
        case 'month':
          if (token.width >= 4) return monthNames[clock.month - 1]!;
          if (token.width === 3) return monthNames[clock.month - 1]!.slice(0, 3);
          return pad(clock.month, token.width);
        case 'day':
          if (token.width >= 4) return dayNames[clock.weekday]!;
          if (token.width === 3) return dayNames[clock.weekday]!.slice(0, 3);
          return pad(clock.day, token.width);
        case 'hour': {
          const hour = twelveHour ? ((clock.hour + 11) % 12) + 1 : clock.hour;
          return pad(hour, Math.min(token.width, 2));
        }
        case 'elapsedHours':
          return String(Math.floor(serialOf(date, timeZone) * 24 + 1e-9));
        case 'minute':
          return pad(clock.minute, Math.min(token.width, 2));
        case 'second':
          return pad(clock.second, Math.min(token.width, 2));
        case 'ampm':
          return token.width === 5 ? (clock.hour < 12 ? 'AM' : 'PM') : clock.hour < 12 ? 'A' : 'P';
      }
    })
    .join('');
}
