/*
 * The Call Calibration sidebar. It loads the caller's SidebarState and shows one of three faces:
 * visitor (start a session, or pick your name), evaluator (the blind scoring form) or facilitator
 * (submissions, reveal, agenda, action items, report, close). A closed session stays on show, with
 * its report, until "New session" starts the next one.
 *
 * Stable hooks for browser tests: data-testid values below; "(+id)" means the element has the same
 * id, which labels and focus use too. <i> counts from 0; other <…> are the server's ids.
 *   Shell         alert (+id, role=alert, empty when all is well) · status (+id, role=status) ·
 *                 busy (progress text while a call runs) · status-text (the last result)
 *   Faces         visitor-view · evaluator-view · facilitator-view · session-status (chip)
 *   Closed        closed-notice (every face, once the session is closed) · closed-on ("Session closed
 *                 on …") · new-session (+id; opens the wizard in place of the face)
 *   Visitor       new-session · refresh-state (+id) · visitor-message · claim-form ·
 *                 claim-<evaluatorId> (radio, +id) · claim-name (+id)
 *   Wizard        setup-wizard · setup-next · setup-back · start-session (all +id) ·
 *                 setup-add-call · setup-add-evaluator (+id) · setup-warnings ·
 *                 setup-scorecard-preset-<presetId> · setup-scorecard-latest · setup-scorecard-sheet
 *                 (radios, +id) · setup-call-<i> · setup-evaluator-<i> (fieldsets); inputs by id only:
 *                 setup-title, setup-facilitator, setup-call-<i>-label|agent|url|date|channel,
 *                 setup-evaluator-<i>-name|email|role|seniority, setup-session-date,
 *                 setup-session-time, setup-deadline, setup-anonymous, setup-juniors-first,
 *                 setup-variance-target, setup-consensus-rule, setup-expert
 *   Scoring form  scoring-form · scoring-progress · call-pick-<callId> (+id) · call-state (+id) ·
 *                 recording-link · criterion-<criterionId> (fieldset) · answer-<criterionId>-<value>
 *                 (radio: 1 / 0 / NA, a scale level or points) · answer-<criterionId> (number input
 *                 when a criterion has many points) · answer-<criterionId>-NA (its N/A box) ·
 *                 comment-<criterionId> · unsaved-note (+id) · save-draft (+id) · submit-scores
 *                 (+id) · revealed-note · read-only-answers
 *   Facilitator   tab-status · tab-agenda · tab-actions · tab-report · tab-mine (+id) · submissions ·
 *                 submission-summary · status-<evaluatorId> · refresh-status · reveal-scores ·
 *                 reveal-confirmation · not-submitted · confirm-reveal · cancel-reveal ·
 *                 finish-reveal · damage · repair-session · start-warnings (buttons +id)
 *   Email         email-invitations · email-reminders · mail-confirmation · confirm-mail ·
 *                 cancel-mail (buttons +id; the question's heading is confirm-mail-title) · mail-result
 *   Agenda        agenda · toggle-agenda-<criterionId> (+id; the button opening the item whose id is
 *                 agenda-<criterionId>; aria-expanded) · more-agenda (+id; the items after the first
 *                 20) · agenda-call-<criterionId>-<callId> ·
 *                 final-now-<criterionId>-<callId> · save-final-<criterionId>-<callId> (+id); the final's control has the id
 *                 final-<criterionId>-<callId> · notes-<criterionId> · resolution-<criterionId>
 *                 (+id) · save-discussion-<criterionId> · save-definition-<criterionId> (+id);
 *                 definition inputs by id: new-question-, new-definition-, reason-<criterionId>
 *   Actions       action-items · action-text · action-owner · action-due · action-status (+id) ·
 *                 save-action (+id) · session-actions · earlier-actions · action-<itemId> ·
 *                 edit-action-<itemId> (+id)
 *   Check         check-spreadsheet (+id; the button opening it) · check-view · check-summary ·
 *                 check-<checkId> (data-status pass|warn|fail) · check-again · close-check (+id)
 *   Report        report · build-report (+id) · report-built · report-link (+id) · share-managers
 *                 (+id; participants checkbox: id share-participants) · share-report (+id) ·
 *                 share-result · share-failed · close-session · close-confirmation · confirm-close ·
 *                 cancel-close (+id)
 */
import type { SidebarState } from '../src/api/views';
import { api } from './api';
import { setRenderer, show, ui } from './app';
import { h } from './dom';
import { act, showStatus } from './shell';
import { evaluatorView } from './views/evaluator';
import { runSpreadsheetCheck, spreadsheetCheckView } from './views/spreadsheetCheck';
import { facilitatorView } from './views/facilitator';
import { newSessionWizard, offerFor } from './views/nextSession';
import { visitorView } from './views/visitor';

function face(state: SidebarState): Node {
  return h('div', null, signedInAs(state), roleFace(state));
}

/**
 * "Signed in as ana@…": who the server sees. With several Google accounts signed in, the add-on can run
 * as another account than the spreadsheet shows; this line makes that visible at once, with the fix.
 */
function signedInAs(state: SidebarState): Node {
  const who = state.signedInAs;
  return h(
    'p',
    { class: 'meta signed-in', 'data-testid': 'signed-in-as' },
    `${who.withheld ? 'Google withholds your address.' : `Signed in as ${who.email}.`} Wrong account? Open the sheet in a private window signed into yours only.`,
  );
}

function roleFace(state: SidebarState): Node {
  // "New session" replaces whichever face offered it, until the wizard starts or is cancelled.
  if (ui.check) return spreadsheetCheckView(ui.check);
  const offer = offerFor(state);
  if (ui.setup && offer) return h('div', { 'data-testid': `${state.role}-view` }, newSessionWizard(offer));
  switch (state.role) {
    case 'facilitator':
      return facilitatorView(state);
    case 'evaluator':
      return evaluatorView(state);
    case 'visitor':
      return visitorView(state);
  }
}

function start(): void {
  setRenderer(face);
  // The menu's "Check this spreadsheet" opens this sidebar with <body data-open="check">.
  const openCheck = document.body.dataset.open === 'check';
  const started = act(() => api.getSidebarState(), {
    busy: 'Loading the session…',
    done: (state) => {
      show(state);
      if (openCheck) setTimeout(runSpreadsheetCheck, 0);
    },
    failed: () => showStatus('Close and reopen the sidebar to try again.'),
  });
  if (!started) showStatus('');
}

start();
