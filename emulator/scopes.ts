// The OAuth scopes each Apps Script method the add-on calls requires, as Google's reference lists them
// under "Authorization: Scripts that use this method require authorization with one or more of the
// following scopes". A project that sets `oauthScopes` in its manifest gets exactly those scopes, and a
// call needing one it lacks throws (https://developers.google.com/apps-script/concepts/scopes, "Setting
// explicit scopes"). Every service call the environment counts is checked against this table.
import type { ServiceCall } from './context';

export const SCOPES = {
  spreadsheetsCurrent: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
  documentsCurrent: 'https://www.googleapis.com/auth/documents.currentonly',
  documents: 'https://www.googleapis.com/auth/documents',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  email: 'https://www.googleapis.com/auth/userinfo.email',
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
} as const;

const REFERENCE = 'https://developers.google.com/apps-script/reference';

export interface ScopeRule {
  /** A call name or a prefix of one: 'SpreadsheetApp' covers every SpreadsheetApp class and method. */
  calls: string;
  /** Any one of these scopes suffices; an empty list means the call needs no authorization. */
  anyOf: readonly string[];
  /** The reference page the row comes from. */
  source: string;
  /**
   * false where the page does not say (or its Authorization section could not be read): the row is
   * then our best reading, the add-on handles the other outcome, and the README lists it as unconfirmed.
   */
  confirmed: boolean;
  note?: string;
}

const SHEETS = [SCOPES.spreadsheetsCurrent, SCOPES.spreadsheets];
const DOCS = [SCOPES.documentsCurrent, SCOPES.documents];

