import type { EmulatedUser, EmulatorContext, ServiceCall } from '../../context';
import { createSpreadsheetApp } from '../../spreadsheet';

/** A minimal context: one owner, switchable active user, a call log and a manual clock. */
export function createTestContext(options: { owner?: string; timeZone?: string } = {}) {
  const owner: EmulatedUser = { email: options.owner ?? 'owner@example.com', key: 'owner' };
  let active = owner;
  let clock = Date.UTC(2026, 0, 5, 9, 0, 0);
  const calls: ServiceCall[] = [];
  const ctx: EmulatorContext = {
    activeUser: () => active,
    owner: () => owner,
    executionId: () => 1,
    record: (service, method) => {
      calls.push({ service, method, user: active.key });
    },
    now: () => clock,
    advanceClock: (ms) => {
      clock += ms;
    },
    htmlDir: '',
    timeZone: options.timeZone ?? 'Europe/London',
  };
  return {
    ctx,
    calls,
    /** Switches the user at the keyboard; a blank email models a withheld address. */
    actAs(email: string, key = email === '' ? 'anonymous' : email): void {
      active = { email, key };
    },
    actAsOwner(): void {
      active = owner;
    },
    count(name: string): number {
      return calls.filter((call) => `${call.service}.${call.method}` === name).length;
    },
  };
}

export function createTestWorkbook(options: { owner?: string; timeZone?: string } = {}) {
  const context = createTestContext(options);
  const { app, spreadsheet } = createSpreadsheetApp(context.ctx, { name: 'Calibration', id: 'sheet-123' });
  return { ...context, app, spreadsheet, ss: app.getActiveSpreadsheet() };
}
