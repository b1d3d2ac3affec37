// What the environment models of a real editor add-on beyond single calls, each from Google's reference:
// whose address Apps Script reports, where the document lock and document properties exist, and a
// spreadsheet on a shared drive.
import { createAppsScriptEnvironment } from '../environment';
import { addressShown } from '../session';

describe('whose address Apps Script reports', () => {
  it('reports every address when no developer is given', () => {
    const env = createAppsScriptEnvironment();
    expect(env.run('ben@gmail.com', () => env.globals.Session.getActiveUser().getEmail())).toBe('ben@gmail.com');
  });

  it("withholds consumer accounts and other domains from a developer's add-on, but not the developer or their domain", () => {
    const env = createAppsScriptEnvironment({ owner: 'lead@acme.com', developer: 'dev@acme.com' });
    const seen = (user: string) =>
      env.run(user, () => [env.globals.Session.getActiveUser().getEmail(), env.globals.Session.getEffectiveUser().getEmail()]);
    expect(seen('ana@acme.com')).toEqual(['ana@acme.com', 'ana@acme.com']);
    expect(seen('ben@gmail.com')).toEqual(['', '']);
    expect(seen('cy@partner.example')).toEqual(['', '']);
    expect(addressShown('dev@gmail.com', 'dev@gmail.com')).toBe(true);
    expect(addressShown('friend@gmail.com', 'dev@gmail.com')).toBe(false);
  });

  it('keeps a temporary key per user even when the address is withheld', () => {
    const env = createAppsScriptEnvironment({ developer: 'dev@acme.com' });
    const key = (user: string) => env.run(user, () => env.globals.Session.getTemporaryActiveUserKey());
    expect(key('ben@gmail.com')).not.toBe(key('cy@gmail.com'));
  });
});

describe('outside a containing document', () => {
  it('has no document lock and no document properties, as documented; an editor add-on has both', () => {
    const standalone = createAppsScriptEnvironment({ container: 'standalone' });
    expect(standalone.globals.LockService.getDocumentLock()).toBeNull();
    expect(standalone.globals.PropertiesService.getDocumentProperties()).toBeNull();
    expect(standalone.globals.SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
    const addon = createAppsScriptEnvironment();
    expect(addon.globals.LockService.getDocumentLock()).not.toBeNull();
    expect(addon.globals.PropertiesService.getDocumentProperties()).not.toBeNull();
  });
});

describe('a spreadsheet on a shared drive', () => {
  it('has no owner', () => {
    const env = createAppsScriptEnvironment();
    expect(env.globals.SpreadsheetApp.getActiveSpreadsheet().getOwner()!.getEmail()).toBe('owner@example.com');
    env.drive.moveToSharedDrive();
    expect(env.globals.SpreadsheetApp.getActiveSpreadsheet().getOwner()).toBeNull();
    expect(env.snapshot().spreadsheet).toMatchObject({ sharing: { sharedDrive: true } });
  });
});
