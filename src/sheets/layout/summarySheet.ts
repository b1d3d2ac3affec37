// The Summary sheet as one block (written in one go), with its charts, column widths and frozen rows.
// Before the reveal it shows submission status only.
import type { SessionAnalysis } from '../../domain/analysis';
import type { Session } from '../../domain/schemas';
import type { CalibrationTrend } from '../../domain/trend';
import { block, bold, date, dateTime, INTEGER_FORMAT, num, ONE_DECIMAL_FORMAT, stack, text, type Block, type Row } from '../block';
import type { StatusRow } from '../../api/views';
import { HEADER_BACKGROUND, TITLE_BACKGROUND } from './palette';
import { roleLabels } from '../../domain/labels';
import { sessionStatusLabels } from './sessionSheet';
import { headlineBlock } from './summaryHeadline';
import {
  agendaBlock,
  counted,
  evaluatorResults,
  expertBenchmark,
  header,
  heading,
  scoresPerCall,
  sessionFigures,
  summaryLabels,
  trendBlock,
  warningsBlock,
} from './summaryBlocks';
import type { Area, ChartSpec, TabLayout } from './tabLayout';

export type { Area, ChartSpec, HeatRule, TabLayout } from './tabLayout';
/** The Summary, laid out: the same shape as every tab we lay out. */
type SummaryLayout = TabLayout;

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
    [
      text(
        `${sessionStatusLabels[session.status]}. Scores stay sealed until the facilitator reveals them; this sheet shows who has submitted, never what.`,
      ),
    ],
    [text(`${submitted} of ${counted(status.length, 'evaluator')} ${submitted === 1 ? 'has' : 'have'} submitted every call.`)],
    [],
    ['Evaluator', 'Role', 'Identified', 'Calls submitted', 'Of', 'Last submitted'].map((label) =>
      bold(label, { background: HEADER_BACKGROUND }),
    ),
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
  return { block: block(rows, { width: 6 }), rules: [], charts: [], columnWidths: STATUS_WIDTHS, frozenRows: 1, frozenColumns: 0 };
}

const STATUS_WIDTHS = [220, 120, 120, 110, 60, 140];

/**
 * Column A holds labels and names, the longest "Critical (auto-fail) disagreements" in bold (about 260 px);
 * the others hold figures, each block its own header over them.
 */
const SUMMARY_WIDTHS = [270, ...Array.from({ length: 13 }, () => 110)];
/** Rows left blank under the "Charts" heading for the two charts side by side (about 21 px a row). */
const CHART_ROWS = 16;
const CHART_HEIGHT = 320;
const CHART_WIDTH = 560;
/** The second chart starts at column E: A (240 px) and three 110 px columns leave room for the first. */
const SECOND_CHART_COLUMN = 5;

/**
 * After the reveal, what a facilitator reads first, top-left: the title and status (frozen), the
 * headline figures, the charts, then each table as its own block with its own header: evaluators, the
 * agenda, scores per call, every session figure, the trend, and the charts' data. The answer grid has
 * its own tab. New figures slot in as rows of the headline or of "Session figures", or as blocks.
 */
