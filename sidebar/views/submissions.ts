// Before the reveal the facilitator sees who has submitted and when, never what; "Reveal scores" asks
// first and names who has not submitted.
import type { FacilitatorView } from '../../src/api/views';
import { api } from '../api';
import { rerender, show, ui } from '../app';
import { h } from '../dom';
import { formatWhen, plural, roleLabels } from '../model/format';
import { act } from '../shell';
import { mailPanel } from './mail';
import { actions, button, confirmBox, focusOn, heading, note, primaryButton, tid } from './parts';

const identityNote = { email: '', 'self-declared': ' · picked their name', 'not yet': ' · has not opened the sidebar yet' } as const;

export function revealNow(busy = 'Revealing the scores: writing every tab and the Summary…'): void {
  act(() => api.revealSessionScores({ confirm: true }), {
    busy,
    done: (next) => {
      ui.confirming = null;
      ui.facilitatorTab = 'agenda';
      show(next);
      return next.reveal.state === 'done'
        ? `Scores revealed. ${plural(next.agenda.length, 'criterion', 'criteria')} on the agenda.`
        : 'The reveal stopped part-way: click "Finish the reveal".';
    },
  });
}

function confirmReveal(state: FacilitatorView): HTMLElement {
  const missing = state.status.notSubmitted;
  return confirmBox(
    'reveal',
    'Reveal the scores now?',
    missing.length > 0
      ? h(
          'p',
          { 'data-testid': 'not-submitted' },
          `Not submitted yet: ${missing.join(', ')}. Their missing calls will not count, and nobody can submit after the reveal.`,
        )
      : 'Everyone has submitted. After the reveal, nobody can change their answers.',
    'reveal-scores',
    'Yes, reveal scores',
    () => revealNow(),
  );
}

export function submissionsPanel(state: FacilitatorView): HTMLElement {
  const { status } = state;
  const complete = status.rows.filter((r) => r.callsSubmitted === r.callsTotal).length;
  return h(
    'div',
    { class: 'panel', 'data-testid': 'submissions' },
    heading('Submissions'),
    h(
      'p',
      { 'data-testid': 'submission-summary' },
      `${complete} of ${status.rows.length} ${status.rows.length === 1 ? 'evaluator' : 'evaluators'} ${complete === 1 ? 'has' : 'have'} submitted every call.`,
    ),
    h(
      'ul',
      { class: 'status-list' },
      status.rows.map((row) =>
        h(
          'li',
          { 'data-testid': `status-${row.evaluatorId}`, class: row.callsSubmitted === row.callsTotal ? 'done' : '' },
          h('span', { class: 'who' }, row.name, note(` · ${roleLabels[row.role]}${identityNote[row.identifiedBy]}`)),
          h(
            'span',
            { class: 'when' },
            `${row.callsSubmitted} of ${row.callsTotal} calls`,
            row.lastSubmittedAt ? ` · last ${formatWhen(row.lastSubmittedAt)}` : '',
          ),
        ),
      ),
    ),
    actions(
      button(
        'Refresh',
        () =>
          act(() => api.getSubmissionStatus(), {
            busy: 'Checking submissions…',
            done: (next) => {
              show({ ...state, status: next });
              return `Submissions checked at ${formatWhen(new Date().toISOString())}.`;
            },
          }),
        { ...tid('refresh-status') },
      ),
      ui.confirming === 'reveal'
        ? null
        : primaryButton(
            'Reveal scores',
            () => {
              ui.confirming = 'reveal';
              rerender();
              focusOn('confirm-reveal-title');
            },
            { ...tid('reveal-scores') },
          ),
    ),
    ui.confirming === 'reveal' ? confirmReveal(state) : null,
    mailPanel(state),
  );
}
