import type { EmulatorContext } from './context';
import { makeEnum } from './enum';
import { instrument } from './instrument';
import { ChartType } from './spreadsheet/enums';

export { ChartType };

export const AuthMode = makeEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);

/** ScriptApp and Charts as far as an editor add-on uses them: their enums (other members are unsupported). */
export function createScriptApp(ctx: EmulatorContext): GoogleAppsScript.Script.ScriptApp {
  const scriptApp: Pick<GoogleAppsScript.Script.ScriptApp, 'AuthMode'> = {
    AuthMode: AuthMode as unknown as typeof GoogleAppsScript.Script.AuthMode,
  };
  return instrument(scriptApp, ctx, 'ScriptApp') as unknown as GoogleAppsScript.Script.ScriptApp;
}

export function createCharts(ctx: EmulatorContext): GoogleAppsScript.Charts.Charts {
  const charts: Pick<GoogleAppsScript.Charts.Charts, 'ChartType'> = {
    ChartType: ChartType as unknown as typeof GoogleAppsScript.Charts.ChartType,
  };
  return instrument(charts, ctx, 'Charts') as unknown as GoogleAppsScript.Charts.Charts;
}
