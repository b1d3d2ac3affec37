import { createSessionPayloadSchema } from '../../src/api/payloads';
import {
  addCall,
  addEvaluator,
  callCountWarning,
  deadlineWarnings,
  evaluatorCountWarning,
  localDateTime,
  newSetup,
  removeEvaluator,
  setupField,
  setupWarnings,
  stepErrors,
  suggestedDeadline,
  toCreatePayload,
  type SetupDraft,
} from '../../sidebar/model/setup';

const now = new Date(2026, 10, 30, 9, 0); // 30 Nov 2026, 09:00 local
const preset = { id: 'general', name: 'General', description: 'All-round', version: 1, criteriaCount: 12 };

function filled(calls = 3, evaluators = 6): SetupDraft {
  let draft = newSetup(now, [preset], null);
  draft.facilitatorName = 'Fiona Facilitator';
  for (let i = 1; i < calls; i++) draft = addCall(draft);
  for (let i = 1; i < evaluators; i++) draft = addEvaluator(draft);
  draft.calls.forEach((c, i) => {
    c.label = `Call ${i + 1}`;
    c.recordingUrl = `https://recordings.example.com/${i + 1}`;
  });
  draft.evaluators.forEach((e, i) => {
    e.name = `Evaluator ${i + 1}`;
    e.email = `e${i + 1}@example.com`;
    e.seniority = String((i % 5) + 1);
  });
  return draft;
}

describe('a new session draft', () => {
  it('starts a week ahead at 10:00 with the deadline a day before, the first preset and default options', () => {
    const draft = newSetup(now, [preset], null);
    expect(draft.sessionDate).toBe('2026-12-07');
    expect(draft.sessionTime).toBe('10:00');
    expect(draft.deadline).toBe('2026-12-06T10:00');
    expect(draft.scorecard).toEqual({ source: 'preset', presetId: 'general' });
    expect(draft.title).toBe('Calibration December 2026');
    expect(draft).toMatchObject({ anonymousReveal: true, juniorsFirst: true, varianceTarget: '5', consensusRule: 'majority-median' });
  });

  it("continues from the last session's scorecard when there is one", () => {
    expect(newSetup(now, [preset], { ...preset, id: 'card', version: 3 }).scorecard).toEqual({ source: 'latest' });
  });

  it('suggests a deadline 24 h before the session starts', () => {
    expect(suggestedDeadline({ sessionDate: '2026-12-10', sessionTime: '14:30' })).toBe('2026-12-09T14:30');
    expect(suggestedDeadline({ sessionDate: 'soon', sessionTime: '14:30' })).toBe('');
  });
});

describe('each step is checked before the next', () => {
  it('names the missing facilitator name and scorecard on the first step', () => {
    const draft = newSetup(now, [], null);
    expect(stepErrors(draft, 'scorecard')).toEqual([
      { field: setupField.facilitatorName, message: 'Your name is required.' },
      { field: setupField.scorecard, message: 'Choose a scorecard.' },
    ]);
  });

  it('points at the call field to fix', () => {
    const draft = filled();
    draft.calls[1]!.label = ' ';
    draft.calls[2]!.recordingUrl = 'ftp://files/x';
    draft.calls[0]!.callDate = '2026-02-30';
    expect(stepErrors(draft, 'calls')).toEqual([
      { field: 'setup-call-0-date', message: 'Call 1: the call date must be a date from 2000 to 2100.' },
      { field: 'setup-call-1-label', message: 'Call 2: label is required.' },
      { field: 'setup-call-2-url', message: 'Call 3: the recording link must start with http:// or https://.' },
    ]);
  });

  it('refuses bad and repeated emails and seniority outside 1–10', () => {
    const draft = filled();
    draft.evaluators[1]!.email = 'not-an-email';
    draft.evaluators[2]!.email = 'E1@example.com';
    draft.evaluators[3]!.seniority = '11';
    draft.evaluators[4]!.email = '';
    expect(stepErrors(draft, 'evaluators')).toEqual([
      { field: 'setup-evaluator-1-email', message: 'Evaluator 2: "not-an-email" is not an email address.' },
      { field: 'setup-evaluator-2-email', message: 'Evaluator 3: the same email as evaluator 1.' },
      { field: 'setup-evaluator-3-seniority', message: 'Evaluator 4: seniority is a whole number from 1 (most junior) to 10.' },
    ]);
  });

  it('requires the deadline before the session, a sensible variance target and an expert for the expert rule', () => {
    const draft = filled();
    draft.deadline = '2026-12-07T11:00';
    draft.varianceTarget = '0';
    draft.consensusRule = 'expert';
    expect(stepErrors(draft, 'schedule').map((e) => e.field)).toEqual([setupField.deadline, setupField.varianceTarget, setupField.expert]);
  });

  it('checks every step again on review', () => {
    const draft = filled();
    draft.title = '';
    draft.evaluators[0]!.name = '';
    expect(stepErrors(draft, 'review').map((e) => e.field)).toEqual([setupField.title, 'setup-evaluator-0-name']);
  });
});

