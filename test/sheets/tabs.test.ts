import { analyzeSession } from '../../src/domain/analysis';
import { lowestValue } from '../../src/domain/answers';
import { ValidationError } from '../../src/domain/errors';
import type { ActionItem, Session, SessionHistoryEntry } from '../../src/domain/schemas';
import { sectionShares } from '../../src/domain/scoring';
import { CHANGE_LOG_COLUMN, scorecardColumns } from '../../src/sheets/layout/scorecardSheet';
import { historyHeaders } from '../../src/sheets/layout/historySheet';
import { buildSubmissions, final } from '../fixtures/calibration';
import { NOW, presetSession, sheetsPerTest } from './harness';

const h = sheetsPerTest();

describe('the Scorecard tab edited by hand', () => {
  it('reports a bad weight, an unknown type and a duplicate id by cell', () => {
    h.workbook.setUpSession(presetSession(), []);
    h.env.actAs('editor@example.com');
    const card = h.ss().getSheetByName('Scorecard')!;
    card.getRange('K4').setValue('-2');
    card.getRange('G5').setValue('stars');
    card.getRange('D6').setValue(card.getRange('D4').getValue());
    let error: unknown;
    try {
      h.workbook.readScorecard();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems).toEqual(
      expect.arrayContaining([
        'Scorecard!K4: weight must be a positive number',
        'Scorecard!G5: type must be one of yes-no, scale, points, not "stars"',
        expect.stringMatching(/^Scorecard!D6: criterion id ".+" is already used in Scorecard!D4$/),
      ]),
    );
  });

  it('reads a criterion added by hand below the table, and keeps an id with leading zeros', () => {
    h.workbook.setUpSession(presetSession(), []);
    const card = h.ss().getSheetByName('Scorecard')!;
    const before = h.workbook.readScorecard();
    // The first empty row under the table, which keeps the column formats and dropdowns.
    const row = 4 + before.sections.flatMap((s) => s.criteria).length;
    card.getRange(row, 1, 1, 11).setValues([['extra', 'Extra', '2', '007', 'Offered a survey?', '', 'yes-no', '', '', '', '3']]);
    const after = h.workbook.readScorecard();
    expect(after.sections).toHaveLength(before.sections.length + 1);
    expect(after.sections.at(-1)).toMatchObject({
      id: 'extra',
      name: 'Extra',
      weight: 2,
      criteria: [{ id: '007', weight: 3, type: 'yes-no', critical: false }],
    });
  });

  it('writes a new version with its change log', () => {
    const session = presetSession();
    const card = session.scorecard;
    const criterion = card.sections[0]!.criteria[0]!;
    h.workbook.writeScorecard({ ...card, version: 2 }, [
      {
        criterionId: criterion.id,
        oldQuestion: criterion.question,
        newQuestion: 'Reworded?',
        oldDefinition: criterion.definition,
        newDefinition: 'New words',
        reason: 'Disputed',
        fromVersion: 1,
        toVersion: 2,
        changedAt: NOW,
      },
    ]);
    expect(h.workbook.readScorecard().version).toBe(2);
    const values = h.sheet('Scorecard').values;
    expect(values[3]!.slice(CHANGE_LOG_COLUMN - 1, CHANGE_LOG_COLUMN + 2)).toEqual([1, 2, criterion.id]);
  });

  it('shows each section share and each criterion share of the call score beside the table, never read back', () => {
    const scorecard = presetSession().scorecard;
    h.workbook.writeScorecard(scorecard, []);
    const values = h.sheet('Scorecard').values;
    const shareColumn = scorecardColumns.length;
    const shown = scorecard.sections.flatMap((section) => section.criteria.map(() => section.id));
    const sectionShare = new Map(sectionShares(scorecard).map((entry) => [entry.sectionId, entry.share]));
    shown.forEach((sectionId, i) => expect(values[3 + i]![shareColumn]).toBeCloseTo(sectionShare.get(sectionId)!, 12));
    const total = shown.reduce((sum, _id, i) => sum + (values[3 + i]![shareColumn + 1] as number), 0);
    expect(total).toBeCloseTo(1, 12);
    expect(h.workbook.readScorecard()).toEqual(scorecard);
  });
});

