import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import type { CallListener } from './context';
import type { CallLog, CallMatch } from './callLog';
import { createDocumentApp, DocumentStore } from './document/documentApp';
import { documentUrl, type BlockNode } from './document/model';
import { createHtmlService } from './html';
import { createLockService, LockTable } from './locks';
import { createLogging, type LogEntry } from './logging';
import { createMailApp, DEFAULT_DAILY_EMAIL_QUOTA, recipientsUsed, type MailState, type SentMail } from './mail';
import { createPropertiesService, emptyPropertyStores, type PropertyStores } from './properties';
import { EmulatorRuntime } from './runtime';
import { SCOPE_TABLE, type ScopeRule } from './scopes';
import { createCharts, createScriptApp } from './scriptEnums';
import { createSession } from './session';
import { parseEnvironmentSnapshot, type EnvironmentSnapshot } from './snapshot';
import { createSpreadsheetApp, restoreSpreadsheet, snapshotSpreadsheet, type MemorySpreadsheet } from './spreadsheet';
import { UiRecorder } from './ui';
import { emptyUiLog } from './uiLog';
import { UserDirectory, type UserRecord, type UserSpec } from './users';
import { createUtilities } from './utilities';

export type { EnvironmentSnapshot } from './snapshot';
export type { UserRecord, UserSpec } from './users';
export type { CallMatch, CallMark } from './callLog';

export const DEFAULT_OWNER = 'owner@example.com';
export const DEFAULT_TIME_ZONE = 'Etc/UTC';

export interface EnvironmentOptions {
  /** The spreadsheet's owner and the first active user (default owner@example.com). */
  owner?: UserSpec;
  /** Users known up front, e.g. to give one a locale or a blank email with a fixed key. */
  users?: UserSpec[];
  /** Where HtmlService finds `<name>.html` (default: the repository's dist/). */
  htmlDir?: string;
  timeZone?: string;
  spreadsheetName?: string;
  /** Email recipients each user may send per day (default 100). */
  mailQuota?: number;
  /** Echo Logger/console output to stdout (default: quiet, captured in env.logs only). */
  printLogs?: boolean;
  /** A snapshot from env.snapshot() to continue from. */
  state?: EnvironmentSnapshot;
  /**
   * The manifest's oauthScopes: every call must be covered by one (default: those of the repository's
   * appsscript.json). null models a project without explicit scopes, where nothing is checked.
   */
  oauthScopes?: readonly string[] | null;
  /**
   * The add-on's developer: Session then withholds the address of every user outside the developer's
   * Workspace domain (consumer accounts always), as Google's User reference describes. Default: every
   * address is shown (a user with a blank email still models a withheld one).
   */
  developer?: string;
  /**
   * Where the script runs: 'spreadsheet' (an editor add-on or a bound script) or 'standalone', where
   * LockService.getDocumentLock() and PropertiesService.getDocumentProperties() return null.
   */
  container?: 'spreadsheet' | 'standalone';
  /** How the add-on was installed, as ScriptApp.getInstallationSource() reports it (default NONE). */
  installationSource?: 'NONE' | 'APPS_MARKETPLACE_DOMAIN_ADD_ON' | 'WEB_STORE_ADD_ON';
}

/** The global names Apps Script gives a script, as handed to gas-local or installed on globalThis. */
export interface AppsScriptGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Logger: GoogleAppsScript.Base.Logger;
  MailApp: GoogleAppsScript.Mail.MailApp;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Charts: GoogleAppsScript.Charts.Charts;
  console: Console;
}

/** A document as tests inspect it: sharing plus the body as plain data (reading it is not a call). */
export interface DocumentView {
  id: string;
  name: string;
  url: string;
  owner: { email: string; key: string };
  editors: string[];
  viewers: string[];
  body: BlockNode[];
}

export interface AppsScriptEnvironment {
  readonly globals: AppsScriptGlobals;
  /** Puts the globals on globalThis (for in-process tests); uninstall() restores what was there. */
  install(): void;
  uninstall(): void;

  readonly owner: UserRecord;
  activeUser(): UserRecord;
  /** Ends the current execution (releasing its locks) and continues as `user`. */
  actAs(user: UserSpec): UserRecord;
  /** Runs `fn` as a separate execution of `user`; locks it still holds are released when it returns or throws. */
  run<T>(user: UserSpec, fn: () => T): T;

  /** Service calls by `service.Kind.method`; use calls.mark() and calls.since(mark) to cost one operation. */
  readonly calls: CallLog;
  /** Makes the (n+1)-th matching service call throw once (the call has no effect). */
  failAfterCalls(n: number, match?: CallMatch, message?: string): void;
  clearInjectedFailures(): void;
  /** Called after each service call (not for calls made by listeners themselves); returns an unsubscribe function. */
  onServiceCall(listener: CallListener): () => void;

