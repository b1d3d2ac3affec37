// The session report end to end: built as a Google Doc by the facilitator, rebuilt in place, shared, and
// carried into the next session's report.
import { PropertyStore } from '../../src/adapters/propertyStore';
import { formatPercent, formatPoints } from '../../src/domain/report/format';
import type { Criterion, Scorecard } from '../../src/domain/schemas';
import { analysisOf } from '../../src/usecases/sessionScores';
import { loadAllSealed, requireState } from '../../src/state/stateStore';
import { documentLines } from '../adapters/docs/documentLines';
import {
  CALLS,
  EVALUATORS,
  FACILITATOR,
  api,
  as,
  criteriaOf,
  failure,
  sessionPayload,
  setUpSession,
  submitAll,
  environmentPerTest,
} from './harness';

const env = environmentPerTest();
let scorecard: Scorecard;

const SECTIONS = [
  '# Executive summary',
  '# Charts',
  '# The session',
  '# Final calibrated scores',
  '# Evaluator alignment',
  '# Key disagreements and resolutions',
  '# Scorecard definition updates',
  '# Action items',
  '# Follow-up from earlier sessions',
  "# Facilitator's notes",
];

const emails = EVALUATORS.map((e) => e.email as string);
const lowest = (c: Criterion) => (c.type === 'scale' ? c.min : 0);
const highest = (c: Criterion) => (c.type === 'scale' ? c.max : c.type === 'points' ? c.maxPoints : 1);

/** Six evaluators agree on full marks; two say No to greeting, so greeting is disputed on every call. */
function revealAndDiscuss(): void {
  const greetingNo = (c: Criterion) => (c.id === 'greeting' ? lowest(c) : highest(c));
  submitAll(env, scorecard, emails.slice(0, 6), (c) => highest(c));
  submitAll(env, scorecard, emails.slice(6), greetingNo);
  as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
  as(env, FACILITATOR, () => api.recordFinalValue({ callId: 'c1', criterionId: 'greeting', value: 0 }));
  as(env, FACILITATOR, () =>
    api.recordDiscussionNotes({
      criterionId: 'greeting',
      callId: 'c1',
      notes: 'Company name was missing.',
      resolution: 'All three parts are required.',
    }),
  );
  as(env, FACILITATOR, () =>
    api.changeCriterionDefinition({
      criterionId: 'greeting',
      newDefinition: 'All three parts, before the reason for the call.',
      reason: 'Read two ways',
    }),
  );
  as(env, FACILITATOR, () => api.saveSessionActionItem({ text: 'Retrain on greetings', owner: 'Ana Ruiz', dueDate: '2099-12-15' }));
}

/** The session's analysis, as the domain computes it from what is stored. */
function storedAnalysis() {
  return as(env, FACILITATOR, () => {
    const store = PropertyStore.document();
    const state = requireState(store);
    return analysisOf(state, loadAllSealed(store, state.session));
  });
}

