import type { EmulatorContext } from './context';
import { enumValue } from './enum';
import { htmlOutputData } from './html';
import { instrument } from './instrument';
import {
  Button,
  ButtonSet,
  buttonsOf,
  emptyUiLog,
  scriptedResponseSchema,
  type AlertRecord,
  type ButtonName,
  type ButtonSetName,
  type DialogRecord,
  type MenuEntry,
  type MenuRecord,
  type ScriptedResponse,
  type UiLogData,
} from './uiLog';

type MenuMethods = 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi';

class MenuImpl implements Pick<GoogleAppsScript.Base.Menu, MenuMethods> {
  readonly _entries: MenuEntry[] = [];

  constructor(
    readonly _kind: MenuRecord['kind'],
    readonly _caption: string | null,
    private readonly addToLog: (menu: MenuRecord) => void,
  ) {}

  private self(): GoogleAppsScript.Base.Menu {
    return this as unknown as GoogleAppsScript.Base.Menu;
  }

  addItem(caption: string, functionName: string): GoogleAppsScript.Base.Menu {
    if (typeof functionName !== 'string' || functionName === '') throw new Error('Invalid argument: functionName');
    this._entries.push({ type: 'item', caption: String(caption), functionName });
    return this.self();
  }

  addSeparator(): GoogleAppsScript.Base.Menu {
    this._entries.push({ type: 'separator' });
    return this.self();
  }

  addSubMenu(menu: GoogleAppsScript.Base.Menu): GoogleAppsScript.Base.Menu {
    const sub = menu as unknown as Partial<MenuImpl>;
    if (!Array.isArray(sub._entries) || sub._kind !== 'custom' || typeof sub._caption !== 'string') {
      throw new Error('addSubMenu expects a menu made with createMenu(caption)');
    }
    this._entries.push({ type: 'submenu', caption: sub._caption, items: structuredClone(sub._entries) });
    return this.self();
  }

  addToUi(): void {
    this.addToLog({ kind: this._kind, caption: this._caption, items: structuredClone(this._entries) });
  }
}

function responseOf(scripted: ScriptedResponse): { button: ButtonName; text: string } {
  return typeof scripted === 'string' ? { button: scripted, text: '' } : { button: scripted.button, text: scripted.text ?? '' };
}

/**
 * Records what the add-on shows (menus, dialogs, sidebars, alerts, toasts) and answers alerts and
 * prompts from a queue of scripted responses; without one the user presses the affirmative button.
 */
export class UiRecorder<Toast = unknown> {
  private log: UiLogData;
  private readonly responses: Array<{ button: ButtonName; text: string }> = [];

  /** Toasts belong to the spreadsheet (Spreadsheet.toast), so they are read from there. */
  constructor(
    initial: UiLogData = emptyUiLog(),
    private readonly toastSource: () => Toast[] = () => [],
  ) {
    this.log = structuredClone(initial);
  }

  get menus(): MenuRecord[] {
    return structuredClone(this.log.menus);
  }
  get dialogs(): DialogRecord[] {
    return structuredClone(this.log.dialogs);
  }
  get sidebars(): DialogRecord[] {
    return this.dialogs.filter((d) => d.kind === 'sidebar');
  }
  get alerts(): AlertRecord[] {
    return structuredClone(this.log.alerts);
  }
  get toasts(): Toast[] {
    return structuredClone(this.toastSource());
  }

  /** Queues answers for the next alerts/prompts, in order: a button name or { button, text }. */
  respondWith(...responses: ScriptedResponse[]): void {
    for (const response of responses) this.responses.push(responseOf(scriptedResponseSchema.parse(response)));
  }

  pendingResponses(): number {
    return this.responses.length;
  }

  clear(): void {
    this.log = emptyUiLog();
    this.responses.length = 0;
  }

  data(): UiLogData {
    return structuredClone(this.log);
  }

