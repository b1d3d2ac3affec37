// The functions the sidebar calls through google.script.run. Each parses its payload with the schema the
// sidebar is held to (src/api/payloads.ts) before anything else runs, and works out who is calling on
// the server: no payload names the caller. Errors reach the sidebar as clear messages via respond().
import {
  changeDefinitionPayloadSchema,
  claimEvaluatorPayloadSchema,
  createSessionPayloadSchema,
  noPayloadSchema,
  recordDiscussionPayloadSchema,
  recordFinalPayloadSchema,
  revealPayloadSchema,
  saveActionItemPayloadSchema,
  scoresPayloadSchema,
  closeSessionPayloadSchema,
} from '../api/payloads';
import type {
  CloseSessionResult,
  CreateSessionResult,
  EvaluatorForm,
  FacilitatorView,
  MailResult,
  PresetSummary,
  RepairResult,
  SidebarState,
  SubmissionStatusView,
} from '../api/views';
import { parseWith } from '../domain/errors';
import { respond } from './respond';
import { appsScriptServices } from '../adapters/appsScriptServices';
import { changeDefinition } from '../usecases/changeDefinition';
import { claimEvaluator } from '../usecases/claimEvaluator';
import { closeSession } from '../usecases/closeSession';
import { appsScriptReportDocuments } from '../adapters/docs/reportDocuments';
import { createSession } from '../usecases/createSession';
import { inviteEvaluators } from '../usecases/inviteEvaluators';
import { listPresets } from '../usecases/listPresets';
import { recordDiscussion } from '../usecases/recordDiscussion';
import { recordFinal } from '../usecases/recordFinal';
import { remindEvaluators } from '../usecases/remindEvaluators';
import { repairSession } from '../usecases/repairSession';
import { revealScores } from '../usecases/revealScores';
import { saveActionItem } from '../usecases/saveActionItem';
import { saveDraft } from '../usecases/saveDraft';
import { sidebarState } from '../usecases/sidebarState';
import { submissionStatus } from '../usecases/submissionStatus';
import { submitScores } from '../usecases/submitScores';

export function getSidebarState(payload?: unknown): SidebarState {
  return respond('load the session', () => {
    parseWith(noPayloadSchema, payload, 'Request');
    // Loading the sidebar is when tabs changed by hand are looked for; other actions skip that cost.
    return sidebarState(appsScriptServices(), { checkDamage: true });
  });
}

export function getPresets(payload?: unknown): PresetSummary[] {
  return respond('list the scorecards', () => {
    parseWith(noPayloadSchema, payload, 'Request');
    return listPresets();
  });
}

export function startSession(payload?: unknown): CreateSessionResult {
  return respond('start the session', () =>
    createSession(appsScriptServices(), parseWith(createSessionPayloadSchema, payload, 'New session')),
  );
}

export function claimEvaluatorName(payload?: unknown): SidebarState {
  return respond('pick your name', () =>
    claimEvaluator(appsScriptServices(), parseWith(claimEvaluatorPayloadSchema, payload, 'Your name')),
  );
}

export function saveScoresDraft(payload?: unknown): EvaluatorForm {
  return respond('save your draft', () => saveDraft(appsScriptServices(), parseWith(scoresPayloadSchema, payload, 'Draft')));
}

export function submitCallScores(payload?: unknown): EvaluatorForm {
  return respond('submit your scores', () =>
    submitScores(appsScriptServices(), parseWith(scoresPayloadSchema, payload, 'Scores')),
  );
}

export function getSubmissionStatus(payload?: unknown): SubmissionStatusView {
  return respond('load the submission status', () => {
    parseWith(noPayloadSchema, payload, 'Request');
    return submissionStatus(appsScriptServices());
  });
}

export function revealSessionScores(payload?: unknown): FacilitatorView {
  return respond('reveal the scores', () => revealScores(appsScriptServices(), parseWith(revealPayloadSchema, payload, 'Reveal')));
}

export function recordFinalValue(payload?: unknown): FacilitatorView {
  return respond('record the final', () =>
    recordFinal(appsScriptServices(), parseWith(recordFinalPayloadSchema, payload, 'Final')),
  );
}

export function recordDiscussionNotes(payload?: unknown): FacilitatorView {
  return respond('record the discussion', () =>
    recordDiscussion(appsScriptServices(), parseWith(recordDiscussionPayloadSchema, payload, 'Discussion')),
  );
}

export function changeCriterionDefinition(payload?: unknown): FacilitatorView {
  return respond('change the definition', () =>
    changeDefinition(appsScriptServices(), parseWith(changeDefinitionPayloadSchema, payload, 'Definition change')),
  );
}

export function saveSessionActionItem(payload?: unknown): FacilitatorView {
  return respond('save the action item', () =>
    saveActionItem(appsScriptServices(), parseWith(saveActionItemPayloadSchema, payload, 'Action item')),
  );
}

export function closeCurrentSession(payload?: unknown): CloseSessionResult {
  return respond('close the session', () =>
    closeSession(appsScriptServices(), parseWith(closeSessionPayloadSchema, payload ?? {}, 'Close'), appsScriptReportDocuments()),
  );
}

export function repairCurrentSession(payload?: unknown): RepairResult {
  return respond('repair the session', () => {
    parseWith(noPayloadSchema, payload, 'Request');
    return repairSession(appsScriptServices());
  });
}

/** Emails every evaluator with an address the spreadsheet's link, the calls and the deadline (facilitator only). */
export function sendInvitations(payload?: unknown): MailResult {
  return respond('send the invitations', () => {
    parseWith(noPayloadSchema, payload, 'Request');
    return inviteEvaluators(appsScriptServices());
  });
}

/** Emails a reminder to each evaluator who has not submitted every call (facilitator only). */
export function sendReminders(payload?: unknown): MailResult {
  return respond('send the reminders', () => {
    parseWith(noPayloadSchema, payload, 'Request');
    return remindEvaluators(appsScriptServices());
  });
}
