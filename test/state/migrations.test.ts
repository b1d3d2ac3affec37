import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrateSessionState } from '../../src/state/migrations';
import { SESSION_STATE_VERSION, isRevealComplete, sessionStateSchema } from '../../src/state/sessionState';

const savedV1 = (): unknown => JSON.parse(readFileSync(join(__dirname, '../fixtures/state/session-state-v1.json'), 'utf8'));

describe('stored session state versions', () => {
  it('lifts a state saved by version 1 to the current version', () => {
    const state = migrateSessionState(savedV1());
    expect(state.schemaVersion).toBe(SESSION_STATE_VERSION);
    expect(sessionStateSchema.safeParse(state).success).toBe(true);
    expect(state.facilitator).toEqual({ email: 'lead@example.com', tokenHash: '' });
    expect(state.claims).toEqual([{ evaluatorId: 'e3', tokenHash: 'a'.repeat(64), claimedAt: '2025-10-20T09:00:00.000Z' }]);
    expect(state.report).toEqual({
      docId: '1AbCdEf_report',
      url: 'https://docs.google.com/document/d/1AbCdEf_report/edit',
      builtAt: '2025-10-30T15:00:00.000Z',
    });
    // A revealed version-1 session was revealed in one go, so nothing needs re-running.
    expect(isRevealComplete(state)).toBe(true);
    expect(state.close).toBeNull();
  });

  it('rebuilds the next scorecard version from the logged definition changes', () => {
    const state = migrateSessionState(savedV1());
    expect(state.session.scorecard.version).toBe(1);
    expect(state.nextScorecard.version).toBe(2);
    const q2 = state.nextScorecard.sections.flatMap((s) => s.criteria).find((c) => c.id === 'q2')!;
    expect(q2.question).toBe('Did the agent verify the account?');
    expect(q2.definition).toBe('Two identifiers checked before any account detail is shared.');
  });

  it('keeps the current version as it is and refuses unknown or damaged versions clearly', () => {
    const current = migrateSessionState(savedV1());
    expect(migrateSessionState(JSON.parse(JSON.stringify(current)))).toEqual(current);
    expect(() => migrateSessionState({ ...current, schemaVersion: 99 })).toThrow(/newer version of the add-on/);
    expect(() => migrateSessionState({ schemaVersion: 1, session: {} })).toThrow(/Stored session \(version 1\)/);
  });

  it('keeps the points scoring rule for sessions stored before the rule was recorded, and a recorded rule as it is', () => {
    expect(migrateSessionState(savedV1()).session.scoringRule).toBe('points');
    const current = migrateSessionState(savedV1());
    const { scoringRule: _rule, ...storedWithoutRule } = current.session;
    expect(migrateSessionState({ ...current, session: storedWithoutRule }).session.scoringRule).toBe('points');
    const recorded = { ...current, session: { ...current.session, scoringRule: 'section-shares' } };
    expect(migrateSessionState(JSON.parse(JSON.stringify(recorded))).session.scoringRule).toBe('section-shares');
  });
});
