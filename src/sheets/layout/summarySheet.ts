// The Summary sheet as one block (written in one go), plus the heat-map rules and the chart that sit on
// it. Before the reveal it shows submission status only.
import type { SessionAnalysis } from '../../domain/analysis';
import type { Session } from '../../domain/schemas';
import type { CalibrationTrend } from '../../domain/trend';
import { columnLetters } from '../a1';
import { block, bold, dateTime, INTEGER_FORMAT, num, stack, text, type Block, type Row } from '../block';
import type { StatusRow } from '../../api/views';
import { CRITICAL_MISMATCH_BACKGROUND, HEADER_BACKGROUND, NA_VS_SCORED_BACKGROUND, SPLIT_BACKGROUND, TITLE_BACKGROUND } from './palette';
import { roleLabels } from '../../domain/labels';
import { sessionStatusLabels } from './sessionSheet';
import {
  agendaBlock,
  answerGrid,
  chartData,
  counted,
  disagreementLabels,
  evaluatorResults,
  expertBenchmark,
  GRID_FIXED_COLUMNS,
  GRID_TRAILING_COLUMNS,
  sessionFigures,
  trendBlock,
  warningsBlock,
} from './summaryBlocks';

/** A 1-based area of the sheet. */
export interface Area {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A conditional-format rule: a background when a formula holds, or a colour scale. */
export type HeatRule =
  | { kind: 'formula'; area: Area; formula: string; background: string }
  | { kind: 'gradient'; area: Area; minColor: string; maxColor: string };

export interface ChartSpec {
  title: string;
  /** Header row included; first column is the x axis (the final score). */
  data: Area;
  anchorRow: number;
  anchorColumn: number;
}

export interface SummaryLayout {
  block: Block;
  rules: HeatRule[];
  chart: ChartSpec | null;
}

const statusWords: Record<StatusRow['identifiedBy'], string> = {
  email: 'by email',
  'self-declared': 'self-declared',
  'not yet': 'not yet',
};

/** Before the reveal: who has submitted and when, never what. */
export function statusSummary(session: Session, status: readonly StatusRow[]): SummaryLayout {
  const submitted = status.filter((row) => row.callsSubmitted >= row.callsTotal && row.callsTotal > 0).length;
  const rows: Row[] = [
    [bold(`Summary: ${session.title}`, { background: TITLE_BACKGROUND })],
    [text(`${sessionStatusLabels[session.status]}. Scores stay sealed until the facilitator reveals them; this sheet shows who has submitted, never what.`)],
    [text(`${submitted} of ${counted(status.length, 'evaluator')} ${submitted === 1 ? 'has' : 'have'} submitted every call.`)],
    [],
    ['Evaluator', 'Role', 'Identified', 'Calls submitted', 'Of', 'Last submitted'].map((label) => bold(label, { background: HEADER_BACKGROUND })),
    // Anonymous: each person's count and time would match their labelled tab after the reveal (and
    // version history keeps this sheet), so only the total is shown; the facilitator's sidebar has the rest.
    ...status.map((row) => [
      text(row.name),
      text(roleLabels[row.role as keyof typeof roleLabels] ?? row.role),
      text(statusWords[row.identifiedBy]),
      ...(session.options.anonymousReveal
        ? [text(''), text(''), text('')]
        : [num(row.callsSubmitted, INTEGER_FORMAT), num(row.callsTotal, INTEGER_FORMAT), dateTime(row.lastSubmittedAt)]),
    ]),
  ];
  return { block: block(rows), rules: [], chart: null };
}

const flagColours: Array<[string, string]> = [
  [disagreementLabels['critical-mismatch'], CRITICAL_MISMATCH_BACKGROUND],
  [disagreementLabels['na-vs-scored'], NA_VS_SCORED_BACKGROUND],
  [disagreementLabels.split, SPLIT_BACKGROUND],
];

/**
 * After the reveal: title and warnings, session figures, per-evaluator results, the agenda, the answer
 * grid with its heat map, the chart data, and the trend when there is one. The chart sits to the right
 * of everything so it never hides a cell.
 */
export function revealedSummary(session: Session, analysis: SessionAnalysis, trend: CalibrationTrend | null): SummaryLayout {
  const title = block([
    [bold(`Summary: ${session.title}`, { background: TITLE_BACKGROUND })],
    [text(`${sessionStatusLabels[session.status]}. Scorecard ${session.scorecard.name}, version ${session.scorecard.version}.${session.options.anonymousReveal ? ' Evaluators are shown anonymously, in reveal order.' : ''}`)],
  ]);
  const parts: Block[] = [
    title,
    warningsBlock(analysis),
    sessionFigures(session, analysis),
    evaluatorResults(session, analysis),
    agendaBlock(analysis),
    answerGrid(session, analysis),
    chartData(session, analysis),
  ];
  // After the chart data, so the positions the heat map and the chart use stay where they are.
  const expert = expertBenchmark(session, analysis);
  if (expert !== null) parts.push(expert);
  if (trend && trend.sessions.length > 0) parts.push(trendBlock(session, trend));
  const { block: whole, offsets } = stack(parts);

  // Rows of the grid body: after its heading and header rows.
  const gridIndex = 5;
  const gridBodyRow = offsets[gridIndex]! + 3;
  const gridRows = parts[gridIndex]!.rows.length - 2;
  const evaluatorCount = analysis.evaluators.length;
  const firstValueColumn = GRID_FIXED_COLUMNS.length + 1;
  const flagsColumn = GRID_FIXED_COLUMNS.length + evaluatorCount + GRID_TRAILING_COLUMNS.length;
  const spreadColumn = flagsColumn - 2;
  const rules: HeatRule[] = [];
  if (gridRows > 0) {
    const rowArea: Area = { row: gridBodyRow, column: firstValueColumn, numRows: gridRows, numColumns: flagsColumn - firstValueColumn + 1 };
    const flags = `$${columnLetters(flagsColumn)}${gridBodyRow}`;
    for (const [flag, colour] of flagColours) {
      rules.push({ kind: 'formula', area: rowArea, formula: `=ISNUMBER(SEARCH("${flag}", ${flags}))`, background: colour });
    }
    rules.push({ kind: 'gradient', area: { row: gridBodyRow, column: spreadColumn, numRows: gridRows, numColumns: 1 }, minColor: '#ffffff', maxColor: CRITICAL_MISMATCH_BACKGROUND });
  }

  const chartIndex = 6;
  const chartHeaderRow = offsets[chartIndex]! + 2;
  const chart: ChartSpec = {
    title: "Each evaluator's score against the final score, per call",
    data: { row: chartHeaderRow, column: 2, numRows: analysis.calls.length + 1, numColumns: 1 + evaluatorCount },
    anchorRow: 1,
    anchorColumn: whole.width + 2,
  };
  return { block: whole, rules, chart: analysis.calls.length > 0 ? chart : null };
}
