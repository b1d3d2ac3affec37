// Scripts loaded through gas-local run in their own vm context, so their Dates come from another realm.
import * as vm from 'node:vm';
import { createTestWorkbook } from './testContext';
import { createAppsScriptEnvironment } from '../../environment';

const foreignDate = (iso: string): Date => vm.runInNewContext(`new Date(${JSON.stringify(iso)})`);

describe('values from another JavaScript realm', () => {
  it('stores a foreign Date as a date, not as its text', () => {
    const { ss } = createTestWorkbook();
    const cell = ss.getRange('A1');
    cell.setValues([[foreignDate('2026-11-30T09:15:00.000Z')]]);
    const stored = cell.getValue();
    expect(Object.prototype.toString.call(stored)).toBe('[object Date]');
    expect((stored as Date).toISOString()).toBe('2026-11-30T09:15:00.000Z');
  });

  it('formats a foreign Date with Utilities.formatDate', () => {
    const env = createAppsScriptEnvironment();
    expect(env.globals.Utilities.formatDate(foreignDate('2026-11-30T09:15:00.000Z'), 'Etc/UTC', 'yyyy-MM-dd HH:mm')).toBe(
      '2026-11-30 09:15',
    );
  });
});
