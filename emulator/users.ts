import { createHash } from 'node:crypto';
import * as z from 'zod';
import type { EmulatedUser } from './context';
import { isValidEmail } from './email';

export const userSchema = z.object({
  email: z.string(),
  key: z.string().min(1),
  locale: z.string().min(1).optional(),
});
export type UserRecord = z.infer<typeof userSchema>;

/** How tests name a user: an address, or a full record (a blank email needs an explicit key). */
export type UserSpec = string | { email: string; key?: string; locale?: string };

/** A stable key derived from the address, so it never reveals it but stays the same across runs. */
export function keyForEmail(email: string): string {
  return `user-${createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 16)}`;
}

export function toUserRecord(spec: UserSpec): UserRecord {
  const given = typeof spec === 'string' ? { email: spec } : spec;
  const email = given.email.trim();
  if (email !== '' && !isValidEmail(email)) throw new Error(`Invalid email: ${given.email}`);
  const key = given.key ?? (email === '' ? undefined : keyForEmail(email));
  if (key === undefined || key === '') {
    throw new Error('A user whose email is withheld (blank) needs an explicit key, e.g. { email: "", key: "u-1" }');
  }
  return given.locale === undefined ? { email, key } : { email, key, locale: given.locale };
}

export function asEmulatedUser(user: UserRecord): EmulatedUser {
  return { email: user.email, key: user.key };
}

/** All known users by key; a user named again by address or key resolves to the same record. */
export class UserDirectory {
  private readonly byKey = new Map<string, UserRecord>();

  constructor(initial: readonly UserRecord[] = []) {
    for (const user of initial) this.byKey.set(user.key, user);
  }

  resolve(spec: UserSpec): UserRecord {
    if (typeof spec === 'string') {
      const known = [...this.byKey.values()].find((u) => u.email !== '' && u.email.toLowerCase() === spec.trim().toLowerCase());
      if (known) return known;
    } else if (spec.key !== undefined) {
      const known = this.byKey.get(spec.key);
      if (known && known.email === spec.email.trim()) return spec.locale ? this.remember({ ...known, locale: spec.locale }) : known;
    }
    return this.remember(toUserRecord(spec));
  }

  get(key: string): UserRecord | undefined {
    return this.byKey.get(key);
  }

  all(): UserRecord[] {
    return [...this.byKey.values()];
  }

  private remember(user: UserRecord): UserRecord {
    const clash = this.byKey.get(user.key);
    if (clash && clash.email !== user.email) {
      throw new Error(`User key ${user.key} already belongs to another user`);
    }
    this.byKey.set(user.key, user);
    return user;
  }
}
