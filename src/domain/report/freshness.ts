// Whether a built report still says what the session says. The report is built from the session's
// status, finals, discussion notes, definition changes and action items; a fingerprint of those taken
// at the build is compared with one taken now, so any change to them marks the report out of date.
import type { ActionItem, AttendanceMark, DefinitionChange, DiscussionEntry, Final, Session } from '../schemas';
import { fnv1a } from '../fnv1a';

export interface ReportSource {
  status: Session['status'];
  finals: readonly Final[];
  discussion: readonly DiscussionEntry[];
  definitionChanges: readonly DefinitionChange[];
  actionItems: readonly ActionItem[];
  /** The register's ticks: the report says who attended. */
  attendance?: readonly AttendanceMark[];
}

/** Order-independent where order means nothing (finals, action items are sorted by their keys first). */
export function reportSourceFingerprint(source: ReportSource): string {
  const finals = [...source.finals].map((f) => [f.callId, f.criterionId, f.value]).sort((a, b) => String(a).localeCompare(String(b)));
  const discussion = [...source.discussion]
    .map((d) => [d.criterionId, d.callId, d.notes, d.resolution])
    .sort((a, b) => String(a).localeCompare(String(b)));
  const changes = source.definitionChanges.map((c) => [
    c.criterionId,
    c.fromVersion,
    c.toVersion,
    c.newQuestion,
    c.newDefinition,
    c.reason,
  ]);
  const actions = [...source.actionItems]
    .map((a) => [a.id, a.text, a.owner, a.dueDate, a.status, a.sessionId, a.criterionId])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  const ticks = [...(source.attendance ?? [])].map((m) => [m.evaluatorId, m.status]).sort((a, b) => String(a).localeCompare(String(b)));
  // Without ticks the text is as before the register existed, so a report built then is not marked out of date.
  const text = JSON.stringify(
    ticks.length === 0
      ? [source.status, finals, discussion, changes, actions]
      : [source.status, finals, discussion, changes, actions, ticks],
  );
  return `${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x01234567)}`;
}
