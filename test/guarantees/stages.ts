// The session at each stage of its life, saved once and restored for every check, and a plausible
// payload for every entry point of the add-on at the stage where it does its work. The guarantees are
// checked against this table, so an action added to the action table must be added here too.
import type { Scorecard } from '../../src/domain/schemas';
import type { ActionName } from '../../src/api/actions';
import {
  CALLS,
  EVALUATORS,
  FACILITATOR,
  answersFor,
  api,
  as,
  scores,
  sessionPayload,
  submitAll,
  withEnvironment,
  type Environment,
  type TestEnvironment,
  type User,
} from '../usecases/harness';

export const ANA = EVALUATORS[0].email;
export const BEN = EVALUATORS[1].email;
/** Dara has not submitted when the scores are revealed. */
export const DARA = EVALUATORS[3].email;
export const STRANGER = 'stranger@example.com';
/** A partner whose address Apps Script withholds; listed as "pat" with no address. */
export const PAT = { email: '', key: 'pat-private-key' };

export type Stage = 'empty' | 'scoring' | 'claimed' | 'revealed' | 'reported';

export type EntryName = ActionName;

export interface EntryCase {
  name: EntryName;
  /** Whether it stores anything or writes to the sheets or the report (and so must hold the document lock). */
  writes: boolean;
  /** The stage at which the payload below does its work. */
  stage: Stage;
  user: User;
  payload: (scorecard: Scorecard) => unknown;
}

export const entryCases: readonly EntryCase[] = [
  { name: 'getSidebarState', writes: false, stage: 'scoring', user: ANA, payload: () => undefined },
  { name: 'checkSessionTabs', writes: false, stage: 'scoring', user: FACILITATOR, payload: () => undefined },
  { name: 'getPresets', writes: false, stage: 'empty', user: FACILITATOR, payload: () => undefined },
  { name: 'startSession', writes: true, stage: 'empty', user: FACILITATOR, payload: () => sessionWithPat() },
  { name: 'createScorecardTemplateTab', writes: true, stage: 'empty', user: FACILITATOR, payload: () => ({ template: 'blank' }) },
  { name: 'claimEvaluatorName', writes: true, stage: 'scoring', user: PAT, payload: () => ({ evaluatorId: 'pat' }) },
  { name: 'undoEvaluatorClaim', writes: true, stage: 'claimed', user: FACILITATOR, payload: () => ({ evaluatorId: 'pat' }) },
  { name: 'saveScoresDraft', writes: true, stage: 'scoring', user: DARA, payload: (s) => scores('c1', answersFor(s).slice(0, 2)) },
  { name: 'submitCallScores', writes: true, stage: 'scoring', user: DARA, payload: (s) => scores('c1', answersFor(s)) },
  { name: 'getSubmissionStatus', writes: true, stage: 'scoring', user: FACILITATOR, payload: () => undefined },
  { name: 'revealSessionScores', writes: true, stage: 'scoring', user: FACILITATOR, payload: () => ({ confirm: true }) },
  {
    name: 'saveSessionActionItem',
    writes: true,
    stage: 'scoring',
    user: FACILITATOR,
    payload: () => ({ text: 'Coach on holds', owner: 'Ana Ruiz' }),
  },
  { name: 'repairCurrentSession', writes: true, stage: 'scoring', user: FACILITATOR, payload: () => undefined },
  {
    name: 'recordFinalValue',
    writes: true,
    stage: 'revealed',
    user: FACILITATOR,
    payload: () => ({ callId: 'c1', criterionId: 'greeting', value: 0 }),
  },
  {
    name: 'recordDiscussionNotes',
    writes: true,
    stage: 'revealed',
    user: FACILITATOR,
    payload: () => ({ criterionId: 'greeting', notes: 'Read two ways', resolution: 'Both names' }),
  },
  {
    name: 'changeCriterionDefinition',
    writes: true,
    stage: 'revealed',
    user: FACILITATOR,
    payload: () => ({ criterionId: 'greeting', newDefinition: 'Both names, before the reason for the call.', reason: 'Read two ways' }),
  },
  {
    name: 'markSessionAttendance',
    writes: true,
    stage: 'revealed',
    user: FACILITATOR,
    payload: () => ({ evaluatorId: 'dara', status: 'apologies' }),
  },
  { name: 'buildSessionReport', writes: true, stage: 'revealed', user: FACILITATOR, payload: () => ({}) },
  { name: 'shareSessionReport', writes: true, stage: 'reported', user: FACILITATOR, payload: () => ({ managers: ['boss@example.com'] }) },
  { name: 'closeCurrentSession', writes: true, stage: 'revealed', user: FACILITATOR, payload: () => ({}) },
  // Email only: nothing stored, no sheet touched, so no read-modify-write to lock.
  { name: 'sendInvitations', writes: false, stage: 'scoring', user: FACILITATOR, payload: () => undefined },
  { name: 'sendReminders', writes: false, stage: 'scoring', user: FACILITATOR, payload: () => undefined },
  // Reads only: findings about the spreadsheet, nothing stored.
  { name: 'checkThisSpreadsheet', writes: false, stage: 'scoring', user: FACILITATOR, payload: () => undefined },
];

