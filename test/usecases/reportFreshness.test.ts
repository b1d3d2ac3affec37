// The report knows when it is out of date: after a build, a change to finals, notes, definitions, action
// items or the session's status marks it so in the sidebar; closing can rebuild it so it says closed;
// rebuilding keeps what the facilitator wrote in the Doc under "Facilitator's notes".
import type { FacilitatorView, SidebarState } from '../../src/api/views';
import { documentLines } from '../adapters/docs/documentLines';
import { EVALUATORS, FACILITATOR, api, as, setUpSession, submitAll, environmentPerTest } from './harness';

const env = environmentPerTest();

function facilitator(state: SidebarState): FacilitatorView {
  if (state.role !== 'facilitator') throw new Error('expected the facilitator view');
  return state;
}

const outOfDate = () => facilitator(as(env, FACILITATOR, () => api.getSidebarState())).report?.outOfDate;
const build = () => as(env, FACILITATOR, () => api.buildSessionReport());
const docLines = (docId: string) => documentLines(env.documents().find((doc) => doc.id === docId)!.body);

beforeEach(() => {
  const scorecard = setUpSession(env);
  submitAll(
    env,
    scorecard,
    EVALUATORS.slice(0, 4).map((e) => e.email),
    (c, i) => (c.type === 'scale' ? 3 : i % 2),
  );
  as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
});

describe('report freshness', () => {
  it('is current right after a build, and out of date after each kind of change until rebuilt', () => {
    expect(facilitator(as(env, FACILITATOR, () => api.getSidebarState())).report).toBeNull();
    const changes: Array<[string, () => unknown]> = [
      ['a final', () => api.recordFinalValue({ callId: 'c1', criterionId: 'greeting', value: 0 })],
      ['a note', () => api.recordDiscussionNotes({ criterionId: 'greeting', notes: 'Both names are needed', resolution: 'Agreed' })],
      [
        'a definition',
        () => api.changeCriterionDefinition({ criterionId: 'greeting', newDefinition: 'Both names, first.', reason: 'Read two ways' }),
      ],
      ['an action item', () => api.saveSessionActionItem({ text: 'Retrain on greetings', owner: 'Ana Ruiz', dueDate: '2099-12-15' })],
    ];
    for (const [what, change] of changes) {
      build();
      expect({ what, before: outOfDate() }).toEqual({ what, before: false });
      const view = as(env, FACILITATOR, change) as FacilitatorView;
      expect({ what, answer: view.report?.outOfDate, sidebar: outOfDate() }).toEqual({ what, answer: true, sidebar: true });
    }
    build();
    expect(outOfDate()).toBe(false);
  });

  it('is out of date once the session closes, and closing with a rebuild makes it say closed', () => {
    const first = build();
    as(env, FACILITATOR, () => api.closeCurrentSession({ rebuildReport: true }));
    expect(outOfDate()).toBe(false);
    const lines = docLines(first.docId);
    expect(lines).toContainEqual(expect.stringMatching(/^Status: closed on /));
    expect(lines).toContainEqual(expect.stringMatching(/^Built .* from the session as it stood then: closed on /));
  });

  it('closing without a rebuild leaves the report marked out of date', () => {
    build();
    as(env, FACILITATOR, () => api.closeCurrentSession());
    expect(outOfDate()).toBe(true);
  });

  it('keeps what the facilitator wrote under "Facilitator\'s notes" when rebuilt, and replaces the rest', () => {
    const first = build();
    as(env, FACILITATOR, () => {
      const body = DocumentApp.openById(first.docId).getBody();
      body.appendParagraph('Ana will pair with Ben on greetings.');
      body.appendListItem('Revisit the hold policy in January.');
    });
    as(env, FACILITATOR, () => api.recordFinalValue({ callId: 'c1', criterionId: 'greeting', value: 0 }));
    const second = build();
    expect(second.docId).toBe(first.docId);
    const lines = docLines(first.docId);
    expect(lines[0]).toBe('= Calibration report — November calibration — 2026-11-30');
    expect(lines.filter((line) => line === '# Executive summary')).toHaveLength(1);
    expect(lines.filter((line) => line === "# Facilitator's notes")).toHaveLength(1);
    expect(lines.slice(lines.indexOf("# Facilitator's notes") + 2)).toEqual([
      'Ana will pair with Ben on greetings.',
      '- Revisit the hold policy in January.',
    ]);
  });
});