describe('damage and repair', () => {
  it('detects tabs renamed or deleted by hand, and setting up again repairs them', () => {
    const session = presetSession({ evaluators: 2 });
    h.workbook.setUpSession(session, []);
    expect(h.workbook.findDamage(session)).toEqual([]);
    const ss = h.ss();
    ss.getSheetByName('Summary')!.setName('Old summary');
    ss.deleteSheet(ss.getSheetByName('Scores – Evaluator Person 2')!);
    ss.getSheetByName('History')!.setName('History (2)'); // a name we could have given it: not damage
    expect(h.workbook.findDamage(session)).toEqual([
      'The "Summary" tab was renamed to "Old summary".',
      'The "Scores – Evaluator Person 2" tab was deleted.',
    ]);
    h.workbook.setUpSession(session, []);
    expect(h.workbook.findDamage(session)).toEqual([]);
    expect(h.view().sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Summary', 'Scores – Evaluator Person 2']));
    expect(h.sheet('Scores – Evaluator Person 2').hidden).toBe(true);
  });

  it('keeps revealed answers when set up again after the reveal', () => {
    const session = presetSession({ evaluators: 2, calls: 1 });
    h.workbook.setUpSession(session, []);
    const revealed: Session = { ...session, status: 'revealed', revealedAt: NOW };
    h.workbook.revealEvaluatorTabs(revealed, buildSubmissions(session));
    const before = h.sheet('Scores – Evaluator Person 1').values;
    h.workbook.setUpSession(revealed, []);
    expect(h.sheet('Scores – Evaluator Person 1').values).toEqual(before);
    expect(h.sheet('Scores – Evaluator Person 1').hidden).toBe(false);
  });
});

describe('closing', () => {
  it('archives evaluator tabs under the session date, hidden, with their data; the next session gets fresh tabs', () => {
    const session = presetSession({ evaluators: 2, calls: 1 });
    h.workbook.setUpSession(session, []);
    const revealed: Session = { ...session, status: 'revealed', revealedAt: NOW };
    h.workbook.revealEvaluatorTabs(revealed, buildSubmissions(session));
    const data = h.sheet('Scores – Evaluator Person 1').values;
    const closed: Session = { ...revealed, status: 'closed', closedAt: NOW };
    h.workbook.archiveEvaluatorTabs(closed);
    const archived = h.sheet('Evaluator Person 1 – 2026-11-30');
    expect(archived.hidden).toBe(true);
    expect(archived.values).toEqual(data);
    expect(h.workbook.findDamage(closed)).toEqual([]);

    const next = presetSession({ evaluators: 2, calls: 1, overrides: { id: 'dec-2026', sessionDate: '2026-12-30' } });
    h.workbook.setUpSession(next, []);
    expect(h.sheet('Scores – Evaluator Person 1').values[1]![0]).toMatch(/^Sealed until the reveal/);
    expect(h.sheet('Evaluator Person 1 – 2026-11-30').values).toEqual(data);
  });

  it('appends History rows and reads them back, skipping a damaged row with a toast', () => {
    h.workbook.setUpSession(presetSession(), []);
    const entry: SessionHistoryEntry = {
      sessionId: 'nov-2026',
      title: '=cmd|calc',
      sessionDate: '2026-11-30',
      closedAt: NOW,
      scorecardId: 'general',
      scorecardVersion: 2,
      calls: 3,
      evaluators: 8,
      varianceTarget: 5,
      variance: 4.25,
      alpha: null,
      shareWithinTarget: 0.75,
      disputedCriterionIds: ['greet', 'hold'],
      evaluatorDeviations: [{ evaluatorId: 'e1', name: 'Ana', meanAbsoluteDeviation: 3, meanSignedDeviation: -1.5 }],
      gwetAc1: 0.912345678,
      criticalDisagreements: 2,
      scoringRule: 'section-shares',
      attendanceRate: 0.875,
    };
    h.workbook.appendHistory(entry);
    h.workbook.appendHistory({ ...entry, sessionId: 'dec-2026', sessionDate: '2026-12-30' });
    expect(h.workbook.readHistory()).toEqual([entry, { ...entry, sessionId: 'dec-2026', sessionDate: '2026-12-30' }]);

    expect(h.sheet('History').values[0]).toEqual([...historyHeaders]);
    h.ss().getSheetByName('History')!.getRange('J3').setValue('lots');
    expect(h.workbook.readHistory()).toEqual([entry]);
    expect(h.view().toasts.at(-1)!.message).toBe(
      'History!A3: damaged row skipped (Variance must be a number). The trend leaves those rows out.',
    );
  });

  it("brings an earlier version's History header up to date, and reads its old rows under the points rule", () => {
    h.workbook.setUpSession(presetSession(), []);
    const history = h.ss().getSheetByName('History')!;
    history.getRange(1, 15, 1, 3).clearContent();
    history.getRange(2, 1, 1, 14).setValues([['oct-2026', 'October', '2026-10-30', '', 'general', 1, 2, 3, 5, 7.5, 0.6, 0.5, '', '[]']]);
    expect(h.workbook.readHistory()[0]).toMatchObject({
      sessionId: 'oct-2026',
      gwetAc1: null,
      criticalDisagreements: null,
      scoringRule: 'points',
    });
    const [old] = h.workbook.readHistory();
    h.workbook.appendHistory({
      ...old!,
      sessionId: 'nov-2026',
      sessionDate: '2026-11-30',
      scoringRule: 'section-shares',
      gwetAc1: 0.9,
      criticalDisagreements: 0,
    });
    expect(h.sheet('History').values[0]).toEqual([...historyHeaders]);
    expect(h.workbook.readHistory().map((entry) => entry.scoringRule)).toEqual(['points', 'section-shares']);
  });

  it('appends the Scores log and lists the sessions it holds', () => {
    h.workbook.setUpSession(presetSession(), []);
    const row = {
      sessionId: 'nov-2026',
      sessionDate: '2026-11-30',
      callId: '00123',
      callLabel: 'Call 1',
      evaluator: 'Evaluator A',
      criterionId: 'greet',
      question: 'Greeted?',
      value: 'NA' as const,
      final: 1,
    };
    h.workbook.appendScoresLog([row, { ...row, value: 0, final: '' }]);
    h.workbook.appendScoresLog([{ ...row, sessionId: 'dec-2026' }]);
    const values = h.sheet('Scores').values;
    expect(values.slice(1)).toEqual([
      ['nov-2026', '2026-11-30', '00123', 'Call 1', 'Evaluator A', 'greet', 'Greeted?', 'NA', 1],
      ['nov-2026', '2026-11-30', '00123', 'Call 1', 'Evaluator A', 'greet', 'Greeted?', 0, ''],
      ['dec-2026', '2026-11-30', '00123', 'Call 1', 'Evaluator A', 'greet', 'Greeted?', 'NA', 1],
    ]);
    expect(h.workbook.sessionsInScoresLog()).toEqual(['nov-2026', 'dec-2026']);
  });

  it('puts the report link on the Session tab', () => {
    const session = presetSession();
    h.workbook.setUpSession(session, []);
    h.workbook.setReportLink(session, 'https://docs.google.com/document/d/abc/edit');
    expect(h.sheet('Session').formulas.flat()).toContain('=HYPERLINK("https://docs.google.com/document/d/abc/edit", "Open the report")');
  });
});

describe('action items', () => {
  const item: ActionItem = {
    id: 'a1',
    text: '-Reword the hold criterion',
    owner: 'Lena Lead',
    dueDate: '2026-12-15',
    status: 'open',
    sessionId: 'nov-2026',
    criterionId: 'hold',
    createdAt: '2026-11-30T17:00:00.000Z',
  };

  it('reads back what it wrote, as people edited it (dates as ISO, status words, rows added by hand)', () => {
    const session = presetSession();
    h.workbook.setUpSession(session, []);
    h.workbook.writeActionItems([item], ['Lena Lead', 'Evaluator Person 1']);
    expect(h.workbook.readActionItems()).toEqual([item]);

    h.env.actAs('evaluator1@example.com');
    const sheet = h.ss().getSheetByName('Action Items')!;
    sheet.getRange('D2').setValue('2026-12-20');
    sheet.getRange('E2').setValue('in progress');
    sheet.getRange('B3:E3').setValues([['Share the new wording', 'Someone outside', '12/24/2026', 'done']]);
    expect(h.workbook.readActionItems()).toEqual([
      { ...item, dueDate: '2026-12-20', status: 'in-progress' },
      {
        id: 'item-3',
        text: 'Share the new wording',
        owner: 'Someone outside',
        dueDate: '2026-12-24',
        status: 'done',
        sessionId: 'nov-2026',
        criterionId: '',
        createdAt: NOW,
      },
    ]);
  });

  it('names the cell of a bad status or a missing owner, so nothing typed is dropped', () => {
    h.workbook.setUpSession(presetSession(), []);
    h.workbook.writeActionItems([item], ['Lena Lead']);
    const sheet = h.ss().getSheetByName('Action Items')!;
    sheet.getRange('E2').setValue('someday');
    sheet.getRange('B3').setValue('No owner yet');
    expect(() => h.workbook.readActionItems()).toThrow(
      "The Action Items sheet has 2 problems: 'Action Items'!E2: status must be open, in progress or done, not \"someday\"; 'Action Items'!C3: Owner must name who will do it: every action needs a named owner",
    );
  });
});

describe('the Discussion tab', () => {
  it('has one row per disputed criterion and call, with notes, resolution and final', () => {
    const session: Session = { ...presetSession({ evaluators: 3, calls: 2 }), status: 'revealed', revealedAt: NOW };
    const submissions = buildSubmissions(session, { disagreement: 0.5, seed: 3 });
    const first = analyzeSession({ session, submissions });
    const item = first.agenda[0]!;
    const criterion = session.scorecard.sections.flatMap((s) => s.criteria).find((c) => c.id === item.criterionId)!;
    const lowest = lowestValue(criterion);
    const shown = criterion.type === 'yes-no' ? 'No' : lowest;
    const finals = [final(item.callIds[0]!, item.criterionId, lowest)];
    const analysis = analyzeSession({ session, submissions, finals });
    h.workbook.writeDiscussion(
      session,
      analysis,
      [{ id: 'd1', criterionId: item.criterionId, callId: '', notes: '@all agreed', resolution: 'Use N/A', recordedAt: NOW }],
      finals,
    );
    const values = h.sheet('Discussion').values;
    expect(values[3]).toEqual([
      '#',
      'Call',
      'Criterion id',
      'Question',
      'Why disputed',
      'Notes',
      'Resolution',
      'Final',
      'Final from',
      'Decided at',
    ]);
    const rows = values.slice(4);
    expect(rows).toHaveLength(analysis.agenda.reduce((sum, entry) => sum + entry.callIds.length, 0));
    const firstRow = rows.find((row) => row[2] === item.criterionId)!;
    expect(firstRow.slice(5, 9)).toEqual(['@all agreed', 'Use N/A', shown, 'recorded']);
    expect(firstRow[9]).toEqual(new Date(NOW));
  });
});
