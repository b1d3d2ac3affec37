// The add-on's public surface: every export here becomes a top-level function in dist/Code.js, which is
// what Apps Script's triggers, menu items and google.script.run can call. Export nothing else.
export { onOpen, onInstall, showSidebar, showHelp } from './entry/menu';
export {
  getSidebarState,
  getPresets,
  startSession,
  createScorecardTemplateTab,
  claimEvaluatorName,
  undoEvaluatorClaim,
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
} from './entry/sidebarApi';
export { buildSessionReport, shareSessionReport } from './entry/reportApi';
