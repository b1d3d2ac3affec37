import type { EmulatorContext } from './context';
import { instrument } from './instrument';

export const DEFAULT_LOCALE = 'en';

function userObject(ctx: EmulatorContext, email: string): GoogleAppsScript.Base.User {
  const user: Pick<GoogleAppsScript.Base.User, 'getEmail'> = { getEmail: () => email };
  return instrument(user, ctx, 'Session', 'User') as GoogleAppsScript.Base.User;
}

/**
 * Session for the active user. The script runs as the user who invoked it (menu, sidebar), so the
 * effective user is the active one; a withheld address stays blank for both.
 */
export function createSession(ctx: EmulatorContext, localeOf: (userKey: string) => string | undefined): GoogleAppsScript.Base.Session {
  const session: Pick<
    GoogleAppsScript.Base.Session,
    'getActiveUser' | 'getEffectiveUser' | 'getTemporaryActiveUserKey' | 'getScriptTimeZone' | 'getActiveUserLocale'
  > = {
    getActiveUser: () => userObject(ctx, ctx.activeUser().email),
    getEffectiveUser: () => userObject(ctx, ctx.activeUser().email),
    getTemporaryActiveUserKey: () => ctx.activeUser().key,
    getScriptTimeZone: () => ctx.timeZone,
    getActiveUserLocale: () => localeOf(ctx.activeUser().key) ?? DEFAULT_LOCALE,
  };
  return instrument(session, ctx, 'Session') as GoogleAppsScript.Base.Session;
}
