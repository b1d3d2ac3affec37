import * as z from 'zod/mini';
import { createSessionPayloadSchema, noPayloadSchema, saveActionItemPayloadSchema, shareReportPayloadSchema } from '../../src/api/payloads';
import { parseWith } from '../../src/domain/errors';
import { field } from '../../src/domain/schemas';

const schema = z.strictObject({
  title: field(z.string().check(z.minLength(1, 'must not be empty')), 'Session title', 'text of at most 120 characters'),
  calls: z.array(z.strictObject({ id: z.string() })),
});

function messageOf(value: unknown, s: z.ZodMiniType = schema, what = 'New session'): string {
  try {
    parseWith(s, value, what);
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

const base = {
  title: 'November',
  sessionDate: '2026-11-30',
  scoringDeadline: '2026-11-28T17:00:00.000Z',
  facilitatorName: 'Lee',
  scorecard: { source: 'preset', presetId: 'general' },
  calls: [{ id: 'c1', label: 'Billing dispute' }],
  evaluators: [{ id: 'ana', name: 'Ana Ruiz', email: 'ana@example.com', role: 'qa-analyst', seniority: 1 }],
};

describe('validation messages', () => {
  it("names each field as the form does, with what it accepts, never in the validator's words", () => {
    expect(messageOf({ calls: 'two' })).toBe('New session: Session title is missing; Calls must be a list');
    expect(messageOf({ title: 5, calls: [{ id: 5 }] })).toBe(
      'New session: Session title must be text of at most 120 characters; Call 1: Id must be text',
    );
    expect(messageOf({ title: '', calls: [] })).toBe('New session: Session title must not be empty');
  });

  it('names unexpected fields, at the top and inside', () => {
    expect(messageOf({ title: 'x', calls: [], evil: 1 })).toBe('New session has an unexpected field "evil": the form does not send it');
    expect(messageOf({ title: 'x', calls: [{ id: 'a', evaluatorId: 'b', x: 1 }] })).toBe(
      'New session: Call 1 has unexpected fields "evaluatorId", "x": the form does not send them',
    );
  });

  it('says the range a number must lie in, and names the list entry as typed', () => {
    const evaluator = (over: object) => ({ ...base, evaluators: [{ ...base.evaluators[0], ...over }] });
    for (const seniority of [0, 11, 2.5, Number.NaN, '3']) {
      expect(messageOf(evaluator({ seniority }), createSessionPayloadSchema)).toBe(
        'New session: Evaluator 1 (Ana Ruiz): Seniority must be a whole number from 1 to 10',
      );
    }
    expect(messageOf({ ...base, options: { varianceTarget: 5e-324 } }, createSessionPayloadSchema)).toBe(
      'New session: Variance target must be a number of points from 0.5 to 50',
    );
  });

  it('keeps dates within 2000–2100, so every date written can be read back', () => {
    for (const callDate of ['0000-01-01', '9999-12-31', '1899-12-30', '2026-02-30', 'tomorrow']) {
      expect(messageOf({ ...base, calls: [{ id: 'c1', label: 'Billing dispute', callDate }] }, createSessionPayloadSchema)).toBe(
        'New session: Call 1 (Billing dispute): Call date must be a date from 1 January 2000 to 31 December 2100',
      );
    }
    expect(messageOf({ text: 'Coach', owner: 'Ana', dueDate: '0000-01-01' }, saveActionItemPayloadSchema, 'Action item')).toBe(
      'Action item: Due date must be a date from 1 January 2000 to 31 December 2100',
    );
    expect(messageOf({ ...base, calls: [{ id: 'c1', label: 'B', callDate: '2100-12-31' }] }, createSessionPayloadSchema)).toBe('accepted');
  });

  it('names limits on counts, and says plainly that an internationalised address is not supported', () => {
    expect(messageOf({ managers: Array.from({ length: 51 }, (_, i) => `m${i}@example.com`) }, shareReportPayloadSchema, 'Sharing')).toBe(
      "Sharing: Managers' emails can have at most 50 addresses",
    );
    expect(messageOf({ managers: ['user@bücher.de'] }, shareReportPayloadSchema, 'Sharing')).toMatch(
      /^Sharing: Managers' emails, address 1: an address with letters outside a–z \(such as bücher\.de\) is not supported/,
    );
    expect(messageOf({ managers: ['user@xn--bcher-kva.de'] }, shareReportPayloadSchema, 'Sharing')).toBe('accepted');
  });

  it('says when an action takes no details', () => {
    expect(messageOf({ a: 1 }, noPayloadSchema, 'Closing the session')).toBe('Closing the session takes no details, but some were sent');
    expect(messageOf(undefined, noPayloadSchema, 'Closing the session')).toBe('accepted');
  });
});
