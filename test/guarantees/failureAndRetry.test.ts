// Guarantee 6: an error part-way through leaves a state from which running the operation again
// completes it, every score present exactly once. The in-memory environment fails the n-th service call
// (of any kind: a failed read can mislead as much as a failed write) for every n the operation makes,
// and the re-run must end exactly where an uninterrupted run ends. A small session keeps this quick.
import type { Scorecard } from '../../src/domain/schemas';
import { openWorkbook } from '../../src/sheets';
import {
  EVALUATORS,
  FACILITATOR,
  answersFor,
  api,
  as,
  documentProperties,
  scores,
  sessionPayload,
  withEnvironment,
  type Environment,
} from '../usecases/harness';
import { trimScorecardTab } from './stages';

const WHO = EVALUATORS.slice(0, 2);
const CALL_IDS = ['c1', 'c2'];
const marker = (evaluatorId: string, callId: string, criterionId: string) => `m:${evaluatorId}:${callId}:${criterionId}`;

/** Timestamps come from the wall clock, so they are masked; everything else must match exactly. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
function masked(value: unknown): unknown {
  if (value instanceof Date) return 'an instant';
  if (typeof value === 'string' && ISO_INSTANT.test(value)) return 'an instant';
  return value;
}

/** Every tab by name, values masked, plus how many cells hold each score's marker. */
function workbookState(env: Environment, markers: readonly string[]) {
  return as(env, FACILITATOR, () => {
    const sheets = SpreadsheetApp.getActiveSpreadsheet().getSheets();
    const tabs = Object.fromEntries(
      sheets.map((sheet) => [
        `${sheet.getName()}${sheet.isSheetHidden() ? ' (hidden)' : ''}`,
        sheet
          .getDataRange()
          .getValues()
          .map((row) => row.map(masked)),
      ]),
    );
    const cells = sheets.flatMap((sheet) => sheet.getDataRange().getValues().flat());
    const counts = Object.fromEntries(markers.map((m) => [m, cells.filter((v) => v === m).length]));
    return { tabs, counts };
  });
}

let scorecard: Scorecard;
let markers: string[];
let scored: ReturnType<Environment['snapshot']>;

beforeAll(() => {
  withEnvironment(FACILITATOR, (env) => {
    const created = as(env, FACILITATOR, () =>
      api.startSession(
        sessionPayload({
          evaluators: WHO.map((e) => ({ ...e })),
          calls: CALL_IDS.map((id) => ({ id, label: `Call ${id}` })),
          options: { anonymousReveal: false },
        }),
      ),
    );
    if (created.state.role !== 'facilitator') throw new Error('expected the facilitator view');
    scorecard = created.state.scorecard;
    markers = [];
    WHO.forEach((evaluator, e) => {
      for (const callId of CALL_IDS) {
        const answers = answersFor(scorecard, (c, i) => (c.type === 'scale' ? 1 + ((i + e) % 5) : (i + e) % 2)).map((a) => ({
          ...a,
          comment: marker(evaluator.id, callId, a.criterionId),
        }));
        markers.push(...answers.map((a) => a.comment));
        as(env, evaluator.email, () => api.submitCallScores(scores(callId, answers)));
      }
    });
    trimScorecardTab(env);
    scored = env.snapshot();
  });
});

/**
 * Where the environment is now, to come back to: the workbook's state (plain data under the service
 * objects) and the document properties. Far quicker than restoring a whole snapshot for every n.
 */
function checkpoint(env: Environment): () => void {
  const workbook = structuredClone(env.spreadsheet.state);
  const properties = documentProperties(env);
  return () => {
    env.clearInjectedFailures();
    env.spreadsheet.state = structuredClone(workbook);
    as(env, FACILITATOR, () => PropertiesService.getDocumentProperties()!.setProperties(properties, true));
  };
}

const endOf = (env: Environment) => ({ workbook: workbookState(env, markers), keys: Object.keys(documentProperties(env)).sort() });

/** Everything stored, timestamps aside: two runs left in the same place have the same fingerprint. */
function fingerprint(env: Environment): string {
  return JSON.stringify([env.spreadsheet.state, documentProperties(env)]).replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, 'an instant');
}

/**
 * Runs `operation` from `start` uninterrupted, then fails its n-th service call for every n it made,
 * runs it again, and checks it ends where the clean run ended. `finished` says which messages of the
 * re-run mean the first run had already done it all. Failures that leave the same place behind (most
 * failed reads do, as the write after them) are re-run once.
 */
