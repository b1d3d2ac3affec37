// What the add-on can learn about how it runs here, for "Check this spreadsheet". Each read is one
// Apps Script call and none changes anything.
import type { InstallationSource } from '../domain/selfCheck';

/** The scopes appsscript.json declares (a test keeps the two lists equal). */
export const REQUIRED_SCOPES: readonly string[] = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/documents',
  'https://www.googleapis.com/auth/userinfo.email',
  'https://www.googleapis.com/auth/script.send_mail',
];

export interface EnvironmentProbe {
  /** Granted scopes among `required`, or null when Google does not say. */
  grantedScopes(required: readonly string[]): string[] | null;
  documentLockAvailable(): boolean;
  installation(): InstallationSource;
  /** '' when there is no spreadsheet to ask. */
  spreadsheetTimeZone(): string;
}

type AuthorizationInfo = GoogleAppsScript.Script.AuthorizationInfo & { getAuthorizedScopes?: () => string[] | null };

export function appsScriptProbe(): EnvironmentProbe {
  return {
    grantedScopes: (required) => {
      // getAuthorizedScopes answers for the scopes asked about, so the manifest's list is passed; it is
      // newer than the type definitions, and an older runtime without it means "not said".
      const getInfo = ScriptApp.getAuthorizationInfo as unknown as (mode: GoogleAppsScript.Script.AuthMode, scopes: string[]) => AuthorizationInfo;
      const info = getInfo(ScriptApp.AuthMode.FULL, [...required]);
      if (typeof info.getAuthorizedScopes !== 'function') return null;
      const granted = info.getAuthorizedScopes();
      return Array.isArray(granted) ? granted.map(String) : null;
    },
    documentLockAvailable: () => LockService.getDocumentLock() !== null,
    installation: () => {
      const source = String(ScriptApp.getInstallationSource());
      return source === 'NONE' || source === 'APPS_MARKETPLACE_DOMAIN_ADD_ON' || source === 'WEB_STORE_ADD_ON' ? source : 'unknown';
    },
    spreadsheetTimeZone: () => SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetTimeZone() ?? '',
  };
}
