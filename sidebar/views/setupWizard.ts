// "New session": five short steps that fit a 300 px sidebar. Each step is checked before the next;
// advice (2–4 calls, 6–8 evaluators, a deadline 24–48 h ahead) is shown but never blocks.
import type { CreateSessionResult, PresetSummary, SessionTemplate } from '../../src/api/views';
import { api } from '../api';
import { rerender, show, ui } from '../app';
import { h, type Attrs, type Child } from '../dom';
import { roleLabels } from '../model/format';
import {
  addCall,
  addEvaluator,
  callCountWarning,
  evaluatorCountWarning,
  channelOptions,
  consensusOptions,
  removeCall,
  removeEvaluator,
  retitled,
  roleOptions,
  setupField,
  setupSteps,
  setupWarnings,
  stepErrors,
  stepTitles,
  suggestedDeadline,
  toCreatePayload,
  type CallRow,
  type EvaluatorRow,
  type SetupDraft,
} from '../model/setup';
import { act, showAlert, showInputProblems } from '../shell';
import { actions, button, checkbox, field, focusOn, help, notice, select, tid } from './parts';

const errorFor = (id: string) => ui.setupErrors.find((e) => e.field === id)?.message ?? '';

type TextKeys<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];

/** A labelled text input bound to `target[key]`, showing the step's error for `id`. */
function input<T>(
  id: string,
  label: string,
  target: T,
  key: TextKeys<T>,
  attrs: Attrs = {},
  options: { help?: string; required?: boolean } = {},
): HTMLElement {
  const control = h('input', {
    type: 'text',
    ...attrs,
    value: target[key] as string,
    oninput: (e) => ((target as Record<TextKeys<T>, string>)[key] = (e.target as HTMLInputElement).value),
  });
  return field(id, label, control, { ...options, error: errorFor(id) });
}

function scorecardStep(draft: SetupDraft, presets: PresetSummary[], latest: PresetSummary | null): Child {
  const choices: Array<{ id: string; label: string; detail: string; choice: SetupDraft['scorecard'] }> = [];
  if (latest) {
    choices.push({
      id: 'setup-scorecard-latest',
      label: `${latest.name} (v${latest.version})`,
      detail: `The scorecard the last session ended with, definition changes included. ${latest.criteriaCount} criteria.`,
      choice: { source: 'latest' },
    });
  }
  for (const preset of presets) {
    choices.push({
      id: `setup-scorecard-preset-${preset.id}`,
      label: preset.name,
      detail: `${preset.description} ${preset.criteriaCount} criteria.`,
      choice: { source: 'preset', presetId: preset.id },
    });
  }
  choices.push({
    id: 'setup-scorecard-sheet',
    label: 'The Scorecard sheet of this spreadsheet',
    detail: 'Every row is checked when the session starts; a problem is named by its cell.',
    choice: { source: 'sheet' },
  });
  const isChosen = (c: SetupDraft['scorecard']) => JSON.stringify(c) === JSON.stringify(draft.scorecard);
  const error = errorFor(setupField.scorecard);
  return [
    input(setupField.title, 'Session title', draft, 'title', { maxlength: 120 }, { required: true }),
    input(
      setupField.facilitatorName,
      'Your name (facilitator)',
      draft,
      'facilitatorName',
      { maxlength: 120, autocomplete: 'name' },
      { required: true },
    ),
    h(
      'fieldset',
      {
        id: setupField.scorecard,
        tabindex: -1,
        class: error ? 'choice-list invalid' : 'choice-list',
        'aria-describedby': error ? `${setupField.scorecard}-error` : null,
      },
      h('legend', null, 'Scorecard'),
      choices.map((c) =>
        h(
          'div',
          { class: 'option' },
          h('input', {
            type: 'radio',
            name: 'setup-scorecard',
            ...tid(c.id),
            checked: isChosen(c.choice),
            'aria-describedby': `${c.id}-detail`,
            onchange: () => (draft.scorecard = c.choice),
          }),
          h('label', { for: c.id }, c.label),
          help(c.detail, `${c.id}-detail`),
        ),
      ),
      error ? h('p', { class: 'error-text', id: `${setupField.scorecard}-error` }, error) : null,
    ),
  ];
}