/** The longest matching `calls` prefix wins, so a method's own row overrides its class's. */
export const SCOPE_TABLE: readonly ScopeRule[] = [
  // Spreadsheet service: every method of Spreadsheet, Sheet, Range, Protection, NamedRange, the
  // conditional-format, validation and chart builders lists spreadsheets.currentonly or spreadsheets.
  {
    calls: 'SpreadsheetApp',
    anyOf: SHEETS,
    source: `${REFERENCE}/spreadsheet/spreadsheet-app`,
    confirmed: true,
    note: 'getActiveSpreadsheet, flush and the rest; pure builders (newDataValidation, newConditionalFormatRule) may list no scope, which changes nothing for an add-on that always holds spreadsheets.currentonly.',
  },
  // Opening another spreadsheet is beyond spreadsheets.currentonly ("this application has been installed in").
  {
    calls: 'SpreadsheetApp.openById',
    anyOf: [SCOPES.spreadsheets],
    source: `${REFERENCE}/spreadsheet/spreadsheet-app#openById(String)`,
    confirmed: true,
  },
  {
    calls: 'SpreadsheetApp.openByUrl',
    anyOf: [SCOPES.spreadsheets],
    source: `${REFERENCE}/spreadsheet/spreadsheet-app#openByUrl(String)`,
    confirmed: true,
  },
  { calls: 'SpreadsheetApp.Spreadsheet', anyOf: SHEETS, source: `${REFERENCE}/spreadsheet/spreadsheet`, confirmed: true },
  { calls: 'SpreadsheetApp.Sheet', anyOf: SHEETS, source: `${REFERENCE}/spreadsheet/sheet`, confirmed: true },
  { calls: 'SpreadsheetApp.Range', anyOf: SHEETS, source: `${REFERENCE}/spreadsheet/range`, confirmed: true },
  { calls: 'SpreadsheetApp.Protection', anyOf: SHEETS, source: `${REFERENCE}/spreadsheet/protection`, confirmed: true },
  // A chart's picture (getAs('image/png'), getBlob) is read from the spreadsheet like the chart itself.
  {
    calls: 'SpreadsheetApp.EmbeddedChart',
    anyOf: SHEETS,
    source: `${REFERENCE}/spreadsheet/embedded-chart#getAs(String)`,
    confirmed: false,
    note: 'Read as the Spreadsheet service rows: the EmbeddedChart page was not read method by method for its Authorization sections.',
  },
  // The menu is built by onOpen, which runs in AuthMode.NONE before anyone authorizes the add-on
  // (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle): these need no scope.
  {
    calls: 'SpreadsheetApp.getUi',
    anyOf: [],
    source: `${REFERENCE}/spreadsheet/spreadsheet-app#getUi()`,
    confirmed: true,
    note: 'No Authorization section; onOpen in AuthMode.NONE calls it.',
  },
  { calls: 'SpreadsheetApp.Ui.createAddonMenu', anyOf: [], source: `${REFERENCE}/base/ui#createAddonMenu()`, confirmed: true },
  { calls: 'SpreadsheetApp.Ui.createMenu', anyOf: [], source: `${REFERENCE}/base/ui#createMenu(String)`, confirmed: true },
  { calls: 'SpreadsheetApp.Menu', anyOf: [], source: `${REFERENCE}/base/menu`, confirmed: true },
  // Showing a sidebar or a dialog is what script.container.ui is for ("Display and run third-party web
  // content in prompts and sidebars inside Google applications").
  {
    calls: 'SpreadsheetApp.Ui',
    anyOf: [SCOPES.containerUi],
    source: `${REFERENCE}/base/ui`,
    confirmed: false,
    note: 'The scope is the one editor add-ons declare for sidebars and dialogs; the Ui page was not read method by method.',
  },
  { calls: 'SpreadsheetApp.PromptResponse', anyOf: [SCOPES.containerUi], source: `${REFERENCE}/base/prompt-response`, confirmed: false },

  // Document service: DocumentApp.create needs documents; every method of an open Document and its
  // elements lists documents.currentonly or documents.
  { calls: 'DocumentApp', anyOf: DOCS, source: `${REFERENCE}/document/document-app`, confirmed: true },
  { calls: 'DocumentApp.create', anyOf: [SCOPES.documents], source: `${REFERENCE}/document/document-app#create(String)`, confirmed: true },
  {
    calls: 'DocumentApp.openById',
    anyOf: [SCOPES.documents],
    source: `${REFERENCE}/document/document-app#openById(String)`,
    confirmed: true,
  },
  {
    calls: 'DocumentApp.openByUrl',
    anyOf: [SCOPES.documents],
    source: `${REFERENCE}/document/document-app#openByUrl(String)`,
    confirmed: true,
  },
  { calls: 'DocumentApp.Body', anyOf: DOCS, source: `${REFERENCE}/document/body`, confirmed: true },
  // Body.appendImage/insertImage are Body methods (the row above); the image they return is sized with
  // InlineImage.setWidth/setHeight, which the Document service's rows cover like every element's.
  { calls: 'DocumentApp.InlineImage', anyOf: DOCS, source: `${REFERENCE}/document/inline-image`, confirmed: true },
  // Sharing a Doc is a Drive operation; the reference does not say whether documents alone covers it.
  // The add-on turns a refusal into "share it yourself" (src/adapters/docs/reportDocuments.ts).
  {
    calls: 'DocumentApp.Document.addViewer',
    anyOf: DOCS,
    source: `${REFERENCE}/document/document#addViewer(String)`,
    confirmed: false,
    note: 'The page gives no scope for sharing; whether documents suffices is on the real-Sheets checklist.',
  },
  {
    calls: 'DocumentApp.Document.addViewers',
    anyOf: DOCS,
    source: `${REFERENCE}/document/document#addViewers(String)`,
    confirmed: false,
  },

  // Identity: both users' addresses need userinfo.email; the temporary key, locale and time zone need none.
  { calls: 'Session', anyOf: [], source: `${REFERENCE}/base/session`, confirmed: true },
  { calls: 'Session.getActiveUser', anyOf: [SCOPES.email], source: `${REFERENCE}/base/session#getActiveUser()`, confirmed: true },
  { calls: 'Session.getEffectiveUser', anyOf: [SCOPES.email], source: `${REFERENCE}/base/session#getEffectiveUser()`, confirmed: true },

  // Mail: both the quota and sending list script.send_mail.
  { calls: 'MailApp', anyOf: [SCOPES.sendMail], source: `${REFERENCE}/mail/mail-app`, confirmed: true },

  // Services with no Authorization section at all.
  { calls: 'PropertiesService', anyOf: [], source: `${REFERENCE}/properties/properties-service`, confirmed: true },
  { calls: 'LockService', anyOf: [], source: `${REFERENCE}/lock/lock-service`, confirmed: true },
  { calls: 'HtmlService', anyOf: [], source: `${REFERENCE}/html/html-service`, confirmed: true },
  { calls: 'Utilities', anyOf: [], source: `${REFERENCE}/utilities/utilities`, confirmed: true },
  // A Blob is data handed between services; reading its bytes or type reaches no Google product.
  {
    calls: 'Blob',
    anyOf: [],
    source: `${REFERENCE}/base/blob`,
    confirmed: false,
    note: 'The Blob page lists no scope in the parts read; what a blob carries was authorized by the call that made it.',
  },
  { calls: 'Logger', anyOf: [], source: `${REFERENCE}/base/logger`, confirmed: true },
  { calls: 'console', anyOf: [], source: `${REFERENCE}/base/console`, confirmed: true },
  { calls: 'Charts', anyOf: [], source: `${REFERENCE}/charts/charts`, confirmed: true },
  // ScriptApp.getAuthorizationInfo reports on scopes; it needs none itself.
  { calls: 'ScriptApp', anyOf: [], source: `${REFERENCE}/script/script-app`, confirmed: true },
];

