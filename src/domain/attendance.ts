// Who came to the discussion. The register starts from who submitted (present) and who did not
// (absent); the facilitator changes a tick when someone joined without scoring, stayed away, or sent
// apologies. Agreements are the work of those present, so the report says so; attendance over sessions
// follows the person (their key), never the row, and is the facilitator's to see.
import type { SessionAnalysis } from './analysis';
import { describeAnswer } from './answers';
import type {
  ActionItem,
  AttendanceMark,
  AttendanceStatus,
  DefinitionChange,
  PeopleDirectory,
  PersonKey,
  Session,
  SessionMembership,
} from './schemas';

/** Someone who missed this many of their sessions in a row is flagged to the facilitator. */
export const MISSED_IN_A_ROW_FLAG = 2;
/** The facilitator's attendance table looks back this many sessions. */
const ATTENDANCE_WINDOW = 6;

export const attendanceWords: Record<AttendanceStatus, string> = {
  present: 'present',
  absent: 'absent',
  apologies: 'sent apologies',
};

export interface RegisterEntry {
  evaluatorId: string;
  name: string;
  status: AttendanceStatus;
  /** Whether they submitted at least one call: the default tick follows it. */
  submitted: boolean;
  /** True when the facilitator set this tick; false when it is the default. */
  marked: boolean;
}

/** Evaluators who submitted at least one call. */
export function submittedIn(analysis: SessionAnalysis): Set<string> {
  return new Set(analysis.evaluators.filter((e) => e.callsScored > 0).map((e) => e.evaluatorId));
}

/**
 * The register in roster order: each tick as marked, else present for those who submitted and absent
 * for the rest. In an anonymous session everyone starts present: a default that followed submission
 * would tell the report's readers who scored nothing, and so, by elimination, which label was whose.
 */
export function registerOf(session: Session, marks: readonly AttendanceMark[], submitted: ReadonlySet<string>): RegisterEntry[] {
  const byEvaluator = new Map(marks.map((mark) => [mark.evaluatorId, mark.status]));
  const anonymous = session.options.anonymousReveal;
  return session.evaluators.map((evaluator) => {
    const marked = byEvaluator.get(evaluator.id);
    const didSubmit = submitted.has(evaluator.id);
    return {
      evaluatorId: evaluator.id,
      name: evaluator.name,
      status: marked ?? (anonymous || didSubmit ? 'present' : 'absent'),
      submitted: didSubmit,
      marked: marked !== undefined,
    };
  });
}

/** The marks with one tick changed (a later mark of the same evaluator replaces the earlier one). */
export function withMark(marks: readonly AttendanceMark[], mark: AttendanceMark): AttendanceMark[] {
  return [...marks.filter((m) => m.evaluatorId !== mark.evaluatorId), mark];
}

/** Attendance rate: evaluators marked present ÷ evaluators on the roster (docs/scoring.md); null for an empty roster. */
export function attendanceRate(register: readonly RegisterEntry[]): number | null {
  if (register.length === 0) return null;
  return register.filter((entry) => entry.status === 'present').length / register.length;
}

/** "Ana, Ben and Chen". */
export function nameList(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function presentOf(register: readonly RegisterEntry[]): RegisterEntry[] {
  return register.filter((entry) => entry.status === 'present');
}

/** Each evaluator's tick by evaluator id, as the directory records it at close. */
export function statusByEvaluator(register: readonly RegisterEntry[]): Map<string, AttendanceStatus> {
  return new Map(register.map((entry) => [entry.evaluatorId, entry.status]));
}

export interface PersonAttendance {
  personKey: PersonKey;
  name: string;
  /** One per session of the window, oldest first; null where they were not on that session's roster. */
  sessions: Array<{ sessionId: string; sessionDate: string; status: AttendanceStatus | null }>;
  attended: number;
  onRoster: number;
  /** Their latest sessions in a row (on their roster) they did not attend. */
  missedInARow: number;
  /** What the facilitator might do, for someone who missed MISSED_IN_A_ROW_FLAG sessions in a row; '' otherwise. */
  suggestion: string;
}

/**
 * Each person of the current roster over the last sessions with a register, the current one last,
 * matched by person key. For the facilitator only: it names people beside sessions, anonymous ones too.
 */
export function attendanceOverSessions(
  directory: PeopleDirectory,
  current: SessionMembership,
  window = ATTENDANCE_WINDOW,
): PersonAttendance[] {
  const recorded = directory.sessions.filter((s) => s.sessionId !== current.sessionId && s.members.some((m) => m.attended !== null));
  const sessions = [...recorded, current].slice(-window);
  const names = new Map(directory.people.map((p) => [p.personKey, p.name]));
  return current.members.map((member) => {
    const series = sessions.map((session) => ({
      sessionId: session.sessionId,
      sessionDate: session.sessionDate,
      status: session.members.find((m) => m.personKey === member.personKey)?.attended ?? null,
    }));
    const onRoster = series.filter((s) => s.status !== null);
    let missedInARow = 0;
    for (let i = onRoster.length - 1; i >= 0 && onRoster[i].status !== 'present'; i--) missedInARow++;
    const name = names.get(member.personKey) ?? member.shownAs;
    return {
      personKey: member.personKey,
      name,
      sessions: series,
      attended: onRoster.filter((s) => s.status === 'present').length,
      onRoster: onRoster.length,
      missedInARow,
      suggestion:
        missedInARow >= MISSED_IN_A_ROW_FLAG
          ? `${name} missed the last ${missedInARow} sessions in a row: share the report with them, and pair them with a reviewer who was there to go through the finals and definition changes.`
          : '',
    };
  });
}

/** A final the team agreed that differs from the evaluator's own answer. */
export interface AgreedFinal {
  callLabel: string;
  question: string;
  yourAnswer: string;
  final: string;
}

export interface WhatWasAgreed {
  finals: AgreedFinal[];
  definitionChanges: DefinitionChange[];
  /** Action items whose owner is this evaluator (by name, as the Action Items sheet holds them). */
  actionItems: ActionItem[];
}

/** What an evaluator who was not there needs to catch up on: their answers the finals overturned, new wording, their actions. */
export function whatWasAgreed(
  session: Session,
  analysis: SessionAnalysis,
  evaluatorId: string,
  definitionChanges: readonly DefinitionChange[],
  actionItems: readonly ActionItem[],
): WhatWasAgreed {
  const criteria = new Map(session.scorecard.sections.flatMap((s) => s.criteria.map((c) => [c.id, c] as const)));
  const name =
    session.evaluators
      .find((e) => e.id === evaluatorId)
      ?.name.trim()
      .toLowerCase() ?? '';
  const finals = analysis.calls.flatMap((call) =>
    call.criteria.flatMap((item) => {
      const criterion = criteria.get(item.criterionId);
      const mine = item.answers.find((a) => a.evaluatorId === evaluatorId);
      if (criterion === undefined || mine === undefined || item.final.value === null || mine.value === item.final.value) return [];
      return [
        {
          callLabel: call.label,
          question: criterion.question,
          yourAnswer: describeAnswer(criterion, mine.value),
          final: describeAnswer(criterion, item.final.value),
        },
      ];
    }),
  );
  return {
    finals,
    definitionChanges: definitionChanges.filter((change) => change.fromVersion >= session.scorecard.version).map((c) => ({ ...c })),
    actionItems: actionItems.filter((item) => item.sessionId === session.id && item.owner.trim().toLowerCase() === name),
  };
}
