import { createAppsScriptEnvironment } from '../environment';

describe('env.snapshot() and restoring it', () => {
  it('round-trips through JSON: spreadsheet, documents, properties, mail, ui, users and clock', () => {
    const env = createAppsScriptEnvironment({ owner: 'lead@example.com', spreadsheetName: 'Calibration', timeZone: 'Europe/Berlin' });
    const { SpreadsheetApp, DocumentApp, PropertiesService, MailApp, Utilities } = env.globals;
    SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1').setValue('Call');
    const doc = DocumentApp.create('Report');
    doc.getBody().appendParagraph('Summary').setHeading(DocumentApp.ParagraphHeading.HEADING1);
    doc.addViewer('alice@example.com');
    PropertiesService.getDocumentProperties().setProperty('phase', 'scoring');
    PropertiesService.getUserProperties().setProperty('me', 'lead');
    MailApp.sendEmail('alice@example.com', 'Hi', 'Body');
    SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'showSidebar').addToUi();
    Utilities.sleep(1000);
    env.actAs({ email: '', key: 'bpo-1' });
    PropertiesService.getUserProperties().setProperty('me', 'anonymous');

    const saved = JSON.parse(JSON.stringify(env.snapshot()));
    const restored = createAppsScriptEnvironment({ state: saved });

    expect(restored.snapshot()).toEqual(saved);
    expect(restored.owner.email).toBe('lead@example.com');
    expect(restored.activeUser()).toEqual({ email: '', key: 'bpo-1' });
    expect(restored.now()).toBe(env.now());
    const g = restored.globals;
    expect(g.Session.getScriptTimeZone()).toBe('Europe/Berlin');
    expect(g.SpreadsheetApp.getActiveSpreadsheet().getName()).toBe('Calibration');
    expect(g.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1').getValue()).toBe('Call');
    expect(g.PropertiesService.getUserProperties().getProperty('me')).toBe('anonymous');
    restored.actAs('lead@example.com');
    expect(g.PropertiesService.getUserProperties().getProperty('me')).toBe('lead');
    const reopened = g.DocumentApp.openById(doc.getId());
    expect(reopened.getBody().getText()).toBe('\nSummary');
    expect(reopened.getViewers().map((u) => u.getEmail())).toEqual(['alice@example.com']);
    expect(restored.mail.sent).toHaveLength(1);
    expect(restored.ui.menus).toHaveLength(1);
  });

  it('keeps the restored environment independent of the snapshot object', () => {
    const env = createAppsScriptEnvironment();
    env.globals.PropertiesService.getScriptProperties().setProperty('a', '1');
    const snapshot = env.snapshot();
    const restored = createAppsScriptEnvironment({ state: snapshot });
    restored.globals.PropertiesService.getScriptProperties().setProperty('a', '2');
    expect(snapshot.properties.script).toEqual({ a: '1' });
    expect(env.properties.script).toEqual({ a: '1' });
  });

  it('rejects a malformed snapshot clearly', () => {
    expect(() => createAppsScriptEnvironment({ state: { version: 2 } as never })).toThrow('Not a valid environment snapshot');
  });
});
