// Finishing the session: build the report Doc (or update it), share it with the participants and
// managers, and close the session, which files History and the Scores log.
import type { FacilitatorView } from '../../src/api/views';
import { api } from '../api';
import { rerender, show, ui } from '../app';
import { h } from '../dom';
import { sharePayload } from '../model/followUp';
import { formatWhen, plural } from '../model/format';
import { act, showInputProblems } from '../shell';
import { actions, button, checkbox, confirmBox, field, focusOn, heading, help, note, notice, primaryButton, tid } from './parts';

function buildNow(state: FacilitatorView): void {
  act(() => api.buildSessionReport({ newDocument: ui.newDocument }), {
    busy: 'Building the report Doc…',
    done: (result) => {
      ui.newDocument = false;
      show({ ...state, report: { docId: result.docId, url: result.url, builtAt: result.builtAt, outOfDate: false } });
      focusOn('report-link');
      return result.created ? 'Report created. Open it with the link above.' : 'Report updated.';
    },
  });
}

function buildButton(state: FacilitatorView): HTMLButtonElement {
  const label = state.report && !ui.newDocument ? (state.report.outOfDate ? 'Rebuild the report' : 'Update the report') : 'Build report';
  return primaryButton(label, () => buildNow(state), { ...tid('build-report') });
}

function shareSection(): HTMLElement {
  const share = () => {
    const checked = sharePayload(ui.includeParticipants, ui.managers);
    if ('error' in checked) {
      showInputProblems([checked.error], 'share-managers');
      return;
    }
    act(() => api.shareSessionReport(checked.payload), {
      busy: 'Sharing the report…',
      done: (result) => {
        ui.share = result;
        rerender();
        return result.failed.length > 0
          ? `Shared with ${plural(result.added.length + result.addedAsEditors.length, 'person', 'people')}; ${result.failed.length} could not be added.`
          : `Shared with ${plural(result.added.length + result.addedAsEditors.length, 'person', 'people')}.`;
      },
    });
  };
  const result = ui.share;
  return h(
    'div',
    { class: 'share' },
    h('h3', null, 'Share the report'),
    checkbox('share-participants', 'The participants (as viewers)', ui.includeParticipants, (v) => (ui.includeParticipants = v)),
    field(
      'share-managers',
      "Managers' emails",
      h('textarea', {
        rows: 2,
        value: ui.managers,
        'data-testid': 'share-managers',
        oninput: (e) => (ui.managers = (e.target as HTMLTextAreaElement).value),
      }),
      { help: 'Separate addresses with commas or new lines.' },
    ),
    actions(button('Share report', share, { ...tid('share-report') })),
    result
      ? h(
          'div',
          { 'data-testid': 'share-result' },
          result.added.length > 0 ? notice('success', `Can view it now: ${result.added.join(', ')}`) : null,
          result.addedAsEditors.length > 0 ? notice('success', `Can edit and share it on: ${result.addedAsEditors.join(', ')}`) : null,
          result.failed.length > 0
            ? notice(
                'warn',
                [
                  h('strong', null, 'Could not be added'),
                  h(
                    'ul',
                    null,
                    result.failed.map((f) => h('li', null, `${f.email}: ${f.reason}`)),
                  ),
                ],
                { 'data-testid': 'share-failed' },
              )
            : null,
          result.withoutAddress.length > 0
            ? notice('info', `No address on record, send them the link yourself: ${result.withoutAddress.join(', ')}`)
            : null,
        )
      : null,
  );
}

