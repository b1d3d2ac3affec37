import { saveActionItemPayloadSchema, shareReportPayloadSchema } from '../../src/api/payloads';
import {
  actionItemPayload,
  actionItemProblems,
  blankActionItem,
  definitionProblems,
  ownerSuggestions,
  parseEmailList,
  sharePayload,
} from '../../sidebar/model/followUp';
import type { SessionOverview } from '../../src/api/views';

describe('action items', () => {
  it('needs an action and a named owner, and a real date when one is given', () => {
    expect(actionItemProblems(blankActionItem())).toEqual(['Describe the action.', 'Every action needs a named owner.']);
    expect(actionItemProblems({ ...blankActionItem(), text: 'Retrain', owner: 'Ana', dueDate: '2026-02-30' })).toEqual([
      'Enter the due date as a date from 2000 to 2100.',
    ]);
    expect(actionItemProblems({ ...blankActionItem(), text: 'Retrain', owner: 'Ana', dueDate: '2026-12-15' })).toEqual([]);
  });

  it('sends a new item without an id and an edited one with it, as the server accepts', () => {
    const added = actionItemPayload({ ...blankActionItem(), text: ' Retrain on disclosures ', owner: ' Ana ' });
    expect(added).toEqual({ text: 'Retrain on disclosures', owner: 'Ana', dueDate: '', status: 'open', criterionId: '' });
    expect(saveActionItemPayloadSchema.safeParse(added).success).toBe(true);
    const edited = actionItemPayload({ ...blankActionItem(), id: 'act-1', text: 'x', owner: 'y', status: 'done' });
    expect(edited.id).toBe('act-1');
    expect(saveActionItemPayloadSchema.safeParse(edited).success).toBe(true);
  });

  it('suggests the facilitator and evaluators as owners, each once', () => {
    const session = {
      facilitatorName: 'Fiona',
      evaluators: [
        { id: 'ev-1', name: 'Ana', role: 'qa-analyst', seniority: 1 },
        { id: 'ev-2', name: 'Fiona', role: 'manager', seniority: 5 },
      ],
    } as unknown as SessionOverview;
    expect(ownerSuggestions(session)).toEqual(['Fiona', 'Ana']);
  });
});

describe('definition changes', () => {
  const current = { question: 'Greeted?', definition: 'Said hello.' };
  it('needs a new wording and a reason', () => {
    expect(definitionProblems({ newQuestion: '', newDefinition: '', reason: '' }, current)).toEqual([
      'Write the new definition.',
      'Say why the definition changed.',
    ]);
    expect(definitionProblems({ newQuestion: '', newDefinition: 'Said hello. ', reason: 'unclear' }, current)).toEqual([
      'The new wording is the same as the current one.',
    ]);
    expect(definitionProblems({ newQuestion: 'Greeted by name?', newDefinition: 'Said hello.', reason: 'unclear' }, current)).toEqual([]);
  });
});

describe('sharing the report', () => {
  it('reads managers separated by commas, semicolons, spaces or lines, once each', () => {
    expect(parseEmailList('a@x.com, b@y.org;\nA@x.com  c@z.io')).toEqual({ emails: ['a@x.com', 'b@y.org', 'c@z.io'], invalid: [] });
    expect(parseEmailList('a@x.com, bob')).toEqual({ emails: ['a@x.com'], invalid: ['bob'] });
  });

  it('refuses a list with a bad address, or nobody to share with', () => {
    expect(sharePayload(true, 'bob')).toEqual({ error: 'Not an email address: bob.' });
    expect(sharePayload(false, '')).toEqual({ error: 'Choose the participants, or enter at least one manager.' });
    const ok = sharePayload(true, 'm@corp.com');
    expect(ok).toEqual({ payload: { includeParticipants: true, managers: ['m@corp.com'] } });
    if ('payload' in ok) expect(shareReportPayloadSchema.safeParse(ok.payload).success).toBe(true);
  });
});
