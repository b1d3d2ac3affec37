// The facilitator's sidebar: submissions and the reveal while scoring; afterwards the agenda, action
// items and the report; once closed, the report, the agenda read-only and the next session. Their own form sits in "My scores" when they also score. Damage to the tabs
// and a reveal that stopped part-way are shown first, with the button that fixes them.
import type { FacilitatorView } from '../../src/api/views';
import { api } from '../api';
import { rerender, show, ui, type FacilitatorTab } from '../app';
import { h } from '../dom';
import { formatWhen, plural } from '../model/format';
import { act } from '../shell';
import { actionItemsPanel } from './actionItems';
import { agendaSummary } from './agendaSummary';
import { discussionPanel } from './discussion';
import { sessionHeader } from './header';
import { closedNotice, newSessionButton } from './nextSession';
import { button, heading, notice, tabs, tid } from './parts';
import { registerPanel } from './register';
import { reportPanel } from './report';
import { scoringForm } from './scoringForm';
import { checkSpreadsheetButton } from './spreadsheetCheck';
import { revealNow, submissionsPanel } from './submissions';

function tabsFor(state: FacilitatorView): Array<{ value: FacilitatorTab; label: string }> {
  const revealed = state.reveal.state === 'done';
  const items: Array<{ value: FacilitatorTab; label: string }> =
    state.session.status === 'closed'
      ? [
          { value: 'report', label: 'Report' },
          { value: 'agenda', label: 'Agenda' },
          { value: 'register', label: 'Register' },
          { value: 'actions', label: 'Actions' },
        ]
      : revealed
        ? [
            { value: 'agenda', label: 'Agenda' },
            { value: 'register', label: 'Register' },
            { value: 'actions', label: 'Actions' },
            { value: 'report', label: 'Report' },
          ]
        : [
            { value: 'status', label: 'Submissions' },
            { value: 'actions', label: 'Actions' },
          ];
  if (state.asEvaluator) items.push({ value: 'mine', label: 'My scores' });
  return items;
}

function damageBanner(): HTMLElement | null {
  const tabs = ui.damage.tabs;
  if (tabs.length === 0) return null;
  return notice(
    'warn',
    [
      h('p', null, `Changed by hand: ${tabs.join(' ')} Repair rebuilds these tabs from the session's stored data; no score is lost.`),
      button(
        'Repair session',
        () =>
          act(() => api.repairCurrentSession(), {
            busy: 'Repairing the session tabs…',
            done: (result) => {
              show(result.state);
              return result.repaired.length > 0
                ? `Repaired ${plural(result.repaired.length, 'tab')}: ${result.repaired.join(' ')}`
                : 'Nothing needed repair.';
            },
          }),
        { ...tid('repair-session') },
      ),
    ],
    { 'data-testid': 'damage' },
  );
}

function incompleteRevealBanner(state: FacilitatorView): HTMLElement | null {
  if (state.reveal.state !== 'incomplete') return null;
  return notice('warn', [
    h('p', null, 'The reveal stopped part-way. Running it again finishes it; nothing is written twice.'),
    button('Finish the reveal', () => revealNow('Finishing the reveal…'), { ...tid('finish-reveal') }),
  ]);
}

/** Each name picked by someone whose address Google withholds, when, with Undo while scoring. */
function claimsNotice(state: FacilitatorView): HTMLElement | null {
  if (state.claims.length === 0) return null;
  const scoring = state.session.status === 'scoring';
  return notice(
    'info',
    [
      h('strong', null, 'Names picked by their owners (self-declared)'),
      h(
        'ul',
        null,
        state.claims.map((claim) =>
          h(
            'li',
            { 'data-testid': `claim-${claim.evaluatorId}` },
            `${claim.name}, picked ${formatWhen(claim.claimedAt)} `,
            scoring
              ? button(
                  `Undo ${claim.name}`,
                  () =>
                    act(() => api.undoEvaluatorClaim({ evaluatorId: claim.evaluatorId }), {
                      busy: 'Undoing the claim…',
                      done: (next) => {
                        show(next);
                        return `${claim.name} can be picked again; what was saved under the name was removed.`;
                      },
                    }),
                  { class: 'link', ...tid(`undo-claim-${claim.evaluatorId}`) },
                )
              : null,
          ),
        ),
      ),
      scoring
        ? h(
            'p',
            { class: 'meta' },
            'Undo a claim someone made by mistake: the name can be picked again, and what was saved under it is removed.',
          )
        : null,
    ],
    { 'data-testid': 'claims' },
  );
}

