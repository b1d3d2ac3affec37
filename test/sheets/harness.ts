// A spreadsheet in memory with the add-on's Workbook over it, and a session built from a preset: the
// shared environment harness (test/usecases/harness.ts) with what sheet tests add to it.
import { inspectSheetByName, inspectWorkbook } from 'apps-script-emulator';
import { parseWith } from '../../src/domain/errors';
import { generalScorecard } from '../../src/domain/presets/general';
import { scorecardSchema, sessionSchema, type Scorecard, type Session } from '../../src/domain/schemas';
import { spreadsheetWorkbook } from '../../src/sheets/spreadsheetWorkbook';
import type { Workbook } from '../../src/usecases/ports/workbook';
import type { SessionInput } from '../fixtures/calibration';
import { environmentPerTest } from '../usecases/harness';

export { FACILITATOR } from '../support/sessionData';
import { FACILITATOR } from '../support/sessionData';
export const NOW = '2026-11-30T17:00:00.000Z';

export function presetScorecard(): Scorecard {
  return parseWith(scorecardSchema, generalScorecard, 'Preset');
}

export function evaluatorEmail(index: number): string {
  return `evaluator${index + 1}@example.com`;
}

/** A session from the general preset: `evaluators` people (e1… with emails, the last without when asked). */
export function presetSession(
  options: {
    evaluators?: number;
    calls?: number;
    overrides?: Partial<SessionInput>;
    scorecard?: Scorecard;
    lastWithoutEmail?: boolean;
  } = {},
): Session {
  const count = options.evaluators ?? 3;
  return parseWith(
    sessionSchema,
    {
      id: 'nov-2026',
      title: 'November calibration',
      sessionDate: '2026-11-30',
      scoringDeadline: '2026-11-28T17:00:00.000Z',
      facilitator: { name: 'Lena Lead', email: FACILITATOR },
      calls: Array.from({ length: options.calls ?? 2 }, (_, i) => ({
        id: `c${i + 1}`,
        label: `Call ${i + 1}`,
        recordingUrl: `https://recordings.example.com/${i + 1}`,
      })),
      evaluators: Array.from({ length: count }, (_, i) => ({
        id: `e${i + 1}`,
        name: `Evaluator Person ${i + 1}`,
        email: options.lastWithoutEmail && i === count - 1 ? '' : evaluatorEmail(i),
        role: i === 0 ? 'team-lead' : 'qa-analyst',
        seniority: 1 + (i % 3),
      })),
      options: { anonymousReveal: false },
      scorecard: options.scorecard ?? presetScorecard(),
      createdAt: NOW,
      ...options.overrides,
    },
    'Test session',
  );
}

/**
 * The add-on's Workbook over a fresh spreadsheet for every test of the file, in the shared environment
 * harness (one per test, time zone UTC). `restart()` starts the test's spreadsheet again from nothing.
 */
export function sheetsPerTest() {
  const env = environmentPerTest({ owner: FACILITATOR, timeZone: 'Etc/UTC' });
  // One Workbook per environment, so a test sees the same Workbook however often it asks.
  const workbooks = new WeakMap<object, Workbook>();
  const ss = () => env.globals.SpreadsheetApp.getActiveSpreadsheet();
  return {
    env,
    get workbook(): Workbook {
      let workbook = workbooks.get(env.spreadsheet);
      if (workbook === undefined) {
        workbook = spreadsheetWorkbook(ss(), () => new Date(NOW));
        workbooks.set(env.spreadsheet, workbook);
      }
      return workbook;
    },
    ss,
    view: () => inspectWorkbook(env.spreadsheet),
    sheet: (name: string) => inspectSheetByName(env.spreadsheet, name),
    restart: () => env.restart(),
  };
}
export type Harness = ReturnType<typeof sheetsPerTest>;
