import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../app.js';
import { createLogger } from '../logger.js';
import { expectEventually } from '../../test/support/eventually.js';
import { TestClock, testConfig, testAdminPassword } from '../../test/support/test-app.js';

// These tests run the server the way a fresh machine does: no DATABASE_URL, the embedded PostgreSQL.
const dataDir = mkdtempSync(join(tmpdir(), 'onestop-embedded-'));
const config = testConfig(null, new TestClock(), { dataDir });
const opened: App[] = [];

async function start(): Promise<{ app: App; url: string }> {
  const app = await createApp(config, createLogger('silent'));
  opened.push(app);
  return { app, url: await app.listen() };
}

afterAll(async () => {
  for (const app of opened) await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function status(url: string, path: string): Promise<number> {
  return (await fetch(`${url}${path}`)).status;
}

async function graphql(
  url: string,
  query: string,
  token?: string,
): Promise<{ data?: unknown; errors?: { extensions: { code: string } }[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as never;
}

describe('the embedded PostgreSQL', () => {
  let first: { app: App; url: string };

  it('starts a real cluster in DATA_DIR, migrated and ready', async () => {
    first = await start();
    expect(first.app.embeddedDatabase).not.toBeNull();
    expect(await status(first.url, '/healthz')).toBe(200);
    expect(await status(first.url, '/readyz')).toBe(200);
    const version = await first.app.orm.em
      .fork()
      .execute<{ server_version: string }[]>('SHOW server_version');
    expect(Number.parseInt(version[0]!.server_version, 10)).toBeGreaterThanOrEqual(15);
  });

  it('refuses a second server on the same DATA_DIR with a clear error', async () => {
    await expect(createApp(config, createLogger('silent'))).rejects.toThrow(
      /DATA_DIR .* is in use by another OneStop server/,
    );
    // The first server is untouched.
    expect(await status(first.url, '/readyz')).toBe(200);
  });

  it('answers /readyz 503 while the database is down and 200 again once it is back, without a restart', async () => {
    const login = await graphql(
      first.url,
      `mutation { login(username: "admin", password: "${testAdminPassword}") { token } }`,
    );
    const token = (login.data as { login: { token: string } }).login.token;

    await first.app.embeddedDatabase!.stop();
    expect(await status(first.url, '/readyz')).toBe(503);
    expect(await status(first.url, '/healthz')).toBe(200);
    const down = await graphql(first.url, '{ halls { id } }', token);
    expect(down.errors?.[0]?.extensions.code).toBe('UNAVAILABLE');

    await first.app.embeddedDatabase!.start();
    await expectEventually(async () => expect(await status(first.url, '/readyz')).toBe(200));
    await expectEventually(async () =>
      expect((await graphql(first.url, '{ halls { id } }', token)).errors).toBeUndefined(),
    );
  });

  it('keeps the data across restarts and stops cleanly', async () => {
    const login = await graphql(
      first.url,
      `mutation { login(username: "admin", password: "${testAdminPassword}") { token } }`,
    );
    const token = (login.data as { login: { token: string } }).login.token;
    await first.app.close();

    const second = await start();
    expect(await status(second.url, '/readyz')).toBe(200);
    // The session written before the restart is still there: same cluster, same data.
    const me = await graphql(second.url, '{ me { username } }', token);
    expect(me.data).toEqual({ me: { username: 'admin' } });
    await second.app.close();
  });
});
