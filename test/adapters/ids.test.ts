import { randomUUID } from 'node:crypto';
import { uuidIdSource } from '../../src/adapters/ids';

describe('ids drawn from UUIDs', () => {
  it('makes three ids of ten random hex digits from each UUID, leaving out its fixed version and variant digits', () => {
    const uuids = ['0123abcd-ef45-4678-9abc-def012345678', 'ffffffff-eeee-4ddd-accc-bbbbbbbbbbbb'];
    let drawn = 0;
    const newId = uuidIdSource(() => uuids[drawn++]!);
    expect([newId(), newId(), newId()]).toEqual(['0123abcdef', '45678abcde', 'f012345678']);
    expect(drawn).toBe(1);
    expect(newId()).toBe('ffffffffee');
    expect(drawn).toBe(2);
  });

  it('never repeats an id over many draws', () => {
    const newId = uuidIdSource(randomUUID);
    const ids = Array.from({ length: 3000 }, newId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{10}$/);
  });
});
