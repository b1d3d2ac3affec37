// Invitations and reminders, run through the action table against in-memory ports: one email per
// evaluator with an address, sent only when the facilitator asks; each failure (a refused address, the
// daily quota) is reported without stopping the others.
import type { Scorecard } from '../../../src/domain/schemas';
import { memorySession, submitAllIn, type MemoryPorts } from '../../support/memoryServices';
import { CALLS, EVALUATORS, FACILITATOR, answersFor, scores } from '../../support/sessionData';

const PAT = { id: 'pat', name: 'Pat Partner', email: '', role: 'bpo-partner' as const, seniority: 1 };
const emails = EVALUATORS.map((e) => e.email as string);

let ports: MemoryPorts;
let scorecard: Scorecard;

beforeEach(() => {
  ({ ports, scorecard } = memorySession({ evaluators: [...EVALUATORS.map((e) => ({ ...e })), PAT] }));
});

describe('invitations', () => {
  it('email each evaluator with an address the spreadsheet link, the calls and the deadline, storing nothing', () => {
    const stored = ports.snapshot();
    const result = ports.run(FACILITATOR, 'sendInvitations');
    expect(result).toEqual({
      kind: 'invitation',
      sent: emails,
      failed: [],
      withoutAddress: ['Pat Partner'],
      alreadySubmitted: [],
      remainingQuota: 100 - emails.length,
    });
    expect(ports.sent.map((m) => m.to)).toEqual(emails);
    const ana = ports.sent[0]!;
    expect(ana.subject).toBe('Calibration "November calibration": please score 3 calls by 2026-11-28 17:00 UTC');
    expect(ana.body).toContain('Hello Ana Ruiz,');
    expect(ana.body).toContain(`The spreadsheet: ${ports.workbook.spreadsheetUrl()}`);
    for (const call of CALLS) expect(ana.body).toContain(`- ${call.label}: ${call.recordingUrl}`);
    expect(ana.body).toContain('by 2026-11-28 17:00 UTC');
    expect(ports.snapshot()).toBe(stored);
  });

  it('report who was not emailed when the daily quota runs out, and a refused address without stopping the others', () => {
    ports.mail.quota = 6;
    ports.mail.refused.set(emails[1]!, 'Invalid email: ben@example.com');
    const result = ports.run(FACILITATOR, 'sendInvitations');
    expect(result.sent).toEqual([emails[0], ...emails.slice(2, 7)]);
    expect(result.failed).toEqual([
      { email: emails[1], reason: expect.stringMatching(/did not send it \(Invalid email: ben@example.com\)/) },
      { email: emails[7], reason: expect.stringMatching(/daily email quota .* is used up/) },
    ]);
    expect(result.remainingQuota).toBe(0);
    expect(ports.sent).toHaveLength(6);
  });

  it('are sent by the facilitator only, and only while scoring is open', () => {
    expect(ports.refusal(emails[0]!, 'sendInvitations')).toMatch(/Only the facilitator/);
    expect(ports.refusal(emails[0]!, 'sendReminders')).toMatch(/Only the facilitator/);
    expect(ports.refusal(FACILITATOR, 'sendInvitations', { to: 'everyone' })).toMatch(/Sending the invitations takes no details/);
    submitAllIn(ports, scorecard, emails.slice(0, 2));
    ports.run(FACILITATOR, 'revealSessionScores', { confirm: true });
    expect(ports.refusal(FACILITATOR, 'sendInvitations')).toMatch(/revealed/);
    expect(ports.refusal(FACILITATOR, 'sendReminders')).toMatch(/revealed/);
    expect(ports.sent).toEqual([]);
  });
});

describe('reminders', () => {
  it('go to the evaluators who have not submitted every call, naming the calls still to submit', () => {
    submitAllIn(ports, scorecard, emails.slice(0, 6));
    ports.run(emails[6]!, 'submitCallScores', scores('c1', answersFor(scorecard)));
    ports.run(emails[6]!, 'saveScoresDraft', scores('c2', answersFor(scorecard).slice(0, 2)));
    const result = ports.run(FACILITATOR, 'sendReminders');
    expect(result).toMatchObject({
      kind: 'reminder',
      sent: emails.slice(6),
      failed: [],
      withoutAddress: ['Pat Partner'],
      alreadySubmitted: EVALUATORS.slice(0, 6).map((e) => e.name),
    });
    const [gus, hana] = ports.sent;
    expect(gus!.subject).toBe('Reminder: score the calls of "November calibration" by 2026-11-28 17:00 UTC');
    expect(gus!.body).not.toContain(CALLS[0]!.label);
    expect(gus!.body).toContain(`- ${CALLS[1]!.label}: ${CALLS[1]!.recordingUrl}`);
    expect(gus!.body).toContain(`- ${CALLS[2]!.label}: ${CALLS[2]!.recordingUrl}`);
    for (const call of CALLS) expect(hana!.body).toContain(`- ${call.label}`);
  });
});