function callFields(draft: SetupDraft, call: CallRow, i: number): HTMLElement {
  return h(
    'fieldset',
    { class: 'row-group', 'data-testid': `setup-call-${i}` },
    h('legend', null, `Call ${i + 1}`),
    input(
      setupField.callLabel(i),
      'Label',
      call,
      'label',
      { maxlength: 120, placeholder: 'e.g. Billing dispute, 12 Nov' },
      { required: true },
    ),
    input(setupField.callAgent(i), 'Agent', call, 'agent', { maxlength: 120 }),
    input(setupField.callUrl(i), 'Recording link', call, 'recordingUrl', { type: 'url', placeholder: 'https://…' }),
    h(
      'div',
      { class: 'pair' },
      input(setupField.callDate(i), 'Call date', call, 'callDate', { type: 'date' }),
      field(
        setupField.callChannel(i),
        'Channel',
        select(
          channelOptions.map((c) => ({ value: c, label: c[0]!.toUpperCase() + c.slice(1) })),
          call.channel,
          (v) => (call.channel = v),
        ),
      ),
    ),
    draft.calls.length > 1
      ? button(
          `Remove call ${i + 1}`,
          () => {
            ui.setup = removeCall(draft, call.key);
            rerender();
          },
          { class: 'link' },
        )
      : null,
  );
}

/**
 * "Same person as … from last session": how someone without an address stays the same person. A row
 * carried over starts as its person; the server matches by address first and refuses a contradiction.
 */
function sameAsField(evaluator: EvaluatorRow, i: number, previous: SessionTemplate | null): Child {
  if (!previous || previous.evaluators.length === 0) return null;
  return field(
    setupField.evaluatorSameAs(i),
    'Same person as (last session)',
    select(
      [
        { value: '', label: 'Nobody: someone new' },
        ...previous.evaluators
          .filter((p) => p.personKey)
          .map((p) => ({ value: p.personKey, label: p.email ? `${p.name} (${p.email})` : p.name })),
      ],
      evaluator.sameAs,
      (v) => (evaluator.sameAs = v),
    ),
    { help: 'Their drift and trend follow the person, whatever row they are on. With an email, the email decides.' },
  );
}

function evaluatorFields(draft: SetupDraft, evaluator: EvaluatorRow, i: number, previous: SessionTemplate | null): HTMLElement {
  return h(
    'fieldset',
    { class: 'row-group', 'data-testid': `setup-evaluator-${i}` },
    h('legend', null, `Evaluator ${i + 1}`),
    input(setupField.evaluatorName(i), 'Name', evaluator, 'name', { maxlength: 120 }, { required: true }),
    input(
      setupField.evaluatorEmail(i),
      'Email',
      evaluator,
      'email',
      { type: 'email', autocomplete: 'off' },
      { help: 'Optional. Without it, they pick their name in the sidebar.' },
    ),
    h(
      'div',
      { class: 'pair' },
      field(
        setupField.evaluatorRole(i),
        'Role',
        select(
          roleOptions.map((r) => ({ value: r, label: roleLabels[r] })),
          evaluator.role,
          (v) => (evaluator.role = v),
        ),
      ),
      input(
        setupField.evaluatorSeniority(i),
        'Seniority',
        evaluator,
        'seniority',
        { type: 'number', min: 1, max: 10, step: 1 },
        { help: '1 = most junior' },
      ),
    ),
    sameAsField(evaluator, i, previous),
    draft.evaluators.length > 1
      ? button(
          `Remove evaluator ${i + 1}`,
          () => {
            ui.setup = removeEvaluator(draft, evaluator.key);
            rerender();
          },
          { class: 'link' },
        )
      : null,
  );
}

