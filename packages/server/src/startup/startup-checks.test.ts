import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { ConfigError } from '../config.js';
import {
  checkDatabaseUrl,
  checkPortIsFree,
  checkRedisUrl,
  databaseUrlFailure,
  startFailureSentence,
} from './startup-checks.js';

const held: Server[] = [];
afterEach(async () => {
  for (const server of held.splice(0))
    await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
});

async function occupiedPort(): Promise<number> {
  const server = createServer();
  held.push(server);
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  return (server.address() as { port: number }).port;
}

describe('checkPortIsFree', () => {
  it('passes a free port and port 0, and leaves the port free again', async () => {
    const port = await occupiedPort();
    await new Promise<void>((resolveClose) => held.pop()!.close(() => resolveClose()));
    await checkPortIsFree('127.0.0.1', port);
    await checkPortIsFree('127.0.0.1', port);
    await checkPortIsFree('127.0.0.1', 0);
  });

  it('refuses a port in use, naming PORT', async () => {
    const port = await occupiedPort();
    const failure = await checkPortIsFree('127.0.0.1', port).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigError);
    expect(failure).toMatchObject({ setting: 'PORT' });
    expect((failure as Error).message).toBe(
      `PORT ${port} is already in use on 127.0.0.1: set PORT to a free port, or stop the program that listens on it`,
    );
  });

  it('refuses a HOST that is not this machine, naming HOST', async () => {
    // 192.0.2.0/24 is TEST-NET-1: never an address of a real machine.
    await expect(checkPortIsFree('192.0.2.1', 4000)).rejects.toMatchObject({ setting: 'HOST' });
  });
});

describe('databaseUrlFailure', () => {
  const url = 'postgresql://clerk:secret-password@db.internal:5433/onestop';
  it.each([
    [
      { code: 'ECONNREFUSED' },
      /^DATABASE_URL postgresql:\/\/clerk:\*\*\*@db.internal:5433\/onestop does not answer/,
    ],
    [{ code: 'ENOTFOUND' }, /^DATABASE_URL names the host db.internal, which cannot be found/],
    [{ code: 'ETIMEDOUT' }, /does not answer \(ETIMEDOUT at db.internal:5433\)/],
    [{ message: 'Connection terminated due to connection timeout' }, /does not answer within 5 s/],
    [
      { code: '28P01', message: 'password authentication failed for user "clerk"' },
      /^PostgreSQL at db.internal:5433 refused the login of clerk \(password authentication failed for user "clerk"\): correct the user and password in DATABASE_URL$/,
    ],
    [{ code: '28000', message: 'role "clerk" does not exist' }, /refused the login of clerk/],
    [
      { code: '53300', message: 'sorry, too many clients already' },
      /did not take the connection \(sorry, too many clients already\)/,
    ],
  ])('%j: one sentence naming DATABASE_URL, without the password', (error, sentence) => {
    const failure = databaseUrlFailure(error, url);
    expect(failure?.setting).toBe('DATABASE_URL');
    expect(failure?.message).toMatch(sentence);
    expect(failure?.message).toContain('DATABASE_URL');
    expect(failure?.message).not.toContain('secret-password');
  });

  it('lets a missing database pass: the server answered and took the login, and the ORM creates it', () => {
    expect(
      databaseUrlFailure({ code: '3D000', message: 'database "onestop" does not exist' }, url),
    ).toBeNull();
  });
});

describe('checkDatabaseUrl against a real PostgreSQL', () => {
  it('passes a URL that answers and takes the login, even to a database not made yet', async () => {
    const serverUrl = new URL(inject('testServerUrl'));
    await checkDatabaseUrl(serverUrl.toString());
    serverUrl.pathname = '/onestop_not_made_yet';
    await checkDatabaseUrl(serverUrl.toString());
  });

  it('refuses a login the server refuses', async () => {
    const serverUrl = new URL(inject('testServerUrl'));
    serverUrl.username = 'onestop_no_such_role';
    await expect(checkDatabaseUrl(serverUrl.toString())).rejects.toThrow(
      // Which reason PostgreSQL gives depends on its authentication (trust or password).
      /refused the login of onestop_no_such_role \(.+\): correct the user and password in DATABASE_URL$/,
    );
  });
});

describe('checkRedisUrl', () => {
  it('passes an address something listens at, and refuses one nothing does, naming REDIS_URL', async () => {
    const port = await occupiedPort();
    await checkRedisUrl(`redis://127.0.0.1:${port}`);
    await new Promise<void>((resolveClose) => held.pop()!.close(() => resolveClose()));
    await expect(checkRedisUrl(`redis://:secret-password@127.0.0.1:${port}/0`)).rejects.toThrow(
      new RegExp(
        `^REDIS_URL redis://:\\*\\*\\*@127.0.0.1:${port}/0 does not answer \\(nothing listens at 127.0.0.1:${port}\\): start that Redis, or correct REDIS_URL$`,
      ),
    );
  });
});

describe('startFailureSentence', () => {
  it('is one line, a sentence, whatever the error', () => {
    expect(
      startFailureSentence(new ConfigError('PORT must be a port number (0–65535), got "x"', 'PORT')),
    ).toBe('OneStop could not start: PORT must be a port number (0–65535), got "x".');
    expect(startFailureSentence(new Error('two\n  lines.'))).toBe('OneStop could not start: two lines.');
    expect(startFailureSentence('a string')).toBe('OneStop could not start: a string.');
  });
});
