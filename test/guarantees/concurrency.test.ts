// Guarantee 1: every read-modify-write runs under the document lock, released in `finally`; while
// someone else holds it, every entry point that writes answers "busy" and writes nothing at all.
import { BUSY_MESSAGE } from '../../src/adapters/lock';
import { as, failure, environmentPerTest } from '../usecases/harness';
import { FACILITATOR, atStage, buildStages, call, entryCases, footprint, sidebarEntryPoints, type Stages } from './stages';

let stages: Stages;
const env = environmentPerTest();

beforeAll(() => {
  stages = buildStages();
});

const writers = entryCases.filter((c) => c.writes);

it('knows every entry point of the add-on, and whether it writes', () => {
  const known = new Set(entryCases.map((c) => c.name));
  const unknown = sidebarEntryPoints()
    .map(([name]) => name)
    .filter((name) => !known.has(name as never));
  expect(unknown).toEqual([]);
});

describe.each(writers)('$name', (entry) => {
  it('answers "busy" and changes nothing while another execution holds the document lock; then works and releases it', () => {
    atStage(env, stages, entry.stage);
    const running = env;
    const payload = entry.payload(stages.scorecard);
    const before = footprint(running);
    const message = as(running, { email: 'other@example.com', key: 'other' }, () => {
      expect(LockService.getDocumentLock()!.tryLock(1000)).toBe(true);
      return failure(running, entry.user, () => call(entry.name, payload));
    });
    expect(message).toBe(BUSY_MESSAGE);
    expect(footprint(running)).toBe(before);

    // Once the lock is free the same call goes through (so the refusal was the lock's doing), and it
    // lets go of the lock itself rather than leaving that to the end of the execution.
    const held = as(running, entry.user, () => {
      call(entry.name, payload);
      return running.heldLocks();
    });
    expect(held).toEqual([]);
  });
});

describe('a failure part-way through a locked operation', () => {
  it.each(['SpreadsheetApp', 'PropertiesService.Properties.setProperties'])(
    'releases the lock in `finally` when %s fails during the reveal',
    (match) => {
      atStage(env, stages, 'scoring');
      const running = env;
      running.failAfterCalls(0, match);
      const outcome = as(running, FACILITATOR, () => {
        let failed = false;
        try {
          call('revealSessionScores', { confirm: true });
        } catch {
          failed = true;
        }
        return { failed, held: running.heldLocks() };
      });
      expect(outcome).toEqual({ failed: true, held: [] });
    },
  );
});
