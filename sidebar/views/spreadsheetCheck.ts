// "Check this spreadsheet": the facilitator's look at how the add-on runs in this real spreadsheet.
// Each finding shows pass, warn or fail with the fix in plain words; the server does the looking.
import type { CheckResult, CheckStatus, SpreadsheetCheckView } from '../../src/api/views';
import { api } from '../api';
import { rerender, ui } from '../app';
import { h } from '../dom';
import { act } from '../shell';
import { actions, button, heading, notice, tid } from './parts';

/** Each status's word and the chip colour the other views already use for it. */
const STATUS: Record<CheckStatus, [label: string, chip: string]> = {
  pass: ['Pass', 'revealed'],
  warn: ['Warning', 'warn'],
  fail: ['Fail', 'critical'],
};

/** Runs the check and opens its view. */
export function runSpreadsheetCheck(): void {
  act(() => api.checkThisSpreadsheet(), {
    busy: 'Checking this spreadsheet…',
    done: (result) => {
      ui.check = result;
      rerender();
      return 'Checked.';
    },
  });
}

/** The button other views offer. */
export function checkSpreadsheetButton(): HTMLButtonElement {
  return button('Check this spreadsheet', () => runSpreadsheetCheck(), { class: 'link', ...tid('check-spreadsheet') });
}

function summaryLine(result: SpreadsheetCheckView): string {
  const count = (status: CheckStatus) => result.checks.filter((c) => c.status === status).length;
  if (result.overall === 'pass') return `All ${result.checks.length} checks pass.`;
  const parts = [count('fail') > 0 ? `${count('fail')} to fix` : '', count('warn') > 0 ? `${count('warn')} to look at` : ''];
  return `${parts.filter(Boolean).join(' and ')}; the rest pass.`;
}

function finding(check: CheckResult): HTMLElement {
  const [label, chip] = STATUS[check.status];
  return h(
    'li',
    { 'data-testid': `check-${check.id}`, 'data-status': check.status },
    h('span', { class: `chip ${chip}` }, label),
    ' ',
    h('strong', null, check.title),
    h('p', null, check.detail),
    check.fix ? h('p', null, h('strong', null, 'Fix: '), check.fix) : null,
  );
}

export function spreadsheetCheckView(result: SpreadsheetCheckView): HTMLElement {
  // Problems first: what to fix, then what to look at, then what is fine.
  const order: CheckStatus[] = ['fail', 'warn', 'pass'];
  const sorted = [...result.checks].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
  return h(
    'div',
    { 'data-testid': 'check-view', class: 'panel' },
    heading('Check this spreadsheet'),
    notice(result.overall === 'pass' ? 'success' : 'warn', summaryLine(result), { 'data-testid': 'check-summary' }),
    h('ul', { class: 'check-list' }, sorted.map(finding)),
    actions(
      button(
        'Back',
        () => {
          ui.check = null;
          rerender();
        },
        tid('close-check'),
      ),
      button('Check again', () => runSpreadsheetCheck(), tid('check-again')),
    ),
  );
}