/** Every Google Doc address linked from the Session sheet (links are HYPERLINK formulas there). */
function linksOnSessionSheet(): string[] {
  const formulas = as(env, FACILITATOR, () =>
    SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Session')!.getDataRange().getFormulas().flat(),
  );
  return formulas.flatMap((formula) => formula.match(/https:\/\/docs\.google\.com\/document\/[^"]+/g) ?? []);
}

const docLines = (docId: string) => documentLines(env.documents().find((doc) => doc.id === docId)!.body);

beforeEach(() => {
  scorecard = setUpSession(env);
});

describe('building the report', () => {
  it('shows progress in the spreadsheet while it builds: a toast at the start and one as the Doc is written', () => {
    revealAndDiscuss();
    const before = env.ui.toasts.length;
    as(env, FACILITATOR, () => api.buildSessionReport());
    expect(env.ui.toasts.slice(before).map((toast) => toast.message)).toEqual(['Building the report…', 'Writing the report into its Doc…']);
  });

  it('writes a Doc with every section and the session’s figures, and stores its link', () => {
    revealAndDiscuss();
    const built = as(env, FACILITATOR, () => api.buildSessionReport());
    expect(built.created).toBe(true);
    const [doc] = env.documents();
    expect(env.documents()).toHaveLength(1);
    expect(doc!).toMatchObject({ id: built.docId, url: built.url, name: 'Calibration report — November calibration — 2026-11-30' });
    expect(doc!.owner.email).toBe(FACILITATOR);

    const lines = docLines(built.docId);
    expect(lines[0]).toBe('= Calibration report — November calibration — 2026-11-30');
    expect(lines.filter((line) => /^# /.test(line))).toEqual(SECTIONS);

    const analysis = storedAnalysis();
    for (const call of analysis.calls) expect(lines).toContain(`## ${call.label}: ${formatPercent(call.finalScore.percent)}`);
    expect(lines).toContain(
      `- Calibration variance: ${formatPoints(analysis.summary.variance)} against a target of 5.0 pp: ${
        analysis.summary.variance! <= 5 ? 'within' : 'above'
      } the target`,
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        'Facilitator: Lee Facilitator',
        '- Ana Ruiz — QA analyst', // anonymous: no attendance per person, it would name labels by elimination
        '- Billing dispute (voice)',
        'Retrain on greetings | Ana Ruiz | 2099-12-15 | Open',
        'No action items were carried over from earlier sessions.',
        'This is the first session on record, so there is no previous session to compare with.',
      ]),
    );
    // Anonymous reveal: labels, never names, in the alignment table.
    // The alignment table and the scores per call, each with one row per label.
    expect(lines.filter((line) => /^Evaluator [A-H] \|/.test(line))).toHaveLength(16);
    const greeting = lines.find((line) => line.startsWith(`${criteriaOf(scorecard)[0]!.question} | 6 say Yes, 2 say No`));
    expect(greeting).toContain('Billing dispute: All three parts are required.');
    expect(lines).toContain('- New: All three parts, before the reason for the call.');
    expect(lines).toContain('- Reason: Read two ways');
    expect(lines.some((line) => line.startsWith('## ') && line.endsWith('(greeting), version 1 → 2'))).toBe(true);

    // Doc links are in the Doc; the recordings' links too.
    const callList = env.documents()[0]!.body.find((block) => block.type === 'listItem' && block.runs[0]?.text === 'Billing dispute');
    expect(callList?.type === 'listItem' && callList.runs[0]!.style.linkUrl).toBe(CALLS[0]!.recordingUrl);

    const state = as(env, FACILITATOR, () => api.getSidebarState());
    expect(state.role === 'facilitator' && state.report).toMatchObject({ docId: built.docId, url: built.url });
    expect(linksOnSessionSheet()).toEqual([built.url]);
  });

  it('rewrites the same Doc when built again, and makes a new one only when asked', () => {
    revealAndDiscuss();
    const first = as(env, FACILITATOR, () => api.buildSessionReport());
    as(env, FACILITATOR, () => api.saveSessionActionItem({ text: 'Share the new greeting definition', owner: 'Hana Sato' }));
    const again = as(env, FACILITATOR, () => api.buildSessionReport({}));
    expect(again).toMatchObject({ docId: first.docId, created: false });
    expect(env.documents()).toHaveLength(1);
    const lines = docLines(first.docId);
    expect(lines).toContain('Share the new greeting definition | Hana Sato | No due date | Open');
    expect(lines.filter((line) => line === '# The session')).toHaveLength(1);

    const fresh = as(env, FACILITATOR, () => api.buildSessionReport({ newDocument: true }));
    expect(fresh.created).toBe(true);
    expect(fresh.docId).not.toBe(first.docId);
    expect(env.documents()).toHaveLength(2);
    const state = as(env, FACILITATOR, () => api.getSidebarState());
    expect(state.role === 'facilitator' && state.report?.docId).toBe(fresh.docId);
  });
});

describe('sharing the report', () => {
  it('adds participants and managers as viewers, and reports an address Google refuses without stopping the others', () => {
    revealAndDiscuss();
    expect(failure(env, FACILITATOR, () => api.shareSessionReport({ managers: [] }))).toMatch(/Build the report first/);
    const built = as(env, FACILITATOR, () => api.buildSessionReport());
    expect(failure(env, emails[1], () => api.shareSessionReport({ managers: [] }))).toMatch(/Only the facilitator/);
    expect(failure(env, FACILITATOR, () => api.shareSessionReport({ managers: ['not an address'] }))).toMatch(
      /Managers' emails, address 1 must be an email address/,
    );

    // The 9th address (the first manager) is refused; the ones after it are still added.
    env.failAfterCalls(8, 'DocumentApp.Document.addViewer', 'Invalid email: boss@partner.example');
    const shared = as(env, FACILITATOR, () =>
      api.shareSessionReport({ managers: ['boss@partner.example', 'director@example.com', 'ANA@example.com'] }),
    );
    expect(shared.url).toBe(built.url);
    expect(shared.added).toEqual([...emails, 'director@example.com']);
    expect(shared.failed).toEqual([
      { email: 'boss@partner.example', reason: expect.stringMatching(/did not accept.*Invalid email: boss@partner.example/) },
    ]);
    expect(shared.withoutAddress).toEqual([]);
    expect(env.documents()[0]!.viewers).toEqual([...emails, 'director@example.com']);
  });

  it('can share with managers only', () => {
    revealAndDiscuss();
    as(env, FACILITATOR, () => api.buildSessionReport());
    const shared = as(env, FACILITATOR, () => api.shareSessionReport({ includeParticipants: false, managers: ['director@example.com'] }));
    expect(shared.added).toEqual(['director@example.com']);
    expect(env.documents()[0]!.viewers).toEqual(['director@example.com']);
  });
});

describe('the next session’s report', () => {
  it('follows up the previous session’s action items with their status, and compares with its figures', () => {
    revealAndDiscuss();
    const first = as(env, FACILITATOR, () => api.buildSessionReport());
    as(env, FACILITATOR, () => api.closeCurrentSession());

    scorecard = setUpSession(env, {
      title: 'December calibration',
      sessionDate: '2026-12-30',
      scoringDeadline: '2026-12-28T17:00:00.000Z',
    });
    const view = as(env, FACILITATOR, () => api.getSidebarState());
    const carried = view.role === 'facilitator' ? view.openActionItems.find((item) => item.text === 'Retrain on greetings') : undefined;
    expect(carried).toBeDefined();
    const { id, text, owner, dueDate, criterionId } = carried!;
    as(env, FACILITATOR, () => api.saveSessionActionItem({ id, text, owner, dueDate, criterionId, status: 'in-progress' }));
    submitAll(env, scorecard, emails, (c) => highest(c));
    as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));

    const second = as(env, FACILITATOR, () => api.buildSessionReport());
    expect(second.docId).not.toBe(first.docId);
    const lines = docLines(second.docId);
    expect(lines[0]).toBe('= Calibration report — December calibration — 2026-12-30');
    const followUp = lines.slice(lines.indexOf('# Follow-up from earlier sessions'), lines.indexOf("# Facilitator's notes"));
    expect(followUp).toEqual([
      '# Follow-up from earlier sessions',
      'Action | Owner | Due | Status | Raised',
      expect.stringMatching(/^Retrain on greetings \| Ana Ruiz \| 2099-12-15 \| In progress \| \d{4}-\d{2}-\d{2}$/),
    ]);
    expect(lines).toContain('Compared with the previous session (2026-11-30):');
    expect(lines).toContain('No action items were recorded this session.');
    // The first session's Doc is left as it was.
    expect(docLines(first.docId)[0]).toBe('= Calibration report — November calibration — 2026-11-30');
  });
});

describe('a closed session’s report', () => {
  it('is built after the close, rebuilt into the same Doc, shared, and followed up by the next session’s report', () => {
    revealAndDiscuss();
    as(env, FACILITATOR, () => api.closeCurrentSession());

    const built = as(env, FACILITATOR, () => api.buildSessionReport());
    expect(built.created).toBe(true);
    const lines = docLines(built.docId);
    expect(lines.filter((line) => /^# /.test(line))).toEqual(SECTIONS);
    expect(lines).toContainEqual(expect.stringMatching(/^Status: closed on \d{4}-\d{2}-\d{2}$/));
    expect(lines).toContain('Retrain on greetings | Ana Ruiz | 2099-12-15 | Open');
    const analysis = storedAnalysis();
    for (const call of analysis.calls) expect(lines).toContain(`## ${call.label}: ${formatPercent(call.finalScore.percent)}`);

    const rebuilt = as(env, FACILITATOR, () => api.buildSessionReport());
    expect(rebuilt).toMatchObject({ docId: built.docId, created: false });
    expect(env.documents()).toHaveLength(1);
    const view = as(env, FACILITATOR, () => api.getSidebarState());
    expect(view.role === 'facilitator' && view.report?.docId).toBe(built.docId);
    expect(view.role === 'facilitator' && view.session.status).toBe('closed');
    expect(
      as(env, FACILITATOR, () => api.shareSessionReport({ includeParticipants: false, managers: ['director@example.com'] })).added,
    ).toEqual(['director@example.com']);
    expect(failure(env, emails[0], () => api.buildSessionReport())).toMatch(/Only the facilitator/);

    // Only the facilitator, a co-facilitator or the owner starts the next session; the closed one is archived.
    expect(failure(env, 'hana@example.com', () => api.startSession(sessionPayload()))).toMatch(
      /^Only Lee Facilitator \(lead@example\.com\) or the spreadsheet's owner can start the session after "November calibration"/,
    );
    const next = FACILITATOR;
    const started = as(env, next, () =>
      api.startSession({
        title: 'December calibration',
        sessionDate: '2026-12-30',
        scoringDeadline: '2026-12-28T17:00:00.000Z',
        facilitatorName: 'Hana Sato',
        scorecard: { source: 'latest' },
        calls: CALLS.map((c) => ({ ...c })),
        evaluators: EVALUATORS.slice(0, 6).map((e) => ({ ...e })),
        options: {},
      }),
    );
    if (started.state.role !== 'facilitator') throw new Error('expected the facilitator view');
    expect(started.state.openActionItems.map((item) => [item.text, item.status])).toEqual([['Retrain on greetings', 'open']]);
    const { id, text, owner, dueDate, criterionId } = started.state.openActionItems[0]!;
    as(env, next, () => api.saveSessionActionItem({ id, text, owner, dueDate, criterionId, status: 'in-progress' }));
    submitAll(env, started.state.scorecard, emails.slice(0, 6), (c) => highest(c));
    as(env, next, () => api.revealSessionScores({ confirm: true }));

    const second = as(env, next, () => api.buildSessionReport());
    expect(second.docId).not.toBe(built.docId);
    const secondLines = docLines(second.docId);
    expect(secondLines).toContain('Status: scores revealed; the session is still open');
    expect(
      secondLines.slice(secondLines.indexOf('# Follow-up from earlier sessions'), secondLines.indexOf("# Facilitator's notes")),
    ).toEqual([
      '# Follow-up from earlier sessions',
      'Action | Owner | Due | Status | Raised',
      expect.stringMatching(/^Retrain on greetings \| Ana Ruiz \| 2099-12-15 \| In progress \| \d{4}-\d{2}-\d{2}$/),
    ]);
  });
});
