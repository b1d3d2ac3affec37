import { scorecardSchema } from '../../src/domain/schemas';
import { callStateText, formatDay, formatWhen, valueLabel } from '../../sidebar/model/format';

const card = scorecardSchema.parse({
  id: 'c',
  name: 'C',
  sections: [
    {
      id: 's',
      name: 'S',
      criteria: [
        { id: 'yn', type: 'yes-no', question: 'Q?' },
        { id: 'sc', type: 'scale', question: 'Q?', min: 1, max: 5, levels: [{ value: 4, description: 'Good' }] },
        { id: 'pt', type: 'points', question: 'Q?', maxPoints: 10 },
      ],
    },
  ],
});
const [yn, sc, pt] = card.sections[0]!.criteria;

describe('answers in words', () => {
  it('reads each kind of value', () => {
    expect(valueLabel(yn!, 1)).toBe('Yes');
    expect(valueLabel(yn!, 0)).toBe('No');
    expect(valueLabel(yn!, 'NA')).toBe('N/A');
    expect(valueLabel(yn!, null)).toBe('Not answered');
    expect(valueLabel(sc!, 4)).toBe('4 – Good');
    expect(valueLabel(sc!, 3)).toBe('3');
    expect(valueLabel(pt!, 7)).toBe('7 of 10 points');
  });
});

describe('dates in words', () => {
  it('formats instants in local time and calendar dates as dates', () => {
    const local = new Date(2026, 10, 30, 14, 3);
    expect(formatWhen(local.toISOString())).toBe('30 Nov 2026, 14:03');
    expect(formatWhen('')).toBe('');
    expect(formatWhen('soon')).toBe('');
    expect(formatDay('2026-12-07')).toBe('Mon 7 Dec 2026');
  });

  it('says where a call of the form stands', () => {
    const at = new Date(2026, 10, 30, 14, 3).toISOString();
    expect(callStateText({ state: 'not-started', submittedAt: '', draftSavedAt: '' })).toBe('Not started');
    expect(callStateText({ state: 'submitted', submittedAt: at, draftSavedAt: '' })).toBe('Submitted at 30 Nov 2026, 14:03');
    expect(callStateText({ state: 'draft', submittedAt: '', draftSavedAt: at })).toBe('Draft saved 30 Nov 2026, 14:03 · not submitted');
    expect(callStateText({ state: 'revising', submittedAt: at, draftSavedAt: at })).toMatch(
      /^Submitted at .* · a newer draft is not submitted yet$/,
    );
  });
});