  /** Virtual time in ms, advanced by Utilities.sleep and lock waits. */
  now(): number;
  advanceClock(ms: number): void;

  snapshot(): EnvironmentSnapshot;

  readonly spreadsheet: MemorySpreadsheet;
  documents(): DocumentView[];
  readonly ui: UiRecorder<MemorySpreadsheet['state']['toasts'][number]>;
  readonly mail: {
    readonly sent: SentMail[];
    remainingQuota(user?: UserSpec): number;
    setDailyQuota(recipients: number): void;
  };
  /** A copy of the raw property stores (user stores by user key). */
  readonly properties: PropertyStores;
  /** Logger and console output, oldest first (a live array). */
  readonly logs: LogEntry[];
  /** Scopes ('document', 'script', 'user:<key>') whose lock some unfinished execution holds. */
  heldLocks(): string[];

  /** How Drive shares the spreadsheet: what Sheets' protections and Spreadsheet.getOwner() depend on. */
  readonly drive: {
    /** Shares the spreadsheet for editing with people or Google Groups (by address). */
    shareForEditing(...addresses: string[]): void;
    /** Says who is in a Google Group. */
    defineGroup(group: string, members: readonly string[]): void;
    /** Moves the spreadsheet to a shared drive, where it has no owner. */
    moveToSharedDrive(): void;
  };

  /** The manifest's scopes as checked on every call (null: none declared, nothing checked). */
  readonly oauth: {
    granted(): string[] | null;
    /** Replaces the granted scopes, e.g. to drop one and watch what fails. */
    grant(scopes: readonly string[] | null): void;
    /** Makes calls matching `calls` need one of `anyOf` instead: the other reading of an unconfirmed row. */
    requireForCall(calls: string, anyOf: readonly string[]): void;
    /** The table every call is checked against, with its sources. */
    table(): readonly ScopeRule[];
  };
}

/** The scopes the add-on's own manifest declares. */
export function manifestScopes(root: string = repositoryRoot()): string[] | null {
  const path = join(root, 'appsscript.json');
  if (!existsSync(path)) return null;
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { oauthScopes?: unknown };
  return Array.isArray(manifest.oauthScopes) ? manifest.oauthScopes.map(String) : null;
}

