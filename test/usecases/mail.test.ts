// Invitations and reminders: one email per evaluator with an address, sent only when the facilitator
// asks; each failure (a refused address, the daily quota) is reported without stopping the others.
import type { Scorecard } from '../../src/domain/schemas';
import {
  CALLS,
  EVALUATORS,
  FACILITATOR,
  answersFor,
  api,
  as,
  documentProperties,
  failure,
  scores,
  setUpSession,
  startEnvironment,
  submitAll,
  type Environment,
} from './harness';

let env: Environment;
let scorecard: Scorecard;
const PAT = { id: 'pat', name: 'Pat Partner', email: '', role: 'bpo-partner' as const, seniority: 1 };
const emails = EVALUATORS.map((e) => e.email as string);

beforeEach(() => {
  env = startEnvironment();
  scorecard = setUpSession(env, { evaluators: [...EVALUATORS.map((e) => ({ ...e })), PAT] });
});
afterEach(() => env.uninstall());

const spreadsheetUrl = () => as(env, FACILITATOR, () => SpreadsheetApp.getActiveSpreadsheet().getUrl());

describe('invitations', () => {
  it('email each evaluator with an address the spreadsheet link, the calls and the deadline', () => {
    const stored = documentProperties(env);
    const result = as(env, FACILITATOR, () => api.sendInvitations());
    expect(result).toEqual({
      kind: 'invitation',
      sent: emails,
      failed: [],
      withoutAddress: ['Pat Partner'],
      alreadySubmitted: [],
      remainingQuota: 100 - emails.length,
    });
    const mail = env.mail.sent;
    expect(mail.map((m) => m.to)).toEqual(emails.map((email) => [email]));
    expect(mail.every((m) => m.from === FACILITATOR && m.cc.length === 0 && m.bcc.length === 0)).toBe(true);
    const ana = mail[0]!;
    expect(ana.subject).toBe('Calibration "November calibration": please score 3 calls by 2026-11-28 17:00 UTC');
    expect(ana.body).toContain('Hello Ana Ruiz,');
    expect(ana.body).toContain(`The spreadsheet: ${spreadsheetUrl()}`);
    for (const call of CALLS) expect(ana.body).toContain(`- ${call.label}: ${call.recordingUrl}`);
    expect(ana.body).toContain('by 2026-11-28 17:00 UTC');
    expect(documentProperties(env)).toEqual(stored);
  });

  it('report who was not emailed when the daily quota runs out, and a refused address without stopping the others', () => {
    env.mail.setDailyQuota(6);
    env.failAfterCalls(1, 'MailApp.sendEmail', 'Invalid email: ben@example.com');
    const result = as(env, FACILITATOR, () => api.sendInvitations());
    expect(result.sent).toEqual([emails[0], ...emails.slice(2, 7)]);
    expect(result.failed).toEqual([
      { email: emails[1], reason: expect.stringMatching(/did not send it \(Invalid email: ben@example.com\)/) },
      { email: emails[7], reason: expect.stringMatching(/daily email quota .* is used up/) },
    ]);
    expect(result.remainingQuota).toBe(0);
    expect(env.mail.sent).toHaveLength(6);
  });

  it('are sent by the facilitator only, and only while scoring is open', () => {
    expect(failure(env, emails[0], () => api.sendInvitations())).toMatch(/Only the facilitator/);
    expect(failure(env, emails[0], () => api.sendReminders())).toMatch(/Only the facilitator/);
    expect(failure(env, FACILITATOR, () => api.sendInvitations({ to: 'everyone' }))).toMatch(/Sending the invitations takes no details/);
    submitAll(env, scorecard, emails.slice(0, 2));
    as(env, FACILITATOR, () => api.revealSessionScores({ confirm: true }));
    expect(failure(env, FACILITATOR, () => api.sendInvitations())).toMatch(/revealed/);
    expect(failure(env, FACILITATOR, () => api.sendReminders())).toMatch(/revealed/);
    expect(env.mail.sent).toEqual([]);
  });
});

describe('reminders', () => {
  it('go to the evaluators who have not submitted every call, naming the calls still to submit', () => {
    submitAll(env, scorecard, emails.slice(0, 6));
    as(env, emails[6]!, () => api.submitCallScores(scores('c1', answersFor(scorecard))));
    as(env, emails[6]!, () => api.saveScoresDraft(scores('c2', answersFor(scorecard).slice(0, 2))));
    const result = as(env, FACILITATOR, () => api.sendReminders());
    expect(result).toMatchObject({
      kind: 'reminder',
      sent: emails.slice(6),
      failed: [],
      withoutAddress: ['Pat Partner'],
      alreadySubmitted: EVALUATORS.slice(0, 6).map((e) => e.name),
    });
    const [gus, hana] = env.mail.sent;
    expect(gus!.subject).toBe('Reminder: score the calls of "November calibration" by 2026-11-28 17:00 UTC');
    expect(gus!.body).not.toContain(CALLS[0]!.label);
    expect(gus!.body).toContain(`- ${CALLS[1]!.label}: ${CALLS[1]!.recordingUrl}`);
    expect(gus!.body).toContain(`- ${CALLS[2]!.label}: ${CALLS[2]!.recordingUrl}`);
    for (const call of CALLS) expect(hana!.body).toContain(`- ${call.label}`);
  });
});
