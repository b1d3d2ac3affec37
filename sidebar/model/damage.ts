// Which tabs the repair banner names. Looking for damage is costly, so only some server answers look
// (damageChecked); the others say nothing about it, and the last list found stays until one that
// looked replaces it. A closed session has nothing left to repair.
import type { FacilitatorView } from '../../src/api/views';

export interface KnownDamage {
  sessionId: string;
  tabs: string[];
}

export const noDamage: KnownDamage = { sessionId: '', tabs: [] };

export function damageAfter(known: KnownDamage, view: Pick<FacilitatorView, 'session' | 'damage' | 'damageChecked'>): KnownDamage {
  const sessionId = view.session.id;
  if (view.session.status === 'closed') return { sessionId, tabs: [] };
  if (view.damageChecked) return { sessionId, tabs: [...view.damage] };
  return { sessionId, tabs: known.sessionId === sessionId ? known.tabs : [] };
}
