// The register: after the reveal the facilitator ticks who is in the room for the discussion (present,
// absent, sent apologies), each tick saved at once. Below it, each person's attendance over the last
// sessions, matched by person, and who to follow up after missing two in a row. Facilitator only.
import type { AttendanceView, FacilitatorView, RegisterEntry } from '../../src/api/views';
import type { AttendanceStatus } from '../../src/domain/schemas';
import { api } from '../api';
import { show } from '../app';
import { h } from '../dom';
import { act } from '../shell';
import { heading, help, notice } from './parts';

const choices: Array<{ value: AttendanceStatus; label: string; short: string }> = [
  { value: 'present', label: 'Present', short: '✓' },
  { value: 'absent', label: 'Absent', short: '✗' },
  { value: 'apologies', label: 'Sent apologies', short: 'A' },
];

const percent = (share: number | null) => (share === null ? 'n/a' : `${Math.round(share * 100)}%`);

function registerRow(entry: RegisterEntry, editable: boolean): HTMLElement {
  const mark = (status: AttendanceStatus) =>
    act(() => api.markSessionAttendance({ evaluatorId: entry.evaluatorId, status }), {
      busy: 'Saving…',
      done: (next) => {
        show(next);
        return `${entry.name}: ${status}.`;
      },
    });
  return h(
    'fieldset',
    { class: 'register-row', 'data-testid': `register-${entry.evaluatorId}` },
    h('legend', null, entry.name),
    h(
      'div',
      { class: 'register-choices' },
      choices.map((choice) =>
        h(
          'label',
          { class: 'register-choice' },
          h('input', {
            type: 'radio',
            name: `register-${entry.evaluatorId}`,
            value: choice.value,
            'data-testid': `register-${entry.evaluatorId}-${choice.value}`,
            checked: entry.status === choice.value,
            disabled: !editable,
            onchange: () => mark(choice.value),
          }),
          ` ${choice.label}`,
        ),
      ),
    ),
    h('p', { class: 'meta' }, entry.submitted ? 'Submitted' : 'Did not submit'),
  );
}

function overSessionsTable(attendance: AttendanceView): HTMLElement | null {
  const people = attendance.overSessions;
  const sessions = people[0]?.sessions ?? [];
  if (sessions.length < 2) return null;
  return h(
    'div',
    { class: 'register-history' },
    h('h3', null, 'Over the last sessions'),
    h(
      'table',
      { class: 'register-table', 'data-testid': 'attendance-over-sessions' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col' }, 'Person'),
          sessions.map((s, i) => h('th', { scope: 'col' }, i === sessions.length - 1 ? 'Now' : s.sessionDate.slice(5) || '—')),
        ),
      ),
      h(
        'tbody',
        null,
        people.map((person) =>
          h(
            'tr',
            { class: person.suggestion ? 'flagged' : '' },
            h('th', { scope: 'row' }, person.name),
            person.sessions.map((s) => {
              const choice = choices.find((c) => c.value === s.status);
              return h('td', { title: choice ? choice.label : 'Not on the roster' }, choice ? choice.short : '·');
            }),
          ),
        ),
      ),
    ),
    help('✓ present · ✗ absent · A apologies · · not listed'),
  );
}

export function registerPanel(state: FacilitatorView): HTMLElement {
  const attendance = state.attendance;
  if (attendance === null) return h('div', { class: 'panel' }, heading('Register'), help('The register opens after the reveal.'));
  const editable = state.session.status !== 'closed';
  const present = attendance.register.filter((e) => e.status === 'present').length;
  return h(
    'div',
    { class: 'panel', 'data-testid': 'register' },
    heading('Who came'),
    help(
      editable
        ? `Tick who is at the discussion; ${state.session.options.anonymousReveal ? 'everyone starts' : 'those who submitted start'} as present. The report says who agreed.`
        : 'As it was at the close.',
    ),
    attendance.flags.length > 0
      ? notice(
          'warn',
          [
            h('strong', null, 'Follow up'),
            h(
              'ul',
              null,
              attendance.flags.map((f) => h('li', null, f)),
            ),
          ],
          { 'data-testid': 'attendance-flags' },
        )
      : null,
    h('p', { 'data-testid': 'attendance-rate' }, `Present: ${present} of ${attendance.register.length} (${percent(attendance.rate)})`),
    attendance.register.map((entry) => registerRow(entry, editable)),
    overSessionsTable(attendance),
  );
}
