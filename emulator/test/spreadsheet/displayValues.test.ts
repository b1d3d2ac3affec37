import { displayValue } from '../../spreadsheet/numberFormat';
import { createTestWorkbook } from './testContext';

const TZ = 'Europe/London';
const winterNoon = new Date(Date.UTC(2026, 0, 5, 12, 7, 9));
const summerMorning = new Date(Date.UTC(2026, 6, 1, 8, 5, 0)); // 09:05 in London

describe('display values follow the number format', () => {
  it.each([
    [3.456, 'General', '3.456'],
    [1 / 3, 'General', '0.3333333333'],
    [1e21, 'General', '1.00E+21'],
    [1234.5, '0', '1235'],
    [3.456, '0.0', '3.5'],
    [3, '0.00', '3.00'],
    [-2.5, '0.00', '-2.50'],
    [0.456, '0%', '46%'],
    [0.4567, '0.0%', '45.7%'],
    [1234567.891, '#,##0', '1,234,568'],
    [1234.5, '#,##0.00', '1,234.50'],
    [0.5, '#,##0.###', '0.5'],
    [4.25, '0.0" pts"', '4.3 pts'],
    [12, '"$"#,##0.00', '$12.00'],
    [42, '@', '42'],
    // Sections positive;negative;zero: the negative section shows the number without a sign of its own.
    [-98.1, '+0.0;-0.0;0.0', '-98.1'],
    [3.25, '+0.0;-0.0;0.0', '+3.3'],
    [0, '+0.0;-0.0;0.0', '0.0'],
    [-2, '+0.0" pp";-0.0" pp";0.0" pp"', '-2.0 pp'],
    [-4, '0.0;(0.0)', '(4.0)'],
  ])('%p with %p shows %p', (value, format, shown) => {
    expect(displayValue(value, format, TZ)).toBe(shown);
  });

  it.each([
    [winterNoon, 'yyyy-mm-dd', '2026-01-05'],
    [winterNoon, 'yyyy-mm-dd hh:mm', '2026-01-05 12:07'],
    [summerMorning, 'yyyy-mm-dd hh:mm', '2026-07-01 09:05'],
    [winterNoon, 'dd/mm/yyyy', '05/01/2026'],
    [winterNoon, 'd mmm yyyy', '5 Jan 2026'],
    [winterNoon, 'dddd, mmmm d', 'Monday, January 5'],
    [winterNoon, 'M/d/yyyy H:mm:ss', '1/5/2026 12:07:09'],
    [winterNoon, 'h:mm am/pm', '12:07 PM'],
    [summerMorning, 'General', '7/1/2026 9:05:00'],
  ])('%p with %p shows %p', (value, format, shown) => {
    expect(displayValue(value, format, TZ)).toBe(shown);
  });

  it('shows strings as is and booleans in capitals', () => {
    expect(displayValue('00123', '0.00', TZ)).toBe('00123');
    expect(displayValue(true, 'General', TZ)).toBe('TRUE');
  });

  it('shows a serial number as a date under a date format, and a date as a serial under a number format', () => {
    expect(displayValue(46027, 'yyyy-mm-dd', TZ)).toBe('2026-01-05');
    expect(displayValue(new Date(Date.UTC(2026, 0, 5)), '0', TZ)).toBe('46027');
  });

  it('is what Range.getDisplayValues returns', () => {
    const { ss } = createTestWorkbook();
    const range = ss.getRange('A1:C1');
    range.setValues([[0.8125, winterNoon, 'text']]);
    range.setNumberFormats([['0.0%', 'dd/mm/yyyy', '0.00']]);
    expect(range.getDisplayValues()).toEqual([['81.3%', '05/01/2026', 'text']]);
    expect(ss.getRange('B1').getDisplayValue()).toBe('05/01/2026');
    expect(ss.getRange('D1').getDisplayValue()).toBe('');
  });
});
