import { createAppsScriptEnvironment } from '../environment';

describe('Session and users', () => {
  it('reports the active user, who is the owner at first', () => {
    const env = createAppsScriptEnvironment({ owner: 'lead@example.com', timeZone: 'Europe/Paris' });
    const { Session } = env.globals;
    expect(Session.getActiveUser().getEmail()).toBe('lead@example.com');
    expect(Session.getEffectiveUser().getEmail()).toBe('lead@example.com');
    expect(Session.getScriptTimeZone()).toBe('Europe/Paris');
    expect(Session.getActiveUserLocale()).toBe('en');
    expect(env.owner.email).toBe('lead@example.com');
  });

  it('gives every user a stable temporary key that is never their address', () => {
    const env = createAppsScriptEnvironment();
    const { Session } = env.globals;
    const first = env.run('alice@example.com', () => Session.getTemporaryActiveUserKey());
    const again = env.run('alice@example.com', () => Session.getTemporaryActiveUserKey());
    const other = env.run('bob@example.com', () => Session.getTemporaryActiveUserKey());
    expect(first).toBe(again);
    expect(first).not.toBe(other);
    expect(first).not.toContain('alice');
  });

  it('returns a blank email for users whose address is withheld, with distinct keys', () => {
    const env = createAppsScriptEnvironment({ users: [{ email: 'fr@example.com', key: 'fr', locale: 'fr' }] });
    const { Session } = env.globals;
    env.actAs({ email: '', key: 'bpo-1' });
    expect(Session.getActiveUser().getEmail()).toBe('');
    expect(Session.getEffectiveUser().getEmail()).toBe('');
    expect(Session.getTemporaryActiveUserKey()).toBe('bpo-1');
    env.run({ email: '', key: 'bpo-2' }, () => {
      expect(Session.getActiveUser().getEmail()).toBe('');
      expect(Session.getTemporaryActiveUserKey()).toBe('bpo-2');
    });
    expect(env.run('fr@example.com', () => Session.getActiveUserLocale())).toBe('fr');
    expect(env.activeUser()).toEqual({ email: '', key: 'bpo-1' });
  });

  it('rejects a blank-email user without a key and malformed addresses', () => {
    const env = createAppsScriptEnvironment();
    expect(() => env.actAs({ email: '' })).toThrow('needs an explicit key');
    expect(() => env.actAs('not-an-address')).toThrow('Invalid email: not-an-address');
  });
});
