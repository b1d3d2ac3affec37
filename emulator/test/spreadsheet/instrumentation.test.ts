import { createTestWorkbook } from './testContext';

describe('call counting and unsupported methods', () => {
  it('counts one setValues on a 100x10 range as exactly one call', () => {
    const { ss, calls, count } = createTestWorkbook();
    const sheet = ss.getActiveSheet();
    const data = Array.from({ length: 100 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c));
    calls.length = 0;
    sheet.getRange(1, 1, 100, 10).setValues(data);
    expect(count('SpreadsheetApp.Range.setValues')).toBe(1);
    expect(calls.map((call) => `${call.service}.${call.method}`)).toEqual([
      'SpreadsheetApp.Sheet.getRange',
      'SpreadsheetApp.Range.setValues',
    ]);
    expect(sheet.getRange(100, 10).getValue()).toBe(999);
  });

  it('counts chained builder calls and records the acting user', () => {
    const { app, calls, count, actAs } = createTestWorkbook();
    actAs('bob@example.com');
    calls.length = 0;
    app.newDataValidation().requireValueInList(['1', '2', '3']).setAllowInvalid(false).build();
    expect(count('SpreadsheetApp.newDataValidation')).toBe(1);
    expect(count('SpreadsheetApp.DataValidationBuilder.requireValueInList')).toBe(1);
    expect(count('SpreadsheetApp.DataValidationBuilder.setAllowInvalid')).toBe(1);
    expect(count('SpreadsheetApp.DataValidationBuilder.build')).toBe(1);
    expect(new Set(calls.map((call) => call.user))).toEqual(new Set(['bob@example.com']));
  });

  it('does not count the emulator reaching into its own objects', () => {
    const { ss, calls } = createTestWorkbook();
    const range = ss.getRange('A1:B2');
    calls.length = 0;
    ss.setNamedRange('Block', range);
    range.protect();
    expect(calls.map((call) => call.method)).toEqual(['Spreadsheet.setNamedRange', 'Range.protect']);
  });

  it('throws a clear error for a method the emulator does not have', () => {
    const { ss } = createTestWorkbook();
    const range = ss.getRange('A1') as unknown as { getRichTextValue(): unknown };
    expect(() => range.getRichTextValue()).toThrow(
      'SpreadsheetApp.Range.getRichTextValue is not supported by the in-memory Apps Script environment',
    );
    const spreadsheet = ss as unknown as { addEditor(email: string): unknown };
    expect(() => spreadsheet.addEditor('x@example.com')).toThrow('SpreadsheetApp.Spreadsheet.addEditor is not supported');
  });

  it('exposes enums without counting them', () => {
    const { app, calls } = createTestWorkbook();
    calls.length = 0;
    expect(String(app.ProtectionType.SHEET)).toBe('SHEET');
    expect(String(app.WrapStrategy.CLIP)).toBe('CLIP');
    expect(String(app.DataValidationCriteria.VALUE_IN_LIST)).toBe('VALUE_IN_LIST');
    expect(calls).toEqual([]);
  });
});
