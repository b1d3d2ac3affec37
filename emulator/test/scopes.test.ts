import { createAppsScriptEnvironment, manifestScopes } from '../environment';
import { SCOPE_TABLE, SCOPES, scopeRuleFor } from '../scopes';

describe('the scope table', () => {
  it('cites a Google reference page for every row', () => {
    for (const rule of SCOPE_TABLE) {
      expect(rule.source).toMatch(/^https:\/\/developers\.google\.com\/apps-script\/reference\//);
    }
  });

  it('lets a method row override its class and service rows', () => {
    expect(scopeRuleFor('DocumentApp.create')!.anyOf).toEqual([SCOPES.documents]);
    expect(scopeRuleFor('DocumentApp.Body.appendParagraph')!.anyOf).toEqual([SCOPES.documentsCurrent, SCOPES.documents]);
    expect(scopeRuleFor('SpreadsheetApp.Ui.createAddonMenu')!.anyOf).toEqual([]);
    expect(scopeRuleFor('SpreadsheetApp.Ui.showSidebar')!.anyOf).toEqual([SCOPES.containerUi]);
  });

  it('reads the add-on manifest by default', () => {
    const env = createAppsScriptEnvironment();
    expect(env.oauth.granted()).toEqual(manifestScopes());
    expect(manifestScopes()).toContain(SCOPES.spreadsheetsCurrent);
  });
});

describe('a call the manifest does not cover', () => {
  it("throws Apps Script's authorization error naming the call and the scopes that would do", () => {
    const env = createAppsScriptEnvironment({ oauthScopes: [SCOPES.containerUi] });
    expect(() => env.globals.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      'Specified permissions are not sufficient to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: ' +
        `(${SCOPES.spreadsheetsCurrent} || ${SCOPES.spreadsheets})`,
    );
    expect(() => env.globals.Session.getActiveUser()).toThrow(`Required permissions: ${SCOPES.email}`);
    expect(() => env.globals.MailApp.getRemainingDailyQuota()).toThrow(`Required permissions: ${SCOPES.sendMail}`);
  });

  it('has no effect and is not counted', () => {
    const env = createAppsScriptEnvironment({ oauthScopes: [SCOPES.spreadsheetsCurrent] });
    const mark = env.calls.mark();
    expect(() => env.globals.DocumentApp.create('Report')).toThrow('Required permissions');
    expect(env.documents()).toEqual([]);
    expect(env.calls.total(mark)).toBe(0);
  });

  it('lets spreadsheets.currentonly reach this spreadsheet only: opening one by id needs spreadsheets', () => {
    const env = createAppsScriptEnvironment({ oauthScopes: [SCOPES.spreadsheetsCurrent] });
    const id = env.globals.SpreadsheetApp.getActiveSpreadsheet().getId();
    expect(() => env.globals.SpreadsheetApp.openById(id)).toThrow(`Required permissions: ${SCOPES.spreadsheets}`);
  });

  it('lets documents.currentonly open nothing new: creating a Doc needs documents', () => {
    const env = createAppsScriptEnvironment({ oauthScopes: [SCOPES.documentsCurrent] });
    expect(() => env.globals.DocumentApp.create('Report')).toThrow(`Required permissions: ${SCOPES.documents}`);
  });

  it('builds the add-on menu with no scope at all, as onOpen does in AuthMode.NONE', () => {
    const env = createAppsScriptEnvironment({ oauthScopes: [] });
    const ui = env.globals.SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem('Open', 'showSidebar').addToUi();
    expect(() => ui.alert('hello')).toThrow(`Required permissions: ${SCOPES.containerUi}`);
    expect(env.globals.PropertiesService.getUserProperties().getProperties()).toEqual({});
  });

  it('checks nothing for a project without explicit scopes', () => {
    const env = createAppsScriptEnvironment({ oauthScopes: null });
    expect(env.globals.SpreadsheetApp.getActiveSpreadsheet().getName()).toBe('Untitled spreadsheet');
  });

  it('can model the other reading of an unconfirmed row', () => {
    const env = createAppsScriptEnvironment();
    env.oauth.requireForCall('DocumentApp.Document.addViewer', ['https://www.googleapis.com/auth/drive']);
    const doc = env.globals.DocumentApp.create('Report');
    expect(() => doc.addViewer('ana@example.com')).toThrow('Required permissions: https://www.googleapis.com/auth/drive');
  });
});

describe('ScriptApp', () => {
  it('reports the granted scopes among those asked about, and how the add-on was installed', () => {
    const env = createAppsScriptEnvironment({
      oauthScopes: [SCOPES.spreadsheetsCurrent, SCOPES.email],
      installationSource: 'APPS_MARKETPLACE_DOMAIN_ADD_ON',
    });
    const { ScriptApp } = env.globals;
    const getInfo = ScriptApp.getAuthorizationInfo as unknown as (
      mode: unknown,
      scopes: string[],
    ) => { getAuthorizedScopes(): string[] | null };
    const info = getInfo(ScriptApp.AuthMode.FULL, [SCOPES.email, SCOPES.sendMail]);
    expect(info.getAuthorizedScopes()).toEqual([SCOPES.email]);
    expect(String(ScriptApp.getInstallationSource())).toBe('APPS_MARKETPLACE_DOMAIN_ADD_ON');
    expect(String(createAppsScriptEnvironment().globals.ScriptApp.getInstallationSource())).toBe('NONE');
  });
});
