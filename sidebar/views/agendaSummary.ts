// The discussion agenda as evaluators see it after the reveal: what is disputed and why, most
// disputed first, with the value that counts so far. Read-only.
import type { AgendaItemView } from '../../src/api/views';
import type { AnswerValue, Criterion, Scorecard } from '../../src/domain/schemas';
import { help } from './parts';
import { h } from '../dom';
import { valueLabel } from '../model/format';
import { criteriaInOrder } from '../model/scoring';

export function criterionById(scorecard: Scorecard, id: string): Criterion | undefined {
  return criteriaInOrder(scorecard).find(({ criterion }) => criterion.id === id)?.criterion;
}

export function answerText(criterion: Criterion | undefined, value: AnswerValue | null): string {
  if (value === null) return 'none';
  return criterion ? valueLabel(criterion, value) : String(value);
}

export function agendaSummary(items: AgendaItemView[], scorecard: Scorecard): HTMLElement {
  if (items.length === 0) return help('Nothing was disputed: the team agreed on every criterion.');
  return h(
    'ol',
    { class: 'agenda read-only', 'data-testid': 'agenda' },
    items.map((item) => {
      const criterion = criterionById(scorecard, item.criterionId);
      return h(
        'li',
        null,
        h('strong', null, item.question),
        item.critical ? h('span', { class: 'tag critical' }, 'Critical') : null,
        h(
          'ul',
          { class: 'why' },
          item.why.map((w) => h('li', null, w)),
        ),
        h(
          'ul',
          { class: 'finals' },
          item.calls.map((c) =>
            h(
              'li',
              null,
              `${c.callLabel}: ${answerText(criterion, c.final)}${c.finalSource === 'recorded' ? ' (agreed)' : c.finalSource === 'consensus' ? ' (consensus)' : ''}`,
            ),
          ),
        ),
        item.resolution ? help(`Resolution: ${item.resolution}`) : null,
      );
    }),
  );
}
