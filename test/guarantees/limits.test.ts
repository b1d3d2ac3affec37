// Guarantee 7: sizes are checked before anything is written to properties (9 KB per value, 500 KB per
// store), large values are split and read back whole, and a full store gives an error naming the limit
// with nothing lost. Tabs renamed or deleted by hand are detected, and "Repair session" rebuilds them
// from stored state.
import { PropertyStore } from '../../src/adapters/propertyStore';
import type { Answer, Scorecard } from '../../src/domain/schemas';
import {
  EVALUATORS,
  FACILITATOR,
  answersFor,
  api,
  as,
  documentProperties,
  storedData,
  failure,
  scores,
  sessionPayload,
  type Environment,
  environmentPerTest,
} from '../usecases/harness';
import { atStage, buildStages, type Stages } from './stages';

const VALUE_LIMIT = 9 * 1024;
const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');

const env = environmentPerTest();

describe('a value larger than one property', () => {
  // ASCII, two-, three- and four-byte characters, so chunk edges fall inside multi-byte ones.
  const text = Array.from({ length: 2000 }, (_, i) => ['abc', 'é', '€', '😀'][i % 4])
    .join('')
    .repeat(4);

  it('is split into chunks under 9 KB and read back whole; a shorter rewrite leaves no stale chunk', () => {
    expect(utf8(text)).toBeGreaterThan(20 * 1024);
    as(env, FACILITATOR, () => PropertyStore.document().commit({ 'cc.large': { text } }));

    const stored = documentProperties(env);
    const chunks = Object.keys(stored).filter((key) => key.startsWith('cc.large#'));
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    for (const value of Object.values(stored)) expect(utf8(value)).toBeLessThanOrEqual(VALUE_LIMIT);
    expect(as(env, FACILITATOR, () => PropertyStore.document().read('cc.large'))).toEqual({ text });

    as(env, FACILITATOR, () => PropertyStore.document().commit({ 'cc.large': { text: 'short' } }));
    expect(Object.keys(documentProperties(env)).filter((key) => key.startsWith('cc.large'))).toEqual(['cc.large', 'cc.large#0']);
    expect(as(env, FACILITATOR, () => PropertyStore.document().read('cc.large'))).toEqual({ text: 'short' });
  });
});

