import * as vm from 'node:vm';
import { isDate } from '../../src/sheets/block';

describe('isDate', () => {
  it('recognises a Date from another JavaScript realm, as the bundle sees the sheet values', () => {
    expect(isDate(vm.runInNewContext('new Date(0)'))).toBe(true);
    expect(isDate(new Date(0))).toBe(true);
  });

  it('refuses what only looks like a date', () => {
    expect(isDate('2026-11-30')).toBe(false);
    expect(isDate({ getTime: () => 0 })).toBe(false);
    expect(isDate(null)).toBe(false);
  });
});
