// The Answers tab: every evaluator's answer on every call × criterion, in reveal order, beside the
// consensus and the final. Each answer that differs from the final is coloured by how it differs, cell
// by cell, so the outlier is the coloured cell; a legend on top says what each colour means.
import { criteriaById } from '../../domain/scorecardIndex';
import { answerDifference, answerDifferenceLabels, type AnswerDifference } from '../../domain/answerDifference';
import type { SessionAnalysis } from '../../domain/analysis';
import type { Session } from '../../domain/schemas';
import { block, bold, num, PERCENT_NUMBER_FORMAT, SHARE_FORMAT, text, type Cell, type Row } from '../block';
import {
  CRITICAL_MISMATCH_BACKGROUND,
  FINAL_BACKGROUND,
  NA_VS_SCORED_BACKGROUND,
  SCORED_HIGHER_BACKGROUND,
  SCORED_LOWER_BACKGROUND,
  TITLE_BACKGROUND,
} from './palette';
import { answerCell, flagsOf, header, POINTS_FORMAT, summaryLabels } from './summaryBlocks';
import type { TabLayout } from './tabLayout';

export const differenceBackgrounds: Record<AnswerDifference, string> = {
  critical: CRITICAL_MISMATCH_BACKGROUND,
  'na-vs-scored': NA_VS_SCORED_BACKGROUND,
  lower: SCORED_LOWER_BACKGROUND,
  higher: SCORED_HIGHER_BACKGROUND,
};

const ANSWERS_FIXED_COLUMNS = ['Call', 'Criterion', 'Critical'] as const;
const ANSWERS_TRAILING_COLUMNS = ['Consensus', 'Final', 'Final from', 'Agreement', 'Spread', 'Swing', 'Flags'] as const;
/** Title, legend (two rows), a blank row, then the header: rows 1–5 stay in view. */
export const ANSWERS_HEADER_ROW = 5;

const LEGEND_ORDER: AnswerDifference[] = ['lower', 'higher', 'na-vs-scored', 'critical'];
/** Short enough for the columns the swatches sit in (Criterion, Critical, then the evaluators). */
const SHORT_LEGEND: Record<AnswerDifference, string> = {
  lower: 'Scored lower than the final',
  higher: 'Higher',
  'na-vs-scored': 'N/A vs scored',
  critical: 'Critical',
};

const centred = (cell: Cell): Cell => ({ ...cell, align: 'center' });

function legend(): Row[] {
  const swatches = LEGEND_ORDER.map((kind) =>
    text(SHORT_LEGEND[kind], { background: differenceBackgrounds[kind], note: answerDifferenceLabels[kind], align: 'center' }),
  );
  return [
    [
      bold('Colours:', { note: 'How each answer differs from the final the team agreed on that call and criterion.' }),
      ...swatches,
      text('Final', { background: FINAL_BACKGROUND, align: 'center' }),
    ],
    [
      text(
        'Higher: scored above the final. N/A vs scored: one side said N/A. Critical: a critical criterion answered differently, so an auto-fail is at stake. Hover over an answer for its comment, a criterion for its definition.',
      ),
    ],
  ];
}

export function answersLayout(session: Session, analysis: SessionAnalysis): TabLayout {
  const labels = summaryLabels(session, analysis);
  const criteria = criteriaById(session.scorecard);
  const rows: Row[] = [
    [bold(`Answers: call × criterion — ${session.title}`, { background: TITLE_BACKGROUND })],
    ...legend(),
    [],
    header([...ANSWERS_FIXED_COLUMNS, ...labels.map((entry) => entry.label), ...ANSWERS_TRAILING_COLUMNS], {
      varianceTarget: analysis.settings.varianceTarget,
    }),
  ];
  for (const call of analysis.calls) {
    for (const item of call.criteria) {
      const criterion = criteria.get(item.criterionId);
      const answers = new Map(item.answers.map((answer) => [answer.evaluatorId, answer]));
      rows.push([
        text(call.label),
        text(criterion?.question ?? item.criterionId, { note: criterion ? `${criterion.id}: ${criterion.definition}` : '' }),
        // Never blank, so the question beside it is clipped here rather than running over the answers.
        text(item.critical ? 'yes' : 'no', { align: 'center' }),
        ...labels.map((entry) => {
          const answer = answers.get(entry.id);
          const kind = answerDifference(answer?.value, item.final.value, item.critical);
          const cell = answerCell(criterion, answer?.value ?? null, { background: kind === null ? null : differenceBackgrounds[kind] });
          return { ...centred(cell), note: answer?.comment ?? '' };
        }),
        centred(answerCell(criterion, item.consensus.value)),
        centred(answerCell(criterion, item.final.value, { background: FINAL_BACKGROUND })),
        text(item.final.source),
        num(item.agreementPercent, PERCENT_NUMBER_FORMAT),
        num(item.spread, SHARE_FORMAT),
        num(item.swingPoints, POINTS_FORMAT),
        text(flagsOf(item)),
      ]);
    }
  }
  const whole = block(rows, { hasNotes: true });
  // One width for every evaluator column (the longest label's), so they are set in one call.
  const evaluatorWidth = Math.max(100, Math.min(160, 16 + Math.max(0, ...labels.map((entry) => entry.label.length)) * 7));
  const evaluatorWidths = labels.map(() => evaluatorWidth);
  return {
    block: whole,
    rules: [],
    charts: [],
    columnWidths: [130, 300, 64, ...evaluatorWidths, 84, 84, 84, 84, 64, 72, 220],
    frozenRows: ANSWERS_HEADER_ROW,
    frozenColumns: 2,
  };
}

/** Before the reveal the tab says what will appear, and nothing else. */
export function answersPlaceholder(session: Session): TabLayout {
  return {
    block: block([
      [bold(`Answers: call × criterion — ${session.title}`, { background: TITLE_BACKGROUND })],
      [text('Every answer appears here at the reveal, coloured where it differs from the final. Until then scores stay sealed.')],
    ]),
    rules: [],
    charts: [],
    columnWidths: [130, 300],
    frozenRows: 1,
    frozenColumns: 0,
  };
}
