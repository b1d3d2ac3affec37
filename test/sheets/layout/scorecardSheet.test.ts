import { ValidationError } from '../../../src/domain/errors';
import { parseWith } from '../../../src/domain/errors';
import { scorecardSchema, type DefinitionChange, type Scorecard } from '../../../src/domain/schemas';
import { formats, values } from '../../../src/sheets/block';
import { parseScorecardSheet } from '../../../src/sheets/layout/scorecardRead';
import {
  CHANGE_LOG_COLUMN,
  columnOf,
  SCORECARD_FIRST_ROW,
  SCORECARD_HEADER_ROW,
  scorecardColumns,
  scorecardSheet,
  SPARE_ROWS,
} from '../../../src/sheets/layout/scorecardSheet';
import { presetScorecard } from '../harness';

const small: Scorecard = parseWith(
  scorecardSchema,
  {
    id: 'small',
    name: 'Small',
    version: 3,
    sections: [
      {
        id: 'open',
        name: 'Opening',
        weight: 2,
        criteria: [
          { id: 'greet', type: 'yes-no', question: 'Greeted?', definition: 'By name', critical: true, allowNA: false },
          {
            id: 'tone',
            type: 'scale',
            question: 'Tone',
            min: 1,
            max: 3,
            levels: [
              { value: 1, description: 'Cold' },
              { value: 3, description: 'Warm' },
            ],
          },
        ],
      },
      { id: 'close', name: 'Closing', criteria: [{ id: 'pts', type: 'points', question: 'Summary', maxPoints: 5, weight: 2.5 }] },
    ],
  },
  'Test scorecard',
);

/** The table part of the sheet as getValues would return it (columns A–M). */
function tableValues(card: Scorecard): unknown[][] {
  return values(scorecardSheet(card, []).block).map((row) => row.slice(0, scorecardColumns.length));
}

function problemsOf(grid: unknown[][]): string[] {
  try {
    parseScorecardSheet('Scorecard', grid);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).problems;
  }
  throw new Error('expected the sheet to be refused');
}

describe('the Scorecard sheet layout', () => {
  it('has the identity row, a frozen-height header and one row per criterion with section cells repeated', () => {
    const layout = scorecardSheet(small, []);
    const grid = values(layout.block);
    expect(grid[0]!.slice(0, 6)).toEqual(['Scorecard id', 'small', 'Name', 'Small', 'Version', 3]);
    expect(grid[SCORECARD_HEADER_ROW - 1]!.slice(0, scorecardColumns.length)).toEqual(scorecardColumns.map((c) => c.header));
    const first = grid[SCORECARD_FIRST_ROW - 1]!;
    expect(first.slice(0, 13)).toEqual(['open', 'Opening', 2, 'greet', 'Greeted?', 'By name', 'yes-no', '', '', '', 1, true, false]);
    const tone = grid[SCORECARD_FIRST_ROW]!;
    expect(tone[columnOf('levels') - 1]).toBe('1: Cold\n3: Warm');
    expect(tone[columnOf('min') - 1]).toBe(1);
    expect(layout.criteriaRows).toBe(3);
    expect(layout.editableRows).toBe(3 + SPARE_ROWS);
  });

  it('formats text columns as plain text and number columns as numbers', () => {
    const row = formats(scorecardSheet(small, []).block)[SCORECARD_FIRST_ROW - 1]!;
    expect(row[columnOf('criterionId') - 1]).toBe('@');
    expect(row[columnOf('question') - 1]).toBe('@');
    expect(row[columnOf('weight') - 1]).toBe('General');
  });

  it('puts the change log beside the table', () => {
    const change: DefinitionChange = {
      criterionId: 'greet',
      oldQuestion: 'Greeted?',
      newQuestion: 'Greeted by name?',
      oldDefinition: '',
      newDefinition: 'Uses the name',
      reason: 'Disputed twice',
      fromVersion: 2,
      toVersion: 3,
      changedAt: '2026-11-30T17:00:00.000Z',
    };
    const grid = values(scorecardSheet(small, [change]).block);
    expect(grid[0]![CHANGE_LOG_COLUMN - 1]).toBe('Change log');
    expect(grid[SCORECARD_HEADER_ROW]!.slice(CHANGE_LOG_COLUMN - 1, CHANGE_LOG_COLUMN + 7)).toEqual([
      2,
      3,
      'greet',
      'Greeted?',
      'Greeted by name?',
      '',
      'Uses the name',
      'Disputed twice',
    ]);
  });
});

