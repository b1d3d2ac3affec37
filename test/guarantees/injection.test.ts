// Guarantee 5: whatever people type (names, call labels and ids, comments, discussion notes and
// resolutions, definitions, action items, the session title) reaches the sheets and the report as the
// text it was, never as a formula, a number or a date. The in-memory spreadsheet parses written strings
// as Sheets does, so a string written into a cell that is not plain text would come back changed.
import type { Scorecard } from '../../src/domain/schemas';
import { documentLines } from '../adapters/docs/documentLines';
import {
  EVALUATORS,
  FACILITATOR,
  answersFor,
  api,
  as,
  scores,
  sessionPayload,
  type Environment,
  environmentPerFile,
  withEnvironment,
} from '../usecases/harness';

/** The text each field is given, and a tab where it must be read back exactly as a cell's whole value. */
const TYPED = {
  title: { text: '=IMPORTRANGE("x","y")', tab: 'History' },
  // Shown with the facilitator's address after it: "@Lee the lead (lead@example.com)".
  facilitator: { text: '@Lee the lead', tab: 'Session', followedBy: ' (' },
  callIdZeros: { text: '00123', tab: 'Session' },
  callIdDate: { text: '2026-01-02', tab: 'Session' },
  callIdLogged: { text: '00123', tab: 'Scores' },
  nameLogged: { text: '=1+1', tab: 'Scores' },
  label1: { text: '=HYPERLINK("http://evil.example","click")', tab: 'Answers' },
  label2: { text: '+1 555 0100', tab: 'Answers' },
  agent: { text: '-agent', tab: 'Session' },
  callNotes: { text: '@see notes', tab: 'Session' },
  name0: { text: '=1+1', tab: 'Summary' },
  name1: { text: '+Ben', tab: 'Summary' },
  name2: { text: '-Chen', tab: 'Summary' },
  name3: { text: '@Dara', tab: 'Summary' },
  comment0: { text: '= the IVR covers it', tab: 'Scores – =1+1' },
  comment1: { text: '-- missed the hold\n\tthen +1 for tone', tab: 'Scores – +Ben' },
  comment2: { text: '@Dara see this', tab: 'Scores – -Chen' },
  comment3: { text: '+=SUM(A1)', tab: 'Scores – @Dara' },
  notes: { text: '=NOW()', tab: 'Discussion' },
  resolution: { text: '+both names', tab: 'Discussion' },
  callNotesDiscussion: { text: '@ops said so\n\tand =then some', tab: 'Discussion' },
  callResolution: { text: '-0.5', tab: 'Discussion' },
  question: { text: '=Did the agent greet?', tab: 'Scorecard' },
  definition: { text: '+Both names, first', tab: 'Scorecard' },
  reason: { text: '-read two ways', tab: 'Scorecard' },
  actionText: { text: '=SUM(A1:A9)', tab: 'Action Items' },
  actionOwner: { text: '@owner', tab: 'Action Items' },
} as const;

const t = (key: keyof typeof TYPED) => TYPED[key].text;

interface Cells {
  values: Array<{ tab: string; value: unknown }>;
  formulas: string[];
}

function cells(env: Environment): Cells {
  return as(env, FACILITATOR, () => {
    const sheets = SpreadsheetApp.getActiveSpreadsheet().getSheets();
    return {
      values: sheets.flatMap((sheet) =>
        sheet
          .getDataRange()
          .getValues()
          .flat()
          .map((value) => ({ tab: sheet.getName(), value })),
      ),
      formulas: sheets.flatMap((sheet) => sheet.getDataRange().getFormulas().flat()).filter((f) => f !== ''),
    };
  });
}

