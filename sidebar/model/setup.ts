// The "New session" wizard as plain data: the draft the facilitator fills in, what each step requires,
// the advice that does not block (2–4 calls, 6–8 evaluators, a deadline 24–48 h before the session),
// and the payload startSession receives. Pure: the clock is passed in.
import type { CreateSessionPayload } from '../../src/api/payloads';
import type { PresetSummary, SessionTemplate } from '../../src/api/views';
import { titleFromPattern } from '../../src/domain/titlePattern';
import type { ConsensusRule, EvaluatorRole } from '../../src/domain/schemas';

export type Channel = 'voice' | 'chat' | 'email' | 'other';
export const channelOptions: Channel[] = ['voice', 'chat', 'email', 'other'];
export const roleOptions: EvaluatorRole[] = [
  'qa-analyst',
  'team-lead',
  'supervisor',
  'trainer',
  'bpo-partner',
  'client',
  'manager',
  'other',
];
export const consensusOptions: Array<{ value: ConsensusRule; label: string }> = [
  { value: 'majority-median', label: 'Majority (Yes/No) or median (scales)' },
  { value: 'mean', label: 'Mean of the scores' },
  { value: 'expert', label: "The expert's answer" },
];

/** Where the session's scorecard comes from: a preset, the Scorecard sheet, or the last session's scorecard. */
type ScorecardChoice = { source: 'preset'; presetId: string } | { source: 'sheet' } | { source: 'latest' };

export interface CallRow {
  /** Stable while the wizard is open; the payload numbers calls afresh. */
  key: string;
  label: string;
  agent: string;
  recordingUrl: string;
  callDate: string;
  channel: Channel;
}

export interface EvaluatorRow {
  key: string;
  name: string;
  email: string;
  role: EvaluatorRole;
  seniority: string;
  /**
   * The person key of someone from the last session this row is ("Same person as …"), '' for none.
   * A row carried over from the last session starts as that person; the server matches by address first.
   */
  sameAs: string;
}

export interface SetupDraft {
  title: string;
  facilitatorName: string;
  scorecard: ScorecardChoice | null;
  calls: CallRow[];
  evaluators: EvaluatorRow[];
  sessionDate: string; // YYYY-MM-DD
  /** When the meeting starts; only used to suggest and check the scoring deadline. */
  sessionTime: string; // HH:MM
  deadline: string; // YYYY-MM-DDTHH:MM, the viewer's local time (a datetime-local input)
  anonymousReveal: boolean;
  juniorsFirst: boolean;
  varianceTarget: string;
  consensusRule: ConsensusRule;
  /** The key of the expert's row, '' for none. */
  expertKey: string;
  /** Addresses, one per line or comma-separated: they may reveal, record finals and notes, and build and share the report. */
  coFacilitators: string;
  /** Addresses that receive the report Doc when it is shared. */
  managers: string;
  managerAccess: 'view' | 'edit';
  nextKey: number;
}

export const setupSteps = ['scorecard', 'calls', 'evaluators', 'schedule', 'review'] as const;
export type SetupStep = (typeof setupSteps)[number];
export const stepTitles: Record<SetupStep, string> = {
  scorecard: 'Session and scorecard',
  calls: 'Calls to review',
  evaluators: 'Evaluators',
  schedule: 'Dates and options',
  review: 'Review and start',
};

const RECOMMENDED_CALLS = { min: 2, max: 4 };
const RECOMMENDED_EVALUATORS = { min: 6, max: 8 };
const DEADLINE_HOURS_BEFORE = { min: 24, max: 48 };

