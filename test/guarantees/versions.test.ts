// Guarantee 8: a spreadsheet whose session was stored by an older version of the add-on keeps working
// after an update. The saved version-1 state is put in document properties exactly as that version
// stored it, and the add-on is then used through its entry points.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeRecord } from '../../src/adapters/chunking';
import { PropertyStore } from '../../src/adapters/propertyStore';
import { SESSION_KEY } from '../../src/state/stateStore';
import { SESSION_STATE_VERSION } from '../../src/state/sessionState';
import { api, as, environmentPerTest } from '../usecases/harness';

const savedV1 = JSON.parse(readFileSync(join(__dirname, '../fixtures/state/session-state-v1.json'), 'utf8')) as Record<string, unknown>;
/** Version 1 knew the facilitator by address only, in any case. */
const LEAD = 'lead@example.com';

const env = environmentPerTest(LEAD);

beforeEach(() => {
  as(env, LEAD, () => PropertiesService.getDocumentProperties()!.setProperties(encodeRecord(SESSION_KEY, savedV1)));
});

const storedVersion = () => as(env, LEAD, () => (PropertyStore.document().read(SESSION_KEY) as { schemaVersion: number }).schemaVersion);

describe('a session stored by version 1 of the add-on', () => {
  it('opens for its facilitator, revealed, with its finals, discussion and report link', () => {
    const view = as(env, LEAD, () => api.getSidebarState());
    if (view.role !== 'facilitator') throw new Error('the version-1 facilitator should see the facilitator view');
    expect(view.session.id).toBe('2025-10-30-a1b2c3');
    expect(view.reveal.state).toBe('done');
    expect(view.finals).toHaveLength(1);
    expect(view.discussion).toHaveLength(1);
    expect(view.report?.url).toBe('https://docs.google.com/document/d/1AbCdEf_report/edit');
    expect(view.nextScorecardVersion).toBe(2);
  });

  it('knows its evaluators by address and by the name they picked', () => {
    const ana = as(env, 'ana@example.com', () => api.getSidebarState());
    expect(ana.role === 'evaluator' && ana.form.evaluatorId).toBe('e1');
  });

  it('is saved in the current format by the next change, keeping what version 1 stored', () => {
    expect(storedVersion()).toBe(1);
    as(env, LEAD, () => api.recordFinalValue({ callId: 'c2', criterionId: 'q1', value: 0 }));
    expect(storedVersion()).toBe(SESSION_STATE_VERSION);
    const view = as(env, LEAD, () => api.getSidebarState());
    if (view.role !== 'facilitator') throw new Error('expected the facilitator view');
    expect(view.finals.map((f) => [f.callId, f.criterionId, f.value]).sort()).toEqual([
      ['c1', 'q1', 1],
      ['c2', 'q1', 0],
    ]);
    expect(view.report?.docId).toBe('1AbCdEf_report');
  });
});
