// What decides whether a real session works and used to pass every test unseen: a facilitator who edits
// through a Google Group, a spreadsheet on a shared drive, and a Doc the add-on may not share.
import {
  EVALUATORS,
  FACILITATOR,
  answersFor,
  api,
  as,
  failure,
  scores,
  sessionPayload,
  submitAll,
  environmentPerTest,
  type Environment,
} from './harness';

const OWNER = 'owner@example.com';

const env = environmentPerTest(OWNER);

function protectionEditors(env: Environment): Record<string, string[]> {
  return as(env, OWNER, () =>
    Object.fromEntries(
      SpreadsheetApp.getActiveSpreadsheet()
        .getProtections(SpreadsheetApp.ProtectionType.SHEET)
        .map((protection) => [protection.getRange().getSheet().getName(), protection.getEditors().map((user) => user.getEmail())]),
    ),
  );
}

describe('a facilitator whose access comes through a Google Group', () => {
  it('sets up the evaluator tabs: the facilitator is added before the group is removed', () => {
    env.drive.defineGroup('qa-leads@example.com', [FACILITATOR]);
    env.drive.shareForEditing('qa-leads@example.com', ...EVALUATORS.map((e) => e.email));
    const created = as(env, FACILITATOR, () => api.startSession(sessionPayload()));
    expect(created.state.role).toBe('facilitator');

    const editors = protectionEditors(env);
    const tabs = Object.entries(editors);
    expect(tabs).toHaveLength(EVALUATORS.length);
    for (const [, list] of tabs) {
      expect(list).toContain(FACILITATOR);
      expect(list).not.toContain('qa-leads@example.com');
      // An anonymous session (the default) names no evaluator on their tab's protection.
      expect(list.filter((email) => email !== OWNER && email !== FACILITATOR)).toEqual([]);
    }
  });

  it('can repair the tabs again later, still through the group', () => {
    env.drive.defineGroup('qa-leads@example.com', [FACILITATOR]);
    env.drive.shareForEditing('qa-leads@example.com');
    as(env, FACILITATOR, () => api.startSession(sessionPayload()));
    const repaired = as(env, FACILITATOR, () => api.repairCurrentSession());
    expect(repaired.state.role).toBe('facilitator');
  });
});

describe('a spreadsheet on a shared drive (getOwner() is null)', () => {
  it('runs a session for a facilitator whose address Google shares', () => {
    env.drive.moveToSharedDrive();
    expect(as(env, FACILITATOR, () => SpreadsheetApp.getActiveSpreadsheet().getOwner())).toBeNull();
    const created = as(env, FACILITATOR, () => api.startSession(sessionPayload()));
    expect(created.state.role).toBe('facilitator');
  });

  it('tells a facilitator whose address is withheld who can start the session instead', () => {
    env.drive.moveToSharedDrive();
    const hidden = { email: '', key: 'partner-key' };
    expect(failure(env, hidden, () => api.startSession(sessionPayload()))).toMatch(
      /shared drive.*ask a colleague whose address Google shares/,
    );
  });
});

describe('sharing the report when Google asks for more than the documents scope', () => {
  it('says to share the Doc by hand, with its link, instead of failing address by address', () => {
    const scorecard = as(env, OWNER, () => api.startSession(sessionPayload({ facilitatorName: 'Owner' }))).state;
    expect(scorecard.role).toBe('facilitator');
    if (scorecard.role !== 'facilitator') return;
    submitAll(env, scorecard.scorecard);
    as(env, OWNER, () => api.revealSessionScores({ confirm: true }));
    const built = as(env, OWNER, () => api.buildSessionReport());
    // Google's reference does not say which scope Document.addViewer needs: model the stricter reading.
    env.oauth.requireForCall('DocumentApp.Document.addViewer', ['https://www.googleapis.com/auth/drive']);
    const message = failure(env, OWNER, () => api.shareSessionReport({ managers: ['boss@example.com'] }));
    expect(message).toMatch(/share it yourself with its Share button/);
    expect(message).toContain(built.url);
    expect(env.documents()[0]!.viewers).toEqual([]);
  });
});

describe('outside a spreadsheet (no document lock, no document properties)', () => {
  it('refuses with a plain message instead of failing on null', () => {
    env.restart({ owner: OWNER, container: 'standalone' });
    expect(failure(env, OWNER, () => api.startSession(sessionPayload()))).toMatch(/Open this from a spreadsheet/);
  });
});

describe('an evaluator whose consumer account Google does not name to the add-on', () => {
  it('picks their name once and scores, when listed without an address', () => {
    env.restart({ owner: OWNER, developer: 'dev@example.com' });
    const evaluators = [
      { id: 'ana', name: 'Ana Ruiz', email: 'ana@example.com', role: 'qa-analyst', seniority: 1 },
      { id: 'gil', name: 'Gil Moreno', email: '', role: 'bpo-partner', seniority: 2 },
    ] as const;
    const created = as(env, OWNER, () => api.startSession(sessionPayload({ evaluators: evaluators.map((e) => ({ ...e })) })));
    if (created.state.role !== 'facilitator') throw new Error('expected the facilitator view');
    const claimed = as(env, 'gil@gmail.com', () => api.claimEvaluatorName({ evaluatorId: 'gil' }));
    expect(claimed.role).toBe('evaluator');
    const form = as(env, 'gil@gmail.com', () =>
      api.submitCallScores(scores('c1', answersFor(created.state.role === 'facilitator' ? created.state.scorecard : (undefined as never)))),
    );
    expect(form.evaluatorId).toBe('gil');
  });
});
