// The blind scoring form: one call at a time, each criterion a labelled group with its definition as
// help, a comment, "Save draft" and "Submit". What is typed is kept in the browser until the server
// has it, so a failed call loses nothing.
import type { CallForm, EvaluatorForm } from '../../src/api/views';
import type { Criterion } from '../../src/domain/schemas';
import { api } from '../api';
import { rerender, ui } from '../app';
import { byId, h } from '../dom';
import { drafts } from '../drafts';
import type { DraftKey } from '../model/draftStore';
import { callStateBadge, callStateText, formatDay, formatWhen, valueLabel } from '../model/format';
import {
  answersToSend,
  choicesFor,
  criteriaInOrder,
  draftFromAnswers,
  parsePoints,
  problemsIn,
  sameDraft,
  type AnswerDraft,
  type CallDraft,
} from '../model/scoring';
import { act, showInputProblems } from '../shell';
import { actions, button, help, note, tid } from './parts';

const answerId = (callId: string, criterionId: string) => `answer-${callId}-${criterionId}`;
const groupId = (callId: string, criterionId: string) => `criterion-${callId}-${criterionId}`;

/** The control to focus for a criterion: its first choice or its number input. */
function firstControlOf(callId: string, criterionId: string): string {
  const group = byId(groupId(callId, criterionId));
  return group?.querySelector('input')?.id ?? '';
}

function selectedCall(form: EvaluatorForm): CallForm {
  return form.calls.find((c) => c.call.id === ui.selectedCall) ?? form.calls.find((c) => c.state !== 'submitted') ?? form.calls[0]!;
}

function callList(form: EvaluatorForm, current: CallForm): HTMLElement {
  return h(
    'nav',
    { class: 'call-list', 'aria-label': 'Calls to score' },
    h(
      'ul',
      null,
      form.calls.map((c) =>
        h(
          'li',
          null,
          h(
            'button',
            {
              type: 'button',
              class: c === current ? 'call-pick current' : 'call-pick',
              id: `call-pick-${c.call.id}`,
              'data-testid': `call-pick-${c.call.id}`,
              'aria-current': c === current ? 'true' : null,
              onclick: () => {
                ui.selectedCall = c.call.id;
                rerender();
              },
            },
            h('span', { class: 'call-name' }, c.call.label),
            h('span', { class: `badge ${c.state}` }, callStateBadge(c.state)),
          ),
        ),
      ),
    ),
  );
}

function choiceControls(criterion: Criterion, id: string, answer: AnswerDraft, update: (value: AnswerDraft['value']) => void): HTMLElement {
  const choices = choicesFor(criterion);
  if (choices) {
    const withHints = choices.some((c) => c.hint && c.value !== 'NA');
    return h(
      'div',
      { class: withHints ? 'choices stacked' : 'choices' },
      choices.map((choice) => {
        const choiceId = `${id}-${choice.value}`;
        return h(
          'label',
          { class: 'choice', for: choiceId },
          h('input', {
            type: 'radio',
            id: choiceId,
            name: id,
            value: String(choice.value),
            'data-testid': `answer-${criterion.id}-${choice.value}`,
            checked: answer.value === choice.value,
            onchange: () => update(choice.value),
          }),
          h('span', null, withHints && choice.hint && choice.value !== 'NA' ? `${choice.label} – ${choice.hint}` : choice.label),
        );
      }),
    );
  }
  // Many points: a number within range, and N/A beside it when allowed.
  const max = criterion.type === 'points' ? criterion.maxPoints : 0;
  const numberInput = h('input', {
    type: 'number',
    id,
    min: 0,
    max,
    step: 1,
    inputmode: 'numeric',
    'data-testid': `answer-${criterion.id}`,
    value: typeof answer.value === 'number' ? String(answer.value) : '',
    disabled: answer.value === 'NA',
    'aria-label': `Points, 0 to ${max}`,
    oninput: (e) => {
      const parsed = parsePoints((e.target as HTMLInputElement).value, criterion);
      // An out-of-range number stays in the box; submitting names the problem.
      update('value' in parsed ? parsed.value : Number((e.target as HTMLInputElement).value));
    },
  });
  return h(
    'div',
    { class: 'choices' },
    numberInput,
    note(` of ${max} points`),
    criterion.allowNA
      ? h(
          'label',
          { class: 'choice', for: `${id}-NA` },
          h('input', {
            type: 'checkbox',
            id: `${id}-NA`,
            'data-testid': `answer-${criterion.id}-NA`,
            checked: answer.value === 'NA',
            onchange: (e) => {
              const na = (e.target as HTMLInputElement).checked;
              numberInput.disabled = na;
              update(na ? 'NA' : numberInput.value === '' ? null : Number(numberInput.value));
            },
          }),
          h('span', null, 'N/A'),
        )
      : null,
  );
}

