// The Discussion sheet: one row per disputed criterion on each call where it was disputed, in agenda
// order, with what was said, how it was resolved and the final value.
import { criteriaById } from '../../domain/scorecardIndex';
import type { SessionAnalysis } from '../../domain/analysis';
import type { DiscussionEntry, Final, Session } from '../../domain/schemas';
import { dateTime, block, bold, num, text, type Block, type Row, INTEGER_FORMAT } from '../block';
import { FINAL_BACKGROUND, HEADER_BACKGROUND, TITLE_BACKGROUND } from './palette';
import { answerCell } from './summaryBlocks';

const discussionHeaders = [
  '#',
  'Call',
  'Criterion id',
  'Question',
  'Why disputed',
  'Notes',
  'Resolution',
  'Final',
  'Final from',
  'Decided at',
] as const;

export function discussionSheet(
  session: Session,
  analysis: SessionAnalysis,
  discussion: readonly DiscussionEntry[],
  finals: readonly Final[],
): Block {
  const criteria = criteriaById(session.scorecard);
  const calls = new Map(analysis.calls.map((call) => [call.callId, call]));
  const decidedAt = new Map(finals.map((final) => [`${final.callId}\u0000${final.criterionId}`, final.decidedAt]));
  // The latest entry wins; one about a single call beats one about the criterion across all calls.
  const latest = [...discussion].sort((a, b) => (a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0));
  const entryFor = (callId: string, criterionId: string): DiscussionEntry | undefined => {
    let general: DiscussionEntry | undefined;
    let specific: DiscussionEntry | undefined;
    for (const entry of latest) {
      if (entry.criterionId !== criterionId) continue;
      if (entry.callId === callId) specific = entry;
      else if (entry.callId === '') general = entry;
    }
    return specific ?? general;
  };

  const rows: Row[] = [
    [bold(`Discussion: ${session.title}`, { background: TITLE_BACKGROUND })],
    [text('Most disputed first. Notes, resolutions and finals are recorded from the sidebar; the final defaults to the consensus.')],
    [],
    discussionHeaders.map((label) => bold(label, { background: HEADER_BACKGROUND })),
  ];
  for (const item of analysis.agenda) {
    const criterion = criteria.get(item.criterionId);
    for (const callId of item.callIds) {
      const call = calls.get(callId);
      const onCall = call?.criteria.find((candidate) => candidate.criterionId === item.criterionId);
      const entry = entryFor(callId, item.criterionId);
      const label = call?.label ?? callId;
      rows.push([
        num(item.rank, INTEGER_FORMAT),
        text(label),
        text(item.criterionId),
        text(item.question),
        text(
          item.why.filter((sentence) => sentence.endsWith(` on ${label}`) || sentence.includes(` on ${label},`)).join('; ') ||
            item.why.join('; '),
        ),
        text(entry?.notes ?? ''),
        text(entry?.resolution ?? ''),
        answerCell(criterion, onCall?.final.value ?? null, { background: FINAL_BACKGROUND }),
        text(onCall?.final.source ?? 'unresolved'),
        dateTime(decidedAt.get(`${callId}\u0000${item.criterionId}`) ?? ''),
      ]);
    }
  }
  if (analysis.agenda.length === 0) rows.push([text('No disagreements: nothing to discuss.')]);
  return block(rows);
}
