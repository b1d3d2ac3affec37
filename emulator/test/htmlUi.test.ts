import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppsScriptEnvironment } from '../environment';

function htmlDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'html-'));
  writeFileSync(join(dir, 'Sidebar.html'), '<h1>Calibration</h1>');
  return dir;
}

describe('HtmlService', () => {
  it('reads <htmlDir>/<name>.html and builds an output', () => {
    const { globals } = createAppsScriptEnvironment({ htmlDir: htmlDir() });
    const { HtmlService } = globals;
    const output = HtmlService.createHtmlOutputFromFile('Sidebar')
      .setTitle('Call Calibration')
      .setSandboxMode(HtmlService.SandboxMode.IFRAME)
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL)
      .addMetaTag('viewport', 'width=device-width')
      .append('<p>more</p>');
    expect(output.getTitle()).toBe('Call Calibration');
    expect(output.getContent()).toBe('<h1>Calibration</h1><p>more</p>');
    expect(HtmlService.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe('<h1>Calibration</h1>');
    expect(HtmlService.createHtmlOutput('<b>x</b>').setContent('<i>y</i>').getContent()).toBe('<i>y</i>');
  });

  it('names a missing file and rejects bad arguments', () => {
    const { globals } = createAppsScriptEnvironment({ htmlDir: htmlDir() });
    expect(() => globals.HtmlService.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
    const output = globals.HtmlService.createHtmlOutput('');
    expect(() => output.addMetaTag('author', 'me')).toThrow('Meta tag author is not allowed');
    expect(() => output.setWidth(0)).toThrow('Invalid argument: width 0');
    expect(() => output.setSandboxMode('SAFE' as unknown as GoogleAppsScript.HTML.SandboxMode)).toThrow(
      'Invalid argument: SandboxMode SAFE',
    );
  });
});

describe('Ui (SpreadsheetApp.getUi())', () => {
  it('records add-on and custom menus with their items, rebuilding rather than duplicating', () => {
    const env = createAppsScriptEnvironment();
    const ui = env.globals.SpreadsheetApp.getUi();
    const build = () =>
      ui
        .createAddonMenu()
        .addItem('Open sidebar', 'showSidebar')
        .addSeparator()
        .addSubMenu(ui.createMenu('Admin').addItem('Reveal', 'reveal'))
        .addToUi();
    build();
    build();
    ui.createMenu('Calibration').addItem('Help', 'showHelp').addToUi();
    expect(env.ui.menus).toEqual([
      {
        kind: 'addon',
        caption: null,
        items: [
          { type: 'item', caption: 'Open sidebar', functionName: 'showSidebar' },
          { type: 'separator' },
          { type: 'submenu', caption: 'Admin', items: [{ type: 'item', caption: 'Reveal', functionName: 'reveal' }] },
        ],
      },
      { kind: 'custom', caption: 'Calibration', items: [{ type: 'item', caption: 'Help', functionName: 'showHelp' }] },
    ]);
    expect(env.calls.byMethod()['SpreadsheetApp.Menu.addItem']).toBe(5);
  });

  it('answers alerts and prompts from scripted responses, defaulting to the affirmative button', () => {
    const env = createAppsScriptEnvironment();
    const ui = env.globals.SpreadsheetApp.getUi();
    expect(ui.alert('Saved')).toBe(ui.Button.OK);
    expect(ui.alert('Reveal?', 'Scores become visible to everyone.', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    env.ui.respondWith('NO', { button: 'OK', text: 'Session 4' });
    expect(ui.alert('Reveal?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    const reply = ui.prompt('Name the session', ui.ButtonSet.OK_CANCEL);
    expect(reply.getSelectedButton()).toBe(ui.Button.OK);
    expect(reply.getResponseText()).toBe('Session 4');
    expect(env.ui.alerts.map((a) => [a.kind, a.title, a.prompt, a.buttonSet, a.response, a.responseText])).toEqual([
      ['alert', null, 'Saved', 'OK', 'OK', null],
      ['alert', 'Reveal?', 'Scores become visible to everyone.', 'YES_NO', 'YES', null],
      ['alert', null, 'Reveal?', 'YES_NO', 'NO', null],
      ['prompt', null, 'Name the session', 'OK_CANCEL', 'OK', 'Session 4'],
    ]);
    env.ui.respondWith('YES');
    expect(() => ui.alert('Continue?', ui.ButtonSet.OK_CANCEL)).toThrow('Scripted response YES is not a button of ButtonSet.OK_CANCEL');
  });

  it('records sidebars and dialogs with title and HTML, and toasts from the spreadsheet', () => {
    const env = createAppsScriptEnvironment({ htmlDir: htmlDir() });
    const { SpreadsheetApp, HtmlService } = env.globals;
    const ui = SpreadsheetApp.getUi();
    ui.showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Call Calibration'));
    ui.showModalDialog(HtmlService.createHtmlOutput('<p>sure?</p>').setWidth(400).setHeight(200), 'Confirm');
    SpreadsheetApp.getActiveSpreadsheet().toast('Scores saved', 'Calibration');
    expect(env.ui.sidebars).toEqual([
      { kind: 'sidebar', title: 'Call Calibration', html: '<h1>Calibration</h1>', width: null, height: null, user: env.owner.key },
    ]);
    expect(env.ui.dialogs[1]).toMatchObject({ kind: 'modal', title: 'Confirm', html: '<p>sure?</p>', width: 400, height: 200 });
    expect(env.ui.toasts).toEqual([expect.objectContaining({ message: 'Scores saved', title: 'Calibration' })]);
    expect(() => ui.showSidebar('<p>raw</p>' as unknown as GoogleAppsScript.HTML.HtmlOutput)).toThrow('showSidebar expects an HtmlOutput');
  });
});
