import { PropertyStore } from '../../src/adapters/propertyStore';
import { loadState } from '../../src/state/stateStore';
import { presets } from '../../src/domain/presets';
import {
  FACILITATOR,
  EVALUATORS,
  api,
  as,
  documentProperties,
  expectPlainData,
  failure,
  sessionPayload,
  environmentPerTest,
} from './harness';

const env = environmentPerTest();

describe('starting a session', () => {
  it('pins the preset scorecard, makes the caller its facilitator and lays out the workbook', () => {
    const result = as(env, FACILITATOR, () => api.startSession(sessionPayload()));
    expectPlainData(result);
    expect(result.warnings).toEqual([]);
    const view = result.state;
    if (view.role !== 'facilitator') throw new Error('expected the facilitator view');
    expect(view.session.status).toBe('scoring');
    expect(view.session.scorecardName).toBe('General customer service');
    expect(view.scorecard.version).toBe(1);
    expect(view.status.rows).toHaveLength(8);
    expect(view.status.rows.every((r) => r.callsSubmitted === 0 && r.identifiedBy === 'email')).toBe(true);
    expect(view.damage).toEqual([]);
    const sheetCount = as(env, FACILITATOR, () => SpreadsheetApp.getActiveSpreadsheet().getSheets().length);
    expect(sheetCount).toBeGreaterThanOrEqual(8 + 5);
    // A new session records the current scoring rule, so its figures never change afterwards.
    expect(as(env, FACILITATOR, () => loadState(PropertyStore.document())!.session.scoringRule)).toBe('section-shares');
  });

  it('shows progress while it lays out the tabs, which takes seconds, and says nothing of anyone in it', () => {
    as(env, FACILITATOR, () => api.startSession(sessionPayload({ options: { anonymousReveal: true } })));
    const toasts = env.ui.toasts;
    expect(toasts.map((toast) => [toast.title, toast.message, toast.user])).toEqual([
      ['Call Calibration', 'Setting up "November calibration": the shared tabs and one tab per evaluator…', FACILITATOR],
    ]);
  });

  it('lists the presets for anyone before a session exists', () => {
    const view = as(env, 'someone@example.com', () => api.getSidebarState());
    expect(view.role === 'visitor' && view.canCreateSession).toBe(true);
    expect(view.role === 'visitor' && view.presets.map((p) => p.id)).toEqual(presets.map((p) => p.id));
    const listed = as(env, 'someone@example.com', () => api.getPresets());
    expectPlainData(listed);
    expect(listed.every((p) => p.criteriaCount > 0 && p.version === 1)).toBe(true);
  });

  it('warns outside the recommended numbers of calls and evaluators and deadline, without refusing', () => {
    const result = as(env, FACILITATOR, () =>
      api.startSession(
        sessionPayload({
          calls: [{ id: 'c1', label: 'Only call' }],
          evaluators: EVALUATORS.slice(0, 3).map((e) => ({ ...e })),
          scoringDeadline: '2026-11-30T09:00:00.000Z',
        }),
      ),
    );
    expect(result.warnings).toHaveLength(3);
    expect(result.warnings.join(' ')).toMatch(/1 call: 2–4/);
    expect(result.warnings.join(' ')).toMatch(/3 evaluators: 6–8/);
    expect(result.warnings.join(' ')).toMatch(/24–48 hours/);
  });

  it.each([
    ['an unknown preset', { scorecard: { source: 'preset' as const, presetId: 'nope' } }, /no preset scorecard "nope"/],
    [
      'an expert who is not an evaluator',
      { options: { consensusRule: 'expert' as const, expertEvaluatorId: 'zed' } },
      /expert "zed" is not one of the evaluators/,
    ],
    [
      'two evaluators with one address',
      { evaluators: [...EVALUATORS.map((e) => ({ ...e })), { ...EVALUATORS[0], id: 'ana2' }] },
      /share an email/,
    ],
    ['the latest scorecard before any session closed', { scorecard: { source: 'latest' as const } }, /No session has been closed/],
  ])('refuses %s clearly and stores nothing', (_what, overrides, message) => {
    const before = documentProperties(env);
    expect(failure(env, FACILITATOR, () => api.startSession(sessionPayload(overrides)))).toMatch(message);
    expect(documentProperties(env)).toEqual(before);
  });
});

describe('a facilitator whose address Google withholds', () => {
  const withheld = { email: '', key: 'partner-lead' };

  it('is refused before anything is written when they do not own the spreadsheet', () => {
    const sheetsBefore = env.snapshot().spreadsheet;
    const propertiesBefore = documentProperties(env);
    expect(failure(env, withheld, () => api.startSession(sessionPayload()))).toBe(
      'Google does not share your address with the add-on, so the evaluator tabs cannot be protected for you: ask the spreadsheet owner to start the session.',
    );
    expect(env.snapshot().spreadsheet).toEqual(sheetsBefore);
    expect(documentProperties(env)).toEqual(propertiesBefore);
    expect(as(env, withheld, () => api.getSidebarState()).role).toBe('visitor');
  });

  it('starts the session when they own the spreadsheet, since the owner can always edit a protected tab', () => {
    env.restart(withheld);
    const created = as(env, withheld, () => api.startSession(sessionPayload()));
    expect(created.state.role).toBe('facilitator');
  });
});