describe('advice that does not block', () => {
  it('warns outside 2–4 calls and 6–8 evaluators', () => {
    expect(callCountWarning(1)).toBe('1 call: 2–4 are recommended for one session.');
    expect(callCountWarning(3)).toBe('');
    expect(callCountWarning(5)).toMatch(/^5 calls/);
    expect(evaluatorCountWarning(5)).toBe('5 evaluators: 6–8 are recommended.');
    expect(evaluatorCountWarning(8)).toBe('');
    expect(evaluatorCountWarning(9)).toMatch(/^9 evaluators/);
  });

  it('warns when the deadline is not 24–48 h before the session, or has passed', () => {
    const at = (deadline: string) => deadlineWarnings({ sessionDate: '2026-12-07', sessionTime: '10:00', deadline }, now);
    expect(at('2026-12-06T10:00')).toEqual([]);
    expect(at('2026-12-05T10:00')).toEqual([]);
    expect(at('2026-12-07T08:00')[0]).toMatch(/^The deadline is 2 h before the session/);
    expect(at('2026-12-01T10:00')[0]).toMatch(/^The deadline is 144 h before/);
    expect(at('2026-11-29T10:00')).toContain('The scoring deadline has already passed.');
  });

  it('collects every piece of advice for the review, including evaluators without email', () => {
    const draft = filled(1, 2);
    draft.evaluators[1]!.email = '';
    expect(setupWarnings(draft, now)).toEqual([
      '1 call: 2–4 are recommended for one session.',
      '2 evaluators: 6–8 are recommended.',
      '1 evaluator has no email: they pick their name in the sidebar, and you will see that it was self-declared.',
    ]);
    expect(setupWarnings(filled(), now)).toEqual([]);
  });
});

describe('the startSession payload', () => {
  it('is accepted by the server as it is, with calls and evaluators numbered and the expert mapped', () => {
    let draft = filled(3, 7);
    draft = removeEvaluator(draft, draft.evaluators[1]!.key);
    draft.expertKey = draft.evaluators[2]!.key;
    draft.consensusRule = 'expert';
    draft.evaluators[5]!.email = '';
    const payload = toCreatePayload(draft);
    expect(payload.evaluators.map((e) => e.id)).toEqual(['ev-1', 'ev-2', 'ev-3', 'ev-4', 'ev-5', 'ev-6']);
    expect(payload.options).toMatchObject({ expertEvaluatorId: 'ev-3', consensusRule: 'expert', varianceTarget: 5 });
    expect(payload.scoringDeadline).toBe(new Date(2026, 11, 6, 10, 0).toISOString());
    const parsed = createSessionPayloadSchema.safeParse(payload);
    expect(parsed.error?.issues).toBeUndefined();
  });

  it('drops the expert when their row is removed', () => {
    const draft = filled();
    draft.expertKey = draft.evaluators[0]!.key;
    expect(removeEvaluator(draft, draft.evaluators[0]!.key).expertKey).toBe('');
  });

  it('formats local date-times for datetime-local inputs', () => {
    expect(localDateTime(new Date(2026, 0, 2, 3, 4))).toBe('2026-01-02T03:04');
  });
});

describe('the next session starts from the last', () => {
  const previous = {
    sessionId: '2026-11-30-abc',
    titlePattern: 'Calibration {month} {year}',
    facilitatorName: 'Lee Facilitator',
    evaluators: [
      { personKey: 'p-ana', name: 'Ana Ruiz', email: 'ana@example.com', role: 'qa-analyst' as const, seniority: 1 },
      { personKey: 'p-cai', name: 'Cai Moreno', email: '', role: 'bpo-partner' as const, seniority: 2 },
    ],
    options: {
      anonymousReveal: false,
      juniorsFirst: false,
      varianceTarget: 7,
      consensusRule: 'expert' as const,
      expertEvaluatorId: 'ev-2',
    },
    team: { coFacilitators: ['co@example.com'], managers: ['director@example.com'], managerAccess: 'edit' as const },
  };

  it('pre-fills the roster (each row the same person), the facilitator, the options, the team and the title for the new date', () => {
    const draft = newSetup(now, [preset], null, previous);
    expect(draft.title).toBe('Calibration December 2026'); // a week from 30 Nov
    expect(draft.facilitatorName).toBe('Lee Facilitator');
    expect(draft.evaluators.map((e) => [e.name, e.email, e.role, e.seniority, e.sameAs])).toEqual([
      ['Ana Ruiz', 'ana@example.com', 'qa-analyst', '1', 'p-ana'],
      ['Cai Moreno', '', 'bpo-partner', '2', 'p-cai'],
    ]);
    expect([draft.anonymousReveal, draft.juniorsFirst, draft.varianceTarget, draft.consensusRule]).toEqual([false, false, '7', 'expert']);
    expect(draft.evaluators.find((e) => e.key === draft.expertKey)?.name).toBe('Cai Moreno');
    draft.calls[0]!.label = 'Billing dispute';
    expect(stepErrors(draft, 'review')).toEqual([]);
    const payload = toCreatePayload(draft);
    expect(payload.evaluators?.map((e) => e.sameAs)).toEqual(['p-ana', 'p-cai']);
    expect(payload.team).toEqual({ coFacilitators: ['co@example.com'], managers: ['director@example.com'], managerAccess: 'edit' });
    expect(payload.options?.expertEvaluatorId).toBe('ev-2');
    expect(createSessionPayloadSchema.safeParse(payload).success).toBe(true);
  });

  it('names a co-facilitator or manager that is not an address', () => {
    const draft = newSetup(now, [preset], null, previous);
    draft.managers = 'director@example.com, boss';
    expect(stepErrors(draft, 'schedule')).toContainEqual({
      field: setupField.managers,
      message: 'Managers: "boss" is not an email address.',
    });
  });
});
