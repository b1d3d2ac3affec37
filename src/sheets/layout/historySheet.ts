// The History sheet: one row per closed session, read back for the trend. The list-valued fields are
// kept compact in one cell each (ids comma-separated, deviations as JSON).
import { describeIssues } from '../../domain/errors';
import { sessionHistoryEntrySchema, type SessionHistoryEntry } from '../../domain/schemas';
import { cellAddress } from '../a1';
import {
  block,
  isDate,
  bold,
  num,
  ONE_DECIMAL_FORMAT,
  SHARE_FORMAT,
  text,
  TWO_DECIMALS_FORMAT,
  INTEGER_FORMAT,
  type Block,
  type Row,
} from '../block';
import { HEADER_BACKGROUND } from './palette';

export const historyHeaders = [
  'Session id',
  'Title',
  'Session date',
  'Closed at',
  'Scorecard id',
  'Scorecard version',
  'Calls',
  'Evaluators',
  'Variance target',
  'Variance',
  "Krippendorff's α",
  'Share within target',
  'Disputed criteria',
  'Evaluator deviations (JSON)',
  'Gwet AC1',
  'Critical disagreements',
  'Scoring rule',
  'Attendance',
] as const;

export const HISTORY_FIRST_ROW = 2;

export function historyHeaderRow(): Block {
  return block([historyHeaders.map((label) => bold(label, { background: HEADER_BACKGROUND }))]);
}

export function historyRows(entries: readonly SessionHistoryEntry[]): Block {
  const rows: Row[] = entries.map((entry) => [
    text(entry.sessionId),
    text(entry.title),
    text(entry.sessionDate),
    text(entry.closedAt),
    text(entry.scorecardId),
    num(entry.scorecardVersion, INTEGER_FORMAT),
    num(entry.calls, INTEGER_FORMAT),
    num(entry.evaluators, INTEGER_FORMAT),
    num(entry.varianceTarget, ONE_DECIMAL_FORMAT),
    num(entry.variance, ONE_DECIMAL_FORMAT),
    num(entry.alpha, TWO_DECIMALS_FORMAT),
    num(entry.shareWithinTarget, SHARE_FORMAT),
    text(entry.disputedCriterionIds.join(', ')),
    text(JSON.stringify(entry.evaluatorDeviations)),
    num(entry.gwetAc1, TWO_DECIMALS_FORMAT),
    num(entry.criticalDisagreements, INTEGER_FORMAT),
    text(entry.scoringRule),
    num(entry.attendanceRate, SHARE_FORMAT),
  ]);
  return block(rows, { width: historyHeaders.length });
}

function textOf(value: unknown): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

function numberOrNull(value: unknown): unknown {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return value;
}

export interface HistoryRead {
  entries: SessionHistoryEntry[];
  /** One line per damaged row that was skipped, naming its first cell. */
  skipped: string[];
}

/**
 * Rows from row 2 as getValues returns them, with their display values (dates typed over by hand come
 * back as Dates; their display is what the row said). Blank rows are ignored; a damaged row is skipped
 * and reported, never guessed at.
 */
export function parseHistory(
  sheetName: string,
  values: readonly (readonly unknown[])[],
  displays: readonly (readonly string[])[],
): HistoryRead {
  const entries: SessionHistoryEntry[] = [];
  const skipped: string[] = [];
  values.forEach((row, i) => {
    if (row.every((value) => textOf(value) === '')) return;
    const sheetRow = HISTORY_FIRST_ROW + i;
    const shown = (column: number) => textOf(displays[i]?.[column]);
    const asText = (column: number) => (isDate(row[column]) ? shown(column) : textOf(row[column]));
    const skip = (reason: string) => skipped.push(`${cellAddress(sheetName, sheetRow, 1)}: damaged row skipped (${reason})`);
    let deviations: unknown = [];
    const json = textOf(row[13]);
    if (json !== '') {
      try {
        deviations = JSON.parse(json);
      } catch {
        skip('the evaluator deviations are not valid JSON');
        return;
      }
    }
    const parsed = sessionHistoryEntrySchema.safeParse({
      sessionId: asText(0),
      title: asText(1),
      sessionDate: asText(2),
      closedAt: isDate(row[3]) ? row[3].toISOString() : textOf(row[3]),
      scorecardId: asText(4),
      scorecardVersion: numberOrNull(row[5]),
      calls: numberOrNull(row[6]),
      evaluators: numberOrNull(row[7]),
      varianceTarget: numberOrNull(row[8]),
      variance: numberOrNull(row[9]),
      alpha: numberOrNull(row[10]),
      shareWithinTarget: numberOrNull(row[11]),
      disputedCriterionIds:
        asText(12) === ''
          ? []
          : asText(12)
              .split(',')
              .map((id) => id.trim())
              .filter(Boolean),
      evaluatorDeviations: deviations,
      // Rows written before these columns existed leave them blank: no AC1, no count, the points rule.
      gwetAc1: numberOrNull(row[14]),
      criticalDisagreements: numberOrNull(row[15]),
      scoringRule: asText(16) === '' ? undefined : asText(16),
      // Rows written before the register existed have no attendance rate.
      attendanceRate: numberOrNull(row[17]),
    });
    if (!parsed.success) skip(describeIssues(parsed.error).join('; '));
    else entries.push(parsed.data);
  });
  return { entries, skipped };
}