function scheduleStep(draft: SetupDraft, previous: SessionTemplate | null): Child {
  const suggestion = suggestedDeadline(draft);
  return [
    h(
      'div',
      { class: 'pair' },
      field(
        setupField.sessionDate,
        'Session date',
        h('input', {
          type: 'date',
          value: draft.sessionDate,
          // A title that follows the last session's pattern follows the date.
          oninput: (e) => {
            const date = (e.target as HTMLInputElement).value;
            draft.title = retitled(draft, previous, date);
            draft.sessionDate = date;
          },
        }),
        { required: true, error: errorFor(setupField.sessionDate) },
      ),
      input(setupField.sessionTime, 'Starts at', draft, 'sessionTime', { type: 'time' }),
    ),
    input(
      setupField.deadline,
      'Scoring deadline',
      draft,
      'deadline',
      { type: 'datetime-local' },
      { required: true, help: 'Suggested: 24–48 h before the session, so you can check who has submitted.' },
    ),
    suggestion && suggestion !== draft.deadline
      ? button(
          'Use the suggested deadline',
          () => {
            draft.deadline = suggestedDeadline(draft);
            rerender();
          },
          { class: 'link', id: 'setup-suggest-deadline' },
        )
      : null,
    h(
      'fieldset',
      { class: 'options' },
      h('legend', null, 'Options'),
      checkbox(
        'setup-anonymous',
        'Anonymous reveal',
        draft.anonymousReveal,
        (v) => (draft.anonymousReveal = v),
        'The Summary names evaluators A, B, C…',
      ),
      checkbox(
        'setup-juniors-first',
        'Juniors first',
        draft.juniorsFirst,
        (v) => (draft.juniorsFirst = v),
        'Reveal and discuss from the most junior up, against seniority bias.',
      ),
      input(
        setupField.varianceTarget,
        'Variance target (points)',
        draft,
        'varianceTarget',
        { type: 'number', min: 0.5, max: 50, step: 0.5 },
        { help: 'An evaluator further than this from the final score is outside target.' },
      ),
      field(
        setupField.consensusRule,
        'Consensus rule',
        select(consensusOptions, draft.consensusRule, (v) => {
          draft.consensusRule = v;
        }),
      ),
      field(
        setupField.expert,
        'Expert (benchmark evaluator)',
        select(
          [
            { value: '', label: 'None' },
            ...draft.evaluators.filter((e) => e.name.trim()).map((e) => ({ value: e.key, label: e.name.trim() })),
          ],
          draft.expertKey,
          (v) => (draft.expertKey = v),
        ),
        { help: 'Needed for the "expert" consensus rule.', error: errorFor(setupField.expert) },
      ),
    ),
    h(
      'fieldset',
      { class: 'options' },
      h('legend', null, 'Co-facilitators and managers'),
      input(
        setupField.coFacilitators,
        'Co-facilitators (emails)',
        draft,
        'coFacilitators',
        { autocomplete: 'off' },
        {
          help: 'They may reveal, record finals and notes, build and share the report, and start the next session.',
        },
      ),
      input(
        setupField.managers,
        'Managers (emails)',
        draft,
        'managers',
        { autocomplete: 'off' },
        { help: 'They receive the report Doc when you share it.' },
      ),
      field(
        setupField.managerAccess,
        'Managers receive the report as',
        select(
          [
            { value: 'view' as const, label: 'Viewers' },
            { value: 'edit' as const, label: 'Editors (they can share it on)' },
          ],
          draft.managerAccess,
          (v) => (draft.managerAccess = v),
        ),
      ),
    ),
  ];
}

function reviewStep(draft: SetupDraft, presets: PresetSummary[], latest: PresetSummary | null): Child {
  const card = draft.scorecard;
  const cardName =
    card?.source === 'sheet'
      ? 'The Scorecard sheet'
      : card?.source === 'latest'
        ? `${latest?.name ?? 'The last scorecard'} (v${latest?.version ?? '?'})`
        : (presets.find((p) => card?.source === 'preset' && p.id === card.presetId)?.name ?? '—');
  const warnings = setupWarnings(draft, new Date());
  return [
    h(
      'dl',
      { class: 'review' },
      h('dt', null, 'Title'),
      h('dd', null, draft.title),
      h('dt', null, 'Scorecard'),
      h('dd', null, cardName),
      h('dt', null, `Calls (${draft.calls.length})`),
      h('dd', null, draft.calls.map((c) => c.label).join(', ')),
      h('dt', null, `Evaluators (${draft.evaluators.length})`),
      h('dd', null, draft.evaluators.map((e) => e.name).join(', ')),
      h('dt', null, 'Session'),
      h('dd', null, `${draft.sessionDate} ${draft.sessionTime}`),
      h('dt', null, 'Scoring deadline'),
      h('dd', null, draft.deadline.replace('T', ' ')),
    ),
    warnings.length > 0
      ? notice(
          'warn',
          [
            h('strong', null, 'Worth a look'),
            h(
              'ul',
              null,
              warnings.map((w) => h('li', null, w)),
            ),
          ],
          { 'data-testid': 'setup-warnings' },
        )
      : null,
  ];
}