describe('reading the Scorecard sheet', () => {
  it('reads back exactly what it wrote, for a preset too', () => {
    expect(parseScorecardSheet('Scorecard', tableValues(small))).toEqual(small);
    const preset = presetScorecard();
    expect(parseScorecardSheet('Scorecard', tableValues(preset))).toEqual(preset);
  });

  it('continues the section above when the section id is left empty, and skips empty rows', () => {
    const grid = tableValues(small);
    grid[SCORECARD_FIRST_ROW]![0] = '';
    grid[SCORECARD_FIRST_ROW]![1] = '';
    grid.splice(SCORECARD_FIRST_ROW, 0, Array(13).fill(''));
    expect(parseScorecardSheet('Scorecard', grid).sections[0]!.criteria.map((c) => c.id)).toEqual(['greet', 'tone']);
  });

  it('accepts numbers typed as text and yes/no for the checkboxes', () => {
    const grid = tableValues(small);
    const row = grid[SCORECARD_FIRST_ROW - 1]!;
    row[columnOf('weight') - 1] = ' 4 ';
    row[columnOf('critical') - 1] = 'no';
    row[columnOf('type') - 1] = 'Yes/No';
    const greet = parseScorecardSheet('Scorecard', grid).sections[0]!.criteria[0]!;
    expect(greet).toMatchObject({ weight: 4, critical: false, type: 'yes-no' });
  });

  it('names the cell of a bad weight, an unknown type and a duplicate id', () => {
    const grid = tableValues(small);
    grid[SCORECARD_FIRST_ROW - 1]![columnOf('weight') - 1] = -2; // row 4, column K
    grid[SCORECARD_FIRST_ROW]![columnOf('type') - 1] = 'stars'; // row 5, column G
    grid[SCORECARD_FIRST_ROW + 1]![columnOf('criterionId') - 1] = 'greet'; // row 6, column D
    expect(problemsOf(grid)).toEqual(
      expect.arrayContaining([
        'Scorecard!K4: weight must be a positive number',
        'Scorecard!G5: type must be one of yes-no, scale, points, not "stars"',
        'Scorecard!D6: criterion id "greet" is already used in Scorecard!D4',
      ]),
    );
  });

  it('names the cell of text in a number column, a missing scale maximum and a bad level line', () => {
    const grid = tableValues(small);
    const tone = grid[SCORECARD_FIRST_ROW]!;
    tone[columnOf('weight') - 1] = 'heavy';
    tone[columnOf('max') - 1] = '';
    tone[columnOf('levels') - 1] = 'one is cold';
    expect(problemsOf(grid)).toEqual([
      'Scorecard!K5: weight must be a number, not "heavy"',
      'Scorecard!I5: max must be a number for a scale criterion',
      'Scorecard!J5: level descriptions write one level per line as "3: description", not "one is cold"',
    ]);
  });

  it('reports schema rules at the cell they are about', () => {
    const grid = tableValues(small);
    grid[SCORECARD_FIRST_ROW]![columnOf('max') - 1] = 1; // scale 1..1
    grid[SCORECARD_FIRST_ROW + 1]![columnOf('question') - 1] = '';
    grid[0]![1] = 'bad id!';
    expect(problemsOf(grid)).toEqual(
      expect.arrayContaining([
        'Scorecard!I5: max must be greater than min',
        'Scorecard!E6: question must not be empty',
        expect.stringMatching(/^Scorecard!B1: scorecard id /),
      ]),
    );
  });

  it('quotes a sheet name with spaces and refuses a conflicting section weight', () => {
    const grid = tableValues(small);
    grid[SCORECARD_FIRST_ROW]![columnOf('sectionWeight') - 1] = 5;
    try {
      parseScorecardSheet('My card', grid);
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as ValidationError).problems).toEqual([
        "'My card'!C5: section weight must match 2 given in 'My card'!C4 for section \"open\"",
      ]);
      expect((error as Error).message).toMatch(/^The My card sheet has a problem: /);
    }
  });

  it('refuses a table with no criteria at all', () => {
    const grid = tableValues(small).slice(0, SCORECARD_FIRST_ROW - 1);
    expect(problemsOf(grid)).toEqual(['Scorecard!A4: a scorecard needs at least one section']);
  });
});