/** Ids of the wizard's inputs: the view gives them to the controls, errors point at them. */
export const setupField = {
  title: 'setup-title',
  facilitatorName: 'setup-facilitator',
  scorecard: 'setup-scorecard',
  calls: 'setup-calls',
  callLabel: (i: number) => `setup-call-${i}-label`,
  callAgent: (i: number) => `setup-call-${i}-agent`,
  callUrl: (i: number) => `setup-call-${i}-url`,
  callDate: (i: number) => `setup-call-${i}-date`,
  callChannel: (i: number) => `setup-call-${i}-channel`,
  evaluators: 'setup-evaluators',
  evaluatorName: (i: number) => `setup-evaluator-${i}-name`,
  evaluatorEmail: (i: number) => `setup-evaluator-${i}-email`,
  evaluatorRole: (i: number) => `setup-evaluator-${i}-role`,
  evaluatorSeniority: (i: number) => `setup-evaluator-${i}-seniority`,
  sessionDate: 'setup-session-date',
  sessionTime: 'setup-session-time',
  deadline: 'setup-deadline',
  varianceTarget: 'setup-variance-target',
  consensusRule: 'setup-consensus-rule',
  expert: 'setup-expert',
  evaluatorSameAs: (i: number) => `setup-evaluator-${i}-same-as`,
  coFacilitators: 'setup-co-facilitators',
  managers: 'setup-managers',
  managerAccess: 'setup-manager-access',
} as const;

