import * as z from 'zod/mini';
import { parseWith } from '../../src/domain/errors';

const schema = z.strictObject({ title: z.string().check(z.minLength(1, 'must not be empty')), calls: z.array(z.strictObject({ id: z.string() })) });

function messageOf(value: unknown): string {
  try {
    parseWith(schema, value, 'New session');
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

describe('validation messages', () => {
  it('names each field in words people read, not zod internals', () => {
    expect(messageOf({ calls: 'two' })).toBe('New session: title is missing; calls must be a list');
    expect(messageOf({ title: '', calls: [{ id: 5 }] })).toBe('New session: title must not be empty; calls[0].id must be text');
  });

  it('names unexpected fields, at the top and inside', () => {
    expect(messageOf({ title: 'x', calls: [], evil: 1 })).toBe('New session: unexpected field "evil"');
    expect(messageOf({ title: 'x', calls: [{ id: 'a', evaluatorId: 'b', x: 1 }] })).toBe(
      'New session: calls[0] has unexpected fields "evaluatorId", "x"',
    );
  });
});
