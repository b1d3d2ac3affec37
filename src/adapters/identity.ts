import { sha256Hex } from './sha256';

/**
 * Who is at the keyboard. Apps Script gives the address of most users, but returns '' for some
 * (consumer accounts, partners outside the domain). Those users are known by a random token kept in
 * their own user properties, which no one else can read; the document stores only its SHA-256 hash.
 */
export interface CurrentUser {
  /** Lower-cased address, or '' when Apps Script withholds it. */
  email: string;
  /** Hash of the user's private token; only looked up when asked for (it costs service calls). */
  tokenHash(): string;
}

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

function userToken(): string {
  const properties = PropertiesService.getUserProperties();
  let token = properties.getProperty(TOKEN_KEY);
  if (!token) {
    token = `${Utilities.getUuid()}${Utilities.getUuid()}`;
    properties.setProperty(TOKEN_KEY, token);
  }
  return token;
}
