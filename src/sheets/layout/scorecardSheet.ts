// The Scorecard sheet: a table people edit by hand (one row per criterion), the scorecard's identity in
// the top row, and the change log to the right of the table.
import type { Criterion, DefinitionChange, Scorecard } from '../../domain/schemas';
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
  { key: 'sectionId', header: 'Section id', field: 'section id', kind: 'text', help: 'Rows with the same section id form one section; leave it empty to continue the section above.' },
  { key: 'section', header: 'Section', field: 'section name', kind: 'text', help: 'The section heading.' },
  { key: 'sectionWeight', header: 'Section weight', field: 'section weight', kind: 'number', help: 'Multiplies the points of every criterion in the section (default 1).' },
  { key: 'criterionId', header: 'Criterion id', field: 'criterion id', kind: 'text', help: 'Short and unique: letters, digits, ".", "-" or "_".' },
  { key: 'question', header: 'Question', field: 'question', kind: 'text', help: 'Behavioural wording: "Did the agent read the required disclosure?"' },
  { key: 'definition', header: 'Definition', field: 'definition', kind: 'text', help: 'What counts as Yes, or as each level: what a disagreement is settled against.' },
  { key: 'type', header: 'Type', field: 'type', kind: 'text', help: 'yes-no, scale or points.' },
  { key: 'min', header: 'Min', field: 'min', kind: 'number', help: 'Scales only: the lowest level.' },
  { key: 'max', header: 'Max / points', field: 'max', kind: 'number', help: 'Scales: the highest level. Points: the most points a call can earn here.' },
  { key: 'levels', header: 'Level descriptions', field: 'level descriptions', kind: 'text', help: 'Scales only: one line per level, e.g. "1: No attempt".' },
  { key: 'weight', header: 'Weight', field: 'weight', kind: 'number', help: 'Points the criterion is worth inside its section (default 1).' },
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
/** The change log starts one empty column to the right of the table. */
export const CHANGE_LOG_COLUMN = scorecardColumns.length + 2;

const changeLogHeaders = ['From version', 'To version', 'Criterion id', 'Old question', 'New question', 'Old definition', 'New definition', 'Reason', 'Changed at'];

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
  return [
    changeLogHeaders.map((header) => bold(header, { background: HEADER_BACKGROUND })),
    ...changes.map((change) => [
      num(change.fromVersion),
      num(change.toVersion),
      text(change.criterionId),
      text(change.oldQuestion),
      text(change.newQuestion),
      text(change.oldDefinition),
      text(change.newDefinition),
      text(change.reason),
      dateTime(change.changedAt),
    ]),
  ];
}

export interface ScorecardLayout {
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
    scorecardColumns.map((column) => bold(column.header, { background: HEADER_BACKGROUND, note: column.help })),
  ];
  for (const section of scorecard.sections) {
    const sectionCells = [text(section.id), text(section.name), num(section.weight)];
    for (const criterion of section.criteria) table.push(criterionRow(sectionCells, criterion));
  }
  const criteriaRows = table.length - (SCORECARD_FIRST_ROW - 1);
  for (let i = 0; i < SPARE_ROWS; i++) table.push(spareRow());

  const log = changeLogRows(changes);
  const rows = table.map((row, i) => {
    const padded = [...row, ...Array.from({ length: scorecardColumns.length - row.length }, () => blank())];
    const logRow = i === 0 ? [bold('Change log')] : i >= SCORECARD_HEADER_ROW - 1 ? log[i - (SCORECARD_HEADER_ROW - 1)] ?? [] : [];
    return [...padded, blank(), ...logRow];
  });
  // The change log may outgrow the table.
  for (let i = rows.length - (SCORECARD_HEADER_ROW - 1); i < log.length; i++) {
    rows.push([...spareRow(), blank(), ...log[i]!]);
  }
  return {
    block: block(rows, { width: CHANGE_LOG_COLUMN - 1 + changeLogHeaders.length, hasNotes: true }),
    criteriaRows,
    editableRows: rows.length - (SCORECARD_FIRST_ROW - 1),
  };
}
