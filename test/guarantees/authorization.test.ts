// Guarantee 3, checked on the server for every entry point: whatever only the facilitator may do is
// refused to an evaluator and to a stranger, changing nothing; and once the scores are revealed, no
// entry point called by anyone changes a submission.
import type { Environment, User } from '../usecases/harness';
import { answersFor, as, failure, scores, environmentPerTest } from '../usecases/harness';
import { actions } from '../../src/api/actions';
import { SEALED_PREFIX } from '../../src/state/stateStore';
import {
  ANA,
  BEN,
  DARA,
  FACILITATOR,
  PAT,
  STRANGER,
  atStage,
  buildStages,
  call,
  entryCases,
  footprint,
  sidebarEntryPoints,
  type Stages,
} from './stages';

let stages: Stages;
const env = environmentPerTest();

beforeAll(() => {
  stages = buildStages();
});

/** The rows of the action table that only the facilitator may call. */
const facilitatorOnly = entryCases.filter((c) => actions[c.name].who.startsWith('facilitator'));
/** The rows only an evaluator of the session may call. */
const evaluatorOnly = entryCases.filter((c) => actions[c.name].who === 'evaluator');

describe.each(facilitatorOnly)('$name', (entry) => {
  it.each([ANA, STRANGER])('is refused to %s, changing nothing', (user) => {
    atStage(env, stages, entry.stage);
    const before = footprint(env);
    expect(failure(env, user, () => call(entry.name, entry.payload(stages.scorecard)))).toMatch(
      /Only the facilitator of "November calibration"/,
    );
    expect(footprint(env)).toBe(before);
  });
});

describe.each(evaluatorOnly)('$name', (entry) => {
  it('is refused to someone who is not an evaluator, changing nothing', () => {
    atStage(env, stages, entry.stage);
    const before = footprint(env);
    expect(failure(env, STRANGER, () => call(entry.name, entry.payload(stages.scorecard)))).toMatch(/is not one of the evaluators/);
    expect(footprint(env)).toBe(before);
  });
});

/** The stored submissions and drafts, exactly as stored. */
function sealedRecords(running: Environment): Record<string, string> {
  const properties = as(running, FACILITATOR, () => PropertiesService.getDocumentProperties()!.getProperties());
  return Object.fromEntries(Object.entries(properties).filter(([key]) => key.startsWith(SEALED_PREFIX)));
}

/** What each evaluator tab shows (the revealed answers). */
function evaluatorTabs(running: Environment): Record<string, unknown[][]> {
  return as(running, FACILITATOR, () =>
    Object.fromEntries(
      SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()
        .filter((sheet) => sheet.getName().startsWith('Scores – '))
        .map((sheet) => [sheet.getName(), sheet.getDataRange().getValues()]),
    ),
  );
}

describe('after the reveal', () => {
  it('no entry point, called by anyone with any plausible payload, changes a submission', () => {
    atStage(env, stages, 'revealed');
    const running = env;
    const sealed = sealedRecords(running);
    const tabs = evaluatorTabs(running);
    expect(Object.keys(sealed).length).toBeGreaterThan(0);
    expect(Object.keys(tabs)).toHaveLength(9); // one per evaluator, Pat included

    const lowest = answersFor(stages.scorecard, (c) => (c.type === 'scale' ? c.min : 0));
    const attempts: Record<string, unknown[]> = {
      submitCallScores: [scores('c1', lowest), scores('c3', lowest)],
      saveScoresDraft: [scores('c1', lowest.slice(0, 1))],
      claimEvaluatorName: [{ evaluatorId: 'pat' }, { evaluatorId: 'ana' }],
    };
    const users: User[] = [ANA, BEN, DARA, PAT, STRANGER, FACILITATOR];
    let calls = 0;
    for (const [name, fn] of sidebarEntryPoints()) {
      // Closing archives the submissions to the Scores log by design; it is checked in closeSession.test.
      if (name === 'closeCurrentSession') continue;
      const known = entryCases.find((c) => c.name === name);
      const payloads = [undefined, ...(known ? [known.payload(stages.scorecard)] : []), ...(attempts[name] ?? [])];
      for (const user of users) {
        for (const payload of payloads) {
          try {
            as(running, user, () => fn(payload));
          } catch {
            // Refusals are expected; what matters is what is stored afterwards.
          }
          calls++;
        }
      }
    }
    expect(calls).toBeGreaterThan(50);
    expect(sealedRecords(running)).toEqual(sealed);
    expect(evaluatorTabs(running)).toEqual(tabs);
  });
});
