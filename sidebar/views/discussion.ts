// After the reveal: the agenda, most disputed first, with why each item is on it. Per item the
// facilitator records the discussion, the resolution, the final value per call (the consensus until
// they choose otherwise) and, when the wording was the problem, a new definition with its reason.
import type { AgendaCallView, AgendaItemView, FacilitatorView } from '../../src/api/views';
import type { AnswerValue, Criterion } from '../../src/domain/schemas';
import { api } from '../api';
import { show } from '../app';
import { h } from '../dom';
import { forgetText, keepText, keptText } from '../fields';
import { definitionProblems } from '../model/followUp';
import { valueLabel } from '../model/format';
import { choicesFor, parsePoints } from '../model/scoring';
import { act, showInputProblems } from '../shell';
import { agendaPage, agendaTitle, answerText, criterionById } from './agendaSummary';
import { button, disclosure, field, heading, help, keptInput, keptTextarea, section } from './parts';

const valueText = (value: AnswerValue | null) => (value === null ? '' : String(value));

function finalControl(criterion: Criterion, id: string, call: AgendaCallView): HTMLElement {
  const current = keptText(id, valueText(call.final ?? call.consensus));
  const choices = choicesFor(criterion);
  if (!choices) {
    const max = criterion.type === 'points' ? criterion.maxPoints : 0;
    return h('input', {
      type: 'number',
      min: 0,
      max,
      step: 1,
      value: current === 'NA' ? '' : current,
      oninput: (e) => keepText(id, (e.target as HTMLInputElement).value),
    });
  }
  return h(
    'select',
    { onchange: (e) => keepText(id, (e.target as HTMLSelectElement).value) },
    current === '' ? h('option', { value: '', selected: true }, 'Choose…') : null,
    choices.map((c) => h('option', { value: String(c.value), selected: String(c.value) === current }, valueLabel(criterion, c.value))),
  );
}

function readFinal(criterion: Criterion, text: string): { value: AnswerValue } | { error: string } {
  if (text === '') return { error: 'Choose the final value first.' };
  if (text === 'NA') return { value: 'NA' };
  const parsed = parsePoints(text, criterion);
  if ('error' in parsed) return parsed;
  return parsed.value === null ? { error: 'Choose the final value first.' } : { value: parsed.value };
}

function callRow(item: AgendaItemView, criterion: Criterion | undefined, call: AgendaCallView): HTMLElement {
  const id = `final-${item.criterionId}-${call.callId}`;
  const source = { recorded: 'agreed', consensus: 'consensus', unresolved: 'not decided' }[call.finalSource];
  const save = () => {
    if (!criterion) return;
    const read = readFinal(criterion, keptText(id, valueText(call.final ?? call.consensus)));
    if ('error' in read) {
      showInputProblems([read.error], id);
      return;
    }
    act(() => api.recordFinalValue({ callId: call.callId, criterionId: item.criterionId, value: read.value }), {
      busy: `Recording the final for ${call.callLabel}…`,
      done: (next) => {
        forgetText(id);
        show(next);
        return `Final for ${call.callLabel} recorded: ${answerText(criterion, read.value)}.`;
      },
    });
  };
  return h(
    'div',
    { class: 'agenda-call', 'data-testid': `agenda-call-${item.criterionId}-${call.callId}` },
    h('h4', null, call.callLabel),
    h(
      'p',
      { class: 'help' },
      `Consensus: ${answerText(criterion, call.consensus)}`,
      call.agreementPercent !== null ? ` · ${Math.round(call.agreementPercent)}% agree` : '',
    ),
    h('p', { 'data-testid': `final-now-${item.criterionId}-${call.callId}` }, `Final: ${answerText(criterion, call.final)} (${source})`),
    criterion
      ? h(
          'div',
          { class: 'inline' },
          field(id, 'Final value', finalControl(criterion, id, call)),
          button('Save final', save, { id: `save-${id}`, 'data-testid': `save-${id}` }),
        )
      : null,
  );
}

