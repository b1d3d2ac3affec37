// The copy of the earlier sessions kept beside the session state: read back only for the session it was
// taken for, and never stored in room the session itself needs.
import { PropertyStore } from '../../src/adapters/propertyStore';
import type { SessionHistoryEntry } from '../../src/domain/schemas';
import {
  EARLIER_SESSIONS_KEY,
  clearEarlierSessions,
  commitWithEarlierSessions,
  loadEarlierSessions,
} from '../../src/state/earlierSessions';
import { FACILITATOR, as, environmentPerTest } from '../usecases/harness';

const env = environmentPerTest();

const november: SessionHistoryEntry = {
  sessionId: 'nov-2026',
  title: 'November calibration',
  sessionDate: '2026-11-30',
  closedAt: '2026-11-30T16:00:00.000Z',
  scorecardId: 'general',
  scorecardVersion: 1,
  calls: 3,
  evaluators: 6,
  varianceTarget: 5,
  variance: 4.25,
  alpha: 0.7,
  shareWithinTarget: 0.5,
  disputedCriterionIds: ['greet'],
  evaluatorDeviations: [{ evaluatorId: 'ana', name: 'Ana Ruiz', meanAbsoluteDeviation: 3, meanSignedDeviation: -1 }],
  gwetAc1: 0.8,
  criticalDisagreements: 1,
  scoringRule: 'points',
  attendanceRate: 0.875,
};

const inStore = <T>(fn: (store: PropertyStore) => T): T => as(env, FACILITATOR, () => fn(PropertyStore.document()));

describe('the stored copy of the earlier sessions', () => {
  it('is read back for the session it was taken for, and for no other', () => {
    inStore((store) => commitWithEarlierSessions(store, { 'cc.other': 1 }, 'dec-2026', [november]));
    expect(inStore((store) => loadEarlierSessions(store, 'dec-2026'))).toEqual([november]);
    expect(inStore((store) => loadEarlierSessions(store, 'jan-2027'))).toBeNull();
    expect(inStore((store) => store.read('cc.other'))).toBe(1);
    inStore((store) => store.commit(clearEarlierSessions()));
    expect(inStore((store) => loadEarlierSessions(store, 'dec-2026'))).toBeNull();
  });

  it('is left out, and an older copy removed, when it would take room the session needs; the rest is still written', () => {
    inStore((store) => commitWithEarlierSessions(store, {}, 'dec-2026', [november]));
    // A store nearly full: what is left is less than the room kept for the session itself.
    const filler = 'x'.repeat(470 * 1024);
    inStore((store) =>
      commitWithEarlierSessions(store, { 'cc.filler': filler }, 'dec-2026', [november, { ...november, sessionId: 'oct-2026' }]),
    );
    expect(inStore((store) => store.read('cc.filler'))).toBe(filler);
    expect(inStore((store) => loadEarlierSessions(store, 'dec-2026'))).toBeNull();
    expect(inStore((store) => store.keysWithPrefix(EARLIER_SESSIONS_KEY))).toEqual([]);
  });

  it('counts as missing when unreadable, so History is read instead', () => {
    inStore((store) => store.commit({ [EARLIER_SESSIONS_KEY]: { sessionId: 'dec-2026', entries: [{ sessionId: 'nov-2026' }] } }));
    expect(inStore((store) => loadEarlierSessions(store, 'dec-2026'))).toBeNull();
  });
});
