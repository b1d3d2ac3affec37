import { applyDefinitionChange, proposeDefinitionChange } from '../../src/domain/definitions';
import { UserError } from '../../src/domain/errors';
import { scorecardSchema } from '../../src/domain/schemas';

const card = scorecardSchema.parse({
  id: 'card',
  name: 'Card',
  version: 3,
  sections: [
    {
      id: 's',
      name: 'Section',
      criteria: [
        { id: 'empathy', type: 'yes-no', question: 'Was the agent empathetic?', definition: 'Use judgement.' },
        { id: 'greet', type: 'yes-no', question: 'Did the agent greet?' },
      ],
    },
  ],
});
const at = '2026-12-01T10:00:00.000Z';

describe('definition changes', () => {
  it('records the old and new wording for the next version', () => {
    const change = proposeDefinitionChange(
      card,
      {
        criterionId: 'empathy',
        definition: "Yes when the agent named the customer's feeling before moving on.",
        reason: 'Evaluators split 4–4',
      },
      at,
    );
    expect(change).toEqual({
      criterionId: 'empathy',
      oldQuestion: 'Was the agent empathetic?',
      newQuestion: 'Was the agent empathetic?',
      oldDefinition: 'Use judgement.',
      newDefinition: "Yes when the agent named the customer's feeling before moving on.",
      reason: 'Evaluators split 4–4',
      fromVersion: 3,
      toVersion: 4,
      changedAt: at,
    });
  });

  it('applies a change as the next scorecard version, leaving the original untouched', () => {
    const change = proposeDefinitionChange(
      card,
      { criterionId: 'empathy', question: "Did the agent acknowledge the customer's feelings in words?", reason: 'Vague' },
      at,
    );
    const next = applyDefinitionChange(card, change);
    expect(next.version).toBe(4);
    expect(next.sections[0].criteria[0].question).toBe("Did the agent acknowledge the customer's feelings in words?");
    expect(next.sections[0].criteria[0].definition).toBe('Use judgement.');
    expect(next.sections[0].criteria[1]).toEqual(card.sections[0].criteria[1]);
    expect(card.version).toBe(3);
    expect(card.sections[0].criteria[0].question).toBe('Was the agent empathetic?');
  });

  it('refuses an unknown criterion', () => {
    expect(() => proposeDefinitionChange(card, { criterionId: 'nope', question: 'x', reason: 'y' }, at)).toThrow(
      'Criterion "nope" is not on scorecard "Card".',
    );
  });

  it('refuses a change that leaves the wording as it is', () => {
    expect(() => proposeDefinitionChange(card, { criterionId: 'greet', question: ' Did the agent greet? ', reason: 'none' }, at)).toThrow(
      'The new wording of "greet" is the same as the current wording',
    );
    const sameText = { ...proposeDefinitionChange(card, { criterionId: 'greet', definition: 'New', reason: 'r' }, at), newDefinition: '' };
    expect(() => applyDefinitionChange(card, sameText)).toThrow(UserError);
  });

  it('refuses a change without a reason', () => {
    expect(() => proposeDefinitionChange(card, { criterionId: 'greet', definition: 'New', reason: '  ' }, at)).toThrow('say why');
  });

  it('refuses a change written for another version or against wording that has since changed', () => {
    const change = proposeDefinitionChange(card, { criterionId: 'greet', definition: 'Name and company.', reason: 'r' }, at);
    const next = applyDefinitionChange(card, change);
    expect(() => applyDefinitionChange(next, change)).toThrow('takes the scorecard from version 3 to 4, but the scorecard is at version 4');
    const stale = { ...change, oldQuestion: 'Something else' };
    expect(() => applyDefinitionChange(card, stale)).toThrow('has changed since this edit was written');
  });
});
