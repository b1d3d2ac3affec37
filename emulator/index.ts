// The in-memory Apps Script environment's one public entry: everything the add-on's tests, the
// playground and the benchmark may use. Nothing outside this package reaches into its files.
export {
  DEFAULT_OWNER,
  DEFAULT_TIME_ZONE,
  createAppsScriptEnvironment,
  manifestScopes,
  type AppsScriptEnvironment,
  type AppsScriptGlobals,
  type CallMark,
  type CallMatch,
  type DocumentView,
  type EnvironmentOptions,
  type EnvironmentSnapshot,
  type UserRecord,
  type UserSpec,
} from './environment';
export { keyForEmail } from './users';
export { SCOPES, SCOPE_TABLE, scopeRuleFor, type ScopeRule } from './scopes';
export type { MenuEntry } from './uiLog';
export type { BlockNode, TextRun } from './document/model';
export {
  ChartType,
  PROTECTED_MESSAGE,
  inspectSheetByName,
  inspectWorkbook,
  validationViolations,
  type ChartView,
  type ProtectionView,
  type SheetView,
  type ValidationView,
  type ViolationView,
  type WorkbookView,
} from './spreadsheet';
export type {
  Cell,
  CellValue,
  ConditionalRuleState,
  GradientPoint,
  ProtectionState,
  SheetState,
  ValidationState,
  WorkbookState,
} from './spreadsheet/workbookSchema';
export { cellA1, columnLetters, rangeA1 } from './spreadsheet/a1Notation';
export { GENERAL, displayValue } from './spreadsheet/numberFormat';
export { hasContent } from './spreadsheet/grid';
export { conditionalPaint, conditionHolds, customFormulaHolds, type ConditionalPaint } from './spreadsheet/conditionalPaint';
