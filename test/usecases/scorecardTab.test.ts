// The Scorecard tab is the team's own: a template before the first session, a tab typed by hand with
// the documented headers, and a change log that keeps every version across sessions, where a definition
// change writes only its criterion's cells and the log.
import type { FacilitatorView } from '../../src/api/views';
import { EVALUATORS, FACILITATOR, api, as, failure, sessionPayload, setUpSession, environmentPerTest, submitAll } from './harness';

const env = environmentPerTest();

const emails = EVALUATORS.map((e) => e.email as string);

const scorecardValues = () =>
  as(env, FACILITATOR, () => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Scorecard')!.getDataRange().getDisplayValues());

/** The change log's rows (below its header), as [from, to, criterion id]. */
function changeLog(): string[][] {
  const values = scorecardValues();
  const column = values[2]!.indexOf('From version');
  expect(column).toBeGreaterThan(0);
  return values
    .slice(3)
    .map((row) => row.slice(column, column + 3))
    .filter((row) => row[0] !== '');
}

function revealAll(scorecard = setUpSession(env)): void {
  submitAll(env, scorecard, emails.slice(0, 4));
  as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
}

describe('a scorecard of the team’s own', () => {
  it('"Create scorecard template" writes the Scorecard tab before any session, never over one that exists', () => {
    const state = as(env, FACILITATOR, () => api.createScorecardTemplateTab({ template: 'blank' }));
    expect(state.role).toBe('visitor');
    const values = scorecardValues();
    expect(values[0]!.slice(0, 6)).toEqual(['Scorecard id', 'team-scorecard', 'Name', 'Team scorecard', 'Version', '1']);
    expect(values.map((row) => row[3]).filter((id) => ['greeting', 'empathy', 'accuracy'].includes(id))).toEqual([
      'greeting',
      'empathy',
      'accuracy',
    ]);
    expect(failure(env, FACILITATOR, () => api.createScorecardTemplateTab({ template: 'general' }))).toBe(
      'This spreadsheet already has a Scorecard tab: edit it there (nothing was overwritten), or delete or rename it first.',
    );
    // The team edits a question, then starts the first session from the sheet.
    as(env, FACILITATOR, () => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Scorecard')!;
      const row =
        sheet
          .getDataRange()
          .getValues()
          .findIndex((r) => r[3] === 'greeting') + 1;
      sheet.getRange(row, 5).setValue('Did the agent use our greeting script?');
    });
    const started = as(env, FACILITATOR, () => api.startSession(sessionPayload({ scorecard: { source: 'sheet' } })))
      .state as FacilitatorView;
    expect(started.scorecard.id).toBe('team-scorecard');
    expect(started.scorecard.sections.flatMap((s) => s.criteria).find((c) => c.id === 'greeting')?.question).toBe(
      'Did the agent use our greeting script?',
    );
    expect(failure(env, FACILITATOR, () => api.createScorecardTemplateTab({ template: 'blank' }))).toMatch(
      /is running: its scorecard is set/,
    );
  });

  it('recognises a Scorecard tab typed by hand with the documented headers, in any columns, and names problems by their real cell', () => {
    const typeTab = (typeOfEmpathy: string) =>
      as(env, FACILITATOR, () => {
        const book = SpreadsheetApp.getActiveSpreadsheet();
        const sheet = book.getSheetByName('Scorecard') ?? book.insertSheet('Scorecard');
        sheet.clear();
        sheet.getRange(1, 1, 4, 7).setValues([
          ['Criterion id', 'Question', 'Definition', 'Type', 'Section id', 'Section', 'Max / points'],
          ['greet', 'Did the agent greet the customer?', 'Greeting before the reason for the call.', 'yes-no', 'open', 'Opening', ''],
          ['solve', 'Was the issue solved?', 'Solved on this call.', 'yes/no', 'resolve', 'Resolution', ''],
          ['tone', 'Was the tone right?', 'Friendly and calm.', typeOfEmpathy, 'resolve', 'Resolution', ''],
        ]);
      });
    typeTab('maybe');
    expect(failure(env, FACILITATOR, () => api.startSession(sessionPayload({ scorecard: { source: 'sheet' } })))).toMatch(
      /Scorecard!D4: type must be one of yes-no, scale, points, not "maybe"/,
    );
    typeTab('yes-no');
    const started = as(env, FACILITATOR, () => api.startSession(sessionPayload({ scorecard: { source: 'sheet' } })))
      .state as FacilitatorView;
    expect(started.scorecard).toMatchObject({ id: 'team-scorecard', version: 1 });
    expect(started.scorecard.sections.map((s) => [s.id, s.criteria.map((c) => c.id)])).toEqual([
      ['open', ['greet']],
      ['resolve', ['solve', 'tone']],
    ]);
    // Adopted as it is: no second Scorecard tab, the hand-typed table untouched.
    const names = as(env, FACILITATOR, () =>
      SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()
        .map((s) => s.getName()),
    );
    expect(names.filter((n) => n.startsWith('Scorecard'))).toEqual(['Scorecard']);
    expect(scorecardValues()[0]!.slice(0, 4)).toEqual(['Criterion id', 'Question', 'Definition', 'Type']);
  });

  it('writes a definition change into its criterion’s cells and the log only, and keeps every version’s log rows across sessions', () => {
    revealAll();
    // Someone tidies another criterion's definition by hand.
    const edited = as(env, FACILITATOR, () => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Scorecard')!;
      const values = sheet.getDataRange().getValues();
      const row = values.findIndex((r) => r[3] === 'discovery') + 1;
      sheet.getRange(row, 6).setValue('Edited by hand: open questions first.');
      return row;
    });
    as(env, FACILITATOR, () =>
      api.changeCriterionDefinition({
        criterionId: 'greeting',
        newDefinition: 'Both names, before the reason for the call.',
        reason: 'Read two ways',
      }),
    );
    let values = scorecardValues();
    const greeting = values.find((r) => r[3] === 'greeting')!;
    expect(greeting[5]).toBe('Both names, before the reason for the call.');
    expect(values[edited - 1]![5]).toBe('Edited by hand: open questions first.');
    expect(values[0]![5]).toBe('2');
    expect(changeLog()).toEqual([['1', '2', 'greeting']]);

    // Next month, from the latest scorecard: another change; the log keeps both versions.
    as(env, FACILITATOR, () => api.closeCurrentSession());
    const next = as(env, FACILITATOR, () =>
      api.startSession(
        sessionPayload({
          title: 'December',
          sessionDate: '2026-12-28',
          scoringDeadline: '2026-12-26T17:00:00.000Z',
          scorecard: { source: 'latest' },
        }),
      ),
    ).state as FacilitatorView;
    expect(next.scorecard.version).toBe(2);
    revealAll(next.scorecard);
    as(env, FACILITATOR, () =>
      api.changeCriterionDefinition({
        criterionId: 'greeting',
        newDefinition: 'Both names, then the reason for the call.',
        reason: 'Agreed',
      }),
    );
    values = scorecardValues();
    expect(changeLog()).toEqual([
      ['1', '2', 'greeting'],
      ['2', '3', 'greeting'],
    ]);
    expect(values[0]![5]).toBe('3');
    // The hand edit is still there, and would be named before any change to its criterion overwrote it.
    expect(values[edited - 1]![5]).toBe('Edited by hand: open questions first.');
  });

  it('names what a definition change would overwrite that was typed since, and writes it only when confirmed', () => {
    revealAll();
    as(env, FACILITATOR, () => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Scorecard')!;
      const row =
        sheet
          .getDataRange()
          .getValues()
          .findIndex((r) => r[3] === 'greeting') + 1;
      sheet.getRange(row, 6).setValue('Typed over by hand.');
    });
    const change = { criterionId: 'greeting', newDefinition: 'Both names first.', reason: 'Read two ways' };
    const before = as(env, FACILITATOR, () => PropertiesService.getDocumentProperties()!.getProperties());
    expect(failure(env, FACILITATOR, () => api.changeCriterionDefinition(change))).toMatch(
      /^Nothing was changed: writing the new wording on the Scorecard tab would overwrite what was typed there since \(Scorecard!F\d+ now reads "Typed over by hand\."\)/,
    );
    expect(as(env, FACILITATOR, () => PropertiesService.getDocumentProperties()!.getProperties())).toEqual(before);
    const view = as(env, FACILITATOR, () => api.changeCriterionDefinition({ ...change, overwrite: true }));
    expect(view.nextScorecardVersion).toBe(2);
    expect(scorecardValues().find((r) => r[3] === 'greeting')![5]).toBe('Both names first.');
  });
});
