// "Check this spreadsheet", run through its entry point in the in-memory environment: each check's
// failure is produced the way it happens in a real spreadsheet, and the finding names the fix.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestScopes } from 'apps-script-emulator';
import { REQUIRED_SCOPES } from '../../src/domain/selfCheck';
import type { SpreadsheetCheckView } from '../../src/api/views';
import * as entry from '../../src/main';

const entryPoints = { ...entry, ...entry.sidebarActions };
import { EVALUATORS, FACILITATOR, api, as, failure, sessionPayload, environmentPerTest } from './harness';

const env = environmentPerTest();

function runCheck(user: string | { email: string; key: string } = FACILITATOR): SpreadsheetCheckView {
  return as(env, user, () => entryPoints.checkThisSpreadsheet());
}

function finding(view: SpreadsheetCheckView, id: string) {
  const found = view.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no "${id}" check in ${view.checks.map((c) => c.id).join(', ')}`);
  return found;
}

/** Named tabs, so each can be found by its evaluator's name. */
function startSession(): void {
  as(env, FACILITATOR, () => api.startSession(sessionPayload({ options: { anonymousReveal: false } })));
}

function tab(name: string) {
  return as(
    env,
    FACILITATOR,
    () =>
      SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()
        .find((s) => s.getName().includes(name))!,
  );
}

it('asks Google about exactly the scopes appsscript.json declares', () => {
  const manifest = JSON.parse(readFileSync(join(__dirname, '../../appsscript.json'), 'utf8')) as { oauthScopes: string[] };
  expect([...REQUIRED_SCOPES]).toEqual(manifest.oauthScopes);
});

describe('in a well set-up spreadsheet', () => {
  it('passes everything but the bound-script warning, per evaluator tab too', () => {
    startSession();
    const view = runCheck();
    const problems = view.checks.filter((c) => c.status !== 'pass').map((c) => c.id);
    expect(problems).toEqual(['installation']);
    expect(view.checks.filter((c) => c.id.startsWith('tab-'))).toHaveLength(EVALUATORS.length);
    expect(finding(view, 'time-zone').detail).toContain('Etc/UTC');
    expect(view.overall).toBe('warn');
  });

  it('passes the installation check when the add-on was installed for the organization', () => {
    env.restart({ installationSource: 'APPS_MARKETPLACE_DOMAIN_ADD_ON' });
    startSession();
    const view = runCheck();
    expect(finding(view, 'installation').status).toBe('pass');
    expect(view.overall).toBe('pass');
  });

  it('opens from the menu on the check', () => {
    as(env, FACILITATOR, () => entryPoints.onOpen());
    expect(env.ui.menus[0]!.items).toContainEqual({
      type: 'item',
      caption: 'Check this spreadsheet',
      functionName: 'showSpreadsheetCheck',
    });
    as(env, FACILITATOR, () => entryPoints.showSpreadsheetCheck());
    const sidebar = env.ui.sidebars.at(-1)!;
    expect(sidebar.html).toContain('<body data-open="check"');
    expect(sidebar.title).toBe('Call Calibration');
  });
});

describe('each failure, as it happens in a real spreadsheet', () => {
  it('a bound script: warns that editors can read sealed scores, and says how to install it instead', () => {
    const found = finding(runCheck(), 'installation');
    expect(found).toMatchObject({ status: 'warn' });
    expect(found.detail).toMatch(/Extensions → Apps Script and read the sealed scores/);
    expect(found.fix).toMatch(/install the add-on published to your organization/);
  });

  it('permissions not granted: fails and names what the add-on cannot do', () => {
    env.oauth.grant(manifestScopes()!.filter((scope) => !/documents|send_mail/.test(scope)));
    const found = finding(runCheck(), 'scopes');
    expect(found.status).toBe('fail');
    expect(found.detail).toBe('The add-on may not create and update the report Doc and email invitations and reminders as you.');
    expect(found.fix).toMatch(/click Allow for every permission/);
  });

  it('an address Google withholds: warns, and says evaluators in that position pick their name', () => {
    env.restart({ developer: 'dev@example.com' });
    const found = finding(runCheck('lead@gmail.com'), 'identity');
    expect(found.status).toBe('warn');
    expect(found.fix).toMatch(/pick their name once/);
    expect(
      finding(
        as(env, FACILITATOR, () => entryPoints.checkThisSpreadsheet()),
        'identity',
      ),
    ).toMatchObject({
      status: 'pass',
      detail: `The add-on sees you as ${FACILITATOR}.`,
    });
  });

  it('evaluators listed by a gmail.com or outside address: warns that the add-on may not recognise them', () => {
    const evaluators = EVALUATORS.map((e, i) => ({ ...e, email: i === 0 ? 'ana.ruiz@gmail.com' : e.email }));
    as(env, FACILITATOR, () => api.startSession(sessionPayload({ evaluators })));
    const found = finding(runCheck(), 'evaluator-addresses');
    expect(found.status).toBe('warn');
    expect(found.detail).toContain('Ana Ruiz');
    expect(found.detail).not.toContain('Ben');
  });

  it('no document lock (not run from the spreadsheet): fails, and says where to open it', () => {
    env.restart({ container: 'standalone' });
    const view = runCheck();
    const found = finding(view, 'lock');
    expect(found.status).toBe('fail');
    expect(found.fix).toMatch(/Open the add-on from the spreadsheet itself/);
    // With no spreadsheet to ask, the time zone is unknown too.
    expect(finding(view, 'time-zone')).toMatchObject({ status: 'warn' });
  });

  it('storage filling up: warns past 60% and fails past 90% of the 500 KB', () => {
    const fill = (kb: number) =>
      as(env, FACILITATOR, () => {
        const chunk = 'x'.repeat(8 * 1024);
        const properties: Record<string, string> = {};
        for (let i = 0; i < Math.ceil(kb / 8); i++) properties[`filler-${i}`] = chunk;
        PropertiesService.getDocumentProperties().setProperties(properties);
      });
    fill(320);
    expect(finding(runCheck(), 'storage')).toMatchObject({ status: 'warn' });
    fill(464);
    const full = finding(runCheck(), 'storage');
    expect(full.status).toBe('fail');
    expect(full.detail).toMatch(/of Google's 500 KB per spreadsheet/);
    expect(full.fix).toMatch(/Close the current session/);
  });

  it('an evaluator tab deleted, or its named range removed: fails with "Repair session"', () => {
    startSession();
    as(env, FACILITATOR, () => SpreadsheetApp.getActiveSpreadsheet().deleteSheet(tab('Ana Ruiz')));
    const deleted = finding(runCheck(), 'tab-ana');
    expect(deleted).toMatchObject({ status: 'fail', detail: "Ana Ruiz's scores tab is missing." });
    expect(deleted.fix).toMatch(/Repair session/);

    as(env, FACILITATOR, () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const named = ss.getNamedRanges().find((r) => r.getRange().getSheet().getName().includes('Ben Okafor'))!;
      ss.removeNamedRange(named.getName());
    });
    const unnamed = finding(runCheck(), 'tab-ben');
    expect(unnamed.status).toBe('fail');
    expect(unnamed.detail).toMatch(/lost the named range/);
  });

  it('a tab shown while scoring: warns', () => {
    startSession();
    as(env, FACILITATOR, () => tab('Chen Wei').showSheet());
    expect(finding(runCheck(), 'tab-chen')).toMatchObject({ status: 'warn' });
  });

  it('a tab unprotected, or with someone else added as editor: fails', () => {
    startSession();
    as(env, FACILITATOR, () => tab('Dara Kelly').getProtections(SpreadsheetApp.ProtectionType.SHEET)[0]!.remove());
    expect(finding(runCheck(), 'tab-dara')).toMatchObject({ status: 'fail' });
    as(env, FACILITATOR, () => tab('Eli Novak').getProtections(SpreadsheetApp.ProtectionType.SHEET)[0]!.addEditor('snoop@example.com'));
    const extra = finding(runCheck(), 'tab-eli');
    expect(extra.status).toBe('fail');
    expect(extra.detail).toContain('snoop@example.com can also edit');
  });

  it('a tab whose editors the caller may not read: warns', () => {
    env.restart({ owner: 'owner@example.com' });
    startSession();
    as(env, 'owner@example.com', () => tab('Fay Haddad').getProtections(SpreadsheetApp.ProtectionType.SHEET)[0]!.removeEditor(FACILITATOR));
    expect(finding(runCheck(), 'tab-fay')).toMatchObject({ status: 'warn' });
  });

  it("is the facilitator's while a session runs: an evaluator is refused", () => {
    startSession();
    expect(failure(env, EVALUATORS[0].email, () => entryPoints.checkThisSpreadsheet())).toMatch(/Only the facilitator/);
  });
});
