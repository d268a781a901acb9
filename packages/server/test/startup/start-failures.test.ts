import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../src/db/embedded-postgres.js';
import { createLogger } from '../../src/logger.js';
import { portFailure } from '../../src/startup/startup-checks.js';
import { createTestDatabase } from '../support/database.js';
import { TestClock, testConfig } from '../support/test-app.js';

// What a newcomer meets when `pnpm start` cannot start: the real server process (src/main.ts, as
// `pnpm start` runs it, through tsx instead of the build), each time ending in one sentence on
// stderr that names the setting to change, a non-zero exit code, and no stack trace.

const mainEntry = resolve(import.meta.dirname, '../../src/main.ts');
const scratch = mkdtempSync(join(tmpdir(), 'onestop-start-failures-'));
// Open to PostgreSQL's user, so a cluster of a DATA_DIR in here stays in here (run as root).
chmodSync(scratch, 0o755);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let directories = 0;
/** A DATA_DIR of its own for one start, not yet created. */
function freshDataDir(): string {
  directories += 1;
  return join(scratch, `data-${directories}`);
}

interface Exit {
  code: number | null;
  stderr: string;
  stdout: string;
}

/** Runs the server with `environment` and waits (30 s at most) for it to give up. */
async function startExpectingFailure(environment: Record<string, string>): Promise<Exit> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@onestop/source', mainEntry], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      APPS_DIR: 'none',
      LOG_LEVEL: 'warn',
      DEMO: 'off',
      DATABASE_URL: '',
      ...environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolveExit) => {
    // A server that started after all would run forever: stop it, and the test fails on its code.
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', (exitCode) => {
      clearTimeout(timer);
      resolveExit(exitCode);
    });
  });
  return { code, stderr, stdout };
}

/** One line on stderr, a sentence naming what to change, and nothing that looks like a stack trace. */
function expectOneSentence(exit: Exit, sentence: RegExp): void {
  expect(exit.code, exit.stderr + exit.stdout).toBe(1);
  const lines = exit.stderr.trimEnd().split('\n');
  expect(lines, exit.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^OneStop could not start: .+\.$/);
  expect(lines[0]).toMatch(sentence);
  expect(`${exit.stderr}${exit.stdout}`).not.toMatch(/^\s+at |Error:|node:internal/m);
}

/** A port something else listens on. */
async function occupyPort(): Promise<{ port: number; server: Server }> {
  const server = createServer();
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  return { port: (server.address() as { port: number }).port, server };
}

const held: Server[] = [];
afterEach(async () => {
  for (const server of held.splice(0))
    await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
});

