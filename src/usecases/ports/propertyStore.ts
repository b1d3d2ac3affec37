export interface CommitOptions {
  /**
   * Bytes the write must leave free under the 500 KB limit, with the reason, so that what others write
   * to the store cannot use up the room later steps of the session need.
   */
  keepFree?: { bytes: number; reason: string };
}

/**
 * The document's property store, read whole in one call and written whole in one call. Callers hold
 * the document lock around read-modify-write, so the whole-store write loses nothing.
 */
export interface PropertyStore {
  /** Apps Script's limit for the whole store, in UTF-8 bytes of keys and values. */
  readonly limitBytes: number;
  /** Bytes the store holds now. */
  usedBytes(): number;
  read(key: string): unknown;
  /** Record keys (without chunk suffixes) that start with `prefix`. */
  keysWithPrefix(prefix: string): string[];
  /** Writes every record in `changes` (undefined deletes it) in one call, or nothing at all. */
  commit(changes: Record<string, unknown>, options?: CommitOptions): void;
}
