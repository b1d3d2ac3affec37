import { createDraftStore, type StorageLike } from '../../sidebar/model/draftStore';

class MapStorage implements StorageLike {
  readonly map = new Map<string, string>();
  failWrites = false;
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new Error('QuotaExceededError');
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

const key = { sessionId: 's1', evaluatorId: 'ev-1', callId: 'call-1' };
const draft = { greet: { value: 1, comment: 'hello' }, tone: { value: null, comment: '' } };

describe('drafts kept in the browser until saved', () => {
  it('keeps a draft per session, evaluator and call, and survives a new page over the same storage', () => {
    const storage = new MapStorage();
    createDraftStore(storage).keep(key, draft);
    const reopened = createDraftStore(storage);
    expect(reopened.load(key)).toEqual(draft);
    expect(reopened.load({ ...key, evaluatorId: 'ev-2' })).toBeNull();
    expect(reopened.load({ ...key, callId: 'call-2' })).toBeNull();
    expect(reopened.load({ ...key, sessionId: 's2' })).toBeNull();
  });

  it('forgets a draft once the server has it', () => {
    const storage = new MapStorage();
    const store = createDraftStore(storage);
    store.keep(key, draft);
    store.forget(key);
    expect(store.load(key)).toBeNull();
    expect(storage.map.size).toBe(0);
  });

  it('falls back to memory when storage refuses writes or is unavailable', () => {
    const storage = new MapStorage();
    storage.failWrites = true;
    const store = createDraftStore(storage);
    store.keep(key, draft);
    expect(store.load(key)).toEqual(draft);
    const none = createDraftStore(null);
    none.keep(key, draft);
    expect(none.load(key)).toEqual(draft);
  });

  it('ignores stored text that is not a draft', () => {
    const storage = new MapStorage();
    const store = createDraftStore(storage);
    storage.setItem('callCalibration.draft.s1.ev-1.call-1', '{not json');
    expect(store.load(key)).toBeNull();
    storage.setItem('callCalibration.draft.s1.ev-1.call-1', JSON.stringify({ greet: { value: {}, comment: '' } }));
    expect(store.load(key)).toBeNull();
  });
});
