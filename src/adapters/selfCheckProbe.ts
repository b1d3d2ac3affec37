// What the add-on can learn about how it runs here, for "Check this spreadsheet". Each read is one
// Apps Script call and none changes anything.
import type { EnvironmentProbe } from '../usecases/ports/environmentProbe';

type AuthorizationInfo = GoogleAppsScript.Script.AuthorizationInfo & { getAuthorizedScopes?: () => string[] | null };

export function appsScriptProbe(): EnvironmentProbe {
  return {
    grantedScopes: (required) => {
      // getAuthorizedScopes answers for the scopes asked about, so the manifest's list is passed; it is
      // newer than the type definitions, and an older runtime without it means "not said".
      const getInfo = ScriptApp.getAuthorizationInfo as unknown as (
        mode: GoogleAppsScript.Script.AuthMode,
        scopes: string[],
      ) => AuthorizationInfo;
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
