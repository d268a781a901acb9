import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  executeOverWebSocket,
  startTestApp,
  testAdminPassword,
  type TestApp,
} from '../../../test/support/test-app.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(async () => {
  await testApp?.close();
});

const meQuery = '{ me { username role } }';

describe('login', () => {
  it('returns an expiring token that identifies the staff member', async () => {
    const result = await testApp.graphql<{
      login: { token: string; expiresAt: string; staff: { username: string } };
    }>(
      'mutation { login(username: "admin", password: "' +
        testAdminPassword +
        '") { token expiresAt staff { username } } }',
    );
    expect(result.errors).toBeUndefined();
    const session = result.data!.login;
    expect(session.staff.username).toBe('admin');
    expect(Date.parse(session.expiresAt) - testApp.clock.now().getTime()).toBe(12 * 3600 * 1000);
    const me = await testApp.graphql(meQuery, {}, { token: session.token });
    expect(me.data).toEqual({ me: { username: 'admin', role: 'ADMIN' } });
  });

  it('stores passwords as argon2id hashes and tokens only hashed', async () => {
    const token = await testApp.login('admin', testAdminPassword);
    const rows = await testApp.app.orm.em
      .fork()
      .execute<{ password_hash: string; tokens: number }[]>(
        `SELECT password_hash, (SELECT count(*)::int FROM staff_session WHERE token_hash = ?) AS tokens FROM staff WHERE username = 'admin'`,
        [token],
      );
    expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
    expect(rows[0]!.tokens).toBe(0);
  });

  it('refuses a wrong password or an unknown user with UNAUTHENTICATED, in the request language', async () => {
    for (const username of ['admin', 'nobody']) {
      const english = await testApp.graphql(
        'mutation { login(username: "' + username + '", password: "wrong-password") { token } }',
      );
      expect(english.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(english.errors?.[0]?.message).toMatch(/log in/);
      const chinese = await testApp.graphql(
        'mutation { login(username: "' + username + '", password: "wrong-password") { token } }',
        {},
        { locale: 'zh-CN' },
      );
      expect(chinese.errors?.[0]?.message).toMatch(/登录/);
    }
  });

  it('expires a session after its lifetime', async () => {
    const token = await testApp.login('admin', testAdminPassword);
    testApp.clock.advance(12 * 3600 * 1000 - 1000);
    expect((await testApp.graphql(meQuery, {}, { token })).data).toEqual({
      me: { username: 'admin', role: 'ADMIN' },
    });
    testApp.clock.advance(2000);
    const expired = await testApp.graphql(meQuery, {}, { token });
    expect(expired.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const halls = await testApp.graphql('{ halls { id } }', {}, { token });
    expect(halls.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers me with null when no token is sent', async () => {
    expect((await testApp.graphql(meQuery)).data).toEqual({ me: null });
  });

  it('ends the session at logout', async () => {
    const token = await testApp.login('admin', testAdminPassword);
    expect((await testApp.graphql('mutation { logout }', {}, { token })).data).toEqual({ logout: true });
    expect((await testApp.graphql(meQuery, {}, { token })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('authenticates WebSocket operations with connectionParams.token', async () => {
    const token = await testApp.login('admin', testAdminPassword);
    const authenticated = await executeOverWebSocket(testApp.webSocketClient({ token }), meQuery);
    expect(authenticated.data).toEqual({ me: { username: 'admin', role: 'ADMIN' } });
    const anonymous = await executeOverWebSocket(testApp.webSocketClient(), '{ halls { id } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await executeOverWebSocket(testApp.webSocketClient({ token: 'oss_forged' }), meQuery);
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('login rate limit', () => {
  it('refuses a username after 5 failures, even with the right password, until the window ends', async () => {
    const limited = await startTestApp();
    try {
      const attempt = (password: string) =>
        limited.graphql(`mutation { login(username: "admin", password: "${password}") { token } }`);
      for (let failure = 0; failure < 5; failure += 1) {
        expect((await attempt('wrong-password')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
      const refused = await attempt(testAdminPassword);
      expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
      limited.clock.advance(15 * 60 * 1000);
      expect((await attempt(testAdminPassword)).data).toBeTruthy();
    } finally {
      await limited.close();
    }
  });

  it('refuses an address after 30 failures across usernames', async () => {
    const limited = await startTestApp();
    try {
      for (let failure = 0; failure < 30; failure += 1) {
        const result = await limited.graphql(
          `mutation { login(username: "user${failure}", password: "wrong-password") { token } }`,
        );
        expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
      const refused = await limited.graphql(
        `mutation { login(username: "admin", password: "${testAdminPassword}") { token } }`,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });
});
