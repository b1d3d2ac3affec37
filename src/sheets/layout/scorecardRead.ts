// Reads the Scorecard sheet as people left it: every row checked against the scorecard schema, and every
// problem reported at its cell (`Scorecard!K7: weight must be a positive number`).
import { ValidationError } from '../../domain/errors';
import { isDate } from '../block';
import { criterionTypes, scorecardSchema, type Scorecard } from '../../domain/schemas';
import { cellAddress } from '../a1';
import {
  columnOf,
  identityCells,
  SCORECARD_FIRST_ROW,
  SCORECARD_IDENTITY_ROW,
  scorecardColumns,
  type ScorecardColumn,
} from './scorecardSheet';

type Raw = Record<string, unknown>;

function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function asText(value: unknown): string {
  if (isDate(value)) return value.toISOString().slice(0, 10);
  return isBlank(value) ? '' : String(value).trim();
}

type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; problem: string };

/** A number typed in a number cell, or digits left in a text cell; blank is "not given". */
function asNumber(value: unknown): Parsed<number> {
  if (isBlank(value)) return { ok: true, value: undefined };
  if (typeof value === 'number') return { ok: true, value };
  if (typeof value === 'string' && /^[+-]?(\d+\.?\d*|\.\d+)$/.test(value.trim())) return { ok: true, value: Number(value.trim()) };
  return { ok: false, problem: `must be a number, not "${asText(value).slice(0, 40)}"` };
}

/** A ticked or unticked checkbox, or yes/no/true/false typed by hand; blank is "not given". */
function asBoolean(value: unknown): Parsed<boolean> {
  if (typeof value === 'boolean') return { ok: true, value };
  if (isBlank(value)) return { ok: true, value: undefined };
  const word = asText(value).toLowerCase();
  if (['true', 'yes', 'y', 'x', '1'].includes(word)) return { ok: true, value: true };
  if (['false', 'no', 'n', '0'].includes(word)) return { ok: true, value: false };
  return { ok: false, problem: `must be ticked or unticked (or yes / no), not "${asText(value).slice(0, 40)}"` };
}

const typeAliases: Record<string, (typeof criterionTypes)[number]> = {
  'yes-no': 'yes-no',
  'yes/no': 'yes-no',
  yesno: 'yes-no',
  'yes no': 'yes-no',
  scale: 'scale',
  points: 'points',
};

const levelLine = /^\s*([+-]?\d+)\s*(?::|=|–|—|\s-\s)\s*(.*)$/;

function parseLevels(value: string): Parsed<Array<{ value: number; description: string }>> {
  const lines = value.split(/\r?\n/).filter((line) => line.trim() !== '');
  const levels: Array<{ value: number; description: string }> = [];
  for (const line of lines) {
    const match = levelLine.exec(line);
    if (!match) return { ok: false, problem: `write one level per line as "3: description", not "${line.trim().slice(0, 40)}"` };
    levels.push({ value: Number(match[1]), description: match[2]!.trim() });
  }
  return { ok: true, value: levels };
}

interface Problems {
  list: string[];
  add(address: string, field: string, message: string): void;
  /** Whether a problem was already reported at this cell (the schema's own complaint would repeat it). */
  has(address: string): boolean;
}

function problems(): Problems {
  const list: string[] = [];
  const cells = new Set<string>();
  return {
    list,
    add(address, field, message) {
      const line =
        field === '' || message.toLowerCase().startsWith(field.toLowerCase())
          ? `${address}: ${message}`
          : `${address}: ${field} ${message}`;
      cells.add(address);
      if (!list.includes(line)) list.push(line);
    },
    has: (address) => cells.has(address),
  };
}

interface SectionDraft {
  raw: Raw;
  criteria: Raw[];
  /** The sheet row of each criterion, in order. */
  rows: number[];
  firstRow: number;
  /** Where the section's name and weight were given, for errors about them. */
  nameRow: number;
  weightRow: number;
}

/**
 * Parses the Scorecard sheet's values (row 1 first, columns A onwards, as getValues returns them) into a
 * scorecard, or throws a ValidationError listing every problem by cell. Empty rows are skipped.
 */
