import { createSpreadsheetApp, inspectWorkbook, restoreSpreadsheet, snapshotSpreadsheet } from '../../spreadsheet';
import { createTestWorkbook } from './testContext';

function populated() {
  const book = createTestWorkbook();
  const { ss, app } = book;
  const sheet = ss.getActiveSheet().setName('Summary');
  sheet.getRange('A1:D2').setValues([
    ['Call', 'Score', 'Reviewed', 'When'],
    ["'00123", '45%', true, '2026-11-30'],
  ]);
  sheet.getRange('E1').setFormula('=AVERAGE(B:B)');
  sheet.getRange('A1:D1').setFontWeight('bold').setBackground('#cfe2f3');
  sheet.getRange('B2').setNote('calibrated');
  sheet.getRange('B2').setDataValidation(app.newDataValidation().requireNumberBetween(0, 1).setAllowInvalid(false).build());
  sheet.setFrozenRows(1);
  const tab = ss.insertSheet('Eval - Bob');
  tab.hideSheet();
  const protection = tab.protect().setDescription('Bob only');
  protection.removeEditors(protection.getEditors());
  protection.addEditor('bob@example.com');
  ss.setNamedRange('Scores', sheet.getRange('B2:B10'));
  sheet.setConditionalFormatRules([
    app
      .newConditionalFormatRule()
      .whenNumberLessThan(0.5)
      .setBackground('#f4cccc')
      .setRanges([sheet.getRange('B2:B10')])
      .build(),
  ]);
  sheet.insertChart(
    sheet.newChart().asColumnChart().addRange(sheet.getRange('A1:B2')).setPosition(5, 5, 0, 0).setOption('title', 'Scores').build(),
  );
  ss.toast('Done');
  return book;
}

describe('snapshot and restore', () => {
  it('round-trips the workbook through JSON, Dates included', () => {
    const { spreadsheet, ctx } = populated();
    const json = JSON.stringify(snapshotSpreadsheet(spreadsheet));
    const restored = restoreSpreadsheet(ctx, JSON.parse(json));
    expect(inspectWorkbook(restored)).toEqual(inspectWorkbook(spreadsheet));
    expect(snapshotSpreadsheet(restored)).toEqual(JSON.parse(json));

    const { app } = createSpreadsheetApp(ctx, { spreadsheet: restored });
    const when = app.getActive().getRange('Summary!D2').getValue();
    expect(when).toBeInstanceOf(Date);
    expect((when as Date).toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(app.getActive().getRange('Summary!A2').getValue()).toBe('00123');
  });

  it('keeps protections enforced after a restore', () => {
    const { spreadsheet, ctx, actAs } = populated();
    const restored = restoreSpreadsheet(ctx, JSON.parse(JSON.stringify(snapshotSpreadsheet(spreadsheet))));
    const { app } = createSpreadsheetApp(ctx, { spreadsheet: restored });
    actAs('carol@example.com');
    expect(() => app.getActive().getSheetByName('Eval - Bob')!.getRange('A1').setValue(1)).toThrow('protected cell');
    actAs('bob@example.com');
    app.getActive().getSheetByName('Eval - Bob')!.getRange('A1').setValue(1);
  });

  it('rejects something that is not a snapshot with a readable error', () => {
    const { ctx } = createTestWorkbook();
    expect(() => restoreSpreadsheet(ctx, { id: 'x', sheets: [] })).toThrow('Not a valid spreadsheet snapshot');
  });

  it('inspects without counting calls', () => {
    const { spreadsheet, calls } = populated();
    calls.length = 0;
    const view = inspectWorkbook(spreadsheet);
    expect(calls).toEqual([]);
    const summary = view.sheets[0]!;
    expect(summary.values[1]!.slice(0, 3)).toEqual(['00123', 0.45, true]);
    expect(summary.displayValues[1]!.slice(0, 4)).toEqual(['00123', '45%', 'TRUE', '2026-11-30']);
    expect(summary.formulas[0]![4]).toBe('=AVERAGE(B:B)');
    expect(summary.fontWeights[0]!.slice(0, 4)).toEqual(['bold', 'bold', 'bold', 'bold']);
    expect(summary.backgrounds[0]![0]).toBe('#cfe2f3');
    expect(summary.validations).toEqual([{ a1: 'B2', criteria: 'NUMBER_BETWEEN', values: [0, 1], allowInvalid: false, helpText: '' }]);
    expect(summary.conditionalFormats[0]!.ranges).toEqual(['Summary!B2:B10']);
    expect(summary.charts[0]).toMatchObject({ chartType: 'COLUMN', ranges: ['Summary!A1:B2'], options: { title: 'Scores' } });
    expect(view.namedRanges).toEqual([{ name: 'Scores', range: 'Summary!B2:B10' }]);
    expect(view.sheets[1]).toMatchObject({ name: 'Eval - Bob', hidden: true });
    expect(view.toasts.map((toast) => toast.message)).toEqual(['Done']);
  });
});
