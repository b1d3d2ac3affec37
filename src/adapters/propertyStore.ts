import { UserError } from '../domain/errors';
import type { CommitOptions, PropertyStore as PropertyStorePort } from '../usecases/ports/propertyStore';
import { noteChange } from './changes';
import { PROPERTY_STORE_LIMIT, decodeRecord, encodeRecord, recordKeys, storeBytes } from './chunking';

/**
 * A property store read in one call and written in one call. Records are JSON, chunked under the 9 KB
 * per-value limit; a write that would pass the 500 KB per-store limit is refused before anything changes.
 * Callers hold the document lock around read-modify-write, so the whole-store write loses nothing.
 */
export class PropertyStore implements PropertyStorePort {
  readonly limitBytes = PROPERTY_STORE_LIMIT;

  private constructor(
    private readonly properties: GoogleAppsScript.Properties.Properties,
    private current: Record<string, string>,
  ) {}

  static document(): PropertyStore {
    const store = PropertyStore.documentIfAny();
    if (!store) throw new UserError('Open this from a spreadsheet: the add-on keeps its data in the document.');
    return store;
  }

  /** null outside a document: Apps Script gives document properties only to add-ons and bound scripts. */
  static documentIfAny(): PropertyStore | null {
    const properties = PropertiesService.getDocumentProperties();
    return properties ? new PropertyStore(properties, properties.getProperties()) : null;
  }

  static user(): PropertyStore {
    const properties = PropertiesService.getUserProperties();
    return new PropertyStore(properties, properties.getProperties());
  }

  /** Bytes the store holds now (keys and values), against the 500 KB limit. */
  usedBytes(): number {
    return storeBytes(this.current);
  }

  read(key: string): unknown {
    return decodeRecord(key, this.current);
  }

  /** Record keys (without chunk suffixes) that start with `prefix`. */
  keysWithPrefix(prefix: string): string[] {
    return Object.keys(this.current).filter((k) => k.startsWith(prefix) && !k.includes('#'));
  }

  /** Writes every record in `changes` (undefined deletes it) in one call, or nothing at all. */
  commit(changes: Record<string, unknown>, options: CommitOptions = {}): void {
    const next = { ...this.current };
    for (const [key, value] of Object.entries(changes)) {
      for (const stale of recordKeys(key, next)) delete next[stale];
      if (value !== undefined) Object.assign(next, encodeRecord(key, value));
    }
    const bytes = storeBytes(next);
    const reach = `Nothing was saved: the add-on's storage in this spreadsheet would reach ${Math.ceil(bytes / 1024)} KB`;
    if (bytes > PROPERTY_STORE_LIMIT) {
      throw new UserError(
        `${reach}, over Apps Script's limit of 500 KB per document. Close the current session to archive it, then try again.`,
      );
    }
    const { keepFree } = options;
    if (keepFree && bytes > PROPERTY_STORE_LIMIT - keepFree.bytes) {
      throw new UserError(
        `${reach}, leaving less than the ${Math.ceil(keepFree.bytes / 1024)} KB of Apps Script's 500 KB per document ` +
          `kept ${keepFree.reason}.`,
      );
    }
    noteChange();
    this.properties.setProperties(next, true);
    this.current = next;
  }
}
