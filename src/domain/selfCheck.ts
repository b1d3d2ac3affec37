// "Check this spreadsheet": what a real spreadsheet must get right for a session to work and stay
// blind, judged from facts the add-on reads about itself. Each check passes, warns or fails, and says
// the fix in plain words. Pure: the facts are gathered at the edge (src/adapters/selfCheckFacts.ts).

export type CheckStatus = 'pass' | 'warn' | 'fail';

export interface CheckResult {
  id: string;
  title: string;
  status: CheckStatus;
  /** What was found. */
  detail: string;
  /** What to do about it ('' when nothing needs doing). */
  fix: string;
}

/** The scopes appsscript.json declares (a test keeps the two lists equal). */
export const REQUIRED_SCOPES: readonly string[] = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/documents',
  'https://www.googleapis.com/auth/userinfo.email',
  'https://www.googleapis.com/auth/script.send_mail',
];

export type InstallationSource = 'NONE' | 'APPS_MARKETPLACE_DOMAIN_ADD_ON' | 'WEB_STORE_ADD_ON' | 'unknown';

interface EvaluatorTabFacts {
  evaluatorId: string;
  /** How the check names the evaluator: their reveal label in an anonymous session. */
  label: string;
  /** The tab's name, or null when no tab is found. */
  tab: string | null;
  /** Whether the named range that finds the tab again is intact. */
  namedRange: boolean;
  hidden: boolean;
  protectedSheet: boolean;
  /** Who may edit the tab, lower-cased; null when the caller may not read the list. */
  editors: string[] | null;
  /** Who should: the evaluator (when known by address), the facilitator and the owner. */
  expectedEditors: string[];
}

export interface SelfCheckFacts {
  /** The scopes the manifest asks for, and those Google says were granted among them (null: it did not say). */
  requiredScopes: string[];
  grantedScopes: string[] | null;
  /** The address Apps Script reports for the caller ('' when withheld). */
  userEmail: string;
  documentLock: boolean;
  propertyBytes: number;
  propertyLimitBytes: number;
  installation: InstallationSource;
  timeZone: string;
  /** Set only when a session is running. */
  session: {
    title: string;
    status: 'scoring' | 'revealed' | 'closed';
    /** Evaluators listed with an address, to spot those Google may not name to the add-on. */
    evaluatorEmails: Array<{ name: string; email: string }>;
    tabs: EvaluatorTabFacts[];
  } | null;
}

/** What each scope lets the add-on do, in the words the facilitator knows. */
const SCOPE_PURPOSE: Record<string, string> = {
  'https://www.googleapis.com/auth/spreadsheets.currentonly': 'see and edit this spreadsheet',
  'https://www.googleapis.com/auth/spreadsheets': 'see and edit this spreadsheet',
  'https://www.googleapis.com/auth/script.container.ui': 'show its menu and sidebar',
  'https://www.googleapis.com/auth/documents': 'create and update the report Doc',
  'https://www.googleapis.com/auth/userinfo.email': 'know who is using it',
  'https://www.googleapis.com/auth/script.send_mail': 'email invitations and reminders as you',
};

const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function check(id: string, title: string, status: CheckStatus, detail: string, fix = ''): CheckResult {
  return { id, title, status, detail, fix };
}

function scopesCheck(facts: SelfCheckFacts): CheckResult {
  const title = 'Permissions granted';
  if (facts.grantedScopes === null) {
    return check(
      'scopes',
      title,
      'warn',
      'Google did not say which permissions this add-on was given.',
      'If a step fails with "Specified permissions are not sufficient", open Extensions → Call Calibration again and allow everything it asks for.',
    );
  }
  const missing = facts.requiredScopes.filter((scope) => !facts.grantedScopes!.includes(scope));
  if (missing.length === 0) return check('scopes', title, 'pass', 'Every permission the add-on needs has been granted.');
  const purposes = [...new Set(missing.map((scope) => SCOPE_PURPOSE[scope] ?? scope))];
  return check(
    'scopes',
    title,
    'fail',
    `The add-on may not ${list(purposes)}.`,
    'Open Extensions → Call Calibration again and click Allow for every permission; if your organization blocks one, ask your Google Workspace admin to allow the add-on.',
  );
}