export function parseScorecardSheet(
  sheetName: string,
  grid: readonly (readonly unknown[])[],
  /** Where a cell of `grid` is on the sheet, for a table typed by hand in other rows and columns. */
  address: (row: number, column: number) => string = (row, column) => cellAddress(sheetName, row, column),
): Scorecard {
  const found = problems();
  const at = address;
  const cellOf = (row: number, key: ScorecardColumn) => grid[row - 1]?.[columnOf(key) - 1];
  const report = (row: number, key: ScorecardColumn, message: string) =>
    found.add(at(row, columnOf(key)), scorecardColumns[columnOf(key) - 1]!.field, message);

  const identity = grid[SCORECARD_IDENTITY_ROW - 1] ?? [];
  const version = asNumber(identity[identityCells.version - 1]);
  if (!version.ok) found.add(at(SCORECARD_IDENTITY_ROW, identityCells.version), 'version', version.problem);
  const card: Raw = {
    id: asText(identity[identityCells.id - 1]),
    name: asText(identity[identityCells.name - 1]),
    ...(version.ok && version.value !== undefined ? { version: version.value } : {}),
  };

  const sections: SectionDraft[] = [];
  const bySectionId = new Map<string, SectionDraft>();
  const criterionRows = new Map<string, number>();
  let current: SectionDraft | undefined;

  for (let row = SCORECARD_FIRST_ROW; row <= grid.length; row++) {
    const textColumns = scorecardColumns.filter((column) => column.kind !== 'checkbox');
    if (textColumns.every((column) => isBlank(cellOf(row, column.key)))) continue;

    const sectionId = asText(cellOf(row, 'sectionId'));
    if (sectionId !== '') {
      current = bySectionId.get(sectionId);
      if (!current) {
        current = { raw: { id: sectionId }, criteria: [], rows: [], firstRow: row, nameRow: row, weightRow: row };
        bySectionId.set(sectionId, current);
        sections.push(current);
      }
    } else if (!current) {
      report(row, 'sectionId', 'must not be empty on the first row of the table');
      continue;
    }
    const section = current;
    const name = asText(cellOf(row, 'section'));
    if (name !== '') {
      if (section.raw.name === undefined) {
        section.raw.name = name;
        section.nameRow = row;
      } else if (section.raw.name !== name) {
        report(
          row,
          'section',
          `must match "${String(section.raw.name)}" given in ${at(section.nameRow, columnOf('section'))} for section "${String(section.raw.id)}"`,
        );
      }
    }
    const weight = asNumber(cellOf(row, 'sectionWeight'));
    if (!weight.ok) report(row, 'sectionWeight', weight.problem);
    else if (weight.value !== undefined) {
      if (section.raw.weight === undefined) {
        section.raw.weight = weight.value;
        section.weightRow = row;
      } else if (section.raw.weight !== weight.value) {
        report(
          row,
          'sectionWeight',
          `must match ${String(section.raw.weight)} given in ${at(section.weightRow, columnOf('sectionWeight'))} for section "${String(section.raw.id)}"`,
        );
      }
    }

    const criterion = readCriterion(row, cellOf, report);
    const id = String(criterion.id);
    if (id !== '') {
      const earlier = criterionRows.get(id);
      if (earlier !== undefined) report(row, 'criterionId', `"${id}" is already used in ${at(earlier, columnOf('criterionId'))}`);
      else criterionRows.set(id, row);
    }
    section.criteria.push(criterion);
    section.rows.push(row);
  }

  card.sections = sections.map((section) => ({ name: '', ...section.raw, criteria: section.criteria }));
  const result = scorecardSchema.safeParse(card);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [where, field] = locate(issue.path, sections, address);
      if (!found.has(where)) found.add(where, field, issue.message);
    }
  }
  if (found.list.length > 0)
    throw new ValidationError(
      `The ${sheetName} sheet has ${found.list.length === 1 ? 'a problem' : `${found.list.length} problems`}`,
      found.list,
    );
  return result.data!;
}

