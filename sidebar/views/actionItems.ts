// Action items: what the session decided to do, who owns it and by when. Open items from earlier
// sessions are listed too, so they are followed up rather than forgotten.
import type { FacilitatorView } from '../../src/api/views';
import { api } from '../api';
import { rerender, show, ui } from '../app';
import { h } from '../dom';
import {
  actionItemDraft,
  actionItemPayload,
  actionItemProblems,
  actionStatusOptions,
  blankActionItem,
  ownerSuggestions,
} from '../model/followUp';
import { formatDay } from '../model/format';
import { criteriaInOrder } from '../model/scoring';
import { act, showInputProblems } from '../shell';
import { actions, button, field, focusOn, heading, help, note, select, tid } from './parts';

export function actionItemsPanel(state: FacilitatorView): HTMLElement {
  const draft = ui.actionDraft;
  const editing = draft.id !== '';
  const statusLabel = (s: string) => actionStatusOptions.find((o) => o.value === s)?.label ?? s;
  const save = () => {
    const problems = actionItemProblems(draft);
    if (problems.length > 0) {
      showInputProblems(
        problems,
        problems[0]!.includes('owner') ? 'action-owner' : problems[0]!.includes('due') ? 'action-due' : 'action-text',
      );
      return;
    }
    act(() => api.saveSessionActionItem(actionItemPayload(draft)), {
      busy: 'Saving the action item…',
      done: (next) => {
        ui.actionDraft = blankActionItem();
        show(next);
        return editing ? 'Action item updated.' : 'Action item added to the Action Items tab.';
      },
    });
  };
  const earlier = state.openActionItems.filter((a) => a.sessionId !== state.session.id);
  const current = state.openActionItems.filter((a) => a.sessionId === state.session.id);
  const list = (items: typeof state.openActionItems, testId: string) =>
    h(
      'ul',
      { class: 'action-list', 'data-testid': testId },
      items.map((item) =>
        h(
          'li',
          { 'data-testid': `action-${item.id}` },
          h('span', null, item.text),
          note(` ${item.owner}${item.dueDate ? ` · due ${formatDay(item.dueDate)}` : ''} · ${statusLabel(item.status)}`),
          button(
            'Edit',
            () => {
              ui.actionDraft = actionItemDraft(item);
              rerender();
              focusOn('action-text');
            },
            { class: 'link', id: `edit-action-${item.id}`, 'data-testid': `edit-action-${item.id}`, 'aria-label': `Edit: ${item.text}` },
          ),
        ),
      ),
    );
  const owners = ownerSuggestions(state.session);
  return h(
    'div',
    { class: 'panel', 'data-testid': 'action-items' },
    heading('Action items'),
    earlier.length > 0 ? [h('h3', null, 'Open from earlier sessions'), list(earlier, 'earlier-actions')] : null,
    current.length > 0 ? [h('h3', null, 'From this session'), list(current, 'session-actions')] : null,
    earlier.length + current.length === 0 ? help('No open action items. Done items stay on the Action Items tab.') : null,
    h(
      'form',
      {
        class: 'action-form',
        novalidate: true,
        'aria-labelledby': 'action-form-title',
        onsubmit: (e) => {
          e.preventDefault();
          save();
        },
      },
      h('h3', { id: 'action-form-title' }, editing ? 'Edit the action item' : 'New action item'),
      field(
        'action-text',
        'Action',
        h('textarea', {
          rows: 2,
          maxlength: 1000,
          value: draft.text,
          'data-testid': 'action-text',
          oninput: (e) => (draft.text = (e.target as HTMLTextAreaElement).value),
        }),
        { required: true },
      ),
      field(
        'action-owner',
        'Owner',
        h('input', {
          type: 'text',
          list: 'action-owners',
          maxlength: 120,
          value: draft.owner,
          'data-testid': 'action-owner',
          oninput: (e) => (draft.owner = (e.target as HTMLInputElement).value),
        }),
        { required: true, help: 'A participant, or anyone else by name.' },
      ),
      h(
        'datalist',
        { id: 'action-owners' },
        owners.map((o) => h('option', { value: o })),
      ),
      h(
        'div',
        { class: 'pair' },
        field(
          'action-due',
          'Due date',
          h('input', {
            type: 'date',
            value: draft.dueDate,
            'data-testid': 'action-due',
            oninput: (e) => (draft.dueDate = (e.target as HTMLInputElement).value),
          }),
        ),
        field(
          'action-status',
          'Status',
          select(actionStatusOptions, draft.status, (v) => (draft.status = v), { 'data-testid': 'action-status' }),
        ),
      ),
      field(
        'action-criterion',
        'About',
        select(
          [
            { value: '', label: 'The session in general' },
            ...criteriaInOrder(state.scorecard).map(({ criterion }) => ({ value: criterion.id, label: criterion.question })),
          ],
          draft.criterionId,
          (v) => (draft.criterionId = v),
        ),
      ),
      actions(
        editing
          ? button(
              'Cancel',
              () => {
                ui.actionDraft = blankActionItem();
                rerender();
              },
              { id: 'cancel-action' },
            )
          : null,
        h('button', { type: 'submit', class: 'primary', ...tid('save-action') }, editing ? 'Save changes' : 'Add action item'),
      ),
    ),
  );
}
