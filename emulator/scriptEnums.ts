import type { EmulatorContext } from './context';
import { makeEnum } from './enum';
import { instrument } from './instrument';
import { ChartType } from './spreadsheet/enums';

export { ChartType };

export const AuthMode = makeEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export const AuthorizationStatus = makeEnum(['REQUIRED', 'NOT_REQUIRED']);
export const InstallationSource = makeEnum(['APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON']);

export type InstallationSourceName = 'NONE' | 'APPS_MARKETPLACE_DOMAIN_ADD_ON' | 'WEB_STORE_ADD_ON';

type AuthorizationInfo = GoogleAppsScript.Script.AuthorizationInfo & { getAuthorizedScopes(): string[] | null };

/**
 * What the user has granted, as AuthorizationInfo reports it
 * (https://developers.google.com/apps-script/reference/script/authorization-info): the environment's
 * users have always consented to everything the manifest asks for, so the granted scopes are the
 * manifest's. getAuthorizedScopes answers only for the scopes asked about when a list is given.
 */
function authorizationInfo(ctx: EmulatorContext, granted: string[] | null, asked: readonly string[] | undefined): AuthorizationInfo {
  const info = {
    getAuthorizationStatus: () => AuthorizationStatus.NOT_REQUIRED as unknown as GoogleAppsScript.Script.AuthorizationStatus,
    getAuthorizationUrl: () => null as unknown as string,
    getAuthorizedScopes: (): string[] | null => {
      if (asked === undefined) return granted === null ? null : [...granted];
      return granted === null ? [...asked] : asked.filter((scope) => granted.includes(scope));
    },
  };
  return instrument(info, ctx, 'ScriptApp', 'AuthorizationInfo') as unknown as AuthorizationInfo;
}

/**
 * ScriptApp as far as an editor add-on uses it: its enums, the authorization it was granted, and how
 * it was installed (https://developers.google.com/apps-script/reference/script/installation-source:
 * NONE is "Script is not running as an add-on", e.g. a script bound to the spreadsheet).
 */
export function createScriptApp(
  ctx: EmulatorContext,
  installation: InstallationSourceName = 'NONE',
  granted: () => string[] | null = () => null,
): GoogleAppsScript.Script.ScriptApp {
  const scriptApp = {
    AuthMode: AuthMode as unknown as typeof GoogleAppsScript.Script.AuthMode,
    AuthorizationStatus: AuthorizationStatus as unknown as typeof GoogleAppsScript.Script.AuthorizationStatus,
    InstallationSource: InstallationSource as unknown as typeof GoogleAppsScript.Script.InstallationSource,
    getAuthorizationInfo: (authMode: unknown, scopes?: unknown) => {
      if (authMode === undefined) throw new Error('Invalid argument: authMode');
      const asked = Array.isArray(scopes) ? scopes.map(String) : undefined;
      return authorizationInfo(ctx, granted(), asked);
    },
    getInstallationSource: () => InstallationSource[installation] as unknown as GoogleAppsScript.Script.InstallationSource,
  };
  return instrument(scriptApp, ctx, 'ScriptApp') as unknown as GoogleAppsScript.Script.ScriptApp;
}

export function createCharts(ctx: EmulatorContext): GoogleAppsScript.Charts.Charts {
  const charts: Pick<GoogleAppsScript.Charts.Charts, 'ChartType'> = {
    ChartType: ChartType as unknown as typeof GoogleAppsScript.Charts.ChartType,
  };
  return instrument(charts, ctx, 'Charts') as unknown as GoogleAppsScript.Charts.Charts;
}
