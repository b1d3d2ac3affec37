import type { Scorecard } from '../../src/domain/schemas';
import {
  EVALUATORS,
  FACILITATOR,
  answersFor,
  api,
  as,
  documentProperties,
  failure,
  scores,
  sessionPayload,
  setUpSession,
  startEnvironment,
  submitAll,
  type Environment,
  type User,
} from './harness';

const ANA = EVALUATORS[0].email;
const STRANGER = 'stranger@example.com';
const ONLY_FACILITATOR = /Only the facilitator of "November calibration"/;

let env: Environment;
let scorecard: Scorecard;

beforeEach(() => {
  env = startEnvironment();
  scorecard = setUpSession(env);
});
afterEach(() => env.uninstall());

function refusedUnchanged(user: User, fn: () => unknown, message: RegExp): void {
  const before = documentProperties(env);
  expect(failure(env, user, fn)).toMatch(message);
  expect(documentProperties(env)).toEqual(before);
}

function reveal(): void {
  submitAll(
    env,
    scorecard,
    EVALUATORS.slice(0, 3).map((e) => e.email),
  );
  as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
}

describe('only the facilitator', () => {
  it.each([ANA, STRANGER])('can see the submission status (%s cannot)', (user) => {
    refusedUnchanged(user, () => api.getSubmissionStatus(), ONLY_FACILITATOR);
  });

  it.each([ANA, STRANGER])('can reveal the scores (%s cannot)', (user) => {
    submitAll(env, scorecard, [ANA]);
    refusedUnchanged(user, () => api.revealSessionScores({ confirm: true }), ONLY_FACILITATOR);
  });

  it.each([ANA, STRANGER])('can record a final (%s cannot)', (user) => {
    reveal();
    refusedUnchanged(user, () => api.recordFinalValue({ callId: 'c1', criterionId: 'greeting', value: 1 }), ONLY_FACILITATOR);
  });

  it.each([ANA, STRANGER])('can record the discussion (%s cannot)', (user) => {
    reveal();
    refusedUnchanged(user, () => api.recordDiscussionNotes({ criterionId: 'greeting', notes: 'x' }), ONLY_FACILITATOR);
  });

  it.each([ANA, STRANGER])('can change a definition (%s cannot)', (user) => {
    reveal();
    refusedUnchanged(
      user,
      () => api.changeCriterionDefinition({ criterionId: 'greeting', newDefinition: 'Say both names.', reason: 'Clearer' }),
      ONLY_FACILITATOR,
    );
  });

  it.each([ANA, STRANGER])('can save an action item (%s cannot)', (user) => {
    refusedUnchanged(user, () => api.saveSessionActionItem({ text: 'Retrain', owner: 'Ana Ruiz' }), ONLY_FACILITATOR);
  });

  it.each([ANA, STRANGER])('can close the session (%s cannot)', (user) => {
    reveal();
    refusedUnchanged(user, () => api.closeCurrentSession(), ONLY_FACILITATOR);
  });

  it.each([ANA, STRANGER])('can repair the session (%s cannot)', (user) => {
    refusedUnchanged(user, () => api.repairCurrentSession(), ONLY_FACILITATOR);
  });

  it.each([ANA, STRANGER])('can set up the session again (%s cannot)', (user) => {
    refusedUnchanged(user, () => api.startSession(sessionPayload({ title: 'Hijacked' })), /only its facilitator can start another session/);
  });

  it('is recognised by the token of their account when Apps Script withholds their address', () => {
    // The spreadsheet's owner, whose address Apps Script withholds (a consumer account).
    const withheld = { email: '', key: 'lead-withheld' };
    env.uninstall();
    env = startEnvironment(withheld);
    const created = as(env, withheld, () => api.startSession(sessionPayload()));
    expect(created.state.role).toBe('facilitator');
    expect(as(env, withheld, () => api.getSidebarState()).role).toBe('facilitator');
    refusedUnchanged({ email: '', key: 'someone-else' }, () => api.getSubmissionStatus(), ONLY_FACILITATOR);
  });
});

describe('the facilitator', () => {
  it('may replace the session before anyone saved a score, but never discards one', () => {
    const replaced = as(env, FACILITATOR, () => api.startSession(sessionPayload({ title: 'Corrected title' })));
    expect(replaced.state.role === 'facilitator' && replaced.state.session.title).toBe('Corrected title');
    as(env, ANA, () => api.saveScoresDraft(scores('c1', answersFor(scorecard).slice(0, 1))));
    refusedUnchanged(FACILITATOR, () => api.startSession(sessionPayload()), /already has saved scores/);
  });

  it('may also score, as an evaluator listed with their address', () => {
    env.uninstall();
    env = startEnvironment();
    const lead = { id: 'lee', name: 'Lee Facilitator', email: FACILITATOR, role: 'supervisor' as const, seniority: 7 };
    scorecard = setUpSession(env, { evaluators: [...EVALUATORS.slice(0, 7).map((e) => ({ ...e })), lead] });
    const form = as(env, FACILITATOR, () => api.submitCallScores(scores('c1', answersFor(scorecard))));
    expect(form.evaluatorId).toBe('lee');
    const view = as(env, FACILITATOR, () => api.getSidebarState());
    expect(view.role === 'facilitator' && view.asEvaluator?.callsSubmitted).toBe(1);
  });
});

describe('an evaluator', () => {
  it('cannot change a submission after the reveal, by submitting or by saving a draft', () => {
    reveal();
    refusedUnchanged(
      ANA,
      () =>
        api.submitCallScores(
          scores(
            'c1',
            answersFor(scorecard, () => 0 as never),
          ),
        ),
      /have been revealed/,
    );
    refusedUnchanged(ANA, () => api.saveScoresDraft(scores('c1', [])), /have been revealed/);
    const view = as(env, ANA, () => api.getSidebarState());
    expect(view.role === 'evaluator' && view.form.canEdit).toBe(false);
  });

  it('reads only their own answers', () => {
    submitAll(env, scorecard, [ANA, EVALUATORS[1].email]);
    const view = as(env, ANA, () => api.getSidebarState());
    expect(view.role).toBe('evaluator');
    if (view.role !== 'evaluator') return;
    expect(view.form.evaluatorId).toBe('ana');
    expect(view.agenda).toEqual([]);
    expect(Object.keys(view).sort()).toEqual([
      'agenda',
      'agreed',
      'attendance',
      'calibration',
      'form',
      'nextSession',
      'role',
      'session',
      'signedInAs',
      'startMessage',
    ]);
    // Nothing of the register before the reveal.
    expect([view.attendance, view.agreed]).toEqual([null, null]);
    expect(view.signedInAs).toEqual({ email: 'ana@example.com', withheld: false });
    expect(view.calibration).toBeNull();
    expect(view.nextSession).toBeNull();
  });
});
