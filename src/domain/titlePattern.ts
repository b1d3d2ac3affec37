// Monthly sessions are titled alike ("Calibration March 2026"): the next session's title follows the
// last one's pattern, with the month and year of its own date.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The last title with its session's month name, year and ISO date replaced by `{month}`, `{year}` and
 * `{date}`; a title without them is kept as it was.
 */
export function titlePattern(title: string, sessionDate: string): string {
  const [year, month] = sessionDate.split('-');
  const monthName = MONTHS[Number(month) - 1] ?? '';
  let pattern = title.split(sessionDate).join('{date}');
  if (monthName)
    pattern = pattern
      .replace(new RegExp(`\\b${monthName}\\b`, 'i'), '{month}')
      .replace(new RegExp(`\\b${monthName.slice(0, 3)}\\b`, 'i'), '{month}');
  if (year) pattern = pattern.replace(new RegExp(`\\b${year}\\b`), '{year}');
  return pattern;
}

/** The title for a session on `sessionDate` (YYYY-MM-DD) from a pattern made by titlePattern. */
export function titleFromPattern(pattern: string, sessionDate: string): string {
  const [year = '', month = ''] = sessionDate.split('-');
  return pattern
    .split('{date}')
    .join(sessionDate)
    .split('{month}')
    .join(MONTHS[Number(month) - 1] ?? '')
    .split('{year}')
    .join(year);
}
