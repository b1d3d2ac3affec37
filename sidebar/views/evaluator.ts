// What an evaluator sees: their own blind form until the reveal; afterwards their answers read-only,
// the agenda and a pointer to the Summary. Once the session is closed, anyone may start the next one.
import type { EvaluatorView, WhatWasAgreed } from '../../src/api/views';
import { show } from '../app';
import { h } from '../dom';
import { agendaSummary } from './agendaSummary';
import { sessionHeader } from './header';
import { closedNotice, newSessionButton } from './nextSession';
import { scoringForm } from './scoringForm';
import { help, section } from './parts';
import { yourCalibrationPanel } from './yourCalibration';

/** For an evaluator marked absent or with apologies: what the team agreed without them. */
function agreedWhileAway(agreed: WhatWasAgreed, status: string): HTMLElement {
  const none = agreed.finals.length === 0 && agreed.definitionChanges.length === 0 && agreed.actionItems.length === 0;
  return h(
    'div',
    { 'data-testid': 'agreed-while-away' },
    help(`You were marked ${status === 'apologies' ? 'as having sent apologies' : 'absent'} at the discussion.`),
    none ? h('p', null, 'Nothing agreed differs from your answers or is yours to do.') : null,
    agreed.finals.length > 0
      ? [
          h('h3', null, 'Finals unlike your answers'),
          h(
            'ul',
            null,
            agreed.finals.map((f) => h('li', null, `${f.callLabel}, ${f.question}: you said ${f.yourAnswer}; agreed ${f.final}.`)),
          ),
        ]
      : null,
    agreed.definitionChanges.length > 0
      ? [
          h('h3', null, 'Definition changes'),
          h(
            'ul',
            null,
            agreed.definitionChanges.map((c) => h('li', null, `${c.newQuestion}: ${c.newDefinition} (${c.reason})`)),
          ),
        ]
      : null,
    agreed.actionItems.length > 0
      ? [
          h('h3', null, 'Your action items'),
          h(
            'ul',
            null,
            agreed.actionItems.map((a) => h('li', null, a.dueDate ? `${a.text} (due ${a.dueDate})` : a.text)),
          ),
        ]
      : null,
  );
}

export function evaluatorView(state: EvaluatorView): HTMLElement {
  const form = scoringForm(state.form, state.session.id, (next) => show({ ...state, form: next }));
  return h(
    'div',
    { 'data-testid': 'evaluator-view' },
    sessionHeader(state.session, h('p', { class: 'meta' }, `Scoring as ${state.form.name}`)),
    state.nextSession
      ? closedNotice(
          state.session,
          'Your answers are final. The next session replaces this one here.',
          newSessionButton(state.nextSession, false),
        )
      : state.startMessage
        ? closedNotice(state.session, `Your answers are final. ${state.startMessage}`)
        : null,
    state.session.status === 'scoring'
      ? help('Your answers are sealed: nobody sees them, the facilitator included, until the reveal.')
      : null,
    state.calibration ? section('your-calibration-section', 'Your calibration', yourCalibrationPanel(state.calibration), true) : null,
    state.agreed
      ? section(
          'agreed-while-away-section',
          'What was agreed while you were away',
          agreedWhileAway(state.agreed, state.attendance ?? ''),
          true,
        )
      : null,
    form,
    state.agenda.length > 0
      ? section('evaluator-agenda', 'Discussion agenda', agendaSummary(state.agenda, state.form.scorecard), true)
      : null,
  );
}