function failEveryCall(start: ReturnType<Environment['snapshot']>, operation: () => unknown, finished: RegExp): void {
  withEnvironment({ state: start }, (env) => {
    const rewind = checkpoint(env);
    const mark = env.calls.mark();
    as(env, FACILITATOR, operation);
    const calls = env.calls.total(mark);
    const clean = endOf(env);
    const cleanText = JSON.stringify(clean);
    expect(calls).toBeGreaterThan(20);
    const checked = new Set<string>();
    for (let n = 0; n < calls; n++) {
      rewind();
      env.failAfterCalls(n);
      let failed = false;
      try {
        as(env, FACILITATOR, operation);
      } catch {
        failed = true;
      }
      env.clearInjectedFailures();
      const left = failed ? fingerprint(env) : null;
      if (left !== null && checked.has(left)) continue;
      // A call that fails where the add-on expects failures (a named range that may be gone) is not an
      // interruption; the operation must then end where the clean run ends without a re-run.
      if (failed) {
        try {
          as(env, FACILITATOR, operation);
        } catch (error) {
          // The failed call came after the last write: the first run had already completed everything.
          expect({ n, message: (error as Error).message }).toEqual({ n, message: expect.stringMatching(finished) });
        }
      }
      const end = endOf(env);
      if (JSON.stringify(end) !== cleanText) expect({ n, end }).toEqual({ n, end: clean });
      if (left !== null) checked.add(left);
    }
  });
}

describe('interrupted at every service call, then run again', () => {
  it('the reveal ends with every score in the evaluator tabs and the Summary exactly once', () => {
    failEveryCall(scored, () => api.revealSessionScores({ confirm: true }), /already revealed/);
  });

  it('the close ends with the session on History and every score on the Scores log exactly once', () => {
    const withFinal = withEnvironment({ state: scored }, (env) => {
      as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
      as(env, FACILITATOR, () => api.recordFinalValue({ callId: 'c1', criterionId: 'greeting', value: 1 }));
      return env.snapshot();
    });
    failEveryCall(withFinal, () => api.closeCurrentSession(), /already closed|no calibration session/);

    // And the archive holds each logged score once: one row per evaluator, call and criterion.
    withEnvironment({ state: withFinal }, (closed) => {
      as(closed, FACILITATOR, () => api.closeCurrentSession());
      const sessionIds = as(closed, FACILITATOR, () => openWorkbook().sessionsInScoresLog());
      expect(sessionIds).toHaveLength(1);
    });
  });

  it('a submission is either stored whole or not at all, and on the sheets writes only the counts', () => {
    const lowest = answersFor(scorecard, (c) => (c.type === 'scale' ? c.min : 0)).map((a) => ({ ...a, comment: 'revised' }));
    const submit = () => api.submitCallScores(scores('c1', lowest));
    const { before, calls, stored } = withEnvironment({ state: scored }, (clean) => {
      const before = documentProperties(clean);
      const mark = clean.calls.mark();
      as(clean, WHO[0]!.email, submit);
      return { before, calls: clean.calls.list(mark), stored: documentProperties(clean) };
    });
    // The Session and Summary counts, values only.
    expect(calls.filter((c) => c.service === 'SpreadsheetApp' && /(^|\.)set/.test(c.method)).map((c) => c.method)).toEqual([
      'Range.setValues',
      'Range.setValues',
    ]);

    for (let n = 0; n < calls.length; n++) {
      withEnvironment({ state: scored }, (env) => {
        env.failAfterCalls(n);
        let failed = false;
        try {
          as(env, WHO[0]!.email, submit);
        } catch {
          failed = true;
        }
        const after = documentProperties(env);
        // Past the store write, a failed count refresh is not the evaluator's failure: the submission stands.
        const storedWhole = sameRecords(after, stored);
        const untouched = JSON.stringify(after) === JSON.stringify(before);
        expect({
          n,
          whole: untouched || storedWhole,
          toldTheTruth: failed
            ? untouched || calls[n]!.method === 'Lock.releaseLock' || calls[n]!.service === 'SpreadsheetApp'
            : storedWhole,
        }).toEqual({
          n,
          whole: true,
          toldTheTruth: true,
        });
      });
    }
  });
});

/** The same records as `expected`, timestamps aside (a later run stamps a later time). */
function sameRecords(actual: Record<string, string>, expected: Record<string, string>): boolean {
  const strip = (props: Record<string, string>) =>
    JSON.stringify(Object.entries(props).map(([k, v]) => [k, v.replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, 'an instant')]));
  return strip(actual) === strip(expected);
}
