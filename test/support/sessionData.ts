// The standard calibration session of the tests, as plain data: who evaluates, which calls, and payloads
// built from them. Shared by the rule tests on in-memory ports and the tests in the Apps Script environment.
import type { CreateSessionPayload, ScoresPayload } from '../../src/api/payloads';
import { presetById } from '../../src/domain/presets';
import { allowedValues, weightedCriteria } from '../../src/domain/scoring';
import type { Answer, AnswerValue, Criterion, Scorecard } from '../../src/domain/schemas';

export const FACILITATOR = 'lead@example.com';

/** Eight evaluators with addresses, juniors to seniors. */
export const EVALUATORS = [
  { id: 'ana', name: 'Ana Ruiz', email: 'ana@example.com', role: 'qa-analyst', seniority: 1 },
  { id: 'ben', name: 'Ben Okafor', email: 'ben@example.com', role: 'qa-analyst', seniority: 2 },
  { id: 'chen', name: 'Chen Wei', email: 'chen@example.com', role: 'team-lead', seniority: 3 },
  { id: 'dara', name: 'Dara Kelly', email: 'dara@example.com', role: 'trainer', seniority: 4 },
  { id: 'eli', name: 'Eli Novak', email: 'eli@example.com', role: 'bpo-partner', seniority: 2 },
  { id: 'fay', name: 'Fay Haddad', email: 'fay@example.com', role: 'supervisor', seniority: 5 },
  { id: 'gus', name: 'Gus Lund', email: 'gus@example.com', role: 'team-lead', seniority: 3 },
  { id: 'hana', name: 'Hana Sato', email: 'hana@example.com', role: 'manager', seniority: 6 },
] as const;

export const CALLS = [
  { id: 'c1', label: 'Billing dispute', recordingUrl: 'https://recordings.example.com/c1' },
  { id: 'c2', label: 'Password reset', recordingUrl: 'https://recordings.example.com/c2' },
  { id: 'c3', label: 'Cancellation', recordingUrl: 'https://recordings.example.com/c3' },
];

export const PRESET = presetById('general');

export function sessionPayload(overrides: Partial<CreateSessionPayload> = {}): CreateSessionPayload {
  return {
    title: 'November calibration',
    sessionDate: '2026-11-30',
    scoringDeadline: '2026-11-28T17:00:00.000Z',
    facilitatorName: 'Lee Facilitator',
    scorecard: { source: 'preset', presetId: PRESET.id },
    calls: CALLS.map((c) => ({ ...c })),
    evaluators: EVALUATORS.map((e) => ({ ...e })),
    options: {},
    ...overrides,
  };
}

export function criteriaOf(scorecard: Scorecard): Criterion[] {
  return weightedCriteria(scorecard).map((w) => w.criterion);
}

/** A complete set of answers: `pick` chooses each value (default: the highest allowed). */
export function answersFor(
  scorecard: Scorecard,
  pick: (criterion: Criterion, index: number) => AnswerValue = (c) => allowedValues(c)[allowedValues(c).length - 1]!,
): Answer[] {
  return criteriaOf(scorecard).map((criterion, index) => ({ criterionId: criterion.id, value: pick(criterion, index), comment: '' }));
}

export function scores(callId: string, answers: Answer[]): ScoresPayload {
  return { callId, answers };
}
