// Action items live on a sheet people also edit by hand: what the sidebar saves must read back, dates
// included, after the reveal and after a hand edit.
import { openWorkbook } from '../../src/sheets';
import { EVALUATORS, FACILITATOR, api, as, environmentPerTest, setUpSession, submitAll } from './harness';

const env = environmentPerTest();

beforeEach(() => {
  const scorecard = setUpSession(env);
  submitAll(
    env,
    scorecard,
    EVALUATORS.slice(0, 3).map((e) => e.email),
  );
  as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
});

describe('an action item saved after the reveal', () => {
  it('reads back with its due date, in the facilitator view and after a status edited by hand', () => {
    const saved = as(env, FACILITATOR, () =>
      api.saveSessionActionItem({
        text: 'Rewrite the greeting definition',
        owner: 'Chen Wei',
        dueDate: '2026-12-15',
        criterionId: 'greeting',
      }),
    );
    expect(saved.openActionItems).toEqual([
      expect.objectContaining({ text: 'Rewrite the greeting definition', owner: 'Chen Wei', dueDate: '2026-12-15', status: 'open' }),
    ]);

    const view = as(env, FACILITATOR, () => api.getSidebarState());
    if (view.role !== 'facilitator') throw new Error('expected the facilitator view');
    expect(view.openActionItems.map((item) => [item.dueDate, item.status])).toEqual([['2026-12-15', 'open']]);
    const id = view.openActionItems[0]!.id;

    // Someone sets the status on the sheet itself.
    as(env, FACILITATOR, () =>
      SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Action Items')!.getRange('E2').setValue('in progress'),
    );
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

describe('an action item the sheet could not hold as typed', () => {
  const wholeState = () => JSON.stringify({ spreadsheet: env.spreadsheet.state, properties: env.properties });

  it.each(['0000-01-01', '9999-12-31', '1899-12-30', '1999-12-31', '2101-01-01'])(
    'due %s is refused before anything is written, and the sidebar still loads',
    (dueDate) => {
      const before = wholeState();
      let message = '';
      try {
        as(env, FACILITATOR, () => api.saveSessionActionItem({ text: 'Coach on holds', owner: 'Ana Ruiz', dueDate }));
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toBe('Action item: Due date must be a date from 1 January 2000 to 31 December 2100');
      expect(wholeState()).toBe(before);
      expect(() => as(env, FACILITATOR, () => api.getSidebarState())).not.toThrow();
    },
  );

  it('at the edges of the window, and starting like a formula, reads back exactly as typed', () => {
    for (const [text, owner, dueDate] of [
      ['= the IVR covers it', '@Ana Ruiz', '2000-01-01'],
      ['+1 coach\n\ton holds', '-Chen', '2100-12-31'],
    ] as const) {
      as(env, FACILITATOR, () => api.saveSessionActionItem({ text, owner, dueDate }));
    }
    const read = as(env, FACILITATOR, () => openWorkbook().readActionItems());
    expect(read.map((item) => [item.text, item.owner, item.dueDate])).toEqual([
      ['= the IVR covers it', '@Ana Ruiz', '2000-01-01'],
      ['+1 coach\n\ton holds', '-Chen', '2100-12-31'],
    ]);
    // Stored as text: not one cell of the sheet holds a formula.
    const formulas = as(env, FACILITATOR, () =>
      SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Action Items')!.getDataRange().getFormulas().flat().filter(Boolean),
    );
    expect(formulas).toEqual([]);
  });
});