function criterionGroup(criterion: Criterion, callId: string, draft: CallDraft, problem: string, changed: () => void): HTMLElement {
  const id = answerId(callId, criterion.id);
  const answer = draft[criterion.id] ?? { value: null, comment: '' };
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const commentId = `comment-${callId}-${criterion.id}`;
  const group = h(
    'fieldset',
    {
      class: problem ? 'criterion invalid' : 'criterion',
      id: groupId(callId, criterion.id),
      'data-testid': `criterion-${criterion.id}`,
      'aria-describedby': [criterion.definition ? helpId : '', problem ? errorId : ''].filter(Boolean).join(' ') || null,
      'aria-invalid': problem ? 'true' : null,
    },
    h('legend', null, criterion.question, criterion.critical ? h('span', { class: 'tag critical' }, 'Critical') : null),
    criterion.definition ? help(criterion.definition, helpId) : null,
    choiceControls(criterion, id, answer, (value) => {
      draft[criterion.id] = { ...(draft[criterion.id] ?? answer), value };
      group.classList.remove('invalid');
      group.removeAttribute('aria-invalid');
      byId(errorId)?.remove();
      changed();
    }),
    problem ? h('p', { class: 'error-text', id: errorId }, problem) : null,
    h(
      'div',
      { class: 'comment' },
      h('label', { for: commentId }, 'Comment ', note('(optional)')),
      h('textarea', {
        id: commentId,
        rows: 1,
        maxlength: 1000,
        'data-testid': `comment-${criterion.id}`,
        value: answer.comment,
        oninput: (e) => {
          draft[criterion.id] = { ...(draft[criterion.id] ?? answer), comment: (e.target as HTMLTextAreaElement).value };
          changed();
        },
      }),
    ),
  );
  return group;
}

function readOnlyAnswers(form: EvaluatorForm, call: CallForm): HTMLElement {
  if (call.state === 'not-started' || call.state === 'draft') {
    return h('p', { 'data-testid': 'read-only-answers' }, 'You did not submit this call before the reveal, so it has no scores from you.');
  }
  if (call.state === 'revising') {
    return h(
      'p',
      { 'data-testid': 'read-only-answers' },
      'Your last changes were not submitted; the Summary shows the answers you submitted.',
    );
  }
  const byCriterion = new Map(call.answers.map((a) => [a.criterionId, a]));
  return h(
    'dl',
    { class: 'answers', 'data-testid': 'read-only-answers' },
    criteriaInOrder(form.scorecard).map(({ criterion }) => {
      const answer = byCriterion.get(criterion.id);
      return [
        h('dt', null, criterion.question),
        h('dd', null, valueLabel(criterion, answer?.value ?? null), answer?.comment ? note(` — ${answer.comment}`) : null),
      ];
    }),
  );
}

/**
 * The evaluator's form. `replaced` receives the form the server answers with after a save or a
 * submission, and puts it into the page's state.
 */