/** The row that governs a call: its own, else its class's, else its service's. */
export function scopeRuleFor(callName: string, rules: readonly ScopeRule[] = SCOPE_TABLE): ScopeRule | undefined {
  let best: ScopeRule | undefined;
  for (const rule of rules) {
    const matches = callName === rule.calls || callName.startsWith(`${rule.calls}.`);
    if (matches && (best === undefined || rule.calls.length > best.calls.length)) best = rule;
  }
  return best;
}

/**
 * The text Apps Script throws when a manifest's explicit scopes do not cover a call. Google's reference
 * documents that the call fails, not the wording; this is the wording developers report
 * ("Specified permissions are not sufficient to call …. Required permissions: …").
 */
export function scopeErrorMessage(callName: string, anyOf: readonly string[]): string {
  const required = anyOf.length === 1 ? anyOf[0]! : `(${anyOf.join(' || ')})`;
  return `Specified permissions are not sufficient to call ${callName}. Required permissions: ${required}`;
}

/** Which scopes a manifest grants and how each call is checked against them. */
export class ScopeGate {
  private granted: Set<string> | null;
  private readonly overrides: ScopeRule[] = [];

  constructor(granted: readonly string[] | null) {
    this.granted = granted === null ? null : new Set(granted);
  }

  /** null: no manifest scopes, so every call is allowed (scripts whose scopes Apps Script infers). */
  grantedScopes(): string[] | null {
    return this.granted === null ? null : [...this.granted];
  }

  setGranted(granted: readonly string[] | null): void {
    this.granted = granted === null ? null : new Set(granted);
  }

  /** Models the other reading of an unconfirmed row (e.g. addViewer needing a Drive scope). */
  override(calls: string, anyOf: readonly string[]): void {
    this.overrides.push({ calls, anyOf, source: 'test override', confirmed: false });
  }

  clearOverrides(): void {
    this.overrides.length = 0;
  }

  /** The row that governs a call, an override first. */
  ruleFor(callName: string): ScopeRule | undefined {
    return scopeRuleFor(callName, this.overrides) ?? scopeRuleFor(callName);
  }

  /** Throws Apps Script's authorization error when the manifest lacks every scope the call accepts. */
  check(call: ServiceCall): void {
    if (this.granted === null) return;
    const name = `${call.service}.${call.method}`;
    const rule = this.ruleFor(name);
    if (rule === undefined) {
      throw new Error(`The in-memory environment has no scope row for ${name}: add one to emulator/scopes.ts with its reference page`);
    }
    if (rule.anyOf.length === 0) return;
    if (rule.anyOf.some((scope) => this.granted!.has(scope))) return;
    throw new Error(scopeErrorMessage(name, rule.anyOf));
  }
}