function closeSection(state: FacilitatorView): HTMLElement {
  const rebuild = ui.rebuildOnClose;
  const close = () =>
    act(() => api.closeCurrentSession({ rebuildReport: rebuild }), {
      busy: 'Closing the session: writing History and the Scores log…',
      done: (result) => {
        ui.confirming = null;
        ui.facilitatorTab = null;
        show(result.state);
        const report = rebuild ? ' The report now says the session is closed.' : '';
        return `Session closed on ${formatWhen(result.closedAt)}: ${plural(result.scoresLogged, 'score')} logged, evaluator tabs archived.${report}`;
      },
    });
  return h(
    'div',
    { class: 'close-session' },
    h('h3', null, 'Close the session'),
    help(
      state.session.status === 'closed'
        ? 'Closing stopped part-way: close again to finish.'
        : 'Adds the session to History and every score to the Scores log, and archives the evaluator tabs.',
    ),
    ui.confirming === 'close'
      ? h(
          'div',
          null,
          checkbox(
            'close-rebuild-report',
            state.report
              ? state.report.outOfDate
                ? 'Rebuild the report as part of closing (it is out of date)'
                : 'Rebuild the report as part of closing, so it says the session is closed'
              : 'Build the report as part of closing',
            ui.rebuildOnClose,
            (v) => (ui.rebuildOnClose = v),
          ),
          confirmBox(
            'close',
            `Close "${state.session.title}"?`,
            'Finals and notes can no longer change afterwards.',
            'close-session',
            'Yes, close the session',
            close,
            'danger',
          ),
        )
      : actions(
          button(
            'Close session',
            () => {
              ui.confirming = 'close';
              rerender();
              focusOn('confirm-close-title');
            },
            { ...tid('close-session') },
          ),
        ),
  );
}

export function reportPanel(state: FacilitatorView): HTMLElement {
  return h(
    'div',
    { class: 'panel', 'data-testid': 'report' },
    heading('Report'),
    state.report
      ? h(
          'p',
          { 'data-testid': 'report-built' },
          h('a', { href: state.report.url, target: '_blank', rel: 'noopener noreferrer', ...tid('report-link') }, 'Open the report ↗'),
          note(` · built ${formatWhen(state.report.builtAt)}`),
        )
      : help(
          'The report is a Google Doc: an executive summary first, then finals, alignment, disagreements and how they were resolved, definition changes and action items.',
        ),
    state.report?.outOfDate
      ? notice(
          'warn',
          [
            h('strong', null, 'Out of date. '),
            'Finals, notes, definitions, action items or the session’s status changed since it was built. ',
            button('Rebuild', () => buildNow(state), { ...tid('rebuild-report') }),
          ],
          { 'data-testid': 'report-out-of-date' },
        )
      : null,
    state.report
      ? checkbox('report-new-doc', 'Make a new Doc instead of updating this one', ui.newDocument, (v) => {
          ui.newDocument = v;
          rerender();
        })
      : null,
    actions(buildButton(state)),
    state.report ? shareSection() : null,
    state.nextSession || !state.isLead ? null : closeSection(state),
    peopleOverTime(state),
    earlierReports(state),
  );
}

/** Each person's deviation over the sessions, followed by person (anonymous sessions included: yours only). */
function peopleOverTime(state: FacilitatorView): HTMLElement | null {
  if (state.people.length === 0) return null;
  const points = (value: number | null, signed = false) =>
    value === null ? '—' : `${signed && value > 0 ? '+' : ''}${value.toFixed(1)} pts`;
  return h(
    'div',
    { 'data-testid': 'people-over-time' },
    h('h3', null, 'People over time (only you see this)'),
    h(
      'ul',
      null,
      state.people.map((person) =>
        h(
          'li',
          null,
          `${person.name}: ${points(person.latest)} from the finals; since first ${points(person.changeSinceFirst, true)} over ${plural(person.sessions, 'session')}${person.drift ? `, ${person.drift}` : ''}`,
        ),
      ),
    ),
  );
}

/** Earlier sessions are kept whole: each one's report can be built again from what it stored. */
function earlierReports(state: FacilitatorView): HTMLElement | null {
  if (state.archivedSessions.length === 0) return null;
  return h(
    'div',
    { 'data-testid': 'earlier-reports' },
    h('h3', null, 'Earlier sessions'),
    h(
      'ul',
      null,
      state.archivedSessions.map((archived) =>
        h(
          'li',
          null,
          `${archived.title} (${archived.sessionDate}) `,
          archived.reportUrl ? h('a', { href: archived.reportUrl, target: '_blank', rel: 'noopener noreferrer' }, 'report ↗ ') : null,
          button(
            'Build its report',
            () =>
              act(() => api.buildSessionReport({ sessionId: archived.sessionId }), {
                busy: 'Building the report…',
                done: (result) => {
                  void api.getSidebarState().then(show);
                  return `Report built: ${result.url}`;
                },
              }),
            { class: 'link', ...tid(`build-archived-${archived.sessionId}`) },
          ),
        ),
      ),
    ),
  );
}
