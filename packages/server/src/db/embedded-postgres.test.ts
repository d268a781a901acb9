import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../app.js';
import { createLogger } from '../logger.js';
import { startEmbeddedDatabase } from './embedded-postgres.js';
import { buildIn, packagedBuild } from './postgres-reach.js';
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

async function query<Row>(url: string, text: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as Row[];
  } finally {
    await client.end();
  }
}

// Root, with the checkout under /root (0700) or a `mktemp -d` folder: PostgreSQL's user reaches
// neither the programs in node_modules nor DATA_DIR. Only root meets this (PostgreSQL runs as the
// server's own user otherwise), so only root runs it; CI's containers and these machines are root.
describe.runIf(process.getuid?.() === 0)(
  'the embedded PostgreSQL run as root from a private directory',
  () => {
    // A checkout closed to other users: its node_modules (the build, linked in) and its DATA_DIR.
    const checkout = mkdtempSync(join(tmpdir(), 'onestop-private-'));
    const reachableDir = mkdtempSync(join(tmpdir(), 'onestop-reachable-'));
    chmodSync(reachableDir, 0o755);
    const packaged = packagedBuild();
    symlinkSync(packaged.nativeDir, join(checkout, 'native'));
    const build = buildIn(join(checkout, 'native'), packaged.version);
    const privateDataDir = join(checkout, 'data');
    const postgresUid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    afterAll(() => {
      rmSync(checkout, { recursive: true, force: true });
      rmSync(reachableDir, { recursive: true, force: true });
    });

    it('starts, with the programs copied and the cluster placed where PostgreSQL can reach them, owned by it, 0700', async () => {
      expect(statSync(checkout).mode & 0o777).toBe(0o700);
      const database = await startEmbeddedDatabase(privateDataDir, createLogger('silent'), {
        build,
        reachableDir,
      });
      try {
        await query(
          database.url,
          "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('before the restart')",
        );
        // The cluster: outside the private directory, PostgreSQL's own, 0700, linked from DATA_DIR/postgres.
        expect(database.clusterDir.startsWith(join(reachableDir, 'data'))).toBe(true);
        expect(statSync(database.clusterDir).uid).toBe(postgresUid);
        expect(statSync(database.clusterDir).mode & 0o777).toBe(0o700);
        expect(lstatSync(join(privateDataDir, 'postgres')).isSymbolicLink()).toBe(true);
        expect(realpathSync(join(privateDataDir, 'postgres'))).toBe(realpathSync(database.clusterDir));
        // The programs: one copy, named by version, root's, which PostgreSQL's user may run but not change.
        const copies = readdirSync(reachableDir).filter((name) => name.startsWith('postgresql-'));
        expect(copies).toEqual([`postgresql-${packaged.version}-${process.platform}-${process.arch}`]);
        const postgresProgram = statSync(join(reachableDir, copies[0]!, 'bin', 'postgres'));
        expect(postgresProgram.uid).toBe(0);
        expect(postgresProgram.mode & 0o777).toBe(0o755);
      } finally {
        await database.dispose();
      }
    });

    it('finds the same cluster and data again on the next start', async () => {
      const database = await startEmbeddedDatabase(privateDataDir, createLogger('silent'), {
        build,
        reachableDir,
      });
      try {
        expect(await query(database.url, 'SELECT note FROM kept')).toEqual([{ note: 'before the restart' }]);
      } finally {
        await database.dispose();
      }
      expect(existsSync(join(database.clusterDir, 'postmaster.pid'))).toBe(false);
    });
  },
);
