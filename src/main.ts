// The add-on's public surface: the menu's and triggers' functions, and `sidebarActions`, whose every
// member the build declares as a top-level function of dist/Code.js (what Apps Script's triggers, menu
// items and google.script.run can call). Export nothing else.
export { onOpen, onInstall, showSidebar, showSpreadsheetCheck, showHelp } from './entry/menu';
export { sidebarActions } from './entry/sidebarApi';
