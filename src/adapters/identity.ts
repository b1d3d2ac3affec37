import type { CurrentUser } from '../usecases/ports/currentUser';
import { UserError } from '../domain/errors';
import { sha256Hex } from './sha256';

const TOKEN_KEY = 'callCalibration.userToken';

export function currentUser(): CurrentUser {
  const email = Session.getActiveUser().getEmail().trim().toLowerCase();
  let hash: string | undefined;
  return {
    email,
    tokenHash() {
      hash ??= sha256Hex(userToken());
      return hash;
    },
  };
}

/**
 * The caller's token, made on first use. Two sidebars of the same person opening at once would each make
 * one, and the second write would replace the token a claim was made with, locking that person out of
 * their own name for good; so the token is made under the user's own lock and read again inside it.
 */
function userToken(): string {
  const properties = PropertiesService.getUserProperties();
  const existing = properties.getProperty(TOKEN_KEY);
  if (existing) return existing;
  const lock = LockService.getUserLock();
  if (!lock.tryLock(10000)) throw new UserError('Your sidebar is starting in another window: try again in a moment.');
  try {
    const made = properties.getProperty(TOKEN_KEY);
    if (made) return made;
    const token = `${Utilities.getUuid()}${Utilities.getUuid()}`;
    properties.setProperty(TOKEN_KEY, token);
    return token;
  } finally {
    lock.releaseLock();
  }
}