export function revealedSummary(session: Session, analysis: SessionAnalysis, trend: CalibrationTrend | null): SummaryLayout {
  const title = block([
    [bold(`Summary: ${session.title}`, { background: TITLE_BACKGROUND })],
    [
      text(
        `${sessionStatusLabels[session.status]}. Scorecard ${session.scorecard.name}, version ${session.scorecard.version}.${session.options.anonymousReveal ? ' Evaluators are shown anonymously, in reveal order.' : ''} Every answer: the Answers tab.`,
      ),
    ],
  ]);
  const trendSeries = trend !== null && trend.sessions.length >= 2 ? trend : null;
  const chartsArea = block([
    [
      ...heading('Charts'),
      ...(trendSeries === null
        ? [
            text(''),
            text(''),
            text(''),
            text('The calibration variance across sessions is drawn here once History holds an earlier session.'),
          ]
        : []),
    ],
  ]);
  const deviationData = deviationChartData(session, analysis);
  const trendData = trendSeries ? varianceTrendData(trendSeries, analysis.settings.varianceTarget) : null;
  const expertBlock = expertBenchmark(session, analysis);
  const named: Array<[string, Block]> = [
    ['title', title],
    ['headline', headlineBlock(session, analysis, trend)],
    ...(analysis.warnings.length > 0 ? [['warnings', warningsBlock(analysis)] as [string, Block]] : []),
    ['charts', padRows(chartsArea, CHART_ROWS + 1)],
    ['evaluators', evaluatorResults(session, analysis)],
    ['agenda', agendaBlock(analysis)],
    ['perCall', scoresPerCall(session, analysis)],
    ['figures', sessionFigures(session, analysis)],
    ...(expertBlock ? [['expert', expertBlock] as [string, Block]] : []),
    ...(trend && trend.sessions.length > 0 ? [['trend', trendBlock(session, trend)] as [string, Block]] : []),
    ['deviationData', deviationData],
    ...(trendData ? [['trendData', trendData] as [string, Block]] : []),
  ];
  const { block: whole, offsets } = stack(named.map(([, part]) => part));
  const rowOf = (name: string): number => offsets[named.findIndex(([key]) => key === name)]! + 1;

  const chartRow = rowOf('charts') + 1;
  const charts: ChartSpec[] = [];
  if (analysis.evaluators.length > 0) {
    charts.push(
      deviationChart(
        analysis,
        { row: rowOf('deviationData') + 1, column: 1, numRows: analysis.evaluators.length + 1, numColumns: 4 },
        chartRow,
      ),
    );
  }
  if (trendSeries) {
    charts.push(
      varianceTrendChart({ row: rowOf('trendData') + 1, column: 1, numRows: trendSeries.sessions.length + 1, numColumns: 3 }, chartRow),
    );
  }
  return { block: whole, rules: [], charts, columnWidths: SUMMARY_WIDTHS, frozenRows: 2, frozenColumns: 0 };
}

function padRows(part: Block, rows: number): Block {
  return block([...part.rows, ...Array.from({ length: Math.max(0, rows - part.rows.length) }, () => [])], { width: part.width });
}

/** Each evaluator's mean signed deviation, with the target as a band: −target and +target on every row. */
function deviationChartData(session: Session, analysis: SessionAnalysis): Block {
  const target = analysis.settings.varianceTarget;
  return block(
    [
      heading('Chart data: deviation from the final'),
      header(['Evaluator', 'Mean deviation (pp)', 'Target, harsh side', 'Target, lenient side'], { varianceTarget: target }),
      ...summaryLabels(session, analysis).map((entry) => {
        const result = analysis.evaluators.find((candidate) => candidate.evaluatorId === entry.id);
        return [
          text(entry.label),
          num(result?.meanSignedDeviation ?? null, ONE_DECIMAL_FORMAT),
          num(-target, ONE_DECIMAL_FORMAT),
          num(target, ONE_DECIMAL_FORMAT),
        ];
      }),
    ],
    { hasNotes: true },
  );
}

/** The calibration variance of each session on History, oldest first, with the target it had. */
function varianceTrendData(trend: CalibrationTrend, varianceTarget: number): Block {
  return block(
    [
      heading('Chart data: calibration variance across sessions'),
      header(['Session date', 'Calibration variance (pp)', 'Target (pp)'], { varianceTarget }),
      ...trend.sessions.map((point) => [
        date(point.sessionDate),
        num(point.variance, ONE_DECIMAL_FORMAT),
        num(point.varianceTarget, ONE_DECIMAL_FORMAT),
      ]),
    ],
    { hasNotes: true },
  );
}

function deviationChart(analysis: SessionAnalysis, data: Area, anchorRow: number): ChartSpec {
  const target = analysis.settings.varianceTarget;
  return {
    kind: 'deviation',
    type: 'COMBO',
    title: `Each evaluator's mean deviation from the final (target ±${target} pp)`,
    ranges: [data],
    anchorRow,
    anchorColumn: 1,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    options: {
      seriesType: 'bars',
      series: {
        0: { color: '#4285f4' },
        1: { type: 'line', color: '#34a853', lineDashStyle: [4, 4] },
        2: { type: 'line', color: '#34a853', lineDashStyle: [4, 4] },
      },
      legend: { position: 'bottom' },
      vAxis: { title: 'Points: lenient +, harsh −' },
    },
  };
}

function varianceTrendChart(data: Area, anchorRow: number): ChartSpec {
  return {
    kind: 'variance-trend',
    type: 'LINE',
    title: 'Calibration variance across sessions',
    ranges: [data],
    anchorRow,
    anchorColumn: SECOND_CHART_COLUMN,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    options: {
      series: { 0: { color: '#4285f4', pointSize: 6 }, 1: { color: '#34a853', lineDashStyle: [4, 4] } },
      legend: { position: 'bottom' },
      vAxis: { title: 'Points', minValue: 0 },
    },
  };
}
