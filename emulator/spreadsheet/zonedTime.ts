// Sheets stores dates as wall-clock times in the spreadsheet's time zone; these helpers move
// between a JavaScript Date (an instant) and that wall clock.

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function wallClockOf(date: Date, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) parts[part.type] = part.value;
  const year = Number(parts.year);
  return {
    year: parts.era === 'BC' ? 1 - year : year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((date.getTime() % 1000) + 1000) % 1000,
    weekday: weekdays.indexOf(parts.weekday ?? 'Sun'),
  };
}

function wallClockAsUtc(clock: Omit<WallClock, 'weekday'>): number {
  const utc = new Date(0);
  utc.setUTCFullYear(clock.year, clock.month - 1, clock.day);
  utc.setUTCHours(clock.hour, clock.minute, clock.second, clock.millisecond);
  return utc.getTime();
}

/** Minutes the zone's clock is ahead of UTC at this instant (negative west of Greenwich). */
export function offsetMinutesAt(date: Date, timeZone: string): number {
  return Math.round((wallClockAsUtc(wallClockOf(date, timeZone)) - date.getTime()) / 60_000);
}

/** The instant at which the zone's clock shows the given time. */
export function instantOf(clock: Omit<WallClock, 'weekday'>, timeZone: string): Date {
  const target = wallClockAsUtc(clock);
  let guess = target;
  // Two passes settle the zone offset, including across a daylight-saving change.
  for (let pass = 0; pass < 2; pass += 1) {
    const offset = wallClockAsUtc(wallClockOf(new Date(guess), timeZone)) - guess;
    guess = target - offset;
  }
  return new Date(guess);
}

const DAY_MS = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** Sheets' serial number (days since 1899-12-30 on the zone's clock). */
export function serialOf(date: Date, timeZone: string): number {
  return (wallClockAsUtc(wallClockOf(date, timeZone)) - SERIAL_EPOCH) / DAY_MS;
}

export function dateOfSerial(serial: number, timeZone: string): Date {
  const utc = new Date(SERIAL_EPOCH + Math.round(serial * DAY_MS));
  return instantOf(
    {
      year: utc.getUTCFullYear(),
      month: utc.getUTCMonth() + 1,
      day: utc.getUTCDate(),
      hour: utc.getUTCHours(),
      minute: utc.getUTCMinutes(),
      second: utc.getUTCSeconds(),
      millisecond: utc.getUTCMilliseconds(),
    },
    timeZone,
  );
}

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