function identityCheck(facts: SelfCheckFacts): CheckResult {
  const title = 'Who the add-on sees';
  if (facts.userEmail === '') {
    return check(
      'identity',
      title,
      'warn',
      'Google does not tell the add-on your address (it withholds it for accounts outside the organization that publishes the add-on, such as gmail.com accounts).',
      'Facilitate from an account in your organization. Evaluators in the same position are listed without an address and pick their name once.',
    );
  }
  return check('identity', title, 'pass', `The add-on sees you as ${facts.userEmail}.`);
}

/** Evaluators listed by an address Google may withhold from the add-on: they could not be recognised. */
function evaluatorAddressCheck(facts: SelfCheckFacts): CheckResult | null {
  if (facts.session === null || facts.session.status !== 'scoring' || facts.userEmail === '') return null;
  const domain = domainOf(facts.userEmail);
  const outside = facts.session.evaluatorEmails.filter(
    (evaluator) => CONSUMER_DOMAINS.has(domainOf(evaluator.email)) || domainOf(evaluator.email) !== domain,
  );
  const title = 'Evaluators the add-on can recognise';
  if (outside.length === 0) return check('evaluator-addresses', title, 'pass', 'Every evaluator with an address is in your organization.');
  return check(
    'evaluator-addresses',
    title,
    'warn',
    `Google may not tell the add-on who ${list(outside.map((e) => e.name))} ${outside.length === 1 ? 'is' : 'are'} (an address outside your organization, or a gmail.com account).`,
    'Ask them to open the sidebar now. If it offers them only "pick your name" without theirs, start the session again with them listed without an address, so they pick their name once.',
  );
}

function lockCheck(facts: SelfCheckFacts): CheckResult {
  const title = 'Saving safely';
  if (facts.documentLock)
    return check('lock', title, 'pass', 'The add-on can lock this spreadsheet while it saves, so two people saving at once lose nothing.');
  return check(
    'lock',
    title,
    'fail',
    'Google gives the add-on no lock for this document, so two people saving at once could overwrite each other.',
    'Open the add-on from the spreadsheet itself (Extensions → Call Calibration), not from a script editor or a copy.',
  );
}

function storageCheck(facts: SelfCheckFacts): CheckResult {
  const title = 'Storage in this spreadsheet';
  const usedKb = Math.ceil(facts.propertyBytes / 1024);
  const limitKb = Math.round(facts.propertyLimitBytes / 1024);
  const share = facts.propertyBytes / facts.propertyLimitBytes;
  const detail = `The add-on uses ${usedKb} KB of Google's ${limitKb} KB per spreadsheet (${Math.round(share * 100)}%).`;
  if (share >= 0.9) {
    return check(
      'storage',
      title,
      'fail',
      detail,
      'Close the current session to archive it; if that is done, start the next sessions in a new copy of the spreadsheet.',
    );
  }
  if (share >= 0.6)
    return check('storage', title, 'warn', detail, 'Close the current session as soon as it is finished, so the next one has room.');
  return check('storage', title, 'pass', detail);
}

