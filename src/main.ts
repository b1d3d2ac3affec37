// The add-on's public surface: every export here becomes a top-level function in dist/Code.js, which is
// what Apps Script's triggers, menu items and google.script.run can call. Export nothing else.
export { onOpen, onInstall, showSidebar, showSpreadsheetCheck, showHelp } from './entry/menu';
export {
  getSidebarState,
  getPresets,
  startSession,
  claimEvaluatorName,
  saveScoresDraft,
  submitCallScores,
  getSubmissionStatus,
  revealSessionScores,
  recordFinalValue,
  recordDiscussionNotes,
  changeCriterionDefinition,
  saveSessionActionItem,
  closeCurrentSession,
  repairCurrentSession,
  sendInvitations,
  sendReminders,
  checkThisSpreadsheet,
} from './entry/sidebarApi';
export { buildSessionReport, shareSessionReport } from './entry/reportApi';
