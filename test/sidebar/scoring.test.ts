import { scoresPayloadSchema } from '../../src/api/payloads';
import { scorecardSchema, type Scorecard } from '../../src/domain/schemas';
import { answersToSend, choicesFor, draftFromAnswers, emptyDraft, parsePoints, problemsIn, sameDraft } from '../../sidebar/model/scoring';

const card: Scorecard = scorecardSchema.parse({
  id: 'card',
  name: 'Card',
  sections: [
    {
      id: 'open',
      name: 'Opening',
      criteria: [
        { id: 'greet', type: 'yes-no', question: 'Greeted?', critical: true },
        { id: 'verify', type: 'yes-no', question: 'Verified?', allowNA: false },
      ],
    },
    {
      id: 'quality',
      name: 'Quality',
      criteria: [
        {
          id: 'tone',
          type: 'scale',
          question: 'Tone?',
          min: 1,
          max: 3,
          levels: [
            { value: 1, description: 'Cold' },
            { value: 3, description: 'Warm' },
          ],
        },
        { id: 'few', type: 'points', question: 'Few points?', maxPoints: 3 },
        { id: 'many', type: 'points', question: 'Many points?', maxPoints: 20, allowNA: false },
      ],
    },
  ],
});
const criterion = (id: string) => card.sections.flatMap((s) => s.criteria).find((c) => c.id === id)!;

describe('choices offered per criterion', () => {
  it('offers Yes, No and N/A only where N/A is allowed', () => {
    expect(choicesFor(criterion('greet'))!.map((c) => c.label)).toEqual(['Yes', 'No', 'N/A']);
    expect(choicesFor(criterion('verify'))!.map((c) => c.value)).toEqual([1, 0]);
  });

  it('offers every scale level with its description', () => {
    expect(choicesFor(criterion('tone'))).toEqual([
      { value: 1, label: '1', hint: 'Cold' },
      { value: 2, label: '2', hint: '' },
      { value: 3, label: '3', hint: 'Warm' },
      { value: 'NA', label: 'N/A', hint: 'Not applicable to this call' },
    ]);
  });

  it('offers a row of points for few points and a number input for many', () => {
    expect(choicesFor(criterion('few'))!.map((c) => c.value)).toEqual([0, 1, 2, 3, 'NA']);
    expect(choicesFor(criterion('many'))).toBeNull();
  });
});

describe('points typed by hand', () => {
  it('reads whole numbers in range and treats an empty box as unanswered', () => {
    expect(parsePoints(' 12 ', criterion('many'))).toEqual({ value: 12 });
    expect(parsePoints('', criterion('many'))).toEqual({ value: null });
  });

  it('refuses fractions, words and numbers out of range with a clear message', () => {
    expect(parsePoints('2.5', criterion('many'))).toEqual({ error: 'Enter a whole number of points.' });
    expect(parsePoints('abc', criterion('many'))).toEqual({ error: 'Enter a whole number of points.' });
    expect(parsePoints('21', criterion('many'))).toEqual({ error: 'The answer must be a whole number of points from 0 to 20, not 21.' });
    expect(parsePoints('-1', criterion('many'))).toEqual({ error: 'The answer must be a whole number of points from 0 to 20, not -1.' });
  });
});

describe('what stops a draft or a submission', () => {
  it('lets a draft leave criteria unanswered but a submission must answer all, in scorecard order', () => {
    const draft = emptyDraft(card);
    draft.tone = { value: 2, comment: '' };
    expect(problemsIn(card, draft, 'draft')).toEqual([]);
    expect(problemsIn(card, draft, 'submit').map((p) => p.criterionId)).toEqual(['greet', 'verify', 'few', 'many']);
  });

  it('refuses N/A where it is not allowed and values out of range, and keeps comments that start like a formula', () => {
    const draft = emptyDraft(card);
    draft.greet = { value: 1, comment: '=IMPORTRANGE("x")' };
    draft.verify = { value: 'NA', comment: '' };
    draft.tone = { value: 4, comment: '' };
    draft.few = { value: 1, comment: 'x'.repeat(1001) };
    draft.many = { value: 20, comment: 'fine' };
    expect(problemsIn(card, draft, 'submit')).toEqual([
      { criterionId: 'verify', message: 'N/A is not allowed for this criterion.' },
      { criterionId: 'tone', message: 'The answer must be a whole number from 1 to 3, not 4.' },
      { criterionId: 'few', message: 'Keep the comment under 1000 characters.' },
    ]);
  });
});

describe('answers sent to the server', () => {
  it('sends only answered criteria, in scorecard order, with trimmed comments, in the shape the server accepts', () => {
    const draft = emptyDraft(card);
    draft.many = { value: 7, comment: '  good  ' };
    draft.greet = { value: 'NA', comment: '' };
    const answers = answersToSend(card, draft);
    expect(answers).toEqual([
      { criterionId: 'greet', value: 'NA', comment: '' },
      { criterionId: 'many', value: 7, comment: 'good' },
    ]);
    expect(scoresPayloadSchema.safeParse({ callId: 'call-1', answers }).success).toBe(true);
  });

  it('round-trips saved answers and ignores answers to criteria the scorecard no longer has', () => {
    const draft = draftFromAnswers(card, [
      { criterionId: 'tone', value: 3, comment: 'warm' },
      { criterionId: 'gone', value: 1, comment: '' },
    ]);
    expect(draft.tone).toEqual({ value: 3, comment: 'warm' });
    expect('gone' in draft).toBe(false);
    expect(answersToSend(card, draft)).toEqual([{ criterionId: 'tone', value: 3, comment: 'warm' }]);
  });

  it('tells unsaved changes apart from whitespace', () => {
    const saved = draftFromAnswers(card, [{ criterionId: 'tone', value: 3, comment: 'warm' }]);
    expect(sameDraft(saved, { ...saved, tone: { value: 3, comment: 'warm ' } })).toBe(true);
    expect(sameDraft(saved, { ...saved, tone: { value: 2, comment: 'warm' } })).toBe(false);
    expect(sameDraft(saved, { ...saved, greet: { value: 0, comment: '' } })).toBe(false);
  });
});
