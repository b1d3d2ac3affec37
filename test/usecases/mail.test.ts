// Invitations as Gmail sends them, in the Apps Script environment: from the facilitator, to each
// evaluator alone, with the spreadsheet's real link. What is sent to whom, and each failure, are the
// rules in rules/mail.test.ts.
import { CALLS, EVALUATORS, FACILITATOR, api, as, documentProperties, environmentPerTest, setUpSession } from './harness';

const env = environmentPerTest();
const emails = EVALUATORS.map((e) => e.email as string);

describe('invitations', () => {
  it('are sent as the facilitator, one per evaluator, no copies, with the link of this spreadsheet', () => {
    setUpSession(env);
    const stored = documentProperties(env);
    const result = as(env, FACILITATOR, () => api.sendInvitations());
    expect(result.sent).toEqual(emails);
    const mail = env.mail.sent;
    expect(mail.map((m) => m.to)).toEqual(emails.map((email) => [email]));
    expect(mail.every((m) => m.from === FACILITATOR && m.cc.length === 0 && m.bcc.length === 0)).toBe(true);
    const url = as(env, FACILITATOR, () => SpreadsheetApp.getActiveSpreadsheet().getUrl());
    expect(mail[0]!.body).toContain(`The spreadsheet: ${url}`);
    for (const call of CALLS) expect(mail[0]!.body).toContain(`- ${call.label}: ${call.recordingUrl}`);
    expect(documentProperties(env)).toEqual(stored);
  });

  it('report an address Gmail refuses, and the daily quota used up, without stopping the others', () => {
    setUpSession(env);
    env.mail.setDailyQuota(6);
    env.failAfterCalls(1, 'MailApp.sendEmail', 'Invalid email: ben@example.com');
    const result = as(env, FACILITATOR, () => api.sendInvitations());
    expect(result.sent).toEqual([emails[0], ...emails.slice(2, 7)]);
    expect(result.failed.map((f) => f.email)).toEqual([emails[1], emails[7]]);
    expect(env.mail.sent).toHaveLength(6);
  });
});
