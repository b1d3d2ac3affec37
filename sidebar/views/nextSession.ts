// A closed session stays readable until someone starts the next one. Every face says when it closed
// and offers "New session", which opens the setup wizard seeded with what the closed one hands on.
import type { NextSessionOffer, SessionOverview, SidebarState } from '../../src/api/views';
import { rerender, ui } from '../app';
import { h, type Child } from '../dom';
import { formatWhen } from '../model/format';
import { newSetup } from '../model/setup';
import { actions, button, focusOn, notice, primaryButton, tid } from './parts';
import { setupWizard } from './setupWizard';

/** What this user may start the next session from; null when they may not start one. */
export function offerFor(state: SidebarState): NextSessionOffer | null {
  if (state.role !== 'visitor') return state.nextSession;
  return state.canCreateSession ? { presets: state.presets, latestScorecard: state.latestScorecard, previous: state.previous } : null;
}

export function newSessionButton(offer: NextSessionOffer, primary: boolean): HTMLButtonElement {
  return (primary ? primaryButton : button)(
    'New session',
    () => {
      ui.setup = newSetup(new Date(), offer.presets, offer.latestScorecard, offer.previous);
      ui.setupStep = 'scorecard';
      ui.setupErrors = [];
      rerender();
      focusOn('setup-step-heading');
    },
    { ...tid('new-session') },
  );
}

export function newSessionWizard(offer: NextSessionOffer): HTMLElement {
  return setupWizard(offer.presets, offer.latestScorecard, offer.previous, () => {
    ui.setup = null;
    rerender();
    focusOn('new-session');
  });
}

/** "Session closed on 30 Nov 2026, 14:03", what is still possible, and the next step. */
export function closedNotice(session: SessionOverview, body: string, action: Child = null): HTMLElement {
  return notice(
    'info',
    [
      h('p', null, h('strong', { 'data-testid': 'closed-on' }, `Session closed on ${formatWhen(session.closedAt)}`)),
      h('p', null, body),
      action ? actions(action) : null,
    ],
    { 'data-testid': 'closed-notice' },
  );
}
