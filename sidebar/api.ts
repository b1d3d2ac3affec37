// The server calls the sidebar makes, each with the payload type the server parses it with
// (src/api/payloads.ts) and the view type it answers with (src/api/views.ts).
import type {
  ChangeDefinitionPayload,
  ClaimEvaluatorPayload,
  CloseSessionPayload,
  CreateSessionPayload,
  RecordDiscussionPayload,
  RecordFinalPayload,
  SaveActionItemPayload,
  ScoresPayload,
  ShareReportPayload,
} from '../src/api/payloads';
import { callServer } from './rpc';

export const api = {
  sidebarState: () => callServer('getSidebarState'),
  presets: () => callServer('getPresets'),
  startSession: (payload: CreateSessionPayload) => callServer('startSession', payload),
  claimName: (payload: ClaimEvaluatorPayload) => callServer('claimEvaluatorName', payload),
  saveDraft: (payload: ScoresPayload) => callServer('saveScoresDraft', payload),
  submitScores: (payload: ScoresPayload) => callServer('submitCallScores', payload),
  submissionStatus: () => callServer('getSubmissionStatus'),
  reveal: () => callServer('revealSessionScores', { confirm: true }),
  recordFinal: (payload: RecordFinalPayload) => callServer('recordFinalValue', payload),
  recordDiscussion: (payload: RecordDiscussionPayload) => callServer('recordDiscussionNotes', payload),
  changeDefinition: (payload: ChangeDefinitionPayload) => callServer('changeCriterionDefinition', payload),
  saveActionItem: (payload: SaveActionItemPayload) => callServer('saveSessionActionItem', payload),
  closeSession: (payload: CloseSessionPayload = {}) => callServer('closeCurrentSession', payload),
  repairSession: () => callServer('repairCurrentSession'),
  sendInvitations: () => callServer('sendInvitations'),
  sendReminders: () => callServer('sendReminders'),
  buildReport: (newDocument: boolean) => callServer('buildSessionReport', { newDocument }),
  shareReport: (payload: ShareReportPayload) => callServer('shareSessionReport', payload),
};
