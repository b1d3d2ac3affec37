// The report's account of who came: who attended the discussion and who did not, the attendance rate
// beside the recent sessions', and the line that marks what was agreed as agreed by those present. A
// section of its own, so it can sit wherever the report's opening (or its executive summary) wants it.
import { attendanceWords, attendanceRate, nameList, presentOf, type RegisterEntry } from '../attendance';
import { formatShare } from './format';
import { heading, paragraph, type ReportBlock } from './tree';

export interface ReportAttendance {
  /** The session's register (see registerOf). */
  register: readonly RegisterEntry[];
  /** Earlier sessions' attendance rates as History recorded them, oldest first (rows with none left out). */
  earlierRates: ReadonlyArray<{ sessionDate: string; rate: number }>;
}

const byName = (a: RegisterEntry, b: RegisterEntry) => a.name.localeCompare(b.name) || a.evaluatorId.localeCompare(b.evaluatorId);

/** "Agreed by those present: Ana Ruiz, Ben Okafor and Chen Wei." — under the definition changes and the action items. */
export function agreedByThosePresent(attendance: ReportAttendance): string {
  const present = presentOf(attendance.register)
    .sort(byName)
    .map((e) => e.name);
  if (present.length === 0) return 'Agreed by the facilitator: no evaluator was marked present.';
  return `Agreed by those present: ${nameList(present)}.`;
}

/**
 * Who attended and who did not, by name in alphabetical order (never roster or reveal order, which in
 * an anonymous session could line up with the labels), and the rate against recent sessions.
 */
export function attendanceSection(attendance: ReportAttendance): ReportBlock[] {
  const register = [...attendance.register].sort(byName);
  const present = presentOf(register);
  const away = register.filter((entry) => entry.status !== 'present');
  const rate = attendanceRate(register);
  const blocks: ReportBlock[] = [
    heading(2, 'Who attended'),
    paragraph(
      { text: 'Attended the discussion: ', bold: true },
      present.length === 0
        ? 'no evaluator.'
        : `${nameList(present.map((e) => e.name))} (${present.length} of ${register.length}, ${formatShare(rate)}).`,
    ),
    paragraph(
      { text: 'Did not attend: ', bold: true },
      away.length === 0 ? 'everyone on the roster attended.' : `${nameList(away.map((e) => `${e.name} (${attendanceWords[e.status]})`))}.`,
    ),
  ];
  if (attendance.earlierRates.length > 0) {
    const rates = [...attendance.earlierRates.map((r) => `${r.sessionDate}: ${formatShare(r.rate)}`), `this session: ${formatShare(rate)}`];
    blocks.push(paragraph({ text: 'Attendance by session: ', bold: true }, `${rates.join('; ')}.`));
  }
  blocks.push(
    paragraph(
      'The final scores, definition changes and action items below were agreed by those present. Attendance: evaluators marked present ÷ evaluators on the roster.',
    ),
  );
  return blocks;
}

/** One line for the executive summary: who attended, and who did not. */
export function attendanceSummary(attendance: ReportAttendance): ReportBlock {
  const register = [...attendance.register].sort(byName);
  const present = presentOf(register);
  const away = register.filter((entry) => entry.status !== 'present');
  return paragraph(
    { text: 'Who attended: ', bold: true },
    present.length === 0 ? 'no evaluator' : `${nameList(present.map((e) => e.name))} (${present.length} of ${register.length})`,
    away.length === 0
      ? '; everyone on the roster attended.'
      : `; did not attend: ${nameList(away.map((e) => `${e.name} (${attendanceWords[e.status]})`))}.`,
  );
}