describe('a store filled by long comments', () => {
  const CALL_IDS = Array.from({ length: 10 }, (_, i) => `c${i + 1}`);
  const WHO = EVALUATORS.slice(0, 4);
  let scorecard: Scorecard;

  beforeEach(() => {
    const created = as(env, FACILITATOR, () =>
      api.startSession(
        sessionPayload({ calls: CALL_IDS.map((id) => ({ id, label: `Call ${id}` })), evaluators: WHO.map((e) => ({ ...e })) }),
      ),
    );
    if (created.state.role !== 'facilitator') throw new Error('expected the facilitator view');
    scorecard = created.state.scorecard;
  });

  /** Full answers whose comments are `length` three-byte characters each, marked with who and which call. */
  const answersWith = (who: string, callId: string, length: number): Answer[] =>
    answersFor(scorecard).map((a) => ({ ...a, comment: length === 0 ? '' : `${who}/${callId}/`.padEnd(length, '€') }));

  const storeBytes = (running: Environment) =>
    Object.entries(documentProperties(running)).reduce((total, [key, value]) => total + utf8(key) + utf8(value), 0);

  it('refuses the submission that would fill it with a message naming the limit, losing nothing, and leaves room to reveal and close', () => {
    const running = env!;
    const accepted = new Map<string, Answer[]>();
    let refusal: string | null = null;
    // Long comments until the store refuses one; then shorter and shorter ones, to leave it as full as
    // evaluators can make it.
    for (const length of [1000, 300, 100, 30, 10]) {
      for (const evaluator of WHO) {
        for (const callId of CALL_IDS) {
          if (accepted.has(`${evaluator.email} ${callId}`)) continue;
          const answers = answersWith(evaluator.id, callId, length);
          const before = documentProperties(running);
          try {
            as(running, evaluator.email, () => api.submitCallScores(scores(callId, answers)));
            accepted.set(`${evaluator.email} ${callId}`, answers);
          } catch (error) {
            refusal ??= (error as Error).message;
            // The store is exactly as it was: the size was checked before anything was written.
            expect(documentProperties(running)).toEqual(before);
          }
        }
      }
    }
    // Drafts of one answer with a short comment take the last few hundred bytes.
    for (const evaluator of WHO) {
      for (const length of [100, 30, 10, 3, 1]) {
        try {
          as(running, evaluator.email, () =>
            api.saveScoresDraft(scores('c1', [{ criterionId: 'greeting', value: 1, comment: ''.padEnd(length, '€') }])),
          );
        } catch {
          // Full for this size; a smaller draft may still fit.
        }
      }
    }
    expect(refusal).toMatch(/500 KB per document/);
    expect(accepted.size).toBeGreaterThan(5);

    // Every submission accepted is still there, answer for answer.
    for (const [key, _answers] of accepted) {
      const [email, callId] = key.split(' ') as [string, string];
      const view = as(running, email, () => api.getSidebarState());
      if (view.role !== 'evaluator') throw new Error(`${email} should see their form`);
      const call = view.form.calls.find((c) => c.call.id === callId)!;
      expect(call.state === 'submitted' || call.state === 'revising').toBe(true);
    }
    for (const value of Object.values(documentProperties(running))) expect(utf8(value)).toBeLessThanOrEqual(VALUE_LIMIT);

    // However full the evaluators made it, the facilitator can still take the session to its end.
    expect(storeBytes(running)).toBeGreaterThan(400 * 1024);
    as(running, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
    for (const callId of CALL_IDS) as(running, FACILITATOR, () => api.recordFinalValue({ callId, criterionId: 'greeting', value: 1 }));
    as(running, FACILITATOR, () =>
      api.recordDiscussionNotes({ criterionId: 'greeting', notes: 'n'.repeat(4000), resolution: 'r'.repeat(2000) }),
    );
    const closed = as(running, FACILITATOR, () => api.closeCurrentSession());
    expect(closed.scoresLogged).toBe(accepted.size * answersFor(scorecard).length);
  });
});

describe('a tab changed by hand', () => {
  let stages: Stages;
  beforeAll(() => {
    stages = buildStages();
  });

  const sheetNames = (running: Environment) =>
    as(running, FACILITATOR, () =>
      SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()
        .map((s) => s.getName()),
    );
  const valuesOf = (running: Environment, name: string) =>
    as(running, FACILITATOR, () => SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)?.getDataRange().getValues() ?? null);
  /** What the facilitator's sidebar shows on opening, or after "Check tabs" (the full look). */
  const damageSeen = (running: Environment, how: 'open' | 'check tabs' = 'open') => {
    const view = as(running, FACILITATOR, () => (how === 'open' ? api.getSidebarState() : api.checkSessionTabs()));
    if (view.role !== 'facilitator') throw new Error('expected the facilitator view');
    return view.damage;
  };

  it('is detected when renamed, and "Repair session" gives it back its name and content', () => {
    atStage(env, stages, 'scoring');
    const running = env;
    // Brings the submission status on the tab up to date, as the repair does.
    as(running, FACILITATOR, () => api.getSubmissionStatus());
    const content = valuesOf(running, 'Session');
    as(running, FACILITATOR, () => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Session')!.setName('My notes'));
    // A rename leaves the number of sheets as it was, so it is found when the facilitator asks.
    expect(damageSeen(running, 'check tabs')).toEqual(['The "Session" tab was renamed to "My notes".']);
    // From then on, opening the sidebar looks again until the repair, so the banner stays.
    expect(damageSeen(running)).toEqual(['The "Session" tab was renamed to "My notes".']);
    const stored = storedData(running);

    const repaired = as(running, FACILITATOR, () => api.repairCurrentSession());
    expect(repaired.repaired).toEqual(['The "Session" tab was renamed to "My notes".']);
    expect(sheetNames(running)).toContain('Session');
    expect(sheetNames(running)).not.toContain('My notes');
    expect(valuesOf(running, 'Session')).toEqual(content);
    expect(damageSeen(running)).toEqual([]);
    expect(storedData(running)).toEqual(stored);
  });

  it('is detected when an evaluator tab is deleted after the reveal, and rebuilt with its scores', () => {
    atStage(env, stages, 'revealed');
    const running = env;
    // Labels are drawn at random, so the tab of someone who submitted is looked for by what it holds.
    const tab = sheetNames(running).find(
      (name) => name.startsWith('Scores – ') && /"Yes"|"No"/.test(JSON.stringify(valuesOf(running, name))),
    )!;
    expect(tab).toBeDefined();
    const content = valuesOf(running, tab);
    as(running, FACILITATOR, () => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      spreadsheet.deleteSheet(spreadsheet.getSheetByName(tab)!);
    });
    expect(damageSeen(running)).toEqual([`The "${tab}" tab was deleted.`]);
    const stored = storedData(running);

    as(running, FACILITATOR, () => api.repairCurrentSession());
    expect(valuesOf(running, tab)).toEqual(content);
    expect(sheetNames(running).filter((name) => name.startsWith(tab))).toEqual([tab]);
    expect(damageSeen(running)).toEqual([]);
    expect(storedData(running)).toEqual(stored);
  });

  it('is refused to repair by anyone but the facilitator', () => {
    atStage(env, stages, 'scoring');
    expect(failure(env, EVALUATORS[0].email, () => api.repairCurrentSession())).toMatch(/Only the facilitator/);
  });
});