describe('a start that cannot succeed says what to change, in one sentence', () => {
  it('a bad setting names the setting', async () => {
    expectOneSentence(
      await startExpectingFailure({ PORT: 'eighty', DATA_DIR: freshDataDir() }),
      /PORT must be a port number \(0–65535\), got "eighty"/,
    );
    expectOneSentence(
      await startExpectingFailure({ EVENT_BUS: 'kafka', DATA_DIR: freshDataDir() }),
      /EVENT_BUS must be one of memory, postgres, redis, got "kafka"/,
    );
  });

  it('a port in use names PORT, before the database is started, initialised or seeded', async () => {
    const { port, server } = await occupyPort();
    held.push(server);
    const dataDir = freshDataDir();
    const exit = await startExpectingFailure({ PORT: String(port), DATA_DIR: dataDir });
    expectOneSentence(
      exit,
      new RegExp(`PORT ${port} is already in use on 127.0.0.1: set PORT to a free port`),
    );
    // Nothing was done: no DATA_DIR, so no cluster was initialised and nothing seeded.
    expect(existsSync(dataDir)).toBe(false);
  });

  it('a DATABASE_URL that does not answer names DATABASE_URL', async () => {
    const { port, server } = await occupyPort();
    // A port that was free a moment ago and is closed now: nothing answers there.
    await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
    expectOneSentence(
      await startExpectingFailure({
        DATABASE_URL: `postgresql://onestop:secret-password@127.0.0.1:${port}/onestop`,
        DATA_DIR: freshDataDir(),
      }),
      new RegExp(
        `DATABASE_URL postgresql://onestop:\\*\\*\\*@127.0.0.1:${port}/onestop does not answer .*correct DATABASE_URL`,
      ),
    );
  });

  it('a DATABASE_URL whose login is refused names DATABASE_URL, and never shows its password', async () => {
    const url = new URL(inject('testServerUrl'));
    url.username = 'onestop_no_such_role';
    url.password = 'secret-password';
    const exit = await startExpectingFailure({ DATABASE_URL: url.toString(), DATA_DIR: freshDataDir() });
    expectOneSentence(
      exit,
      /refused the login of onestop_no_such_role .*: correct the user and password in DATABASE_URL/,
    );
    expect(exit.stderr).not.toContain('secret-password');
  });

  it('a REDIS_URL that does not answer names REDIS_URL', async () => {
    const { port, server } = await occupyPort();
    await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
    const dataDir = freshDataDir();
    expectOneSentence(
      await startExpectingFailure({
        EVENT_BUS: 'redis',
        REDIS_URL: `redis://127.0.0.1:${port}/0`,
        DATA_DIR: dataDir,
      }),
      new RegExp(`REDIS_URL redis://127.0.0.1:${port}/0 does not answer .*correct REDIS_URL`),
    );
    expect(existsSync(dataDir)).toBe(false);
  });

  it('a DATABASE_URL that is not a PostgreSQL URL names DATABASE_URL', async () => {
    expectOneSentence(
      await startExpectingFailure({
        DATABASE_URL: 'mysql://root@localhost/onestop',
        DATA_DIR: freshDataDir(),
      }),
      /DATABASE_URL must be a PostgreSQL URL that names a database/,
    );
  });

  it('a DATA_DIR that cannot be a directory names DATA_DIR', async () => {
    const dataDir = freshDataDir();
    writeFileSync(dataDir, 'a file, not a directory');
    expectOneSentence(
      await startExpectingFailure({ DATA_DIR: dataDir }),
      /DATA_DIR .* cannot be used as a directory \(a file is in the way\): set DATA_DIR/,
    );
  });
});

describe('a DATA_DIR another OneStop holds', () => {
  const dataDir = freshDataDir();
  let database: EmbeddedDatabase;
  beforeAll(async () => {
    database = await startEmbeddedDatabase(dataDir, createLogger('silent'));
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it('is refused while that server runs, naming DATA_DIR', async () => {
    expect(database.clusterDir).toBe(join(dataDir, 'postgres'));
    expectOneSentence(
      await startExpectingFailure({ DATA_DIR: dataDir }),
      new RegExp(`DATA_DIR ${dataDir} is in use by another OneStop server \\(process ${process.pid}\\)`),
    );
  });

  it('is refused while the PostgreSQL of a server killed with SIGKILL still runs on it', async () => {
    // What a server killed with SIGKILL leaves: its lock's process gone, its PostgreSQL still running.
    writeFileSync(join(dataDir, 'onestop.lock'), '999999999');
    expectOneSentence(
      await startExpectingFailure({ DATA_DIR: dataDir }),
      /DATA_DIR .* is in use by another OneStop server \(its PostgreSQL, process (\d+), still runs\): stop that server, or that PostgreSQL if its server is gone \(kill \1\), or set DATA_DIR to another directory/,
    );
    // The PostgreSQL it found is left alone.
    expect(existsSync(join(database.clusterDir, 'postmaster.pid'))).toBe(true);
  });
});

describe('a port taken between the check and listen', () => {
  it('rejects listen() with EADDRINUSE (which main.ts says in one sentence) instead of crashing', async () => {
    const { port, server } = await occupyPort();
    held.push(server);
    const app = await createApp(
      testConfig(await createTestDatabase(), new TestClock(), { port, host: '127.0.0.1' }),
      createLogger('silent'),
    );
    try {
      const failure = await app.listen().then(
        () => null,
        (error: NodeJS.ErrnoException) => error,
      );
      expect(failure?.code).toBe('EADDRINUSE');
      expect(portFailure(failure!, '127.0.0.1', port)?.message).toMatch(
        new RegExp(`^PORT ${port} is already in use`),
      );
    } finally {
      await app.close();
    }
  });
});
