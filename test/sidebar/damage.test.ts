import type { FacilitatorView } from '../../src/api/views';
import { damageAfter, noDamage } from '../../sidebar/model/damage';

type Seen = Pick<FacilitatorView, 'session' | 'damage' | 'damageChecked'>;

const view = (id: string, status: 'scoring' | 'revealed' | 'closed', damageChecked: boolean, damage: string[] = []): Seen => ({
  session: { id, status } as FacilitatorView['session'],
  damage,
  damageChecked,
});

describe('the repair banner', () => {
  it('shows what a check found, and keeps it through answers that did not look', () => {
    const loaded = damageAfter(noDamage, view('s1', 'scoring', true, ['Ana (scores)']));
    expect(loaded.tabs).toEqual(['Ana (scores)']);
    expect(damageAfter(loaded, view('s1', 'scoring', false)).tabs).toEqual(['Ana (scores)']);
  });

  it('is replaced by the next check, such as the one after a repair', () => {
    const loaded = damageAfter(noDamage, view('s1', 'revealed', true, ['Summary']));
    expect(damageAfter(loaded, view('s1', 'revealed', true, [])).tabs).toEqual([]);
  });

  it("forgets another session's damage, and a closed session has nothing to repair", () => {
    const loaded = damageAfter(noDamage, view('s1', 'scoring', true, ['Summary']));
    expect(damageAfter(loaded, view('s2', 'scoring', false)).tabs).toEqual([]);
    expect(damageAfter(loaded, view('s1', 'closed', false)).tabs).toEqual([]);
  });
});
