// What every in-memory service shares: who is at the keyboard, the call log, failure injection and
// the virtual clock. One context per environment; services never keep their own copy of a user.

export interface EmulatedUser {
  /** The address Apps Script reports; '' models accounts whose address Apps Script withholds. */
  email: string;
  /** A stable per-user key, distinct for every user, even those with a blank email. */
  key: string;
}

export interface ServiceCall {
  service: string; // 'SpreadsheetApp', 'DocumentApp', 'PropertiesService', ...
  method: string; // 'Range.setValues', 'Sheet.getRange', 'getDocumentProperties', ...
  user: string; // the active user's key
}

export type CallListener = (call: ServiceCall) => void;

export interface EmulatorContext {
  activeUser(): EmulatedUser;
  /** The spreadsheet's (and by default, new documents') owner. */
  owner(): EmulatedUser;
  /** The current execution: locks held by it are released when it ends, as in Apps Script. */
  executionId(): number;
  /** Records a service call, then runs failure injection and listeners (which may throw). */
  record(service: string, method: string): void;
  /** Virtual milliseconds, advanced by Utilities.sleep and lock waits. */
  now(): number;
  advanceClock(ms: number): void;
  /** Folder that HtmlService.createHtmlOutputFromFile reads (normally dist/). */
  htmlDir: string;
  timeZone: string;
}
