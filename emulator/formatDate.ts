/**
 * Java SimpleDateFormat patterns as Utilities.formatDate applies them, computed in the given time
 * zone through Intl. Supports IANA zone names plus "UTC"/"GMT" and fixed offsets like "GMT+05:30".
 */
import { offsetMinutesAt } from './spreadsheet/zonedTime';
import { dayNames, monthNames } from './calendarNames';

interface ZonedFields {
  year: number;
  month: number; // 1-12
  day: number;
  weekday: number; // 0 = Sunday
  hour: number; // 0-23
  minute: number;
  second: number;
  millisecond: number;
  offsetMinutes: number;
}

const fixedOffset = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/;

function offsetOfFixedZone(timeZone: string): number | null {
  const m = fixedOffset.exec(timeZone);
  if (!m) return null;
  if (!m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function fieldsAt(epochMs: number, offsetMinutes: number): ZonedFields {
  const shifted = new Date(epochMs + offsetMinutes * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
    offsetMinutes,
  };
}

function ianaOffsetMinutes(epochMs: number, timeZone: string): number {
  try {
    return offsetMinutesAt(new Date(epochMs), timeZone);
  } catch {
    throw new Error(`Invalid argument: timeZone ${timeZone}`);
  }
}

export function zonedFields(date: Date, timeZone: string): ZonedFields {
  const epochMs = date.getTime();
  if (Number.isNaN(epochMs)) throw new Error('Invalid argument: date');
  const fixed = offsetOfFixedZone(timeZone);
  return fieldsAt(epochMs, fixed ?? ianaOffsetMinutes(epochMs, timeZone));
}

function pad(n: number, width: number): string {
  return String(Math.abs(n)).padStart(width, '0');
}

function offsetText(minutes: number, separator: string): string {
  return (minutes < 0 ? '-' : '+') + pad(Math.floor(Math.abs(minutes) / 60), 2) + separator + pad(Math.abs(minutes) % 60, 2);
}

function field(letter: string, count: number, f: ZonedFields): string {
  const hour12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
  switch (letter) {
    case 'y':
      return count === 2 ? pad(f.year % 100, 2) : pad(f.year, count);
    case 'M':
      if (count >= 4) return monthNames[f.month - 1]!;
      if (count === 3) return monthNames[f.month - 1]!.slice(0, 3);
      return pad(f.month, count);
    case 'd':
      return pad(f.day, count);
    case 'E':
      return count >= 4 ? dayNames[f.weekday]! : dayNames[f.weekday]!.slice(0, 3);
    case 'u':
      return pad(f.weekday === 0 ? 7 : f.weekday, count);
    case 'H':
      return pad(f.hour, count);
    case 'k':
      return pad(f.hour === 0 ? 24 : f.hour, count);
    case 'h':
      return pad(hour12, count);
    case 'K':
      return pad(f.hour % 12, count);
    case 'm':
      return pad(f.minute, count);
    case 's':
      return pad(f.second, count);
    case 'S':
      return pad(f.millisecond, count);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'Z':
      return offsetText(f.offsetMinutes, '');
    case 'X':
      if (f.offsetMinutes === 0) return 'Z';
      return count === 1 ? offsetText(f.offsetMinutes, '').slice(0, 3) : offsetText(f.offsetMinutes, count === 2 ? '' : ':');
    case 'z':
      return `GMT${f.offsetMinutes === 0 ? '' : offsetText(f.offsetMinutes, ':')}`;
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const fields = zonedFields(date, String(timeZone));
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === "'") {
      // '' is a literal quote, inside or outside quoted text; 'text' is literal text.
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      for (;;) {
        if (j >= pattern.length) throw new Error('Unterminated quote in date pattern');
        if (pattern[j] === "'" && pattern[j + 1] === "'") {
          out += "'";
          j += 2;
        } else if (pattern[j] === "'") break;
        else out += pattern[j++];
      }
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j++;
      out += field(ch, j - i, fields);
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