export interface FieldError {
  field: string;
  message: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function localDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function localDateTime(d: Date): string {
  return `${localDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A calendar date or local date-time as typed, or null when it is not one. */
function parseLocal(date: string, time = '00:00'): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  // The add-on keeps every date within 2000–2100 (see the README's user guide).
  if (Number(d[1]) < 2000 || Number(d[1]) > 2100) return null;
  const value = new Date(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  return value.getMonth() === Number(d[2]) - 1 && value.getDate() === Number(d[3]) ? value : null;
}

function parseLocalDateTime(value: string): Date | null {
  const [date = '', time = ''] = value.split('T');
  return parseLocal(date, time.slice(0, 5));
}

function sessionStart(draft: Pick<SetupDraft, 'sessionDate' | 'sessionTime'>): Date | null {
  return parseLocal(draft.sessionDate, draft.sessionTime || '00:00');
}

/** The deadline the wizard suggests: a day before the session starts. */
export function suggestedDeadline(draft: Pick<SetupDraft, 'sessionDate' | 'sessionTime'>): string {
  const start = sessionStart(draft);
  return start ? localDateTime(new Date(start.getTime() - DEADLINE_HOURS_BEFORE.min * 3_600_000)) : '';
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function newCallRow(key: string): CallRow {
  return { key, label: '', agent: '', recordingUrl: '', callDate: '', channel: 'voice' };
}

function newEvaluatorRow(key: string): EvaluatorRow {
  return { key, name: '', email: '', role: 'qa-analyst', seniority: '1', sameAs: '' };
}

/**
 * A fresh draft: the session a week from now at 10:00, scoring closing a day before. After a closed
 * session the draft starts from it: its roster (each row the same person), facilitator, options, team
 * and title pattern; the facilitator edits what changed.
 */
export function newSetup(
  now: Date,
  presets: readonly PresetSummary[],
  latest: PresetSummary | null,
  previous: SessionTemplate | null = null,
): SetupDraft {
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 7);
  const draft: SetupDraft = {
    title: `Calibration ${MONTH_NAMES[day.getMonth()]} ${day.getFullYear()}`,
    facilitatorName: '',
    scorecard: latest ? { source: 'latest' } : presets[0] ? { source: 'preset', presetId: presets[0].id } : null,
    calls: [newCallRow('c1')],
    evaluators: [newEvaluatorRow('e2')],
    sessionDate: localDate(day),
    sessionTime: '10:00',
    deadline: '',
    anonymousReveal: true,
    juniorsFirst: true,
    varianceTarget: '5',
    consensusRule: 'majority-median',
    expertKey: '',
    coFacilitators: '',
    managers: '',
    managerAccess: 'view',
    nextKey: 3,
  };
  draft.deadline = suggestedDeadline(draft);
  return previous ? fromPrevious(draft, previous) : draft;
}

/** The draft pre-filled from the last session. */
function fromPrevious(draft: SetupDraft, previous: SessionTemplate): SetupDraft {
  const evaluators = previous.evaluators.map((e, i) => ({
    key: `e${draft.nextKey + i}`,
    name: e.name,
    email: e.email,
    role: e.role,
    seniority: String(e.seniority),
    sameAs: e.personKey,
  }));
  const expertIndex = previous.evaluators.findIndex((_, i) => `ev-${i + 1}` === previous.options.expertEvaluatorId);
  return {
    ...draft,
    title: titleFromPattern(previous.titlePattern, draft.sessionDate) || draft.title,
    facilitatorName: previous.facilitatorName,
    evaluators: evaluators.length > 0 ? evaluators : draft.evaluators,
    anonymousReveal: previous.options.anonymousReveal,
    juniorsFirst: previous.options.juniorsFirst,
    varianceTarget: String(previous.options.varianceTarget),
    consensusRule: previous.options.consensusRule,
    expertKey: expertIndex >= 0 ? evaluators[expertIndex].key : '',
    coFacilitators: previous.team.coFacilitators.join(', '),
    managers: previous.team.managers.join(', '),
    managerAccess: previous.team.managerAccess,
    nextKey: draft.nextKey + evaluators.length,
  };
}

/** Addresses typed one per line or separated by commas or semicolons. */
export function addressList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((a) => a.trim().toLowerCase())
    .filter(Boolean);
}

/** When the session date changes, a title that followed the last session's pattern follows the new date. */
export function retitled(draft: SetupDraft, previous: SessionTemplate | null, newDate: string): string {
  if (!previous) return draft.title;
  return draft.title === titleFromPattern(previous.titlePattern, draft.sessionDate)
    ? titleFromPattern(previous.titlePattern, newDate)
    : draft.title;
}

export function addCall(draft: SetupDraft): SetupDraft {
  return { ...draft, calls: [...draft.calls, newCallRow(`c${draft.nextKey}`)], nextKey: draft.nextKey + 1 };
}

export function addEvaluator(draft: SetupDraft): SetupDraft {
  return { ...draft, evaluators: [...draft.evaluators, newEvaluatorRow(`e${draft.nextKey}`)], nextKey: draft.nextKey + 1 };
}

export function removeCall(draft: SetupDraft, key: string): SetupDraft {
  return { ...draft, calls: draft.calls.filter((c) => c.key !== key) };
}

export function removeEvaluator(draft: SetupDraft, key: string): SetupDraft {
  return {
    ...draft,
    evaluators: draft.evaluators.filter((e) => e.key !== key),
    expertKey: draft.expertKey === key ? '' : draft.expertKey,
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(text)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

function required(value: string, field: string, what: string, max = 120): FieldError[] {
  if (!value.trim()) return [{ field, message: `${what} is required.` }];
  if (value.length > max) return [{ field, message: `${what} must be at most ${max} characters.` }];
  return [];
}

function checkScorecard(draft: SetupDraft): FieldError[] {
  return [
    ...required(draft.title, setupField.title, 'Session title'),
    ...required(draft.facilitatorName, setupField.facilitatorName, 'Your name'),
    ...(draft.scorecard ? [] : [{ field: setupField.scorecard, message: 'Choose a scorecard.' }]),
  ];
}

function checkCalls(draft: SetupDraft): FieldError[] {
  const errors: FieldError[] = [];
  if (draft.calls.length === 0) errors.push({ field: setupField.calls, message: 'Add at least one call.' });
  if (draft.calls.length > 10) errors.push({ field: setupField.calls, message: 'A session reviews at most 10 calls.' });
  draft.calls.forEach((call, i) => {
    const n = i + 1;
    errors.push(...required(call.label, setupField.callLabel(i), `Call ${n}: label`));
    if (call.agent.length > 120)
      errors.push({ field: setupField.callAgent(i), message: `Call ${n}: agent must be at most 120 characters.` });
    if (call.recordingUrl.trim() && !isHttpUrl(call.recordingUrl.trim())) {
      errors.push({ field: setupField.callUrl(i), message: `Call ${n}: the recording link must start with http:// or https://.` });
    }
    if (call.callDate && !parseLocal(call.callDate))
      errors.push({ field: setupField.callDate(i), message: `Call ${n}: the call date must be a date from 2000 to 2100.` });
  });
  return errors;
}

