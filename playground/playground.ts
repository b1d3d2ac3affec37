import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAppsScriptEnvironment, type AppsScriptEnvironment, type EnvironmentSnapshot, type MenuEntry } from 'apps-script-emulator';
import { loadAddon, runServerFunction, type LoadedAddon } from './bridge';
import type { ActivityEntry, HostState, MenuItemView, PlaygroundUser } from './client/protocol';
import type { RunOutcome } from './client/scriptRun';
import { loadDemo } from './demo';
import { documentToDocx, workbookToXlsx } from './exports';
import { clearState, readState, writeState } from './persistence';
import { documentsHtml } from './reportView';
import { renderWorkbook } from './sheetModel';
import { PLAYGROUND_OWNER, playgroundUsers, storedSession } from './users';
import { workbookHtml } from './workbookView';

// One spreadsheet with the real add-on installed: the in-memory Apps Script environment, dist/Code.js
// loaded into it, and who did what. Every change is saved to the state file (when there is one).

export interface PlaygroundOptions {
  distDir: string;
  /** Where state is kept between restarts; null keeps it in memory only (tests). */
  statePath: string | null;
  /** Start empty, clearing any saved state. */
  reset?: boolean;
}

function flattenMenu(entries: readonly MenuEntry[], prefix = ''): MenuItemView[] {
  return entries.flatMap((entry): MenuItemView[] => {
    if (entry.type === 'item') return [{ caption: prefix + entry.caption, functionName: entry.functionName }];
    if (entry.type === 'submenu') return flattenMenu(entry.items, `${prefix}${entry.caption} › `);
    return [];
  });
}

export class Playground {
  env!: AppsScriptEnvironment;
  addon!: LoadedAddon;
  private activity: ActivityEntry[] = [];
  /** While the demo plays, one save at the end instead of one per call. */
  private savesDeferred = false;

  constructor(private readonly options: PlaygroundOptions) {
    if (options.reset && options.statePath) clearState(options.statePath);
    const saved = options.statePath ? readState(options.statePath) : null;
    this.boot(saved?.environment, saved?.activity ?? []);
  }

  private boot(environment: EnvironmentSnapshot | undefined, activity: ActivityEntry[]): void {
    this.env = createAppsScriptEnvironment({
      owner: PLAYGROUND_OWNER,
      htmlDir: this.options.distDir,
      spreadsheetName: 'QA calibration (playground)',
      ...(environment ? { state: environment } : {}),
    });
    this.addon = loadAddon(this.options.distDir, { ...this.env.globals });
    this.activity = activity;
  }

  get functions(): string[] {
    return this.addon.functions;
  }

  users(): PlaygroundUser[] {
    return playgroundUsers(this.env.owner.email, storedSession(this.env.properties.document));
  }

  user(key: string): PlaygroundUser {
    const found = this.users().find((u) => u.key === key);
    if (!found) throw new Error(`Unknown playground user "${key}": pick one from the user switcher.`);
    return found;
  }

  /** A readable name for a user recorded by key (dialogs, mail) or by address (toasts). */
  private labelOf(keyOrEmail: string): string {
    const known = this.users().find((u) => u.key === keyOrEmail || (u.email !== '' && u.email === keyOrEmail));
    return known?.label ?? (keyOrEmail === this.env.owner.key ? 'Spreadsheet owner' : keyOrEmail);
  }

  /**
   * Runs `work` as one Apps Script execution of `key`, then records what the add-on showed or sent
   * meanwhile and saves. The virtual clock catches up with the wall clock first, so timestamps are real.
   */
  execute<T>(key: string, work: () => T): T {
    const user = this.user(key);
    const behind = Date.now() - this.env.now();
    if (behind > 0) this.env.advanceClock(behind);
    const before = {
      alerts: this.env.ui.alerts.length,
      dialogs: this.env.ui.dialogs.length,
      toasts: this.env.ui.toasts.length,
      mail: this.env.mail.sent.length,
    };
    try {
      return this.env.run({ email: user.email, key: user.key }, work);
    } finally {
      this.recordActivity(before);
      this.save();
    }
  }

  private recordActivity(before: { alerts: number; dialogs: number; toasts: number; mail: number }): void {
    for (const alert of this.env.ui.alerts.slice(before.alerts)) {
      const title = alert.title ? `${alert.title}: ` : '';
      const answer = alert.kind === 'prompt' ? `${alert.response} “${alert.responseText ?? ''}”` : alert.response;
      this.activity.push({ kind: alert.kind, user: this.labelOf(alert.user), text: `${title}${alert.prompt} — answered ${answer}` });
    }
    for (const dialog of this.env.ui.dialogs.slice(before.dialogs)) {
      this.activity.push({
        kind: dialog.kind === 'sidebar' ? 'sidebar' : 'dialog',
        user: this.labelOf(dialog.user),
        text: `opened “${dialog.title}”`,
      });
    }
    for (const toast of this.env.ui.toasts.slice(before.toasts)) {
      this.activity.push({ kind: 'toast', user: this.labelOf(toast.user), text: [toast.title, toast.message].filter(Boolean).join(': ') });
    }
    for (const mail of this.env.mail.sent.slice(before.mail)) {
      this.activity.push({
        kind: 'mail',
        user: this.labelOf(mail.user),
        text: `to ${[...mail.to, ...mail.cc].join(', ')}: ${mail.subject}`,
      });
    }
  }

