// What an evaluator sees: their own blind form until the reveal; afterwards their answers read-only,
// the agenda and a pointer to the Summary. Once the session is closed, anyone may start the next one.
import type { EvaluatorView } from '../../src/api/views';
import { show } from '../app';
import { h } from '../dom';
import { agendaSummary } from './agendaSummary';
import { sessionHeader } from './header';
import { closedNotice, newSessionButton } from './nextSession';
import { scoringForm } from './scoringForm';
import { help, section } from './parts';
import { yourCalibrationPanel } from './yourCalibration';

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
    form,
    state.agenda.length > 0 ? section('evaluator-agenda', 'Discussion agenda', agendaSummary(state.agenda, state.form.scorecard), true) : null,
  );
}
