import type { MailResult, StatusRow } from '../../src/api/views';
import { mailQuestion, mailRecipients, mailReport } from '../../sidebar/model/mail';

const row = (evaluatorId: string, name: string, callsSubmitted: number): StatusRow => ({
  evaluatorId,
  name,
  role: 'qa-analyst',
  identifiedBy: 'email',
  callsSubmitted,
  callsTotal: 2,
  lastSubmittedAt: '',
});

const view = {
  status: {
    rows: [row('ev-1', 'Ana', 2), row('ev-2', 'Ben', 1), row('ev-3', 'Dev', 0)],
    notSubmitted: ['Ben', 'Dev'],
    allSubmitted: false,
  },
  evaluatorEmails: [
    { evaluatorId: 'ev-1', email: 'ana@example.com' },
    { evaluatorId: 'ev-2', email: 'ben@example.com' },
    { evaluatorId: 'ev-3', email: '' },
  ],
};

const result = (overrides: Partial<MailResult>): MailResult => ({
  kind: 'reminder',
  sent: [],
  failed: [],
  withoutAddress: [],
  alreadySubmitted: [],
  remainingQuota: 0,
  ...overrides,
});

describe('before sending', () => {
  it('invites everyone with an address and names who has none', () => {
    const recipients = mailRecipients('invitation', view);
    expect(recipients).toEqual({ to: ['Ana', 'Ben'], noAddress: ['Dev'] });
    expect(mailQuestion('invitation', recipients)).toBe('Email an invitation to Ana, Ben? No address: Dev.');
  });

  it('reminds only those who have not submitted every call', () => {
    const recipients = mailRecipients('reminder', view);
    expect(recipients).toEqual({ to: ['Ben'], noAddress: ['Dev'] });
    expect(mailQuestion('reminder', recipients)).toBe('Email a reminder to Ben? No address: Dev.');
  });

  it('says so when nobody can be emailed', () => {
    const done = { ...view, status: { ...view.status, rows: [row('ev-1', 'Ana', 2)] } };
    expect(mailQuestion('reminder', mailRecipients('reminder', done))).toBe('Nobody to email.');
  });
});

describe('after sending', () => {
  it('names who was emailed, who was done already, and the quota left', () => {
    const report = mailReport(result({ sent: ['ben@example.com'], alreadySubmitted: ['Ana'], remainingQuota: 1 }));
    expect(report.headline).toBe('1 reminder sent.');
    expect(report.lines).toEqual(['Emailed: ben@example.com', 'Already submitted: Ana', 'You may email 1 more person today.']);
  });

  it('gives each failure its reason and names who has no address', () => {
    const report = mailReport(
      result({
        kind: 'invitation',
        sent: ['ana@example.com', 'ben@example.com'],
        failed: [{ email: 'cara@example.com', reason: 'The daily email quota of your Google account is used up.' }],
        withoutAddress: ['Dev'],
      }),
    );
    expect(report.headline).toBe('2 invitations sent; 1 failed.');
    expect(report.lines).toEqual([
      'Emailed: ana@example.com, ben@example.com',
      'Not sent to cara@example.com: The daily email quota of your Google account is used up.',
      'No address, tell them yourself: Dev',
      'You may email 0 more people today.',
    ]);
  });

  it('leaves out the emailed line when nothing went out', () => {
    expect(mailReport(result({ withoutAddress: ['Dev'], remainingQuota: 100 })).lines).toEqual([
      'No address, tell them yourself: Dev',
      'You may email 100 more people today.',
    ]);
  });
});
