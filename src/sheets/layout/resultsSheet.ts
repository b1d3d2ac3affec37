// The Results and Session results tabs: one header row, then long-format rows, numbers unrounded with a
// display format, so pivots, Looker Studio and a checker read the same figures the Summary shows.
import type { ResultRow, SessionResultRow } from '../../domain/results';
import { block, bold, checkbox, date, INTEGER_FORMAT, num, text, type Block, type Cell, type Row } from '../block';
import { HEADER_BACKGROUND } from './palette';

export const resultsHeaders = [
  'Session id',
  'Session date',
  'Call id',
  'Call',
  'Evaluator',
  'Row kind',
  'Score %',
  'Raw score %',
  'Auto-fail',
  'Failed critical criteria',
  'Deviation pp',
  'Deviation from expert pp',
  'Alignment %',
  'Critical disagreement',
  'Left out (unresolved)',
] as const;

export const sessionResultsHeaders = [
  'Session id',
  'Session date',
  'Calibration variance pp',
  'Target pp',
  'Evaluators within target',
  'Share within target %',
  'Krippendorff alpha',
  'Gwet AC1',
  'Critical disagreements',
] as const;

const PERCENT = '0.0';
const POINTS = '+0.0;-0.0;0.0';
const COEFFICIENT = '0.000';

function headerRow(labels: readonly string[]): Block {
  return block([labels.map((label) => bold(label, { background: HEADER_BACKGROUND }))]);
}

export const resultsHeaderRow = (): Block => headerRow(resultsHeaders);
export const sessionResultsHeaderRow = (): Block => headerRow(sessionResultsHeaders);

/** TRUE/FALSE as Sheets booleans; blank where the column does not apply to the row. */
function flag(value: boolean | null): Cell {
  return value === null ? text('') : checkbox(value);
}

export function resultsRows(rows: readonly ResultRow[]): Block {
  const cells: Row[] = rows.map((row) => [
    text(row.sessionId),
    date(row.sessionDate),
    text(row.callId),
    text(row.call),
    text(row.evaluator),
    text(row.kind),
    num(row.scorePercent, PERCENT),
    num(row.rawScorePercent, PERCENT),
    checkbox(row.autoFail),
    text(row.failedCritical),
    num(row.deviation, POINTS),
    num(row.deviationFromExpert, POINTS),
    num(row.alignmentPercent, PERCENT),
    flag(row.criticalDisagreement),
    text(row.leftOut),
  ]);
  return block(cells, { width: resultsHeaders.length });
}

export function sessionResultsRows(rows: readonly SessionResultRow[]): Block {
  const cells: Row[] = rows.map((row) => [
    text(row.sessionId),
    date(row.sessionDate),
    num(row.variance, '0.0'),
    num(row.target, '0.0'),
    num(row.evaluatorsWithinTarget, INTEGER_FORMAT),
    num(row.shareWithinTargetPercent, PERCENT),
    num(row.alpha, COEFFICIENT),
    num(row.gwetAc1, COEFFICIENT),
    num(row.criticalDisagreements, INTEGER_FORMAT),
  ]);
  return block(cells, { width: sessionResultsHeaders.length });
}
