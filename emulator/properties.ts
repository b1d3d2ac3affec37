import * as z from 'zod';
import type { EmulatorContext } from './context';
import { instrument } from './instrument';

/**
 * Apps Script's documented limits: 9 KB per value and 500 KB per store ("Properties value size" and
 * "Properties total storage", https://developers.google.com/apps-script/guides/services/quotas); keys
 * count toward the total, as measured by tanaikech (2023-05-22).
 */
export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;
const VALUE_TOO_LARGE = 'Argument too large: value';
const STORE_FULL = 'You have exceeded the property storage quota. Please remove some properties and try again.';

export const propertyStoreSchema = z.record(z.string(), z.string());
export type PropertyStore = z.infer<typeof propertyStoreSchema>;

export const propertyStoresSchema = z.object({
  script: propertyStoreSchema,
  document: propertyStoreSchema,
  /** One store per user key. */
  user: z.record(z.string(), propertyStoreSchema),
});
export type PropertyStores = z.infer<typeof propertyStoresSchema>;

export function emptyPropertyStores(): PropertyStores {
  return { script: {}, document: {}, user: {} };
}

function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export function storeBytes(store: PropertyStore): number {
  let total = 0;
  for (const [key, value] of Object.entries(store)) total += utf8Bytes(key) + utf8Bytes(value);
  return total;
}

function propertyKey(key: unknown): string {
  if (key === undefined || key === null || String(key) === '') throw new Error('Invalid argument: key');
  return String(key);
}

/** Validates a whole new store before it replaces the old one, so a failing write changes nothing. */
function checkedStore(next: PropertyStore): PropertyStore {
  for (const value of Object.values(next)) {
    if (utf8Bytes(value) > PROPERTY_VALUE_LIMIT_BYTES) throw new Error(VALUE_TOO_LARGE);
  }
  if (storeBytes(next) > PROPERTY_STORE_LIMIT_BYTES) throw new Error(STORE_FULL);
  return next;
}

class PropertiesImpl
  implements
    Pick<
      GoogleAppsScript.Properties.Properties,
      'getProperty' | 'getProperties' | 'getKeys' | 'deleteProperty' | 'deleteAllProperties' | 'setProperty' | 'setProperties'
    >
{
  constructor(
    private readonly read: () => PropertyStore,
    private readonly write: (store: PropertyStore) => void,
  ) {}

  getProperty(key: string): string | null {
    const store = this.read();
    const name = propertyKey(key);
    return Object.hasOwn(store, name) ? store[name]! : null;
  }

  getProperties(): { [key: string]: string } {
    return { ...this.read() };
  }

  getKeys(): string[] {
    return Object.keys(this.read());
  }

  setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    const store = this.read();
    this.write(checkedStore({ ...store, [propertyKey(key)]: String(value) }));
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): GoogleAppsScript.Properties.Properties {
    if (typeof properties !== 'object' || properties === null) throw new Error('Invalid argument: properties');
    const next: PropertyStore = deleteAllOthers ? {} : { ...this.read() };
    for (const [key, value] of Object.entries(properties)) next[propertyKey(key)] = String(value);
    this.write(checkedStore(next));
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }

  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    const next = { ...this.read() };
    delete next[propertyKey(key)];
    this.write(next);
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }

  deleteAllProperties(): GoogleAppsScript.Properties.Properties {
    this.write({});
    return this as unknown as GoogleAppsScript.Properties.Properties;
  }
}

/**
 * PropertiesService over `stores`: document properties are shared by everyone using the document,
 * user properties are kept per active user key, script properties by every user of the script.
 */
/**
 * The three stores. Document properties exist only for a script "published and executing as an add-on"
 * or bound to a document; otherwise getDocumentProperties() returns null
 * (https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()).
 */
export function createPropertiesService(
  ctx: EmulatorContext,
  stores: PropertyStores,
  where: { inDocument: boolean } = { inDocument: true },
): GoogleAppsScript.Properties.PropertiesService {
  const handle = (read: () => PropertyStore, write: (store: PropertyStore) => void) =>
    instrument(
      new PropertiesImpl(read, write),
      ctx,
      'PropertiesService',
      'Properties',
    ) as unknown as GoogleAppsScript.Properties.Properties;

  const service: Pick<
    GoogleAppsScript.Properties.PropertiesService,
    'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'
  > = {
    getDocumentProperties: () =>
      (where.inDocument
        ? handle(
            () => stores.document,
            (store) => {
              stores.document = store;
            },
          )
        : null) as GoogleAppsScript.Properties.Properties,
    getScriptProperties: () =>
      handle(
        () => stores.script,
        (store) => {
          stores.script = store;
        },
      ),
    getUserProperties: () => {
      // The store belongs to whoever was active when the handle was obtained, as in Apps Script.
      const key = ctx.activeUser().key;
      return handle(
        () => stores.user[key] ?? {},
        (store) => {
          stores.user[key] = store;
        },
      );
    },
  };
  return instrument(service, ctx, 'PropertiesService') as unknown as GoogleAppsScript.Properties.PropertiesService;
}
