import type { CurrentUser } from '../usecases/ports/currentUser';
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

function userToken(): string {
  const properties = PropertiesService.getUserProperties();
  let token = properties.getProperty(TOKEN_KEY);
  if (!token) {
    token = `${Utilities.getUuid()}${Utilities.getUuid()}`;
    properties.setProperty(TOKEN_KEY, token);
  }
  return token;
}