export function scoringForm(form: EvaluatorForm, sessionId: string, replaced: (form: EvaluatorForm) => void): HTMLElement {
  const call = selectedCall(form);
  const callId = call.call.id;
  const key: DraftKey = { sessionId, evaluatorId: form.evaluatorId, callId };
  const saved = draftFromAnswers(form.scorecard, call.answers);
  const kept = form.canEdit ? drafts.load(key) : null;
  // A copy: answers change in `draft` while `saved` stays what the server holds.
  const draft: CallDraft = { ...saved, ...(kept ?? {}) };
  const unsavedNote = h('p', { class: 'unsaved', ...tid('unsaved-note'), 'aria-live': 'polite' });
  const showUnsaved = () => {
    const unsaved = !sameDraft(draft, saved);
    unsavedNote.textContent = unsaved ? 'Unsaved changes are kept in this browser until you save or submit.' : '';
  };
  showUnsaved();
  const changed = () => {
    drafts.keep(key, draft);
    showUnsaved();
  };
  const problems = new Map((ui.problems[callId] ?? []).map((p) => [p.criterionId, p.message]));

  const send = (purpose: 'draft' | 'submit') => {
    const found = problemsIn(form.scorecard, draft, purpose);
    if (found.length > 0) {
      ui.problems[callId] = found;
      rerender();
      const missing = found.length === 1 ? '1 criterion needs attention' : `${found.length} criteria need attention`;
      showInputProblems(
        [`${missing} before you ${purpose === 'submit' ? 'submit' : 'save'}: ${found[0]!.message}`],
        firstControlOf(callId, found[0]!.criterionId),
      );
      return;
    }
    const payload = { callId, answers: answersToSend(form.scorecard, draft) };
    act(() => (purpose === 'submit' ? api.submitCallScores(payload) : api.saveScoresDraft(payload)), {
      busy: purpose === 'submit' ? `Submitting ${call.call.label}…` : 'Saving your draft…',
      done: (next) => {
        drafts.forget(key);
        delete ui.problems[callId];
        ui.selectedCall = callId;
        replaced(next);
        const updated = next.calls.find((c) => c.call.id === callId);
        if (purpose === 'draft')
          return `Draft of ${call.call.label} saved${updated?.draftSavedAt ? ` at ${formatWhen(updated.draftSavedAt)}` : ''}.`;
        return `${call.call.label} submitted${updated?.submittedAt ? ` at ${formatWhen(updated.submittedAt)}` : ''}. You can revise it until the reveal.`;
      },
    });
  };

  const meta = [call.call.agent && `Agent: ${call.call.agent}`, call.call.channel, call.call.callDate && formatDay(call.call.callDate)]
    .filter(Boolean)
    .join(' · ');
  return h(
    'div',
    { class: 'score-form', 'data-testid': 'scoring-form' },
    h(
      'p',
      { class: 'progress', 'data-testid': 'scoring-progress' },
      `${form.callsSubmitted} of ${form.callsTotal} calls submitted`,
      form.identifiedBy === 'self-declared' ? note(` · scoring as ${form.name}`) : null,
    ),
    form.calls.length > 1 ? callList(form, call) : null,
    h(
      'section',
      { class: 'call', 'aria-labelledby': 'call-heading' },
      h('h2', { id: 'call-heading', tabindex: -1 }, call.call.label),
      meta ? help(meta) : null,
      call.call.recordingUrl
        ? h(
            'p',
            null,
            h(
              'a',
              { href: call.call.recordingUrl, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'recording-link' },
              'Open the recording ↗',
            ),
          )
        : help('No recording link was given for this call.'),
      h('p', { class: `call-state ${call.state}`, ...tid('call-state') }, callStateText(call)),
      form.canEdit
        ? h(
            'form',
            {
              novalidate: true,
              'aria-labelledby': 'call-heading',
              onsubmit: (e) => {
                e.preventDefault();
                send('submit');
              },
            },
            form.scorecard.sections.map((s) =>
              h(
                'div',
                { class: 'scorecard-section' },
                form.scorecard.sections.length > 1 ? h('h3', null, s.name) : null,
                s.criteria.map((c) => criterionGroup(c, callId, draft, problems.get(c.id) ?? '', changed)),
              ),
            ),
            unsavedNote,
            actions(
              button('Save draft', () => send('draft'), { ...tid('save-draft') }),
              h(
                'button',
                { type: 'submit', class: 'primary', ...tid('submit-scores') },
                call.state === 'submitted' || call.state === 'revising' ? 'Submit changes' : 'Submit scores',
              ),
            ),
          )
        : [
            h(
              'p',
              { class: 'notice info', 'data-testid': 'revealed-note' },
              "The scores are revealed, so answers can no longer change. See the Summary tab for everyone's scores and the agenda.",
            ),
            readOnlyAnswers(form, call),
          ],
    ),
  );
}