/** Our own formulas are links to recordings and to the report, with quoted literals inside. */
const OUR_FORMULA = /^=HYPERLINK\("https:\/\/(recordings\.example\.com|docs\.google\.com)\//;

const env = environmentPerFile();
let scorecard: Scorecard;

beforeAll(() => {
  const evaluators = EVALUATORS.slice(0, 4).map((e, i) => ({ ...e, name: t(`name${i}` as keyof typeof TYPED) }));
  const created = as(env, FACILITATOR, () =>
    api.startSession(
      sessionPayload({
        title: t('title'),
        facilitatorName: t('facilitator'),
        calls: [
          {
            id: t('callIdZeros'),
            label: t('label1'),
            agent: t('agent'),
            notes: t('callNotes'),
            recordingUrl: 'https://recordings.example.com/1',
          },
          { id: t('callIdDate'), label: t('label2') },
        ],
        evaluators,
        options: { anonymousReveal: false },
      }),
    ),
  );
  if (created.state.role !== 'facilitator') throw new Error('expected the facilitator view');
  scorecard = created.state.scorecard;
  evaluators.forEach((evaluator, i) => {
    for (const callId of [t('callIdZeros'), t('callIdDate')]) {
      const answers = answersFor(scorecard, (c, k) => (c.type === 'scale' ? 1 + ((k + i) % 5) : (k + i) % 2)).map((a, k) =>
        k === 0 ? { ...a, comment: t(`comment${i}` as keyof typeof TYPED) } : a,
      );
      as(env, evaluator.email, () => api.submitCallScores(scores(callId, answers)));
    }
  });
  as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
  as(env, FACILITATOR, () => api.recordDiscussionNotes({ criterionId: 'greeting', notes: t('notes'), resolution: t('resolution') }));
  as(env, FACILITATOR, () =>
    api.recordDiscussionNotes({
      criterionId: 'greeting',
      callId: t('callIdZeros'),
      notes: t('callNotesDiscussion'),
      resolution: t('callResolution'),
    }),
  );
  as(env, FACILITATOR, () =>
    api.changeCriterionDefinition({
      criterionId: 'greeting',
      newQuestion: t('question'),
      newDefinition: t('definition'),
      reason: t('reason'),
    }),
  );
  as(env, FACILITATOR, () => api.saveSessionActionItem({ text: t('actionText'), owner: t('actionOwner'), criterionId: 'greeting' }));
});

describe('text people typed', () => {
  let beforeClose: Cells;
  let reportLines: string[];
  let afterClose: Cells;

  beforeAll(() => {
    beforeClose = cells(env);
    const report = as(env, FACILITATOR, () => api.buildSessionReport({}));
    reportLines = documentLines(env.documents().find((doc) => doc.id === report.docId)!.body);
    as(env, FACILITATOR, () => api.closeCurrentSession());
    afterClose = cells(env);
  });

  it.each(Object.entries(TYPED))('%s is read back from its tab exactly as typed', (_field, entry) => {
    const { text, tab } = entry;
    const shown =
      'followedBy' in entry ? (v: unknown) => typeof v === 'string' && v.startsWith(text + entry.followedBy) : (v: unknown) => v === text;
    const found = [...beforeClose.values, ...afterClose.values].filter((cell) => cell.tab === tab && shown(cell.value));
    expect({ tab, text, found: found.length > 0 }).toEqual({ tab, text, found: true });
  });

  it('never becomes a formula: the only formulas anywhere are our own links', () => {
    for (const formula of [...beforeClose.formulas, ...afterClose.formulas]) expect(formula).toMatch(OUR_FORMULA);
    expect(beforeClose.formulas.length).toBeGreaterThan(0);
  });

  it('keeps the zeros of a call id and does not turn an id into a date', () => {
    const all = [...beforeClose.values, ...afterClose.values].map((cell) => cell.value);
    expect(all).not.toContain(123);
    expect(all.some((value) => value instanceof Date && value.toISOString().startsWith('2026-01-02'))).toBe(false);
  });

  it.each([
    'title',
    'facilitator',
    'label1',
    'label2',
    'name0',
    'name3',
    'notes',
    'resolution',
    'definition',
    'reason',
    'actionText',
    'actionOwner',
  ] as const)('%s appears in the report as the text typed', (field) => {
    expect(reportLines.some((line) => line.includes(t(field)))).toBe(true);
  });
});

it.each(['= the IVR covers it', '+1 agree', '-- missed the hold', '@Ana see 2:10', '=1+1', 'line one\n\tline two'])(
  'keeps the comment %j as typed: stored, shown to its evaluator, and never refused',
  (comment) => {
    withEnvironment(FACILITATOR, (local) => {
      const created = as(local, FACILITATOR, () => api.startSession(sessionPayload()));
      if (created.state.role !== 'facilitator') throw new Error('expected the facilitator view');
      const answers = answersFor(created.state.scorecard).map((a, i) => (i === 0 ? { ...a, comment } : a));
      const form = as(local, EVALUATORS[0].email, () => api.submitCallScores(scores('c1', answers)));
      expect(form.calls[0]!.answers[0]!.comment).toBe(comment);
    });
  },
);
