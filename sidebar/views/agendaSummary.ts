// The discussion agenda as evaluators see it after the reveal (and the facilitator once the session is
// closed): what is disputed and why, most disputed first, with the value that counts so far. Read-only.
// Like the facilitator's agenda it opens as a list of its first items, each built when opened.
import type { AgendaCallView, AgendaItemView } from '../../src/api/views';
import type { AnswerValue, Criterion, Scorecard } from '../../src/domain/schemas';
import { ui } from '../app';
import { type Child, h } from '../dom';
import { plural, valueLabel } from '../model/format';
import { criteriaInOrder } from '../model/scoring';
import { button, disclosure, focusOn, help, tid } from './parts';

export function criterionById(scorecard: Scorecard, id: string): Criterion | undefined {
  return criteriaInOrder(scorecard).find(({ criterion }) => criterion.id === id)?.criterion;
}

export function answerText(criterion: Criterion | undefined, value: AnswerValue | null): string {
  if (value === null) return 'none';
  return criterion ? valueLabel(criterion, value) : String(value);
}

/** An agenda item's heading: its rank, its question and whether it is critical. */
export const agendaTitle = (item: AgendaItemView): Child[] => [
  h('span', { class: 'rank' }, `${item.rank}.`),
  ' ',
  item.question,
  item.critical ? h('span', { class: 'tag critical' }, 'Critical') : null,
];

/** Items drawn before "Show the other …": a meeting seldom gets further, and each drawn item costs time. */
const AGENDA_PAGE = 20;

/**
 * The agenda's first items, then a button drawing the rest that moves focus to the first of them. The
 * items are disclosures with ids `agenda-<criterion id>`.
 */
export function agendaPage(items: AgendaItemView[], draw: (item: AgendaItemView) => HTMLElement): Child[] {
  const shown = Math.max(AGENDA_PAGE, ui.agendaShown);
  const rest = items.slice(shown);
  const more =
    rest.length > 0
      ? h(
          'p',
          null,
          button(
            `Show the other ${plural(rest.length, 'item')}`,
            () => {
              ui.agendaShown = items.length;
              more?.replaceWith(...rest.map(draw));
              focusOn(`toggle-agenda-${rest[0]!.criterionId}`);
            },
            { class: 'link', ...tid('more-agenda') },
          ),
        )
      : null;
  return [items.slice(0, shown).map(draw), more];
}

const SOURCE: Record<AgendaCallView['finalSource'], string> = { recorded: 'agreed', consensus: 'consensus', unresolved: 'not decided' };

/** How the item's calls were settled, in one line: "Finals: 3 agreed, 1 consensus". */
function finalsLine(item: AgendaItemView): string {
  const counts = (Object.keys(SOURCE) as Array<AgendaCallView['finalSource']>)
    .map((source) => [SOURCE[source], item.calls.filter((c) => c.finalSource === source).length] as const)
    .filter(([, n]) => n > 0);
  return `Finals: ${counts.map(([source, n]) => `${n} ${source}`).join(', ')}`;
}

function readOnlyItem(item: AgendaItemView, scorecard: Scorecard): HTMLElement {
  return disclosure(
    `agenda-${item.criterionId}`,
    'agenda',
    agendaTitle(item),
    () => {
      const criterion = criterionById(scorecard, item.criterionId);
      return [
        h(
          'ul',
          { class: 'why', 'aria-label': 'Why it is on the agenda' },
          item.why.map((w) => h('li', null, w)),
        ),
        h(
          'ul',
          { class: 'finals', 'aria-label': 'Finals' },
          item.calls.map((c) =>
            h(
              'li',
              { 'data-testid': `agenda-call-${item.criterionId}-${c.callId}` },
              `${c.callLabel}: ${answerText(criterion, c.final)}${c.finalSource === 'recorded' ? ' (agreed)' : c.finalSource === 'consensus' ? ' (consensus)' : ''}`,
            ),
          ),
        ),
        item.resolution ? help(`Resolution: ${item.resolution}`) : null,
      ];
    },
    help(finalsLine(item)),
  );
}

export function agendaSummary(items: AgendaItemView[], scorecard: Scorecard): HTMLElement {
  if (items.length === 0) return help('Nothing was disputed: the team agreed on every criterion.');
  return h(
    'div',
    { class: 'agenda read-only', 'data-testid': 'agenda' },
    agendaPage(items, (item) => readOnlyItem(item, scorecard)),
  );
}
