// Words and numbers as the sidebar shows them. Pure: no DOM, no clock (callers pass "now").
import type { AnswerValue, Criterion } from '../../src/domain/schemas';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number) => String(n).padStart(2, '0');

/** "30 Nov 2026, 14:03" in the viewer's time zone; '' for an empty or unreadable value. */
export function formatWhen(iso: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "Mon 30 Nov 2026" for a calendar date (YYYY-MM-DD), read as a date, not an instant. */
export function formatDay(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const d = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getDay()];
  return `${day} ${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}

export { roleLabels } from '../../src/domain/labels';

/** How one answer reads for a criterion: "Yes", "No", "N/A", "4 – Good", "7 of 10 points". */
export function valueLabel(criterion: Criterion, value: AnswerValue | null): string {
  if (value === null) return 'Not answered';
  if (value === 'NA') return 'N/A';
  switch (criterion.type) {
    case 'yes-no':
      return value === 1 ? 'Yes' : value === 0 ? 'No' : String(value);
    case 'scale': {
      const level = criterion.levels.find((l) => l.value === value);
      return level?.description ? `${value} – ${level.description}` : String(value);
    }
    case 'points':
      return `${value} of ${criterion.maxPoints} points`;
  }
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Where one call of the evaluator's own form stands, in words. */
export function callStateText(call: {
  state: 'not-started' | 'draft' | 'submitted' | 'revising';
  submittedAt: string;
  draftSavedAt: string;
}): string {
  switch (call.state) {
    case 'not-started':
      return 'Not started';
    case 'draft':
      return `Draft saved ${formatWhen(call.draftSavedAt)} · not submitted`;
    case 'submitted':
      return `Submitted at ${formatWhen(call.submittedAt)}`;
    case 'revising':
      return `Submitted at ${formatWhen(call.submittedAt)} · a newer draft is not submitted yet`;
  }
}

/** Short form for the call list. */
export function callStateBadge(state: 'not-started' | 'draft' | 'submitted' | 'revising'): string {
  return { 'not-started': 'To do', draft: 'Draft', submitted: 'Submitted', revising: 'Revising' }[state];
}