/** The entry points the sidebar can call, by name; a name missing from entryCases fails the check below. */
export function sidebarEntryPoints(): Array<[string, (payload?: unknown) => unknown]> {
  return Object.entries(api);
}

export function call(name: EntryName, payload: unknown): unknown {
  return api[name](payload);
}

/** The standard session plus Pat, a partner with no address who picks their own name. */
export function sessionWithPat() {
  return sessionPayload({
    evaluators: [...EVALUATORS.map((e) => ({ ...e })), { id: 'pat', name: 'Pat Partner', email: '', role: 'bpo-partner', seniority: 1 }],
  });
}

/**
 * Sheets lay a tab out 1000 rows deep, and the Scorecard's dropdowns fill them all; trimming it to the
 * rows it uses (as anyone may) keeps snapshots small, so restoring one for every check stays quick.
 */
export function trimScorecardTab(env: Environment): void {
  as(env, FACILITATOR, () => {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Scorecard')!;
    const keep = sheet.getLastRow() + 1;
    if (sheet.getMaxRows() > keep) sheet.deleteRows(keep + 1, sheet.getMaxRows() - keep);
  });
}

export interface Stages {
  scorecard: Scorecard;
  snapshots: Record<Stage, ReturnType<Environment['snapshot']>>;
}

/**
 * Every stage, built once: nothing yet; scoring with Ana, Ben and Chen submitted (Dara has not, Pat has
 * not picked their name); the same with Pat's name picked; revealed; revealed with the report built.
 */
export function buildStages(): Stages {
  const built = withEnvironment(FACILITATOR, (env) => {
    const empty = env.snapshot();
    const created = as(env, FACILITATOR, () => api.startSession(sessionWithPat()));
    if (created.state.role !== 'facilitator') throw new Error('the creator should see the facilitator view');
    const scorecard = created.state.scorecard;
    trimScorecardTab(env);
    submitAll(env, scorecard, [ANA, BEN, EVALUATORS[2].email], (c, i) => (c.type === 'scale' ? 1 + (i % 5) : i % 2));
    const scoring = env.snapshot();
    as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
    const revealed = env.snapshot();
    as(env, FACILITATOR, () => api.buildSessionReport({}));
    return { scorecard, empty, scoring, revealed, reported: env.snapshot() };
  });
  // Scoring, with Pat's name picked: what the facilitator can undo.
  const claimed = withEnvironment({ state: built.scoring }, (claiming) => {
    as(claiming, PAT, () => api.claimEvaluatorName({ evaluatorId: 'pat' }));
    return claiming.snapshot();
  });
  const { scorecard, ...snapshots } = built;
  return { scorecard, snapshots: { ...snapshots, claimed } };
}

/** Starts the test's environment again at `stage`, and hands it back. */
export function atStage(env: TestEnvironment, stages: Stages, stage: Stage): TestEnvironment {
  env.restart({ state: stages.snapshots[stage] });
  return env;
}

/** Runs `fn` in an environment of its own at `stage`, removed afterwards whatever happens. */
export function inStage<T>(stages: Stages, stage: Stage, fn: (env: Environment) => T): T {
  return withEnvironment({ state: stages.snapshots[stage] }, fn);
}

/** Everything a failed call could have half-written: document properties, every sheet, every Doc. */
export function footprint(env: Environment): string {
  const properties = as(env, FACILITATOR, () => PropertiesService.getDocumentProperties()!.getProperties());
  const sheets = as(env, FACILITATOR, () =>
    SpreadsheetApp.getActiveSpreadsheet()
      .getSheets()
      .map((sheet) => {
        const range = sheet.getDataRange();
        return {
          name: sheet.getName(),
          hidden: sheet.isSheetHidden(),
          values: range.getValues().map((row) => row.map((v) => (v instanceof Date ? v.toISOString() : v))),
          formulas: range.getFormulas(),
          formats: range.getNumberFormats(),
        };
      }),
  );
  const documents = env.documents().map((doc) => ({ id: doc.id, viewers: doc.viewers, body: doc.body }));
  return JSON.stringify({ properties, sheets, documents });
}

export { CALLS, EVALUATORS, FACILITATOR };