function stepContent(draft: SetupDraft, presets: PresetSummary[], latest: PresetSummary | null, previous: SessionTemplate | null): Child {
  switch (ui.setupStep) {
    case 'scorecard':
      return scorecardStep(draft, presets, latest);
    case 'calls': {
      const warning = callCountWarning(draft.calls.length);
      return [
        draft.calls.map((c, i) => callFields(draft, c, i)),
        button(
          'Add a call',
          () => {
            ui.setup = addCall(draft);
            rerender();
          },
          { ...tid('setup-add-call') },
        ),
        warning ? notice('warn', warning) : null,
      ];
    }
    case 'evaluators': {
      const warning = evaluatorCountWarning(draft.evaluators.length);
      return [
        previous ? notice('info', `Carried over from the last session: each row stays the same person. Change what changed.`) : null,
        draft.evaluators.map((e, i) => evaluatorFields(draft, e, i, previous)),
        button(
          'Add an evaluator',
          () => {
            ui.setup = addEvaluator(draft);
            rerender();
          },
          { ...tid('setup-add-evaluator') },
        ),
        warning ? notice('warn', warning) : null,
      ];
    }
    case 'schedule':
      return scheduleStep(draft, previous);
    case 'review':
      return reviewStep(draft, presets, latest);
  }
}

function go(offset: number): void {
  const draft = ui.setup;
  if (!draft) return;
  const index = setupSteps.indexOf(ui.setupStep);
  if (offset > 0) {
    const errors = stepErrors(draft, ui.setupStep);
    ui.setupErrors = errors;
    if (errors.length > 0) {
      rerender();
      showInputProblems(
        errors.map((e) => e.message),
        errors[0]!.field,
      );
      return;
    }
  }
  ui.setupErrors = [];
  showAlert('');
  ui.setupStep = setupSteps[Math.min(setupSteps.length - 1, Math.max(0, index + offset))]!;
  rerender();
  focusOn('setup-step-heading');
}

function start(draft: SetupDraft): void {
  const errors = stepErrors(draft, 'review');
  ui.setupErrors = errors;
  if (errors.length > 0) {
    rerender();
    showInputProblems(errors.map((e) => e.message));
    return;
  }
  act(() => api.startSession(toCreatePayload(draft)), {
    busy: 'Starting the session: creating the tabs…',
    done: (result: CreateSessionResult) => {
      ui.setup = null;
      ui.setupStep = 'scorecard';
      ui.startWarnings = result.warnings;
      show(result.state);
      return 'The session has started. Share the spreadsheet with your evaluators.';
    },
  });
}

export function setupWizard(
  presets: PresetSummary[],
  latest: PresetSummary | null,
  previous: SessionTemplate | null,
  cancel: (() => void) | null,
): HTMLElement {
  const draft = ui.setup!;
  const index = setupSteps.indexOf(ui.setupStep);
  const last = index === setupSteps.length - 1;
  return h(
    'form',
    {
      class: 'wizard',
      novalidate: true,
      'data-testid': 'setup-wizard',
      'aria-labelledby': 'setup-step-heading',
      onsubmit: (e) => {
        e.preventDefault();
        if (last) start(draft);
        else go(1);
      },
    },
    h('p', { class: 'step-count' }, `New session · step ${index + 1} of ${setupSteps.length}`),
    h('h2', { id: 'setup-step-heading', tabindex: -1 }, stepTitles[ui.setupStep]),
    stepContent(draft, presets, latest, previous),
    actions(
      index > 0 ? button('Back', () => go(-1), { ...tid('setup-back') }) : null,
      index === 0 && cancel ? button('Cancel', cancel, { id: 'setup-cancel' }) : null,
      last
        ? h('button', { type: 'submit', class: 'primary', ...tid('start-session') }, 'Start session')
        : h('button', { type: 'submit', class: 'primary', ...tid('setup-next') }, 'Next'),
    ),
  );
}
