// Someone with no form: with no session running, they may start one; when Apps Script withholds
// their address, they pick their name among the session's evaluators (once; the server remembers).
import type { VisitorView } from '../../src/api/views';
import { api } from '../api';
import { show, ui } from '../app';
import { h } from '../dom';
import { roleLabels } from '../model/format';
import { act, showInputProblems } from '../shell';
import { sessionHeader } from './header';
import { closedNotice, newSessionButton, offerFor } from './nextSession';
import { actions, button, heading, help, note, notice, select, tid } from './parts';
import { checkSpreadsheetButton } from './spreadsheetCheck';

function refreshButton(): HTMLButtonElement {
  return button('Refresh', () => act(() => api.getSidebarState(), { busy: 'Checking the session…', done: (state) => show(state) }), {
    id: 'refresh-state',
    'data-testid': 'refresh-state',
  });
}

function pickYourName(state: VisitorView): HTMLElement {
  const claim = () => {
    if (!ui.claimId) {
      showInputProblems(['Pick your name first.'], `claim-${state.claimable[0]?.id ?? ''}`);
      return;
    }
    act(() => api.claimEvaluatorName({ evaluatorId: ui.claimId }), {
      busy: 'Remembering your name…',
      done: (next) => {
        ui.claimId = '';
        show(next);
        return 'Thanks. Your scoring form is below.';
      },
    });
  };
  return h(
    'form',
    {
      class: 'claim',
      'data-testid': 'claim-form',
      novalidate: true,
      onsubmit: (e) => {
        e.preventDefault();
        claim();
      },
    },
    heading('Pick your name'),
    help('You pick it once. The facilitator sees that you picked it yourself.'),
    h(
      'fieldset',
      { class: 'choice-list' },
      h('legend', null, 'I am'),
      state.claimable.map((e) =>
        h(
          'div',
          { class: 'option' },
          h('input', {
            type: 'radio',
            name: 'claim',
            id: `claim-${e.id}`,
            'data-testid': `claim-${e.id}`,
            checked: ui.claimId === e.id,
            onchange: () => (ui.claimId = e.id),
          }),
          h('label', { for: `claim-${e.id}` }, e.name, note(` · ${roleLabels[e.role]}`)),
        ),
      ),
    ),
    actions(h('button', { type: 'submit', class: 'primary', ...tid('claim-name') }, 'This is me')),
  );
}

export function visitorView(state: VisitorView): HTMLElement {
  const offer = offerFor(state);
  const closed = state.session?.status === 'closed';
  const canClaim = state.claimable.length > 0;
  return h(
    'div',
    { 'data-testid': 'visitor-view' },
    state.session ? sessionHeader(state.session) : h('h1', { id: 'view-heading', tabindex: -1 }, 'Call Calibration'),
    closed && state.session
      ? closedNotice(state.session, state.message)
      : state.message
        ? notice('info', state.message, { 'data-testid': 'visitor-message' })
        : null,
    canClaim ? pickYourName(state) : null,
    state.canCreateSession && !state.session
      ? h(
          'p',
          null,
          'Run a calibration session: evaluators score the same calls blind, you reveal the scores together, discuss the disagreements and agree the finals.',
        )
      : null,
    actions(offer ? newSessionButton(offer, !canClaim) : null, refreshButton()),
    state.canCreateSession && !state.session ? templateForm(state) : null,
    // Before anything is set up, whoever will facilitate can check the spreadsheet first.
    state.canCreateSession && !state.session ? h('p', { class: 'meta' }, checkSpreadsheetButton()) : null,
  );
}

/** Before the first session: a Scorecard tab to make the team's own, from a preset or a short example. */
function templateForm(state: VisitorView): HTMLElement {
  const choices = [{ value: 'blank', label: 'A short example to edit' }, ...state.presets.map((p) => ({ value: p.id, label: p.name }))];
  return h(
    'div',
    { 'data-testid': 'scorecard-template' },
    h('h2', null, 'Your own scorecard first?'),
    help(
      'Writes the Scorecard tab without starting a session. Edit it, then start the session from "The Scorecard sheet". A tab you typed with the README\'s headers works too.',
    ),
    select(choices, ui.templateId, (v) => (ui.templateId = v), { id: 'template-choice', 'aria-label': 'Template' }),
    actions(
      button(
        'Create scorecard template',
        () =>
          act(() => api.createScorecardTemplateTab({ template: ui.templateId }), {
            busy: 'Writing the Scorecard tab…',
            done: (next) => {
              show(next);
              return 'The Scorecard tab is ready to edit.';
            },
          }),
        { ...tid('create-template') },
      ),
    ),
  );
}
