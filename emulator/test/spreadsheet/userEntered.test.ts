import { parseUserEntered } from '../../spreadsheet/userEntered';
import { inspectSheetByName } from '../../spreadsheet';
import { createTestWorkbook } from './testContext';

const TZ = 'Europe/London';

describe('user-entered parsing of strings written by scripts', () => {
  it('turns a leading = into a formula whose value is not evaluated', () => {
    const { ss } = createTestWorkbook();
    const cell = ss.getRange('A1');
    cell.setValue('=SUM(B1:B3)');
    expect(cell.getFormula()).toBe('=SUM(B1:B3)');
    expect(cell.getValue()).toBe('');
    // A comment that happens to start with '=' becomes a formula: exactly the trap to catch.
    cell.setValue('= great call');
    expect(cell.getFormulas()).toEqual([['= great call']]);
  });

  it('works out formulas that are plain arithmetic', () => {
    const { ss } = createTestWorkbook();
    const range = ss.getRange('A1:D1');
    range.setFormulas([['=1+2', '=(4 - 1) * 2.5', '=-3/4', '=1/0']]);
    expect(range.getValues()).toEqual([[3, 7.5, -0.75, '']]);
    expect(range.getFormulas()).toEqual([['=1+2', '=(4 - 1) * 2.5', '=-3/4', '=1/0']]);
  });

  it('drops leading zeros and parses grouped, signed and decimal numbers', () => {
    const { ss } = createTestWorkbook();
    const range = ss.getRange('A1:E1');
    range.setValues([['00123', '1,234', '-5', '3.5', '1e3']]);
    expect(range.getValues()).toEqual([[123, 1234, -5, 3.5, 1000]]);
    expect(range.getNumberFormats()[0]![1]).toBe('#,##0');
    expect(range.getDisplayValues()).toEqual([['123', '1,234', '-5', '3.5', '1000']]);
  });

  it('turns percent strings into fractions with a percent format', () => {
    const { ss } = createTestWorkbook();
    const range = ss.getRange('A1:B1');
    range.setValues([['45%', '12.5%']]);
    expect(range.getValues()).toEqual([[0.45, 0.125]]);
    expect(range.getNumberFormats()).toEqual([['0%', '0.00%']]);
    expect(range.getDisplayValues()).toEqual([['45%', '12.50%']]);
  });

  it('turns ISO and US date strings into Dates in the spreadsheet time zone', () => {
    const { ss } = createTestWorkbook();
    const range = ss.getRange('A1:C1');
    range.setValues([['2026-11-30', '11/30/2026', '2026-07-01 14:30']]);
    const [iso, us, withTime] = range.getValues()[0] as Date[];
    expect(iso).toBeInstanceOf(Date);
    expect(iso!.toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(us!.getTime()).toBe(iso!.getTime());
    expect(withTime!.toISOString()).toBe('2026-07-01T13:30:00.000Z'); // British Summer Time
    expect(range.getDisplayValues()).toEqual([['2026-11-30', '11/30/2026', '2026-07-01 14:30:00']]);
  });

  it('keeps impossible dates as text', () => {
    expect(parseUserEntered('2026-02-30', 'General', TZ).value).toBe('2026-02-30');
  });

  it('parses booleans case-insensitively and times as Dates on the 1899-12-30 epoch', () => {
    const { ss } = createTestWorkbook();
    const range = ss.getRange('A1:C1');
    range.setValues([['true', 'FALSE', '5:30']]);
    const [yes, no, time] = range.getValues()[0]!;
    expect([yes, no]).toEqual([true, false]);
    expect(time).toBeInstanceOf(Date);
    expect(range.getDisplayValues()[0]![2]).toBe('5:30:00 AM');
  });

  it('stores strings as typed in a plain-text (@) cell', () => {
    const { ss } = createTestWorkbook();
    const range = ss.getRange('A1:D1');
    range.setNumberFormat('@');
    range.setValues([['00123', '=1+2', '45%', '2026-11-30']]);
    expect(range.getValues()).toEqual([['00123', '=1+2', '45%', '2026-11-30']]);
    expect(range.getFormulas()).toEqual([['', '', '', '']]);
  });

  it('keeps the rest of an apostrophe-prefixed string as text, without the apostrophe', () => {
    const { ss } = createTestWorkbook();
    const cell = ss.getRange('A1');
    cell.setValue("'00123");
    expect(cell.getValue()).toBe('00123');
    cell.setValue("'=not a formula");
    expect(cell.getValue()).toBe('=not a formula');
    expect(cell.getFormula()).toBe('');
  });

  it('stores non-string values as given', () => {
    const { ss, spreadsheet } = createTestWorkbook();
    const when = new Date(Date.UTC(2026, 2, 1, 12));
    ss.getRange('A1:D1').setValues([[7, true, when, null]]);
    const values = ss.getRange('A1:D1').getValues()[0]!;
    expect(values).toEqual([7, true, when, '']);
    expect(values[2]).not.toBe(when); // a copy, as Apps Script returns fresh Dates
    expect(inspectSheetByName(spreadsheet, 'Sheet1').numberFormats[0]![2]).toBe('M/d/yyyy H:mm:ss');
  });

  it('does not overwrite an explicit number format when parsing', () => {
    const { ss } = createTestWorkbook();
    const cell = ss.getRange('A1');
    cell.setNumberFormat('0.00');
    cell.setValue('45%');
    expect(cell.getValue()).toBe(0.45);
    expect(cell.getNumberFormat()).toBe('0.00');
    expect(cell.getDisplayValue()).toBe('0.45');
  });
});

describe('the leading characters that decide how text is read', () => {
  it('reads a leading + or - before words as a formula that shows an error, and keeps signed numbers numbers', () => {
    const { ss } = createTestWorkbook();
    const range = ss.getRange('A1:E1');
    range.setValues([['-call back tomorrow', '+1 for tone', '+1+2', '-5', '+3%']]);
    expect(range.getFormulas()).toEqual([['=-call back tomorrow', '=+1 for tone', '=+1+2', '', '']]);
    expect(range.getValues()).toEqual([['#ERROR!', '#ERROR!', 3, -5, 0.03]]);
  });

  it('keeps a lone + or -, and text that starts with @, as text', () => {
    const { ss } = createTestWorkbook();
    const range = ss.getRange('A1:C1');
    range.setValues([['-', '+', '@ana said so']]);
    expect(range.getValues()).toEqual([['-', '+', '@ana said so']]);
    expect(range.getFormulas()).toEqual([['', '', '']]);
  });

  it('keeps every leading character, the apostrophe too, in a plain-text cell', () => {
    const { ss } = createTestWorkbook();
    const range = ss.getRange('A1:E1');
    range.setNumberFormats([['@', '@', '@', '@', '@']]);
    range.setValues([['=cmd|calc', '+1 for tone', '-call back', '@ana', "'tis fine"]]);
    expect(range.getValues()).toEqual([['=cmd|calc', '+1 for tone', '-call back', '@ana', "'tis fine"]]);
    expect(range.getFormulas()).toEqual([['', '', '', '', '']]);
  });
});
