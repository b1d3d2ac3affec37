import { ChartType, inspectWorkbook } from '../../spreadsheet';
import { createTestWorkbook } from './testContext';

describe('data validation', () => {
  it('builds rules that read back their criteria, and copies them', () => {
    const { app, ss } = createTestWorkbook();
    const rule = app.newDataValidation().requireValueInList(['1', '2', '3'], false).setAllowInvalid(false).setHelpText('Pick 1-3').build();
    expect(rule.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule.getCriteriaValues()).toEqual([['1', '2', '3'], false]);
    expect(rule.getAllowInvalid()).toBe(false);
    expect(rule.getHelpText()).toBe('Pick 1-3');
    const copy = rule.copy().requireCheckbox().build();
    expect(copy.getCriteriaType()).toBe(app.DataValidationCriteria.CHECKBOX);
    expect(copy.getHelpText()).toBe('Pick 1-3');
    expect(rule.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);

    const cells = ss.getRange('A1:A2');
    cells.setDataValidation(rule);
    expect(cells.getDataValidations().map((row) => row[0]!.getCriteriaType())).toEqual(['VALUE_IN_LIST', 'VALUE_IN_LIST']);
    cells.clearDataValidations();
    expect(cells.getDataValidation()).toBeNull();
  });

  it('refers to source ranges for requireValueInRange', () => {
    const { app, ss } = createTestWorkbook();
    const source = ss.getRange('Z1:Z3');
    const rule = app.newDataValidation().requireValueInRange(source).build();
    const [range, dropdown] = rule.getCriteriaValues() as [GoogleAppsScript.Spreadsheet.Range, boolean];
    expect(range.getA1Notation()).toBe('Z1:Z3');
    expect(dropdown).toBe(true);
  });

  it('does not block script writes but reports violations', () => {
    const { app, ss, spreadsheet } = createTestWorkbook();
    ss.getRange('Z1:Z2').setValues([['Yes'], ['No']]);
    ss.getRange('A1:A3').setDataValidation(app.newDataValidation().requireNumberBetween(1, 5).setAllowInvalid(false).build());
    ss.getRange('B1:B2').setDataValidation(app.newDataValidation().requireValueInRange(ss.getRange('Z1:Z2')).build());
    ss.getRange('A1:B3').setValues([
      [3, 'Yes'],
      [9, 'Maybe'],
      ['', ''],
    ]);
    expect(ss.getRange('A2').getValue()).toBe(9);
    expect(inspectWorkbook(spreadsheet).violations).toEqual([
      { sheet: 'Sheet1', a1: 'A2', value: 9, criteria: 'NUMBER_BETWEEN' },
      { sheet: 'Sheet1', a1: 'B2', value: 'Maybe', criteria: 'VALUE_IN_RANGE' },
    ]);
  });
});

describe('conditional format rules', () => {
  it('builds boolean rules and colour scales and stores them on the sheet', () => {
    const { app, ss } = createTestWorkbook();
    const sheet = ss.getActiveSheet();
    const scores = sheet.getRange('B2:B20');
    const low = app
      .newConditionalFormatRule()
      .whenNumberLessThan(2)
      .setBackground('#f4cccc')
      .setFontColor('#990000')
      .setBold(true)
      .setRanges([scores])
      .build();
    const scale = app
      .newConditionalFormatRule()
      .setGradientMinpointWithValue('#ffffff', app.InterpolationType.NUMBER, '0')
      .setGradientMaxpoint('#57bb8a')
      .setRanges([scores])
      .build();
    sheet.setConditionalFormatRules([low, scale]);
    const [first, second] = sheet.getConditionalFormatRules();
    const condition = first!.getBooleanCondition()!;
    expect(condition.getCriteriaType()).toBe(app.BooleanCriteria.NUMBER_LESS_THAN);
    expect(condition.getCriteriaValues()).toEqual([2]);
    expect([condition.getBackground(), condition.getFontColor(), condition.getBold()]).toEqual(['#f4cccc', '#990000', true]);
    expect(first!.getRanges().map((range) => range.getA1Notation())).toEqual(['B2:B20']);
    expect(second!.getBooleanCondition()).toBeNull();
    const gradient = second!.getGradientCondition()!;
    expect([gradient.getMinColor(), gradient.getMinType(), gradient.getMinValue(), gradient.getMaxColor()]).toEqual([
      '#ffffff',
      'NUMBER',
      '0',
      '#57bb8a',
    ]);
    const text = app.newConditionalFormatRule().whenTextContains('outlier').setItalic(true).setRanges([scores]).build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), text]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(3);
    expect(() => app.newConditionalFormatRule().setBackground('#fff').build()).toThrow('needs a condition');
  });
});

describe('embedded charts', () => {
  it('builds, inserts, updates and removes charts', () => {
    const { ss } = createTestWorkbook();
    const sheet = ss.getActiveSheet();
    const chart = sheet
      .newChart()
      .setChartType(ChartType.BAR as unknown as GoogleAppsScript.Charts.ChartType)
      .addRange(sheet.getRange('A1:B5'))
      .setPosition(2, 4, 10, 20)
      .setOption('title', 'Variance by call')
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect(inserted!.getChartId()).toEqual(expect.any(Number));
    expect(inserted!.getOptions().get('title')).toBe('Variance by call');
    expect(inserted!.getRanges().map((range) => range.getA1Notation())).toEqual(['A1:B5']);
    expect(inserted!.getContainerInfo().getAnchorColumn()).toBe(4);
    sheet.updateChart(inserted!.modify().asLineChart().setOption('title', 'Trend').build());
    expect(sheet.getCharts()[0]!.getOptions().get('title')).toBe('Trend');
    expect(sheet.getCharts()[0]!.modify().getChartType()).toBe('LINE');
    sheet.removeChart(sheet.getCharts()[0]!);
    expect(sheet.getCharts()).toEqual([]);
    expect(() => sheet.newChart().setChartType('PIZZA' as never)).toThrow('Invalid chart type: PIZZA');
  });
});