function discussionFields(item: AgendaItemView): HTMLElement {
  const notesId = `notes-${item.criterionId}`;
  const resolutionId = `resolution-${item.criterionId}`;
  const save = () => {
    const notes = keptText(notesId, item.notes);
    const resolution = keptText(resolutionId, item.resolution);
    if (notes.length > 4000 || resolution.length > 2000) {
      showInputProblems(['Keep the notes under 4000 characters and the resolution under 2000.'], notesId);
      return;
    }
    act(() => api.recordDiscussionNotes({ criterionId: item.criterionId, callId: '', notes, resolution }), {
      busy: 'Saving the discussion…',
      done: (next) => {
        forgetText(notesId, resolutionId);
        show(next);
        return 'Discussion saved.';
      },
    });
  };
  return h(
    'div',
    { class: 'discussion' },
    field(notesId, 'Discussion notes', keptTextarea(notesId, item.notes, { maxlength: 4000, 'data-testid': notesId })),
    field(
      resolutionId,
      'Resolution',
      keptTextarea(resolutionId, item.resolution, { rows: 2, maxlength: 2000, 'data-testid': resolutionId }),
    ),
    button('Save notes', save, { id: `save-discussion-${item.criterionId}`, 'data-testid': `save-discussion-${item.criterionId}` }),
  );
}

function definitionForm(state: FacilitatorView, item: AgendaItemView): HTMLElement {
  const questionId = `new-question-${item.criterionId}`;
  const definitionId = `new-definition-${item.criterionId}`;
  const reasonId = `reason-${item.criterionId}`;
  const save = () => {
    const draft = {
      newQuestion: keptText(questionId, ''),
      newDefinition: keptText(definitionId, item.definition),
      reason: keptText(reasonId, ''),
    };
    const problems = definitionProblems(draft, item);
    if (problems.length > 0) {
      showInputProblems(problems, problems[0]!.startsWith('Say why') ? reasonId : definitionId);
      return;
    }
    act(
      () =>
        api.changeCriterionDefinition({
          criterionId: item.criterionId,
          ...(draft.newQuestion.trim() ? { newQuestion: draft.newQuestion.trim() } : {}),
          newDefinition: draft.newDefinition.trim(),
          reason: draft.reason.trim(),
        }),
      {
        busy: 'Saving the new definition…',
        done: (next) => {
          forgetText(questionId, definitionId, reasonId);
          show(next);
          return `New definition saved: the next session starts from scorecard version ${next.nextScorecardVersion}.`;
        },
      },
    );
  };
  const changes = state.definitionChanges.filter((c) => c.criterionId === item.criterionId);
  return section(`definition-${item.criterionId}`, 'Change the definition', () => [
    changes.map((c) => h('p', { class: 'notice success' }, `v${c.fromVersion} → v${c.toVersion}: ${c.newDefinition} (why: ${c.reason})`)),
    field(questionId, 'New question (optional)', keptInput(questionId, '', { maxlength: 500 }), { help: `Now: ${item.question}` }),
    field(definitionId, 'New definition', keptTextarea(definitionId, item.definition, { maxlength: 2000 })),
    field(reasonId, 'Why it changes', keptTextarea(reasonId, '', { rows: 2, maxlength: 1000 })),
    button('Save new definition', save, {
      id: `save-definition-${item.criterionId}`,
      'data-testid': `save-definition-${item.criterionId}`,
    }),
  ]);
}

function agendaItem(state: FacilitatorView, item: AgendaItemView): HTMLElement {
  // Every item starts closed (the agenda opens as its list) and is built when opened, one at a time:
  // the redraw after each save rebuilds that item only.
  return disclosure(`agenda-${item.criterionId}`, 'agenda', agendaTitle(item), () => {
    const criterion = criterionById(state.scorecard, item.criterionId);
    return [
      h(
        'ul',
        { class: 'why', 'aria-label': 'Why it is on the agenda' },
        item.why.map((w) => h('li', null, w)),
      ),
      item.definition ? help(`Definition: ${item.definition}`) : null,
      item.calls.map((call) => callRow(item, criterion, call)),
      discussionFields(item),
      definitionForm(state, item),
    ];
  });
}

export function discussionPanel(state: FacilitatorView): HTMLElement {
  return h(
    'div',
    { class: 'panel', 'data-testid': 'agenda' },
    heading('Discussion agenda'),
    state.agenda.length === 0
      ? help('Nothing was disputed: every criterion reached agreement. Finals follow the consensus.')
      : [
          help('Most disputed first. A final stays the consensus until you record another value.'),
          agendaPage(state.agenda, (item) => agendaItem(state, item)),
        ],
  );
}
