import { createHash } from 'node:crypto';
import { createAppsScriptEnvironment } from '../environment';

describe('Utilities', () => {
  const { globals, now } = createAppsScriptEnvironment();
  const { Utilities } = globals;
  const instant = new Date('2024-03-05T14:07:09.045Z');

  it('formats dates with SimpleDateFormat patterns in the given time zone', () => {
    expect(Utilities.formatDate(instant, 'Etc/UTC', "yyyy-MM-dd'T'HH:mm:ss.SSS")).toBe('2024-03-05T14:07:09.045');
    expect(Utilities.formatDate(instant, 'America/New_York', 'EEE, MMM d, yyyy h:mm a')).toBe('Tue, Mar 5, 2024 9:07 AM');
    expect(Utilities.formatDate(instant, 'Asia/Kolkata', 'EEEE dd MMMM yy HH:mm Z')).toBe('Tuesday 05 March 24 19:37 +0530');
    expect(Utilities.formatDate(instant, 'GMT+2', 'HH:mm XXX')).toBe('16:07 +02:00');
    expect(Utilities.formatDate(instant, 'UTC', "h 'o''clock' a")).toBe("2 o'clock PM");
  });

  it('rejects unknown time zones and pattern letters', () => {
    expect(() => Utilities.formatDate(instant, 'Mars/Olympus', 'yyyy')).toThrow('Invalid argument: timeZone Mars/Olympus');
    expect(() => Utilities.formatDate(instant, 'UTC', 'yyyy-q')).toThrow("Illegal pattern character 'q'");
  });

  it('computes digests as signed bytes and encodes base64', () => {
    const digest = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'calibration');
    const expected = [...createHash('sha256').update('calibration').digest()].map((b) => (b > 127 ? b - 256 : b));
    expect(digest).toEqual(expected);
    expect(digest.some((b) => b < 0)).toBe(true);
    expect(Utilities.base64Encode('héllo')).toBe(Buffer.from('héllo').toString('base64'));
    expect(Utilities.base64Encode(digest)).toBe(createHash('sha256').update('calibration').digest('base64'));
    expect(Utilities.base64EncodeWebSafe([-5, -1, -2])).toBe('-__-');
    expect(Utilities.base64Decode('AQL/')).toEqual([1, 2, -1]);
  });

  it('sleeps on the virtual clock and makes unique ids', () => {
    const before = now();
    Utilities.sleep(1500);
    expect(now() - before).toBe(1500);
    expect(() => Utilities.sleep(300_001)).toThrow('milliseconds must be between 0 and 300000');
    const ids = new Set([Utilities.getUuid(), Utilities.getUuid()]);
    expect(ids.size).toBe(2);
    expect([...ids][0]).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('MailApp', () => {
  it('records messages in both call styles', () => {
    const env = createAppsScriptEnvironment({ owner: 'lead@example.com' });
    const { MailApp } = env.globals;
    MailApp.sendEmail('alice@example.com', 'Session ready', 'Please score call 12.');
    MailApp.sendEmail({
      to: 'bob@example.com,carol@example.com',
      subject: 'Results',
      body: 'text',
      htmlBody: '<b>html</b>',
      name: 'Calibration',
    });
    expect(env.mail.sent.map((m) => [m.from, m.to, m.subject, m.body, m.htmlBody, m.senderName])).toEqual([
      ['lead@example.com', ['alice@example.com'], 'Session ready', 'Please score call 12.', null, null],
      ['lead@example.com', ['bob@example.com', 'carol@example.com'], 'Results', 'text', '<b>html</b>', 'Calibration'],
    ]);
    expect(MailApp.getRemainingDailyQuota()).toBe(97);
  });

  it('enforces the daily recipient quota and valid addresses', () => {
    const env = createAppsScriptEnvironment({ mailQuota: 2 });
    const { MailApp } = env.globals;
    expect(() => MailApp.sendEmail('nope', 's', 'b')).toThrow('Invalid email: nope');
    MailApp.sendEmail('a@example.com', 's', 'b');
    MailApp.sendEmail('b@example.com', 's', 'b');
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    expect(() => MailApp.sendEmail('c@example.com', 's', 'b')).toThrow('Service invoked too many times for one day: email.');
    expect(env.mail.sent).toHaveLength(2);
    expect(env.run('other@example.com', () => MailApp.getRemainingDailyQuota())).toBe(2);
    env.mail.setDailyQuota(5);
    expect(env.mail.remainingQuota()).toBe(3);
  });
});

describe('Logger and console', () => {
  it('captures output quietly in env.logs', () => {
    const env = createAppsScriptEnvironment();
    const { Logger, console: scriptConsole } = env.globals;
    Logger.log('Scored %s calls in %d minutes', 'twelve', 7.9);
    Logger.log({ a: 1 });
    scriptConsole.warn('careful', 3);
    expect(env.logs.map((l) => [l.source, l.level, l.message])).toEqual([
      ['Logger', 'log', 'Scored twelve calls in 7 minutes'],
      ['Logger', 'log', '{ a: 1 }'],
      ['console', 'warn', 'careful 3'],
    ]);
    expect(Logger.getLog()).toBe('Scored twelve calls in 7 minutes\n{ a: 1 }\n');
    Logger.clear();
    expect(Logger.getLog()).toBe('');
    expect(env.logs).toHaveLength(1);
  });
});
