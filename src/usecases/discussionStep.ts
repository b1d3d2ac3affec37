// Every step of the discussion (a final, notes, a definition change) is the facilitator's, happens on a
// revealed session and is a read-modify-write: one place says so.
import type { PropertyStore } from './ports/propertyStore';
import type { SessionState } from '../state/sessionState';
import { requireState } from '../state/stateStore';
import { requireFacilitation } from './authorization';
import type { Services } from './ports/services';
import { requireRevealed } from './sessionRules';

export function discussionStep<T>(services: Services, work: (store: PropertyStore, current: SessionState) => T): T {
  const user = services.caller();
  return services.underLock(() => {
    const store = services.store();
    const current = requireState(store);
    requireFacilitation(current, user);
    requireRevealed(current);
    return work(store, current);
  });
}