function checkEvaluators(draft: SetupDraft): FieldError[] {
  const errors: FieldError[] = [];
  if (draft.evaluators.length === 0) errors.push({ field: setupField.evaluators, message: 'Add at least one evaluator.' });
  if (draft.evaluators.length > 30) errors.push({ field: setupField.evaluators, message: 'A session has at most 30 evaluators.' });
  const seen = new Map<string, number>();
  draft.evaluators.forEach((evaluator, i) => {
    const n = i + 1;
    errors.push(...required(evaluator.name, setupField.evaluatorName(i), `Evaluator ${n}: name`));
    const email = evaluator.email.trim().toLowerCase();
    if (email && /[^\x00-\x7F]/.test(email)) {
      errors.push({
        field: setupField.evaluatorEmail(i),
        message: `Evaluator ${n}: an address with letters outside a–z is not supported: use its domain's "xn--" form.`,
      });
    } else if (email && !EMAIL.test(email)) {
      errors.push({ field: setupField.evaluatorEmail(i), message: `Evaluator ${n}: "${evaluator.email.trim()}" is not an email address.` });
    } else if (email && seen.has(email)) {
      errors.push({ field: setupField.evaluatorEmail(i), message: `Evaluator ${n}: the same email as evaluator ${seen.get(email)}.` });
    }
    if (email) seen.set(email, n);
    const seniority = Number(evaluator.seniority);
    if (!/^\d+$/.test(evaluator.seniority.trim()) || seniority < 1 || seniority > 10) {
      errors.push({
        field: setupField.evaluatorSeniority(i),
        message: `Evaluator ${n}: seniority is a whole number from 1 (most junior) to 10.`,
      });
    }
  });
  return errors;
}

function checkSchedule(draft: SetupDraft): FieldError[] {
  const errors: FieldError[] = [];
  const start = sessionStart(draft);
  if (!parseLocal(draft.sessionDate))
    errors.push({ field: setupField.sessionDate, message: 'Enter the session date (from 2000 to 2100).' });
  else if (!start) errors.push({ field: setupField.sessionTime, message: 'Enter the time the session starts.' });
  const deadline = parseLocalDateTime(draft.deadline);
  if (!deadline) errors.push({ field: setupField.deadline, message: 'Enter the scoring deadline (date and time, from 2000 to 2100).' });
  else if (start && deadline.getTime() > start.getTime()) {
    errors.push({ field: setupField.deadline, message: 'The scoring deadline must be before the session starts.' });
  }
  const target = Number(draft.varianceTarget);
  if (!draft.varianceTarget.trim() || !Number.isFinite(target) || target < 0.5 || target > 50) {
    errors.push({ field: setupField.varianceTarget, message: 'The variance target is a number of points from 0.5 to 50.' });
  }
  if (draft.expertKey && !draft.evaluators.some((e) => e.key === draft.expertKey)) {
    errors.push({ field: setupField.expert, message: 'The expert must be one of the evaluators.' });
  }
  for (const [field, text, what] of [
    [setupField.coFacilitators, draft.coFacilitators, 'Co-facilitators'],
    [setupField.managers, draft.managers, 'Managers'],
  ] as const) {
    const bad = addressList(text).filter((a) => !EMAIL.test(a));
    if (bad.length > 0) errors.push({ field, message: `${what}: "${bad[0]}" is not an email address.` });
  }
  if (draft.consensusRule === 'expert' && !draft.expertKey) {
    errors.push({ field: setupField.expert, message: 'Pick the expert whose answers decide the consensus.' });
  }
  return errors;
}

/** What must be fixed before leaving `step`; the review step checks everything. */
export function stepErrors(draft: SetupDraft, step: SetupStep): FieldError[] {
  switch (step) {
    case 'scorecard':
      return checkScorecard(draft);
    case 'calls':
      return checkCalls(draft);
    case 'evaluators':
      return checkEvaluators(draft);
    case 'schedule':
      return checkSchedule(draft);
    case 'review':
      return [...checkScorecard(draft), ...checkCalls(draft), ...checkEvaluators(draft), ...checkSchedule(draft)];
  }
}

