import { createAppsScriptEnvironment } from '../environment';
import { PROPERTY_STORE_LIMIT_BYTES, PROPERTY_VALUE_LIMIT_BYTES } from '../properties';

const VALUE_TOO_LARGE = 'Argument too large: value';
const STORE_FULL = 'You have exceeded the property storage quota. Please remove some properties and try again.';

describe('PropertiesService', () => {
  it('reads null for absent keys and stores values as strings', () => {
    const { globals } = createAppsScriptEnvironment();
    const props = globals.PropertiesService.getScriptProperties();
    expect(props.getProperty('missing')).toBeNull();
    props.setProperty('n', 42 as unknown as string);
    props.setProperty('o', { a: 1 } as unknown as string);
    expect(props.getProperty('n')).toBe('42');
    expect(props.getProperty('o')).toBe('[object Object]');
    expect(props.getKeys().sort()).toEqual(['n', 'o']);
  });

  it('supports setProperties with and without deleteAllOthers, and deletions', () => {
    const { globals } = createAppsScriptEnvironment();
    const props = globals.PropertiesService.getDocumentProperties();
    props.setProperties({ a: '1', b: '2' });
    props.setProperties({ c: '3' });
    expect(props.getProperties()).toEqual({ a: '1', b: '2', c: '3' });
    props.setProperties({ d: '4' }, true);
    expect(props.getProperties()).toEqual({ d: '4' });
    props.setProperty('e', '5').deleteProperty('d');
    expect(props.getProperties()).toEqual({ e: '5' });
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it('shares document properties between users but keeps user properties per user', () => {
    const env = createAppsScriptEnvironment();
    const { PropertiesService } = env.globals;
    PropertiesService.getDocumentProperties().setProperty('session', 'S1');
    PropertiesService.getUserProperties().setProperty('name', 'Owner');
    env.run('alice@example.com', () => {
      expect(PropertiesService.getDocumentProperties().getProperty('session')).toBe('S1');
      expect(PropertiesService.getUserProperties().getProperty('name')).toBeNull();
      PropertiesService.getUserProperties().setProperty('name', 'Alice');
    });
    env.run({ email: '', key: 'bpo-1' }, () => {
      expect(PropertiesService.getUserProperties().getProperty('name')).toBeNull();
      PropertiesService.getUserProperties().setProperty('name', 'Blank one');
    });
    env.run({ email: '', key: 'bpo-2' }, () => {
      expect(PropertiesService.getUserProperties().getProperty('name')).toBeNull();
    });
    expect(PropertiesService.getUserProperties().getProperty('name')).toBe('Owner');
    const stores = env.properties;
    expect(stores.document).toEqual({ session: 'S1' });
    expect(stores.user['bpo-1']).toEqual({ name: 'Blank one' });
    expect(Object.keys(stores.user)).toHaveLength(3);
  });

  it('rejects a value over 9 KB (counted in UTF-8 bytes) and keeps the old value', () => {
    const { globals } = createAppsScriptEnvironment();
    const props = globals.PropertiesService.getDocumentProperties();
    props.setProperty('k', 'old');
    props.setProperty('exact', 'x'.repeat(PROPERTY_VALUE_LIMIT_BYTES));
    expect(() => props.setProperty('k', 'x'.repeat(PROPERTY_VALUE_LIMIT_BYTES + 1))).toThrow(VALUE_TOO_LARGE);
    // 4700 two-byte characters are 9400 bytes: over the limit though under 9216 characters.
    expect(() => props.setProperty('k', 'é'.repeat(4700))).toThrow(VALUE_TOO_LARGE);
    expect(props.getProperty('k')).toBe('old');
  });

  it('rejects writes that would take a store over 500 KB and changes nothing', () => {
    const { globals } = createAppsScriptEnvironment();
    const props = globals.PropertiesService.getScriptProperties();
    const chunk = 'v'.repeat(9000);
    const fits = Math.floor(PROPERTY_STORE_LIMIT_BYTES / (9000 + 4));
    for (let i = 0; i < fits; i++) props.setProperty(`k${String(i).padStart(3, '0')}`, chunk);
    const before = props.getProperties();
    expect(() => props.setProperty('zzzz', chunk)).toThrow(STORE_FULL);
    expect(() => props.setProperties({ a: 'small', zzzz: chunk })).toThrow(STORE_FULL);
    expect(props.getProperties()).toEqual(before);
    // Replacing a value with a shorter one, or starting over, still works.
    props.setProperty('k000', 'short');
    props.setProperties({ only: chunk }, true);
    expect(props.getKeys()).toEqual(['only']);
  });

  it('makes setProperties all-or-nothing when one value is too large', () => {
    const { globals } = createAppsScriptEnvironment();
    const props = globals.PropertiesService.getUserProperties();
    props.setProperty('keep', '1');
    expect(() => props.setProperties({ a: 'fine', b: 'x'.repeat(10_000) }, true)).toThrow(VALUE_TOO_LARGE);
    expect(props.getProperties()).toEqual({ keep: '1' });
  });
});
