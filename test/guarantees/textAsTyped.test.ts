// Text shows as typed, whatever it starts with. The environment reads strings written into cells as
// Sheets reads what a user types (a leading = or, before words, + and - make a formula; a leading
// apostrophe is dropped), so every kind of text the add-on writes is given each of those first
// characters here and must be read back, from a cell or a note, exactly as it was typed.
import {
  EVALUATORS,
  FACILITATOR,
  answersFor,
  api,
  as,
  scores,
  sessionPayload,
  type Environment,
  environmentPerFile,
} from '../usecases/harness';

const LEADS = ["'", '+', '-', '@'] as const;

/** Each kind of text the add-on writes, starting with each leading character. */
function typed(kind: string, lead: (typeof LEADS)[number]): string {
  return `${lead}${kind} as typed`;
}

const kinds = {
  evaluatorName: (lead: (typeof LEADS)[number]) => typed('name', lead),
  callLabel: (lead: (typeof LEADS)[number]) => typed('label', lead),
  comment: (lead: (typeof LEADS)[number]) => typed('comment', lead),
  discussionNotes: (lead: (typeof LEADS)[number]) => typed('notes', lead),
  resolution: (lead: (typeof LEADS)[number]) => typed('resolution', lead),
  definition: (lead: (typeof LEADS)[number]) => typed('definition', lead),
  reason: (lead: (typeof LEADS)[number]) => typed('reason', lead),
  actionItem: (lead: (typeof LEADS)[number]) => typed('action', lead),
  actionOwner: (lead: (typeof LEADS)[number]) => typed('owner', lead),
};

interface Written {
  values: string[];
  notes: string[];
  formulas: string[];
}

function written(env: Environment): Written {
  return as(env, FACILITATOR, () => {
    const sheets = SpreadsheetApp.getActiveSpreadsheet().getSheets();
    const ranges = sheets.map((sheet) => sheet.getDataRange());
    return {
      values: ranges.flatMap((range) => range.getValues().flat()).filter((v): v is string => typeof v === 'string'),
      notes: ranges.flatMap((range) => range.getNotes().flat()).filter(Boolean),
      formulas: ranges.flatMap((range) => range.getFormulas().flat()).filter(Boolean),
    };
  });
}

describe.each(LEADS)('text starting with %s', (lead) => {
  const env = environmentPerFile();
  let before: Written;
  let after: Written;

  beforeAll(() => {
    const evaluators = EVALUATORS.slice(0, 2).map((e, i) => ({ ...e, name: i === 0 ? kinds.evaluatorName(lead) : e.name }));
    const created = as(env, FACILITATOR, () =>
      api.startSession(
        sessionPayload({
          calls: [
            { id: 'c1', label: kinds.callLabel(lead) },
            { id: 'c2', label: 'Second call' },
          ],
          evaluators,
          options: { anonymousReveal: false },
        }),
      ),
    );
    if (created.state.role !== 'facilitator') throw new Error('expected the facilitator view');
    const scorecard = created.state.scorecard;
    // The two evaluators disagree on everything, so every criterion is on the discussion agenda.
    evaluators.forEach((evaluator, i) => {
      for (const callId of ['c1', 'c2']) {
        const pick = (c: { type: string }, k: number) => (c.type === 'scale' ? 1 + ((k + i * 2) % 5) : (k + i) % 2);
        const answers = answersFor(scorecard, pick as never).map((a, k) => (k === 0 ? { ...a, comment: kinds.comment(lead) } : a));
        as(env, evaluator.email, () => api.submitCallScores(scores(callId, answers)));
      }
    });
    as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
    as(env, FACILITATOR, () =>
      api.recordDiscussionNotes({ criterionId: 'greeting', notes: kinds.discussionNotes(lead), resolution: kinds.resolution(lead) }),
    );
    as(env, FACILITATOR, () =>
      api.changeCriterionDefinition({ criterionId: 'greeting', newDefinition: kinds.definition(lead), reason: kinds.reason(lead) }),
    );
    as(env, FACILITATOR, () => api.saveSessionActionItem({ text: kinds.actionItem(lead), owner: kinds.actionOwner(lead) }));
    before = written(env);
    as(env, FACILITATOR, () => api.closeCurrentSession());
    after = written(env);
  });

  it.each(Object.keys(kinds))('%s is read back from a cell exactly as typed', (kind) => {
    const text = kinds[kind as keyof typeof kinds](lead);
    expect({ kind, found: [...before.values, ...after.values].includes(text) }).toEqual({ kind, found: true });
  });

  it('shows a comment in the Summary note exactly as typed', () => {
    expect(before.notes).toContain(kinds.comment(lead));
  });

  it('never turns any of it into a formula', () => {
    for (const formula of [...before.formulas, ...after.formulas]) expect(formula).toMatch(/^=HYPERLINK\("https:\/\//);
  });
});