function readCriterion(
  row: number,
  cellOf: (row: number, key: ScorecardColumn) => unknown,
  report: (row: number, key: ScorecardColumn, message: string) => void,
): Raw {
  const raw: Raw = {
    id: asText(cellOf(row, 'criterionId')),
    question: asText(cellOf(row, 'question')),
    definition: asText(cellOf(row, 'definition')),
  };
  const typed = asText(cellOf(row, 'type')).toLowerCase();
  const type = typeAliases[typed];
  if (!type) {
    report(
      row,
      'type',
      typed === ''
        ? `must be one of ${criterionTypes.join(', ')}`
        : `must be one of ${criterionTypes.join(', ')}, not "${typed.slice(0, 40)}"`,
    );
    // A known type keeps the other checks running on this row.
    raw.type = 'yes-no';
  } else raw.type = type;

  const numbers: Array<[ScorecardColumn, string]> = [['weight', 'weight']];
  if (raw.type === 'scale') numbers.push(['min', 'min'], ['max', 'max']);
  if (raw.type === 'points') numbers.push(['max', 'maxPoints']);
  for (const [key, field] of numbers) {
    const parsed = asNumber(cellOf(row, key));
    if (!parsed.ok) report(row, key, parsed.problem);
    else if (parsed.value !== undefined) raw[field] = parsed.value;
    else if (key !== 'weight') report(row, key, `must be a number for a ${String(raw.type)} criterion`);
  }
  for (const [key, field] of [
    ['critical', 'critical'],
    ['allowNA', 'allowNA'],
  ] as const) {
    const parsed = asBoolean(cellOf(row, key));
    if (!parsed.ok) report(row, key, parsed.problem);
    else if (parsed.value !== undefined) raw[field] = parsed.value;
  }
  const levels = asText(cellOf(row, 'levels'));
  if (raw.type === 'scale' && levels !== '') {
    const parsed = parseLevels(levels);
    if (!parsed.ok) report(row, 'levels', parsed.problem);
    else raw.levels = parsed.value;
  }
  return raw;
}

const criterionFieldColumns: Record<string, ScorecardColumn> = {
  id: 'criterionId',
  question: 'question',
  definition: 'definition',
  type: 'type',
  min: 'min',
  max: 'max',
  maxPoints: 'max',
  levels: 'levels',
  weight: 'weight',
  critical: 'critical',
  allowNA: 'allowNA',
};

const sectionFieldColumns: Record<string, ScorecardColumn> = { id: 'sectionId', name: 'section', weight: 'sectionWeight' };

/** The cell a schema issue is about, and the field name that prefixes its message. */
function locate(
  path: readonly PropertyKey[],
  sections: readonly SectionDraft[],
  cellAddress: (row: number, column: number) => string,
): [string, string] {
  const column = (key: ScorecardColumn) => columnOf(key);
  const field = (key: ScorecardColumn) => scorecardColumns[column(key) - 1]!.field;
  if (path[0] !== 'sections') {
    const key = String(path[0] ?? 'id') as keyof typeof identityCells;
    const identityColumn = identityCells[key] ?? identityCells.id;
    return [cellAddress(SCORECARD_IDENTITY_ROW, identityColumn), `scorecard ${String(path[0] ?? '')}`.trim()];
  }
  const section = typeof path[1] === 'number' ? sections[path[1]] : undefined;
  if (!section) return [cellAddress(SCORECARD_FIRST_ROW, column('sectionId')), ''];
  if (path[2] !== 'criteria') {
    const key = sectionFieldColumns[String(path[2])] ?? 'sectionId';
    const row = key === 'section' ? section.nameRow : key === 'sectionWeight' ? section.weightRow : section.firstRow;
    return [cellAddress(row, column(key)), field(key)];
  }
  const row = typeof path[3] === 'number' ? section.rows[path[3]] : undefined;
  if (row === undefined) return [cellAddress(section.firstRow, column('sectionId')), `section "${String(section.raw.id)}"`];
  const key = criterionFieldColumns[String(path[4])] ?? 'criterionId';
  return [cellAddress(row, column(key)), field(key)];
}