/** Advice on the number of calls, '' when it is within the recommendation. */
export function callCountWarning(calls: number): string {
  if (calls >= RECOMMENDED_CALLS.min && calls <= RECOMMENDED_CALLS.max) return '';
  return `${calls} call${calls === 1 ? '' : 's'}: ${RECOMMENDED_CALLS.min}–${RECOMMENDED_CALLS.max} are recommended for one session.`;
}

/** Advice on the number of evaluators, '' when it is within the recommendation. */
export function evaluatorCountWarning(people: number): string {
  if (people >= RECOMMENDED_EVALUATORS.min && people <= RECOMMENDED_EVALUATORS.max) return '';
  return `${people} evaluator${people === 1 ? '' : 's'}: ${RECOMMENDED_EVALUATORS.min}–${RECOMMENDED_EVALUATORS.max} are recommended.`;
}

/** Advice on the deadline: 24–48 h before the session, and not already past. */
export function deadlineWarnings(draft: Pick<SetupDraft, 'sessionDate' | 'sessionTime' | 'deadline'>, now: Date): string[] {
  const warnings: string[] = [];
  const start = sessionStart(draft);
  const deadline = parseLocalDateTime(draft.deadline);
  if (start && deadline && deadline <= start) {
    const hours = (start.getTime() - deadline.getTime()) / 3_600_000;
    if (hours < DEADLINE_HOURS_BEFORE.min || hours > DEADLINE_HOURS_BEFORE.max) {
      warnings.push(
        `The deadline is ${Math.round(hours)} h before the session: ${DEADLINE_HOURS_BEFORE.min}–${DEADLINE_HOURS_BEFORE.max} h gives evaluators time and you time to check submissions.`,
      );
    }
  }
  if (deadline && deadline.getTime() < now.getTime()) warnings.push('The scoring deadline has already passed.');
  return warnings;
}

/** Advice worth reading before starting; none of it stops the session. */
export function setupWarnings(draft: SetupDraft, now: Date): string[] {
  const withoutEmail = draft.evaluators.filter((e) => e.name.trim() && !e.email.trim()).length;
  return [
    callCountWarning(draft.calls.length),
    evaluatorCountWarning(draft.evaluators.length),
    ...deadlineWarnings(draft, now),
    withoutEmail > 0
      ? `${withoutEmail} evaluator${withoutEmail === 1 ? ' has' : 's have'} no email: they pick their name in the sidebar, and you will see that it was self-declared.`
      : '',
  ].filter(Boolean);
}

/** The startSession payload; call only when stepErrors(draft, 'review') is empty. */
export function toCreatePayload(draft: SetupDraft): CreateSessionPayload {
  const evaluatorIds = new Map(draft.evaluators.map((e, i) => [e.key, `ev-${i + 1}`]));
  const deadline = parseLocalDateTime(draft.deadline);
  if (!draft.scorecard || !deadline) throw new Error('The session is not complete: check every step.');
  return {
    title: draft.title.trim(),
    sessionDate: draft.sessionDate,
    scoringDeadline: deadline.toISOString(),
    facilitatorName: draft.facilitatorName.trim(),
    scorecard: draft.scorecard,
    calls: draft.calls.map((call, i) => ({
      id: `call-${i + 1}`,
      label: call.label.trim(),
      agent: call.agent.trim(),
      recordingUrl: call.recordingUrl.trim(),
      callDate: call.callDate,
      channel: call.channel,
    })),
    evaluators: draft.evaluators.map((evaluator, i) => ({
      id: `ev-${i + 1}`,
      name: evaluator.name.trim(),
      email: evaluator.email.trim(),
      role: evaluator.role,
      seniority: Number(evaluator.seniority),
      sameAs: evaluator.sameAs,
    })),
    options: {
      anonymousReveal: draft.anonymousReveal,
      juniorsFirst: draft.juniorsFirst,
      varianceTarget: Number(draft.varianceTarget),
      consensusRule: draft.consensusRule,
      expertEvaluatorId: draft.expertKey ? (evaluatorIds.get(draft.expertKey) ?? '') : '',
    },
    team: { coFacilitators: addressList(draft.coFacilitators), managers: addressList(draft.managers), managerAccess: draft.managerAccess },
  };
}