  private save(): void {
    if (this.options.statePath && !this.savesDeferred)
      writeState(this.options.statePath, { environment: this.env.snapshot(), activity: this.activity });
  }

  /** One google.script.run call from the sidebar, as `userKey`. */
  call(fn: string, args: readonly unknown[], userKey: string): RunOutcome {
    this.user(userKey);
    return runServerFunction(
      this.addon,
      fn,
      args,
      (call) => this.execute(userKey, call),
      (name) => {
        this.activity.push({
          kind: 'notice',
          user: this.labelOf(userKey),
          text: `${name} returned a value google.script.run cannot carry (a Date, function or class instance): the sidebar received null.`,
        });
        this.save();
      },
    );
  }

  /** The add-on menu as onOpen last built it. */
  menu(): MenuItemView[] {
    const addon = this.env.ui.menus.find((m) => m.kind === 'addon');
    return addon ? flattenMenu(addon.items) : [];
  }

  /** A menu click: only functions on the menu, run as the user; says whether it opened a sidebar. */
  runMenuItem(fn: string, userKey: string): RunOutcome & { openedSidebar: boolean } {
    if (!this.menu().some((item) => item.functionName === fn)) {
      return { ok: false, error: { message: `"${fn}" is not an item of the add-on menu.` }, openedSidebar: false };
    }
    const sidebarsBefore = this.env.ui.sidebars.length;
    const outcome = runServerFunction(this.addon, fn, [], (call) => this.execute(userKey, call));
    return { ...outcome, openedSidebar: this.env.ui.sidebars.length > sidebarsBefore };
  }

  /** A user opens the spreadsheet: Apps Script runs the add-on's onOpen for them. */
  openSpreadsheet(userKey: string): void {
    const onOpen = this.addon.scope.onOpen;
    if (typeof onOpen !== 'function') return;
    const authMode = this.env.globals.ScriptApp.AuthMode.LIMITED;
    this.execute(userKey, () => (onOpen as (event: unknown) => unknown)({ authMode }));
  }

  reset(): void {
    if (this.options.statePath) clearState(this.options.statePath);
    this.boot(undefined, []);
    this.openSpreadsheet(this.users()[0]!.key);
  }

  /** Starts again and plays the demo session through the add-on's own entry points. */
  loadDemo(): void {
    this.reset();
    this.savesDeferred = true;
    try {
      loadDemo(this.env, this.addon, (key, work) => this.execute(key, work));
    } finally {
      this.savesDeferred = false;
      this.save();
    }
  }

  /** The real built sidebar page, read afresh so a rebuild shows without a restart. */
  /**
   * dist/Sidebar.html, opened on the view the add-on last asked for when it showed `userKey` the
   * sidebar (the menu's "Check this spreadsheet" marks <body data-open="check">). The page itself is
   * always the built one, so a rebuild is never hidden by a sidebar recorded earlier.
   */
  sidebarPage(userKey?: string): string {
    const page = readFileSync(join(this.options.distDir, 'Sidebar.html'), 'utf8');
    const shown = this.env.ui.sidebars.filter((sidebar) => sidebar.user === userKey).at(-1);
    const open = shown ? /<body data-open="([a-z-]+)"/.exec(shown.html)?.[1] : undefined;
    return open ? page.replace('<body', `<body data-open="${open}"`) : page;
  }

  hostState(): HostState {
    const sidebarTitles: Record<string, string> = {};
    for (const sidebar of this.env.ui.sidebars) sidebarTitles[sidebar.user] = sidebar.title;
    return {
      users: this.users(),
      menu: this.menu(),
      activity: this.activity.slice(-200),
      activityTotal: this.activity.length,
      workbookName: this.env.spreadsheet.state.name,
      sidebarTitles,
    };
  }

  workbookHtml(): string {
    const book = this.env.spreadsheet;
    return workbookHtml(renderWorkbook(book.state, book.timeZone), book.state.activeSheetId);
  }

  reportHtml(): string {
    return documentsHtml(this.env.documents());
  }

  exportWorkbook(): Promise<Buffer> {
    return workbookToXlsx(this.env.spreadsheet.state, this.env.spreadsheet.timeZone);
  }

  /** The report Doc (the latest one, or the one with `id`) as .docx; null when there is none. */
  async exportReport(id?: string): Promise<{ name: string; data: Buffer } | null> {
    const documents = this.env.documents();
    const doc = id ? documents.find((d) => d.id === id) : documents[documents.length - 1];
    return doc ? { name: doc.name, data: await documentToDocx(doc) } : null;
  }
}
