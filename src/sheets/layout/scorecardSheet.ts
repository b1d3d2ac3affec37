// The Scorecard sheet: a table people edit by hand (one row per criterion), the scorecard's identity in
// the top row, and the change log to the right of the table.
import type { Criterion, DefinitionChange, Scorecard } from '../../domain/schemas';
import { sectionShares, weightedCriteria } from '../../domain/scoring';
import { blank, block, bold, checkbox, dateTime, GENERAL_FORMAT, num, text, type Block, type Cell, type Row } from '../block';
import { HEADER_BACKGROUND } from './palette';

export type ScorecardColumn =
  | 'sectionId'
  | 'section'
  | 'sectionWeight'
  | 'criterionId'
  | 'question'
  | 'definition'
  | 'type'
  | 'min'
  | 'max'
  | 'levels'
  | 'weight'
  | 'critical'
  | 'allowNA';

interface ColumnSpec {
  key: ScorecardColumn;
  header: string;
  /** How errors name the field: `Scorecard!K7: weight must be a positive number`. */
  field: string;
  kind: 'text' | 'number' | 'checkbox';
  help: string;
}

export const scorecardColumns: readonly ColumnSpec[] = [
  {
    key: 'sectionId',
    header: 'Section id',
    field: 'section id',
    kind: 'text',
    help: 'Rows with the same section id form one section; leave it empty to continue the section above.',
  },
  { key: 'section', header: 'Section', field: 'section name', kind: 'text', help: 'The section heading.' },
  {
    key: 'sectionWeight',
    header: 'Section weight',
    field: 'section weight',
    kind: 'number',
    help: "The section's share of the call score, in proportion to the other sections' weights: 40, 35 and 25 weigh 40 %, 35 % and 25 % whatever the number or weights of their criteria (default 1).",
  },
  {
    key: 'criterionId',
    header: 'Criterion id',
    field: 'criterion id',
    kind: 'text',
    help: 'Short and unique: letters, digits, ".", "-" or "_".',
  },
  {
    key: 'question',
    header: 'Question',
    field: 'question',
    kind: 'text',
    help: 'Behavioural wording: "Did the agent read the required disclosure?"',
  },
  {
    key: 'definition',
    header: 'Definition',
    field: 'definition',
    kind: 'text',
    help: 'What counts as Yes, or as each level: what a disagreement is settled against.',
  },
  { key: 'type', header: 'Type', field: 'type', kind: 'text', help: 'yes-no, scale or points.' },
  { key: 'min', header: 'Min', field: 'min', kind: 'number', help: 'Scales only: the lowest level.' },
  {
    key: 'max',
    header: 'Max / points',
    field: 'max',
    kind: 'number',
    help: 'Scales: the highest level. Points: the most points a call can earn here.',
  },
  {
    key: 'levels',
    header: 'Level descriptions',
    field: 'level descriptions',
    kind: 'text',
    help: 'Scales only: one line per level, e.g. "1: No attempt".',
  },
  {
    key: 'weight',
    header: 'Weight',
    field: 'weight',
    kind: 'number',
    help: "The criterion's share within its section, in proportion to the section's other criteria (default 1). An N/A answer hands its share to the section's other criteria.",
  },
  { key: 'critical', header: 'Critical', field: 'critical', kind: 'checkbox', help: 'Failing a critical criterion fails the whole call.' },
  { key: 'allowNA', header: 'N/A allowed', field: 'N/A allowed', kind: 'checkbox', help: 'Whether "not applicable" is an allowed answer.' },
];

export function columnOf(key: ScorecardColumn): number {
  return scorecardColumns.findIndex((column) => column.key === key) + 1;
}

/** Row 1 holds the scorecard's identity; row 2 a hint; row 3 the header; criteria from row 4. */
export const SCORECARD_IDENTITY_ROW = 1;
export const SCORECARD_HEADER_ROW = 3;
export const SCORECARD_FIRST_ROW = 4;
/** Columns of the identity row: label, value, label, value, label, value. */
export const identityCells = { id: 2, name: 4, version: 6 } as const;
/** Empty rows below the criteria keep the column formats and dropdowns, so people can add criteria. */
export const SPARE_ROWS = 100;
/**
 * Computed beside the table, never read back: what the typed weights mean under the current scoring
 * rule. Written with the tab; a weight typed later shows its shares when the tab is next written.
 */
const shareColumns = [
  {
    header: 'Section share',
    help: "The section's share of the call score when every criterion applies: its weight ÷ the sum of the section weights. A section whose criteria are all N/A on a call drops out and the others share its weight in proportion.",
  },
  {
    header: 'Share of call score',
    help: "The criterion's effective share of the call score when every criterion applies: section share × its weight ÷ its section's criterion weights.",
  },
] as const;
/** The change log starts one empty column to the right of the table and its computed shares. */
export const CHANGE_LOG_COLUMN = scorecardColumns.length + shareColumns.length + 2;

const SHARE_PERCENT_FORMAT = '0.0%';

