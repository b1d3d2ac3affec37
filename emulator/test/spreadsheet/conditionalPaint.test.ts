import { createAppsScriptEnvironment } from '../../environment';
import { conditionalPaint, conditionHolds, customFormulaHolds } from '../../spreadsheet/conditionalPaint';

function sheetWith(rows: Array<Array<string | number>>) {
  const env = createAppsScriptEnvironment();
  const sheet = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!;
  sheet.getRange(1, 1, rows.length, rows[0]!.length).setValues(rows);
  return { env, sheet, state: () => env.spreadsheet.state.sheets[0]! };
}

describe('conditional formatting as Sheets paints it', () => {
  it('judges the built-in conditions', () => {
    expect(conditionHolds('NUMBER_LESS_THAN', [0.5], 0.4)).toBe(true);
    expect(conditionHolds('NUMBER_BETWEEN', [1, 3], 4)).toBe(false);
    expect(conditionHolds('TEXT_CONTAINS', ['split'], 'Split 4–4')).toBe(true);
    expect(conditionHolds('CELL_EMPTY', [], '')).toBe(true);
    expect(conditionHolds('NUMBER_GREATER_THAN', [1], 'text')).toBe(false);
  });

  it('evaluates "contains" and comparison formulas with references that move with the cell', () => {
    const { state } = sheetWith([
      ['a', 'critical mismatch', 0.9],
      ['b', 'split vote', 0.3],
    ]);
    const anchor = { row: 1, column: 1 };
    expect(customFormulaHolds('=ISNUMBER(SEARCH("critical", $B1))', state(), anchor, 1, 1)).toBe(true);
    expect(customFormulaHolds('=ISNUMBER(SEARCH("critical", $B1))', state(), anchor, 2, 3)).toBe(false);
    expect(customFormulaHolds('=$C1<0.5', state(), anchor, 2, 1)).toBe(true);
    expect(customFormulaHolds('=C$1>0.5', state(), anchor, 2, 1)).toBe(true);
    expect(customFormulaHolds('=SUM(A1:A3)>1', state(), anchor, 1, 1)).toBeNull();
  });

  it('lets the first matching rule win and reports formulas it cannot evaluate', () => {
    const { env, sheet, state } = sheetWith([['critical mismatch'], ['fine']]);
    const { SpreadsheetApp } = env.globals;
    const range = sheet.getRange('A1:A2');
    sheet.setConditionalFormatRules([
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied('=ISNUMBER(SEARCH("critical", $A1))')
        .setBackground('#f4c7c3')
        .setRanges([range])
        .build(),
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied('=COUNTIF(A:A, A1)>1')
        .setBackground('#0000ff')
        .setRanges([range])
        .build(),
      SpreadsheetApp.newConditionalFormatRule().whenCellNotEmpty().setBackground('#00ff00').setRanges([range]).build(),
    ]);
    const { paint, unevaluated } = conditionalPaint(state());
    expect(paint.get('1:1')?.background).toBe('#f4c7c3');
    expect(paint.get('2:1')?.background).toBe('#00ff00');
    expect(unevaluated).toEqual(['rule 2 (CUSTOM_FORMULA)']);
  });
});
