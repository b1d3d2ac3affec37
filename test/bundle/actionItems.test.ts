// The built add-on loaded as the local playground loads it (through gas-local, in a realm of its own),
// saving an action item after the reveal. Cells read back hold the environment's Date objects, which
// belong to another realm than the add-on's own Date: the dates must read back all the same.
import { join } from 'node:path';
import { loadAddon, runServerFunction } from '../../playground/bridge';
import type { CreateSessionResult, FacilitatorView, SidebarState } from '../../src/api/views';
import { CALLS, EVALUATORS, FACILITATOR, answersFor, environmentFor, sessionPayload } from '../usecases/harness';

const distDir = join(__dirname, '../../dist');

describe('an action item saved through the bundle after the reveal', () => {
  it('reads back with its dates, and after its status is edited by hand', () => {
    const env = environmentFor(FACILITATOR);
    const addon = loadAddon(distDir, { ...env.globals });
    const call = <T>(user: string, fn: string, payload?: unknown): T => {
      const outcome = runServerFunction(addon, fn, payload === undefined ? [] : [payload], (work) => env.run(user, work));
      if (!outcome.ok) throw new Error(`${fn} failed: ${outcome.error.message}`);
      return outcome.result as T;
    };

    const created = call<CreateSessionResult>(FACILITATOR, 'startSession', sessionPayload());
    if (created.state.role !== 'facilitator') throw new Error('expected the facilitator view');
    const scorecard = created.state.scorecard;
    for (const evaluator of EVALUATORS.slice(0, 2)) {
      for (const c of CALLS) call(evaluator.email, 'submitCallScores', { callId: c.id, answers: answersFor(scorecard) });
    }
    call(FACILITATOR, 'revealSessionScores', { confirm: true });

    const saved = call<FacilitatorView>(FACILITATOR, 'saveSessionActionItem', {
      text: 'Re-brief on holds',
      owner: 'Ana Ruiz',
      dueDate: '2026-12-15',
    });
    expect(saved.openActionItems.map((item) => [item.text, item.dueDate, item.status])).toEqual([
      ['Re-brief on holds', '2026-12-15', 'open'],
    ]);
    const view = call<SidebarState>(FACILITATOR, 'getSidebarState');
    expect(view.role === 'facilitator' && view.openActionItems.map((item) => item.dueDate)).toEqual(['2026-12-15']);

    env.run(FACILITATOR, () =>
      env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Action Items')!.getRange('E2').setValue('done'),
    );
    const after = call<SidebarState>(FACILITATOR, 'getSidebarState');
    expect(after.role === 'facilitator' && after.openActionItems).toEqual([]);
  });
});
