import { PROTECTED_MESSAGE } from 'apps-script-emulator';
import { columnOf, SCORECARD_FIRST_ROW } from '../../src/sheets/layout/scorecardSheet';
import { evaluatorEmail, FACILITATOR, presetSession, sheetsPerTest } from './harness';

const h = sheetsPerTest();

const fixedNames = ['Scorecard', 'Session', 'Summary', 'Discussion', 'Action Items', 'History', 'Scores'];

describe('setting up a session', () => {
  it('creates every tab, with one hidden tab per evaluator', () => {
    h.workbook.setUpSession(presetSession({ evaluators: 3 }), []);
    const sheets = h.view().sheets;
    for (const name of fixedNames) expect(sheets.find((s) => s.name === name)?.hidden).toBe(false);
    const evaluatorTabs = sheets.filter((s) => s.name.startsWith('Scores – '));
    expect(evaluatorTabs.map((s) => [s.name, s.hidden])).toEqual([
      ['Scores – Evaluator Person 1', true],
      ['Scores – Evaluator Person 2', true],
      ['Scores – Evaluator Person 3', true],
    ]);
    expect(h.view().activeSheet).toBe('Session');
  });

  it('protects each evaluator tab for that evaluator and the facilitator only; without an email, the facilitator alone', () => {
    h.workbook.setUpSession(presetSession({ evaluators: 3, lastWithoutEmail: true }), []);
    const protections = h.view().protections;
    expect(protections.map((p) => [p.sheet, p.type, p.restricted, p.domainEdit, p.editors])).toEqual([
      ['Scores – Evaluator Person 1', 'SHEET', true, false, [FACILITATOR, evaluatorEmail(0)]],
      ['Scores – Evaluator Person 2', 'SHEET', true, false, [FACILITATOR, evaluatorEmail(1)]],
      ['Scores – Evaluator Person 3', 'SHEET', true, false, [FACILITATOR]],
    ]);
  });

  it('holds no answers in an evaluator tab before the reveal: only the questions', () => {
    const session = presetSession({ evaluators: 2, calls: 2 });
    h.workbook.setUpSession(session, []);
    const tab = h.sheet('Scores – Evaluator Person 1');
    const criteria = session.scorecard.sections.flatMap((s) => s.criteria);
    expect(tab.values[3]).toEqual(['Call id', 'Call', 'Section', 'Criterion id', 'Question', 'Answer', 'Value', 'Comment', 'Submitted at']);
    const body = tab.values.slice(4);
    expect(body).toHaveLength(2 * criteria.length);
    for (const row of body) expect(row.slice(5)).toEqual(['', '', '', '']);
    expect(tab.frozenRows).toBe(4);
  });

  it("lets an evaluator write their own tab and nobody else's", () => {
    h.workbook.setUpSession(presetSession({ evaluators: 2 }), []);
    const ss = h.ss();
    const own = () => ss.getSheetByName('Scores – Evaluator Person 1')!.getRange('H5').setValue('mine');
    const other = () => ss.getSheetByName('Scores – Evaluator Person 2')!.getRange('H5').setValue('peek');
    h.env.actAs(evaluatorEmail(0));
    expect(own).not.toThrow();
    expect(other).toThrow(PROTECTED_MESSAGE);
    h.env.actAs('someone.else@example.com');
    expect(own).toThrow(PROTECTED_MESSAGE);
    h.env.actAs(FACILITATOR);
    expect(other).not.toThrow();
  });

  it('lays out the Scorecard with dropdowns, checkboxes, a frozen header and text formats', () => {
    const session = presetSession();
    h.workbook.setUpSession(session, []);
    const card = h.sheet('Scorecard');
    expect(card.frozenRows).toBe(3);
    expect(card.values[0]!.slice(0, 6)).toEqual(['Scorecard id', session.scorecard.id, 'Name', session.scorecard.name, 'Version', 1]);
    const at = (column: number) => `${String.fromCharCode(64 + column)}${SCORECARD_FIRST_ROW}`;
    const typeRule = card.validations.find((v) => v.a1 === at(columnOf('type')));
    expect(typeRule).toMatchObject({ criteria: 'VALUE_IN_LIST', allowInvalid: false });
    expect(typeRule!.values[0]).toEqual(['yes-no', 'scale', 'points']);
    expect(card.validations.find((v) => v.a1 === at(columnOf('critical')))?.criteria).toBe('CHECKBOX');
    expect(card.validations.find((v) => v.a1 === at(columnOf('allowNA')))?.criteria).toBe('CHECKBOX');
    expect(card.numberFormats[SCORECARD_FIRST_ROW - 1]![columnOf('question') - 1]).toBe('@');
    expect(h.workbook.readScorecard()).toEqual(session.scorecard);
  });

  it('writes the Session overview, calls with recording links and evaluators with their identification', () => {
    const session = presetSession({ evaluators: 2 });
    h.workbook.setUpSession(session, [
      {
        id: 'a1',
        text: 'Reword the hold criterion',
        owner: 'Lena Lead',
        dueDate: '2026-12-15',
        status: 'in-progress',
        sessionId: 'oct-2026',
        criterionId: '',
        createdAt: '2026-10-30T10:00:00.000Z',
      },
    ]);
    const sheet = h.sheet('Session');
    const rows = sheet.values.map((row) => row.filter((v) => v !== ''));
    expect(rows).toContainEqual(['Status', 'Blind scoring']);
    expect(rows).toContainEqual(['Report', 'Not built yet']);
    const callRow = sheet.formulas.findIndex((row) => row.some((f) => f.startsWith('=HYPERLINK(')));
    expect(sheet.formulas[callRow]).toContain('=HYPERLINK("https://recordings.example.com/1", "Open recording")');
    expect(rows).toContainEqual(['Evaluator Person 1', 'Team lead', 1, evaluatorEmail(0), 'Not yet', 0, 2]);
    expect(rows).toContainEqual(['a1', 'Reword the hold criterion', 'Lena Lead', expect.any(Date), 'in progress', 'oct-2026']);
  });

  it('shows only submission status on the Summary, and sets up Action Items, History and Scores', () => {
    h.workbook.setUpSession(presetSession({ evaluators: 2 }), []);
    const summary = h.sheet('Summary');
    expect(summary.values[4]).toEqual(['Evaluator', 'Role', 'Identified', 'Calls submitted', 'Of', 'Last submitted']);
    expect(summary.values).toHaveLength(7);
    const actions = h.sheet('Action Items');
    expect(actions.frozenRows).toBe(1);
    const owner = actions.validations.find((v) => v.a1 === 'C2');
    expect(owner).toMatchObject({ criteria: 'VALUE_IN_LIST', allowInvalid: true });
    expect(owner!.values[0]).toEqual(['Lena Lead', 'Evaluator Person 1', 'Evaluator Person 2']);
    expect(actions.validations.find((v) => v.a1 === 'D2')).toMatchObject({ criteria: 'DATE_IS_VALID_DATE', allowInvalid: false });
    expect(actions.validations.find((v) => v.a1 === 'E2')!.values[0]).toEqual(['open', 'in progress', 'done']);
    expect(h.sheet('History').values[0]![0]).toBe('Session id');
    expect(h.sheet('Scores').values[0]).toEqual([
      'Session id',
      'Session date',
      'Call id',
      'Call',
      'Evaluator',
      'Criterion id',
      'Question',
      'Value',
      'Final',
    ]);
  });

  it('never touches a user sheet whose name clashes with ours, and finds its own tabs again', () => {
    const ss = h.ss();
    ss.insertSheet('Summary').getRange('A1').setValue('my own notes');
    h.workbook.setUpSession(presetSession(), []);
    expect(h.sheet('Summary').values).toEqual([['my own notes']]);
    expect(h.sheet('Summary (2)').values[0]![0]).toBe('Summary: November calibration');
    // Setting up again reuses our tab rather than making a third one.
    h.workbook.setUpSession(presetSession(), []);
    expect(h.view().sheets.filter((s) => s.name.startsWith('Summary'))).toHaveLength(2);
    expect(h.sheet('Summary').values).toEqual([['my own notes']]);
  });

  it('names evaluator tabs by reveal label when the reveal is anonymous', () => {
    h.workbook.setUpSession(presetSession({ evaluators: 3, overrides: { options: { anonymousReveal: true } } }), []);
    const names = h
      .view()
      .sheets.filter((s) => s.name.startsWith('Scores – '))
      .map((s) => s.name);
    expect(names.sort()).toEqual(['Scores – Evaluator A', 'Scores – Evaluator B', 'Scores – Evaluator C']);
  });
});