function panel(state: FacilitatorView, tab: FacilitatorTab): HTMLElement {
  switch (tab) {
    case 'status':
      return submissionsPanel(state);
    case 'agenda':
      // Once closed, finals and notes are history: the agenda is shown as evaluators see it.
      return state.session.status === 'closed'
        ? h('div', { class: 'panel' }, heading('Discussion agenda'), agendaSummary(state.agenda, state.scorecard))
        : discussionPanel(state);
    case 'register':
      return registerPanel(state);
    case 'actions':
      return actionItemsPanel(state);
    case 'report':
      return reportPanel(state);
    case 'mine':
      return state.asEvaluator
        ? scoringForm(state.asEvaluator, state.session.id, (form) => show({ ...state, asEvaluator: form }))
        : submissionsPanel(state);
  }
}

export function facilitatorView(state: FacilitatorView): HTMLElement {
  const items = tabsFor(state);
  const tab = items.find((t) => t.value === ui.facilitatorTab)?.value ?? items[0]!.value;
  // Advice from the start matters while people are scoring; after the reveal it is only noise.
  const warnings = state.session.status === 'scoring' ? ui.startWarnings : [];
  return h(
    'div',
    { 'data-testid': 'facilitator-view' },
    sessionHeader(
      state.session,
      h(
        'p',
        { class: 'meta' },
        `${state.isLead ? 'You facilitate' : 'You co-facilitate'} · ${plural(state.session.evaluators.length, 'evaluator')}, ${plural(state.session.calls.length, 'call')}`,
      ),
    ),
    warnings.length > 0
      ? notice(
          'warn',
          [
            h('strong', null, 'Started, with advice'),
            h(
              'ul',
              null,
              warnings.map((w) => h('li', null, w)),
            ),
            button(
              'Dismiss',
              () => {
                ui.startWarnings = [];
                rerender();
              },
              { class: 'link', id: 'dismiss-warnings' },
            ),
          ],
          { 'data-testid': 'start-warnings' },
        )
      : null,
    state.nextSession
      ? closedNotice(
          state.session,
          'Its report and action items can still be updated and shared. The next session replaces it here.',
          newSessionButton(state.nextSession, false),
        )
      : null,
    damageBanner(),
    incompleteRevealBanner(state),
    claimsNotice(state),
    tabs('Facilitator sections', items, tab, (value) => {
      ui.facilitatorTab = value;
      ui.confirming = null;
      rerender();
    }),
    h('div', { role: 'tabpanel', 'aria-labelledby': `tab-${tab}`, class: 'tab-panel' }, panel(state, tab)),
    h('p', { class: 'meta' }, state.session.status === 'closed' ? null : checkTabsButton(), ' ', checkSpreadsheetButton()),
  );
}

/**
 * Opening the sidebar looks at each tab only when the number of sheets changed (a tab deleted); a tab
 * renamed by hand is found when asked here, and the banner above then offers the repair.
 */
function checkTabsButton(): HTMLButtonElement {
  return button(
    'Check tabs',
    () =>
      act(() => api.checkSessionTabs(), {
        busy: 'Checking the tabs…',
        done: (state) => {
          show(state);
          return ui.damage.tabs.length > 0 ? 'Changed by hand: see above.' : 'Every tab is in place.';
        },
      }),
    { class: 'link', ...tid('check-tabs') },
  );
}