/** The add-on's project root: the nearest folder with an appsscript.json outside node_modules (also when bundled into a cache). */
function repositoryRoot(): string {
  let dir = __dirname;
  for (;;) {
    // The add-on project that uses this package: the folder with its manifest (not this package's own).
    if (existsSync(join(dir, 'appsscript.json')) && !dir.split(sep).includes('node_modules')) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

export function createAppsScriptEnvironment(options: EnvironmentOptions = {}): AppsScriptEnvironment {
  const state = options.state === undefined ? undefined : parseEnvironmentSnapshot(structuredClone(options.state));
  const users = new UserDirectory(state?.users ?? []);
  const owner = state ? users.resolve(state.owner) : users.resolve(options.owner ?? DEFAULT_OWNER);
  for (const spec of options.users ?? []) users.resolve(spec);

  const runtime = new EmulatorRuntime({
    owner,
    users,
    htmlDir: options.htmlDir ?? join(repositoryRoot(), 'dist'),
    timeZone: state?.timeZone ?? options.timeZone ?? DEFAULT_TIME_ZONE,
    clock: state?.clock ?? Date.now(),
    oauthScopes: options.oauthScopes === undefined ? manifestScopes() : options.oauthScopes,
  });
  if (state && state.activeUserKey !== owner.key) {
    const active = users.get(state.activeUserKey);
    if (!active) throw new Error(`Not a valid environment snapshot: unknown active user ${state.activeUserKey}`);
    runtime.actAs(active);
  }

  const propertyStores: PropertyStores = state ? state.properties : emptyPropertyStores();
  const documentStore = new DocumentStore(state?.documents ?? []);
  const mailState: MailState = state ? state.mail : { dailyQuota: options.mailQuota ?? DEFAULT_DAILY_EMAIL_QUOTA, sent: [] };
  const logs: LogEntry[] = state ? state.logs : [];
  const locks = new LockTable();
  runtime.onExecutionEnd((id) => locks.releaseAllOf(id));

  let book: MemorySpreadsheet | undefined;
  const ui = new UiRecorder(state?.ui ?? emptyUiLog(), () => book?.state.toasts ?? []);
  const uiApi = ui.createUi(runtime);
  const restored = state ? restoreSpreadsheet(runtime, state.spreadsheet, { ui: uiApi }) : undefined;
  const { app: spreadsheetApp, spreadsheet } = createSpreadsheetApp(runtime, {
    ui: uiApi,
    ...(restored ? { spreadsheet: restored } : {}),
    ...(options.spreadsheetName === undefined ? {} : { name: options.spreadsheetName }),
  });
  book = spreadsheet;
  spreadsheet.detached = options.container === 'standalone';

  const logging = createLogging(runtime, logs, options.printLogs ?? false);
  const globals: AppsScriptGlobals = {
    SpreadsheetApp: spreadsheetApp,
    DocumentApp: createDocumentApp(runtime, documentStore),
    PropertiesService: createPropertiesService(runtime, propertyStores, { inDocument: options.container !== 'standalone' }),
    LockService: createLockService(runtime, locks, { inDocument: options.container !== 'standalone' }),
    Session: createSession(runtime, (key) => users.get(key)?.locale, options.developer),
    HtmlService: createHtmlService(runtime),
    Utilities: createUtilities(runtime),
    Logger: logging.Logger,
    MailApp: createMailApp(runtime, mailState),
    ScriptApp: createScriptApp(runtime, options.installationSource ?? 'NONE', () => runtime.scopes.grantedScopes()),
    Charts: createCharts(runtime),
    console: logging.console,
  };

  let saved: Map<string, PropertyDescriptor | undefined> | null = null;
  const globalNames = Object.keys(globals) as Array<keyof AppsScriptGlobals>;

  return {
    globals,
    install() {
      if (saved) throw new Error('This environment is already installed on globalThis');
      saved = new Map(globalNames.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]));
      for (const name of globalNames) {
        Object.defineProperty(globalThis, name, { value: globals[name], configurable: true, writable: true, enumerable: false });
      }
    },
    uninstall() {
      if (!saved) return;
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(globalThis, name, descriptor);
        else delete (globalThis as Record<string, unknown>)[name];
      }
      saved = null;
    },

    owner,
    activeUser: () => runtime.activeUserRecord(),
    actAs: (user) => runtime.actAs(user),
    run: (user, fn) => runtime.run(user, fn),

    calls: runtime.calls,
    failAfterCalls: (n, match, message) => runtime.failAfterCalls(n, match, message),
    clearInjectedFailures: () => runtime.clearInjectedFailures(),
    onServiceCall: (listener) => runtime.onServiceCall(listener),

    now: () => runtime.now(),
    advanceClock: (ms) => runtime.advanceClock(ms),

    snapshot(): EnvironmentSnapshot {
      return structuredClone({
        version: 1 as const,
        owner,
        users: users.all(),
        activeUserKey: runtime.activeUser().key,
        timeZone: runtime.timeZone,
        clock: runtime.now(),
        spreadsheet: snapshotSpreadsheet(spreadsheet),
        documents: documentStore.all(),
        properties: propertyStores,
        mail: mailState,
        ui: ui.data(),
        logs,
      });
    },

    spreadsheet,
    documents: () =>
      documentStore.all().map((doc) => ({
        id: doc.id,
        name: doc.name,
        url: documentUrl(doc.id),
        owner: { email: doc.ownerEmail, key: doc.ownerKey },
        editors: [...doc.editors],
        viewers: [...doc.viewers],
        body: structuredClone(doc.body),
      })),
    ui,
    mail: {
      get sent() {
        return structuredClone(mailState.sent);
      },
      remainingQuota: (user) => {
        const key = user === undefined ? runtime.activeUser().key : users.resolve(user).key;
        return Math.max(0, mailState.dailyQuota - recipientsUsed(mailState, key));
      },
      setDailyQuota: (recipients) => {
        if (!Number.isInteger(recipients) || recipients < 0) throw new Error(`A daily email quota is a whole number, got ${recipients}`);
        mailState.dailyQuota = recipients;
      },
    },
    get properties() {
      return structuredClone(propertyStores);
    },
    logs,
    heldLocks: () => locks.heldScopes(),
    drive: {
      shareForEditing: (...addresses) => {
        const editors = spreadsheet.state.sharing.editors;
        for (const address of addresses.map((a) => a.trim().toLowerCase())) if (!editors.includes(address)) editors.push(address);
      },
      defineGroup: (group, members) => {
        spreadsheet.state.sharing.groups[group.trim().toLowerCase()] = members.map((member) => member.trim().toLowerCase());
      },
      moveToSharedDrive: () => {
        spreadsheet.state.sharing.sharedDrive = true;
      },
    },
    oauth: {
      granted: () => runtime.scopes.grantedScopes(),
      grant: (scopes) => runtime.scopes.setGranted(scopes),
      requireForCall: (calls, anyOf) => runtime.scopes.override(calls, anyOf),
      table: () => SCOPE_TABLE,
    },
  };
}
