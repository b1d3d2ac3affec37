// The Scores sheet: the long-format log (one row per evaluator × call × criterion), appended at each
// close, for pivot tables across sessions.
import { block, bold, general, text, type Block, type Row } from '../block';
import type { ScoreLogRow } from '../../usecases/ports/workbook';
import { HEADER_BACKGROUND } from './palette';

const scoresLogHeaders = [
  'Session id',
  'Session date',
  'Call id',
  'Call',
  'Evaluator',
  'Criterion id',
  'Question',
  'Value',
  'Final',
] as const;

export function scoresLogHeaderRow(): Block {
  return block([scoresLogHeaders.map((label) => bold(label, { background: HEADER_BACKGROUND }))]);
}

export function scoresLogRows(rows: readonly ScoreLogRow[]): Block {
  const cells: Row[] = rows.map((row) => [
    text(row.sessionId),
    text(row.sessionDate),
    text(row.callId),
    text(row.callLabel),
    text(row.evaluator),
    text(row.criterionId),
    text(row.question),
    general(row.value),
    general(row.final),
  ]);
  return block(cells, { width: scoresLogHeaders.length });
}
