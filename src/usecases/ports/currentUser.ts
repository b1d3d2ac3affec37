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