  createUi(ctx: EmulatorContext): GoogleAppsScript.Base.Ui {
    const addMenu = (menu: MenuRecord) => {
      // Running onOpen again rebuilds the same menu rather than adding a second one.
      this.log.menus = this.log.menus.filter((m) => !(m.kind === menu.kind && m.caption === menu.caption));
      this.log.menus.push(menu);
    };
    const menu = (kind: MenuRecord['kind'], caption: string | null) =>
      instrument(new MenuImpl(kind, caption, addMenu), ctx, 'SpreadsheetApp', 'Menu') as unknown as GoogleAppsScript.Base.Menu;

    const answer = (kind: AlertRecord['kind'], args: unknown[]): { button: ButtonName; text: string } => {
      if (args.length === 0 || args.length > 3) throw new Error(`Ui.${kind} expects 1 to 3 arguments`);
      const [title, prompt, buttons] =
        args.length === 3
          ? [String(args[0]), String(args[1]), args[2]]
          : [null, String(args[0]), args.length === 2 ? args[1] : ButtonSet.OK];
      const buttonSet: ButtonSetName = enumValue(ButtonSet, 'ButtonSet', buttons);
      const scripted = this.responses.shift();
      const chosen = scripted ?? { button: buttonsOf[buttonSet][0]!, text: '' };
      if (!buttonsOf[buttonSet].includes(chosen.button)) {
        throw new Error(`Scripted response ${chosen.button} is not a button of ButtonSet.${buttonSet}`);
      }
      this.log.alerts.push({
        kind,
        title,
        prompt,
        buttonSet,
        response: chosen.button,
        responseText: kind === 'prompt' ? chosen.text : null,
        user: ctx.activeUser().key,
      });
      return chosen;
    };

    const show = (kind: DialogRecord['kind'], output: unknown, title: string | null, method: string) => {
      const data = htmlOutputData(output, method);
      this.log.dialogs.push({
        kind,
        title: title ?? data.title,
        html: data.content,
        width: data.width,
        height: data.height,
        user: ctx.activeUser().key,
      });
    };

    const ui: Pick<
      GoogleAppsScript.Base.Ui,
      | 'Button'
      | 'ButtonSet'
      | 'alert'
      | 'prompt'
      | 'createMenu'
      | 'createAddonMenu'
      | 'showSidebar'
      | 'showModalDialog'
      | 'showModelessDialog'
    > = {
      Button: Button as unknown as typeof GoogleAppsScript.Base.Button,
      ButtonSet: ButtonSet as unknown as typeof GoogleAppsScript.Base.ButtonSet,
      alert: ((...args: unknown[]) => answer('alert', args).button) as unknown as GoogleAppsScript.Base.Ui['alert'],
      prompt: ((...args: unknown[]) => {
        const chosen = answer('prompt', args);
        const response: Pick<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'> = {
          getResponseText: () => chosen.text,
          getSelectedButton: () => chosen.button as unknown as GoogleAppsScript.Base.Button,
        };
        return instrument(response, ctx, 'SpreadsheetApp', 'PromptResponse');
      }) as unknown as GoogleAppsScript.Base.Ui['prompt'],
      createMenu: (caption: string) => {
        if (typeof caption !== 'string' || caption === '') throw new Error('Invalid argument: caption');
        return menu('custom', caption);
      },
      createAddonMenu: () => menu('addon', null),
      showSidebar: (output: GoogleAppsScript.HTML.HtmlOutput) => show('sidebar', output, null, 'showSidebar'),
      showModalDialog: (output: GoogleAppsScript.HTML.HtmlOutput, title: string) => show('modal', output, String(title), 'showModalDialog'),
      showModelessDialog: (output: GoogleAppsScript.HTML.HtmlOutput, title: string) =>
        show('modeless', output, String(title), 'showModelessDialog'),
    };
    return instrument(ui, ctx, 'SpreadsheetApp', 'Ui') as unknown as GoogleAppsScript.Base.Ui;
  }
}
