/*
 * The Call Calibration sidebar. It loads the caller's SidebarState and shows one of three faces:
 * visitor (start a session, or pick your name), evaluator (the blind scoring form) or facilitator
 * (submissions, reveal, agenda, action items, report, close).
 *
 * Stable hooks for browser tests (data-testid, and the same id where noted):
 *   Shell         alert (role=alert, id too) · status (role=status, id too) · busy (progress text
 *                 while a call runs) · status-text (the last result)
 *   Faces         visitor-view · evaluator-view · facilitator-view · session-status (chip)
 *   Visitor       new-session · refresh-state · visitor-message · claim-form · claim-<evaluatorId>
 *                 (radio) · claim-name (submit)
 *   Wizard        setup-wizard · setup-next · setup-back · start-session · setup-warnings
 *                 inputs by id: setup-title, setup-facilitator, setup-scorecard-preset-<presetId>,
 *                 setup-scorecard-latest, setup-scorecard-sheet (radios), setup-call-<i>-label|agent|
 *                 url|date|channel, setup-add-call, setup-evaluator-<i>-name|email|role|seniority,
 *                 setup-add-evaluator, setup-session-date, setup-session-time, setup-deadline,
 *                 setup-anonymous, setup-juniors-first, setup-variance-target, setup-consensus-rule,
 *                 setup-expert   (i counts from 0)
 *   Scoring form  scoring-form · scoring-progress · call-pick-<callId> · call-state · recording-link
 *                 · criterion-<criterionId> (fieldset) · answer-<criterionId>-<value> (radio; value
 *                 1/0/NA, a level or points) · answer-<criterionId> (number input for many points)
 *                 · comment-<criterionId> · unsaved-note · save-draft · submit-scores (ids too)
 *                 · revealed-note · read-only-answers
 *   Facilitator   tab-status · tab-agenda · tab-actions · tab-report · tab-mine · submissions ·
 *                 submission-summary · status-<evaluatorId> · refresh-status · reveal-scores ·
 *                 reveal-confirmation · not-submitted · confirm-reveal · cancel-reveal · finish-reveal
 *                 · damage · repair-session · start-warnings
 *   Agenda        agenda · agenda-call-<criterionId>-<callId> · final-now-<criterionId>-<callId> ·
 *                 final-<criterionId>-<callId> (id of the value control) ·
 *                 save-final-<criterionId>-<callId> · notes-<criterionId> · resolution-<criterionId>
 *                 · save-discussion-<criterionId> · save-definition-<criterionId> (ids of the
 *                 definition inputs: new-question-, new-definition-, reason-<criterionId>)
 *   Actions       action-items · action-text · action-owner · action-due · action-status ·
 *                 save-action · action-<itemId> · edit-action-<itemId>
 *   Report        report · build-report · report-built · report-link · share-managers ·
 *                 share-report · share-result · share-failed · close-session · close-confirmation
 *                 · confirm-close
 */
import type { SidebarState } from '../src/api/views';
import { api } from './api';
import { setRenderer, show } from './app';
import { act, showStatus } from './shell';
import { evaluatorView } from './views/evaluator';
import { facilitatorView } from './views/facilitator';
import { visitorView } from './views/visitor';

function face(state: SidebarState): Node {
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
  const started = act(() => api.sidebarState(), {
    busy: 'Loading the session…',
    done: (state) => show(state),
    failed: () => showStatus('Close and reopen the sidebar to try again.'),
  });
  if (!started) showStatus('');
}

start();