function tabChecks(facts: SelfCheckFacts): CheckResult[] {
  const session = facts.session;
  if (session === null || session.status === 'closed') return [];
  return session.tabs.map((tab) => {
    const id = `tab-${tab.evaluatorId}`;
    const title = `${tab.label}'s tab`;
    if (tab.tab === null) {
      return check(
        id,
        title,
        'fail',
        `${tab.label}'s scores tab is missing.`,
        'Click "Repair session" in the sidebar: it rebuilds the tab from the stored data.',
      );
    }
    if (!tab.namedRange) {
      return check(
        id,
        title,
        'fail',
        `"${tab.tab}" has lost the named range the add-on finds it by.`,
        'Click "Repair session" in the sidebar, and leave the named ranges starting with CallCal_ (Data → Named ranges) alone.',
      );
    }
    if (!tab.protectedSheet) {
      return check(
        id,
        title,
        'fail',
        `"${tab.tab}" is not protected: anyone who can edit the spreadsheet can change it.`,
        'Click "Repair session" in the sidebar to protect it again.',
      );
    }
    if (tab.editors === null) {
      return check(
        id,
        title,
        'warn',
        `You may not see who can edit "${tab.tab}".`,
        'Run this check as the facilitator who started the session, or as the spreadsheet owner.',
      );
    }
    const extra = tab.editors.filter((editor) => !tab.expectedEditors.includes(editor));
    if (extra.length > 0) {
      return check(
        id,
        title,
        'fail',
        `${list(extra)} can also edit "${tab.tab}".`,
        'Click "Repair session" in the sidebar: it restores the protection to the evaluator, the facilitator and the owner.',
      );
    }
    if (session.status === 'scoring' && !tab.hidden) {
      return check(
        id,
        title,
        'warn',
        `"${tab.tab}" is not hidden while people are scoring (it holds no answers yet).`,
        'Right-click the tab and choose "Hide sheet", or click "Repair session".',
      );
    }
    return check(id, title, 'pass', `"${tab.tab}" is ${tab.hidden ? 'hidden, ' : ''}protected and editable only by ${list(tab.editors)}.`);
  });
}

function installationCheck(facts: SelfCheckFacts): CheckResult {
  const title = 'How the add-on is installed';
  switch (facts.installation) {
    case 'APPS_MARKETPLACE_DOMAIN_ADD_ON':
      return check(
        'installation',
        title,
        'pass',
        'Installed for your organization by its admin: editors of this spreadsheet cannot read the sealed scores.',
      );
    case 'WEB_STORE_ADD_ON':
      return check('installation', title, 'pass', 'Installed as an add-on: editors of this spreadsheet cannot read the sealed scores.');
    case 'NONE':
      return check(
        'installation',
        title,
        'warn',
        'Google reports that this is not running as an installed add-on: it is a script bound to this spreadsheet (or a test deployment). Then anyone who can edit the spreadsheet can open Extensions → Apps Script and read the sealed scores.',
        'Use a bound script only to try the add-on. For a calibration that matters, install the add-on published to your organization and run the session from it.',
      );
    default:
      return check(
        'installation',
        title,
        'warn',
        'Google did not say how the add-on was installed.',
        'Make sure it was installed as an add-on, not added as a script to this spreadsheet.',
      );
  }
}

function timeZoneCheck(facts: SelfCheckFacts): CheckResult {
  const title = 'Time zone';
  if (facts.timeZone === '') {
    return check(
      'time-zone',
      title,
      'warn',
      'Google did not say which time zone this spreadsheet uses.',
      'Set it in File → Settings → Time zone before sending invitations.',
    );
  }
  return check(
    'time-zone',
    title,
    'pass',
    `Deadlines and dates are shown in this spreadsheet's time zone, ${facts.timeZone}; if that is not where your team works, change it in File → Settings before sending invitations.`,
  );
}

/** Every check, in the order the facilitator reads them. */
export function selfCheck(facts: SelfCheckFacts): CheckResult[] {
  return [
    scopesCheck(facts),
    identityCheck(facts),
    evaluatorAddressCheck(facts),
    lockCheck(facts),
    storageCheck(facts),
    installationCheck(facts),
    ...tabChecks(facts),
    timeZoneCheck(facts),
  ].filter((result): result is CheckResult => result !== null);
}

/** The worst status among the results: what the summary line says. */
export function overallStatus(results: readonly CheckResult[]): CheckStatus {
  if (results.some((result) => result.status === 'fail')) return 'fail';
  if (results.some((result) => result.status === 'warn')) return 'warn';
  return 'pass';
}
