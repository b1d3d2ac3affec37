// What "Check this spreadsheet" can learn about how the add-on runs here. Each read changes nothing.
import type { InstallationSource } from '../../domain/selfCheck';

export interface EnvironmentProbe {
  /** Granted scopes among `required`, or null when Google does not say. */
  grantedScopes(required: readonly string[]): string[] | null;
  documentLockAvailable(): boolean;
  installation(): InstallationSource;
  /** '' when there is no spreadsheet to ask. */
  spreadsheetTimeZone(): string;
}
