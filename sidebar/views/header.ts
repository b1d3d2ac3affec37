// The top of every view with a session: its title, where it stands and its dates.
import type { SessionOverview } from '../../src/api/views';
import { h, type Child } from '../dom';
import { formatDay, formatWhen } from '../model/format';

const statusLabels = { scoring: 'Scoring', revealed: 'Revealed', closed: 'Closed' } as const;

export function sessionHeader(session: SessionOverview, byline: Child = null): HTMLElement {
  return h(
    'header',
    { class: 'session-header' },
    h('h1', { id: 'view-heading', tabindex: -1 }, session.title),
    h(
      'p',
      { class: 'meta' },
      h('span', { class: `chip ${session.status}`, 'data-testid': 'session-status' }, statusLabels[session.status]),
      ` ${formatDay(session.sessionDate)}`,
    ),
    session.status === 'scoring' ? h('p', { class: 'meta' }, `Scoring closes ${formatWhen(session.scoringDeadline)}`) : null,
    h('p', { class: 'meta' }, `Scorecard: ${session.scorecardName} (v${session.scorecardVersion})`),
    byline,
  );
}
