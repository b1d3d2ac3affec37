// What a use case needs from the world, gathered in one place so each use case reads as the domain step
// it is. The adapters implement these ports against Apps Script; one Services value serves one call.
import type { CurrentUser } from './currentUser';
import type { EnvironmentProbe } from './environmentProbe';
import type { PropertyStore } from './propertyStore';
import type { ReportDocuments } from './reportDocuments';
import type { Workbook } from './workbook';

/** Email sent as the person at the keyboard, counted against their account's daily quota. */
export interface Mailer {
  /** Recipients the caller may still email today. */
  remainingQuota(): number;
  /** Sends one plain-text message; throws when Apps Script refuses it (a bad address, the quota used up). */
  send(message: { to: string; subject: string; body: string }): void;
}

export interface Services {
  /** Who is at the keyboard (looked up once per call). */
  caller(): CurrentUser;
  /** The document's property store as it is now: read whole, in one call. */
  store(): PropertyStore;
  /** The spreadsheet, opened when first needed: scoring never opens it. */
  workbook(): Workbook;
  /** The report's Google Docs. */
  documents(): ReportDocuments;
  /** Runs a read-modify-write under the document lock; `sheets: false` when no sheet is touched. */
  underLock<T>(work: () => T, options?: { sheets?: boolean }): T;
  /** Email, for the invitations and reminders the facilitator asks for (never sent otherwise). */
  mailer(): Mailer;
  /** How the add-on runs here (permissions, lock, installation, time zone), for "Check this spreadsheet". */
  probe(): EnvironmentProbe;
  /** The current instant as ISO 8601. */
  now(): string;
  /** A short random id, safe in property keys and sheet names. */
  newId(): string;
}