/** Where the criteria table sits on a Scorecard tab, found by the documented headers. */
export interface ScorecardTable {
  /** 1-based row of the header. */
  headerRow: number;
  /** 1-based column of each documented header found. */
  columns: Partial<Record<ScorecardColumn, number>>;
  /** Whether row 1 is the add-on's identity row (id, name, version). */
  hasIdentity: boolean;
  /** 1-based column where the change log starts. */
  logColumn: number;
}

const headerAliases: Record<string, ScorecardColumn> = Object.fromEntries([
  ...scorecardColumns.map((column) => [column.header.toLowerCase(), column.key] as const),
  ['max', 'max'],
  ['points', 'max'],
  ['levels', 'levels'],
  ['n/a', 'allowNA'],
]);

/** The headers a table typed by hand must have; the others are optional. */
const REQUIRED_HEADERS: readonly ScorecardColumn[] = ['sectionId', 'section', 'criterionId', 'question', 'definition', 'type'];

/**
 * Finds the criteria table by its headers in the first 10 rows: the add-on's own layout, or one typed
 * by hand with the documented headers (README), in any order. null when there is none.
 */
export function locateScorecardTable(grid: readonly (readonly unknown[])[]): ScorecardTable | null {
  for (let r = 0; r < Math.min(10, grid.length); r++) {
    const columns: Partial<Record<ScorecardColumn, number>> = {};
    (grid[r] ?? []).forEach((cell, c) => {
      const key = headerAliases[asText(cell).toLowerCase()];
      if (key !== undefined && columns[key] === undefined) columns[key] = c + 1;
    });
    if (!REQUIRED_HEADERS.every((key) => columns[key] !== undefined)) continue;
    const row1 = grid[0] ?? [];
    const logAt = row1.findIndex((cell) => asText(cell) === 'Change log');
    const lastTableColumn = Math.max(...Object.values(columns));
    return {
      headerRow: r + 1,
      columns,
      hasIdentity: asText(row1[0]) === 'Scorecard id',
      logColumn: logAt >= 0 ? logAt + 1 : lastTableColumn + 2,
    };
  }
  return null;
}

/** The id, name and version a table typed by hand without the identity row is given. */
const HAND_TYPED_IDENTITY = { id: 'team-scorecard', name: 'Team scorecard', version: 1 } as const;

/**
 * Parses a Scorecard tab laid out by the add-on or typed by hand with the documented headers; problems
 * are named by the cell where they are on the sheet.
 */
export function parseAnyScorecardSheet(sheetName: string, grid: readonly (readonly unknown[])[]): Scorecard {
  const table = locateScorecardTable(grid);
  if (table === null) {
    throw new ValidationError(`The ${sheetName} sheet`, [
      `has no header row with ${REQUIRED_HEADERS.map((key) => `"${scorecardColumns[columnOf(key) - 1]!.header}"`).join(', ')} in its first 10 rows (see "The Scorecard sheet" in the README), or use "Create scorecard template"`,
    ]);
  }
  const canonical =
    table.headerRow === SCORECARD_FIRST_ROW - 1 && scorecardColumns.every((column, i) => table.columns[column.key] === i + 1);
  if (canonical && table.hasIdentity) return parseScorecardSheet(sheetName, grid);
  // Lift the table into the add-on's layout, remembering where each cell really is.
  const width = scorecardColumns.length;
  const identity = table.hasIdentity
    ? grid[0]!
    : ['Scorecard id', HAND_TYPED_IDENTITY.id, 'Name', HAND_TYPED_IDENTITY.name, 'Version', HAND_TYPED_IDENTITY.version];
  const body = grid.slice(table.headerRow).map((row) =>
    Array.from({ length: width }, (_, i) => {
      const column = table.columns[scorecardColumns[i]!.key];
      return column === undefined ? '' : row[column - 1];
    }),
  );
  const lifted = [identity, [], scorecardColumns.map((column) => column.header), ...body];
  return parseScorecardSheet(sheetName, lifted, (row, column) => {
    if (row < SCORECARD_FIRST_ROW) return cellAddress(sheetName, row, column);
    const real = table.columns[scorecardColumns[column - 1]!.key] ?? column;
    return cellAddress(sheetName, table.headerRow + (row - (SCORECARD_FIRST_ROW - 1)), real);
  });
}
