// One evaluator's tab: before the reveal only the questions (answers are sealed outside the cells);
// at the reveal the same rows with their answers and comments. Both have the same shape, so the reveal
// writes values into cells formatted when the tab was set up.
import { criteriaInOrder } from '../../domain/scorecardIndex';
import { describeAnswer } from '../../domain/scoring';
import type { Criterion, Section, Session, Submission } from '../../domain/schemas';
import { block, bold, dateTime, general, text, type Block, type Cell, type Row } from '../block';
import { HEADER_BACKGROUND, TITLE_BACKGROUND } from './palette';

const evaluatorTabHeaders = [
  'Call id',
  'Call',
  'Section',
  'Criterion id',
  'Question',
  'Answer',
  'Value',
  'Comment',
  'Submitted at',
] as const;
/** Rows above the answers: title, state, blank, header. */
export const EVALUATOR_TAB_HEADER_ROW = 4;

const SEALED =
  'Sealed until the reveal: answers are kept outside the spreadsheet and written here when the facilitator reveals the scores.';

/** The value column keeps one format before and after the reveal: numbers, or the text NA. */
function value(answer: Submission['answers'][number] | undefined): Cell {
  return general(answer === undefined ? '' : answer.value);
}

/**
 * The tab's content. `submissions` null = before the reveal (no answers at all); otherwise this
 * evaluator's submitted sheets (drafts and other people's sheets are ignored).
 */
export function evaluatorTab(session: Session, evaluatorId: string, label: string, submissions: readonly Submission[] | null): Block {
  const mine = new Map(
    (submissions ?? [])
      .filter((sheet) => sheet.sessionId === session.id && sheet.evaluatorId === evaluatorId && sheet.status === 'submitted')
      .map((sheet) => [sheet.callId, sheet]),
  );
  const revealed = submissions !== null;
  const state = revealed ? `Revealed: ${mine.size} of ${session.calls.length} calls submitted.` : SEALED;
  const rows: Row[] = [
    [bold(`Scores – ${label}`, { background: TITLE_BACKGROUND }), text(`${session.title} (${session.sessionDate})`)],
    [text(state)],
    [],
    evaluatorTabHeaders.map((header) => bold(header, { background: HEADER_BACKGROUND })),
  ];
  const criteria = criteriaInOrder(session.scorecard).map(({ section, criterion }): [Section, Criterion] => [section, criterion]);
  for (const call of session.calls) {
    const sheet = mine.get(call.id);
    const answers = new Map((sheet?.answers ?? []).map((answer) => [answer.criterionId, answer]));
    for (const [section, criterion] of criteria) {
      const answer = answers.get(criterion.id);
      const answerText = !revealed ? '' : !sheet ? 'Not submitted' : answer ? describeAnswer(criterion, answer.value) : 'Not answered';
      rows.push([
        text(call.id),
        text(call.label),
        text(section.name),
        text(criterion.id),
        text(criterion.question),
        text(answerText),
        value(answer),
        text(answer?.comment ?? ''),
        // Anonymous: a submission time would match the time the Session tab showed beside a name.
        dateTime(revealed && sheet && !session.options.anonymousReveal ? sheet.submittedAt : ''),
      ]);
    }
  }
  return block(rows, { width: evaluatorTabHeaders.length });
}