const changeLogHeaders = [
  'From version',
  'To version',
  'Criterion id',
  'Old question',
  'New question',
  'Old definition',
  'New definition',
  'Reason',
  'Changed at',
];

function levelsText(criterion: Criterion): string {
  if (criterion.type !== 'scale') return '';
  return criterion.levels.map((level) => `${level.value}: ${level.description}`).join('\n');
}

function criterionRow(sectionCells: Cell[], criterion: Criterion): Row {
  const min = criterion.type === 'scale' ? criterion.min : null;
  const max = criterion.type === 'scale' ? criterion.max : criterion.type === 'points' ? criterion.maxPoints : null;
  return [
    ...sectionCells,
    text(criterion.id),
    text(criterion.question),
    text(criterion.definition),
    text(criterion.type),
    num(min),
    num(max),
    text(levelsText(criterion)),
    num(criterion.weight),
    checkbox(criterion.critical),
    checkbox(criterion.allowNA),
  ];
}

function spareRow(): Row {
  return scorecardColumns.map((column) =>
    column.kind === 'checkbox' ? checkbox(false) : column.kind === 'number' ? num(null, GENERAL_FORMAT) : blank(),
  );
}

export function changeLogHeaderRow(): Row {
  return changeLogHeaders.map((header) => bold(header, { background: HEADER_BACKGROUND }));
}

/** One version step of one criterion, as the change log shows it. */
export function changeLogRow(change: DefinitionChange): Row {
  return [
    num(change.fromVersion),
    num(change.toVersion),
    text(change.criterionId),
    text(change.oldQuestion),
    text(change.newQuestion),
    text(change.oldDefinition),
    text(change.newDefinition),
    text(change.reason),
    dateTime(change.changedAt),
  ];
}

export const CHANGE_LOG_WIDTH = changeLogHeaders.length;

function changeLogRows(changes: readonly DefinitionChange[]): Row[] {
  return [changeLogHeaders.map((header) => bold(header, { background: HEADER_BACKGROUND })), ...changes.map(changeLogRow)];
}

interface ScorecardLayout {
  block: Block;
  /** Criteria rows written (the rest of the table is spare rows). */
  criteriaRows: number;
  /** Rows from SCORECARD_FIRST_ROW that carry the column formats and dropdowns. */
  editableRows: number;
}

/**
 * The whole sheet as one block: identity row, hint, header, one row per criterion (section cells
 * repeated on every row so the table sorts and filters), spare rows, and the change log beside it.
 */
export function scorecardSheet(scorecard: Scorecard, changes: readonly DefinitionChange[]): ScorecardLayout {
  const table: Row[] = [
    [bold('Scorecard id'), text(scorecard.id), bold('Name'), text(scorecard.name), bold('Version'), num(scorecard.version)],
    [text('One row per criterion. Edit freely: the add-on checks every row when a session starts and names the cell of each problem.')],
    [
      ...scorecardColumns.map((column) => bold(column.header, { background: HEADER_BACKGROUND, note: column.help })),
      ...shareColumns.map((column) => bold(column.header, { background: HEADER_BACKGROUND, note: column.help })),
    ],
  ];
  const sectionShare = new Map(sectionShares(scorecard).map((entry) => [entry.sectionId, entry.share]));
  const criterionShare = new Map(weightedCriteria(scorecard).map((item) => [item.criterion.id, item.share]));
  for (const section of scorecard.sections) {
    const sectionCells = [text(section.id), text(section.name), num(section.weight)];
    for (const criterion of section.criteria) {
      table.push([
        ...criterionRow(sectionCells, criterion),
        num(sectionShare.get(section.id) ?? null, SHARE_PERCENT_FORMAT),
        num(criterionShare.get(criterion.id) ?? null, SHARE_PERCENT_FORMAT),
      ]);
    }
  }
  const criteriaRows = table.length - (SCORECARD_FIRST_ROW - 1);
  for (let i = 0; i < SPARE_ROWS; i++) table.push(spareRow());

  const log = changeLogRows(changes);
  const rows = table.map((row, i) => {
    const tableWidth = scorecardColumns.length + shareColumns.length;
    const padded = [...row, ...Array.from({ length: tableWidth - row.length }, () => blank())];
    const logRow = i === 0 ? [bold('Change log')] : i >= SCORECARD_HEADER_ROW - 1 ? (log[i - (SCORECARD_HEADER_ROW - 1)] ?? []) : [];
    return [...padded, blank(), ...logRow];
  });
  // The change log may outgrow the table.
  for (let i = rows.length - (SCORECARD_HEADER_ROW - 1); i < log.length; i++) {
    rows.push([...spareRow(), ...shareColumns.map(() => blank()), blank(), ...log[i]!]);
  }
  return {
    block: block(rows, { width: CHANGE_LOG_COLUMN - 1 + changeLogHeaders.length, hasNotes: true }),
    criteriaRows,
    editableRows: rows.length - (SCORECARD_FIRST_ROW - 1),
  };
}
