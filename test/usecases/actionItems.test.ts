// Action items live on a sheet people also edit by hand: what the sidebar saves must read back, dates
// included, after the reveal and after a hand edit.
import { openWorkbook } from '../../src/sheets';
import { EVALUATORS, FACILITATOR, api, as, setUpSession, startEnvironment, submitAll, type Environment } from './harness';

let env: Environment;

beforeEach(() => {
  env = startEnvironment();
  const scorecard = setUpSession(env);
  submitAll(env, scorecard, EVALUATORS.slice(0, 3).map((e) => e.email));
  as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
});
afterEach(() => env.uninstall());

describe('an action item saved after the reveal', () => {
  it('reads back with its due date, in the facilitator view and after a status edited by hand', () => {
    const saved = as(env, FACILITATOR, () =>
      api.saveSessionActionItem({ text: 'Rewrite the greeting definition', owner: 'Chen Wei', dueDate: '2026-12-15', criterionId: 'greeting' }),
    );
    expect(saved.openActionItems).toEqual([
      expect.objectContaining({ text: 'Rewrite the greeting definition', owner: 'Chen Wei', dueDate: '2026-12-15', status: 'open' }),
    ]);

    const view = as(env, FACILITATOR, () => api.getSidebarState());
    if (view.role !== 'facilitator') throw new Error('expected the facilitator view');
    expect(view.openActionItems.map((item) => [item.dueDate, item.status])).toEqual([['2026-12-15', 'open']]);
    const id = view.openActionItems[0]!.id;

    // Someone sets the status on the sheet itself.
    as(env, FACILITATOR, () => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Action Items')!.getRange('E2').setValue('in progress'));
    const read = as(env, FACILITATOR, () => openWorkbook().readActionItems());
    expect(read).toEqual([expect.objectContaining({ id, dueDate: '2026-12-15', status: 'in-progress', sessionId: view.session.id })]);

    // Saved again from the sidebar, the item keeps its creation time and session.
    const edited = as(env, FACILITATOR, () =>
      api.saveSessionActionItem({ id, text: 'Rewrite the greeting definition', owner: 'Chen Wei', dueDate: '2026-12-20', status: 'done' }),
    );
    expect(edited.openActionItems).toEqual([]);
    expect(as(env, FACILITATOR, () => openWorkbook().readActionItems())).toEqual([
      expect.objectContaining({ id, dueDate: '2026-12-20', status: 'done', createdAt: read[0]!.createdAt }),
    ]);
  });
});
