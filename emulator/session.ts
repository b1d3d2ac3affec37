import type { EmulatorContext } from './context';
import { instrument } from './instrument';

export const DEFAULT_LOCALE = 'en';

function userObject(ctx: EmulatorContext, email: string): GoogleAppsScript.Base.User {
  const user: Pick<GoogleAppsScript.Base.User, 'getEmail'> = { getEmail: () => email };
  return instrument(user, ctx, 'Session', 'User') as GoogleAppsScript.Base.User;
}

const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * Whether Apps Script tells the script this user's address. Google's User reference: the address is
 * blank "if security policies do not allow access to the user's identity", and the restrictions
 * "generally do not apply if the developer runs the script themselves or belongs to the same Google
 * Workspace domain as the user" (https://developers.google.com/apps-script/reference/base/user#getEmail()).
 * With a developer given, the environment withholds every other address outside the developer's
 * Workspace domain, consumer (gmail.com) accounts always; without one it withholds none.
 */
export function addressShown(email: string, developer: string | undefined): boolean {
  if (developer === undefined || email === '') return true;
  if (email.toLowerCase() === developer.toLowerCase()) return true;
  const domain = domainOf(developer);
  return !CONSUMER_DOMAINS.has(domain) && domainOf(email) === domain;
}

/**
 * Session for the active user. The script runs as the user who invoked it (menu, sidebar), so the
 * effective user is the active one; a withheld address stays blank for both.
 */
export function createSession(
  ctx: EmulatorContext,
  localeOf: (userKey: string) => string | undefined,
  developer?: string,
): GoogleAppsScript.Base.Session {
  const reported = () => {
    const email = ctx.activeUser().email;
    return addressShown(email, developer) ? email : '';
  };
  const session: Pick<
    GoogleAppsScript.Base.Session,
    'getActiveUser' | 'getEffectiveUser' | 'getTemporaryActiveUserKey' | 'getScriptTimeZone' | 'getActiveUserLocale'
  > = {
    getActiveUser: () => userObject(ctx, reported()),
    getEffectiveUser: () => userObject(ctx, reported()),
    getTemporaryActiveUserKey: () => ctx.activeUser().key,
    getScriptTimeZone: () => ctx.timeZone,
    getActiveUserLocale: () => localeOf(ctx.activeUser().key) ?? DEFAULT_LOCALE,
  };
  return instrument(session, ctx, 'Session') as GoogleAppsScript.Base.Session;
}
