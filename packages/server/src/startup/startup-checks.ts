import { connect, createServer } from 'node:net';
import { ConfigError, withoutPassword, type AppConfig } from '../config.js';
import { createDriverClient } from '../db/driver.js';

/*
 * What `pnpm start` checks before it does any work (no database started, initialised or seeded),
 * and how a failure reads: one sentence naming the setting to change, never a stack trace.
 */

/** How long an answer from DATABASE_URL is waited for (the ORM's own connect timeout). */
const databaseAnswerMs = 5_000;

/** The sentence for a port the HTTP server cannot take: from the check below, or from listen itself. */
export function portFailure(error: NodeJS.ErrnoException, host: string, port: number): ConfigError | null {
  switch (error.code) {
    case 'EADDRINUSE':
      return new ConfigError(
        `PORT ${port} is already in use on ${host}: set PORT to a free port, or stop the program that listens on it`,
        'PORT',
      );
    case 'EACCES':
      return new ConfigError(
        `PORT ${port} is a privileged port this user may not listen on: set PORT to 1024 or above`,
        'PORT',
      );
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new ConfigError(
        `HOST ${host} is not an address of this machine: set HOST to one of its addresses, or to 0.0.0.0 for all of them`,
        'HOST',
      );
    default:
      return null;
  }
}

/**
 * Takes and at once releases HOST:PORT the way the HTTP server will, so a port in use is reported
 * before the database starts rather than after the demo is seeded. (Port 0: the OS picks one.)
 */
export async function checkPortIsFree(host: string, port: number): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolveCheck, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => reject(portFailure(error, host, port) ?? error));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolveCheck()));
  });
}

/** The sentence for a PostgreSQL at DATABASE_URL that cannot be used; null when it can be. */
export function databaseUrlFailure(error: unknown, databaseUrl: string): ConfigError | null {
  const { code, message } = error as { code?: string; message?: string };
  const url = new URL(databaseUrl);
  const where = `${url.hostname || 'the local socket'}${url.port ? `:${url.port}` : ''}`;
  const user = decodeURIComponent(url.username) || 'the default user';
  const reason = (message ?? String(error)).replace(/\s+/g, ' ').trim();
  const shown = withoutPassword(databaseUrl);
  const sentence = (text: string): ConfigError => new ConfigError(text, 'DATABASE_URL');
  switch (code) {
    // The server answered and took the login; the ORM creates the database on first start.
    case '3D000':
      return null;
    case '28P01':
    case '28000':
      return sentence(
        `PostgreSQL at ${where} refused the login of ${user} (${reason}): correct the user and password in DATABASE_URL`,
      );
    case 'ECONNREFUSED':
      return sentence(
        `DATABASE_URL ${shown} does not answer (nothing listens at ${where}): start that PostgreSQL, or correct DATABASE_URL`,
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return sentence(
        `DATABASE_URL names the host ${url.hostname}, which cannot be found: correct DATABASE_URL`,
      );
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return sentence(
        `DATABASE_URL ${shown} does not answer (${code} at ${where}): check that PostgreSQL runs there, or correct DATABASE_URL`,
      );
    default:
      if (/timeout/i.test(reason))
        return sentence(
          `DATABASE_URL ${shown} does not answer within ${databaseAnswerMs / 1000} s: check that PostgreSQL runs at ${where}, or correct DATABASE_URL`,
        );
      return sentence(
        `DATABASE_URL ${shown} did not take the connection (${reason}): check that PostgreSQL runs at ${where}, or correct DATABASE_URL`,
      );
  }
}

/** Connects once to DATABASE_URL: it answers, and takes the login. */
export async function checkDatabaseUrl(databaseUrl: string): Promise<void> {
  const client = createDriverClient(databaseUrl, 'onestop-start-check');
  // A connection that drops after connecting must not end the process: the check is over by then.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    const failure = databaseUrlFailure(error, databaseUrl);
    if (failure) throw failure;
    return;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Opens (and closes) a TCP connection to REDIS_URL's host and port: enough to tell a Redis that is
 * not there from one that is (what it then says is the Redis transport's to report).
 */
export async function checkRedisUrl(redisUrl: string, timeoutMs = 3_000): Promise<void> {
  const url = new URL(redisUrl);
  const port = Number(url.port || 6379);
  const where = `${url.hostname}:${port}`;
  const shown = withoutPassword(redisUrl);
  await new Promise<void>((resolveCheck, reject) => {
    const socket = connect({ host: url.hostname, port, timeout: timeoutMs });
    const fail = (reason: string): void => {
      socket.destroy();
      reject(
        new ConfigError(
          `REDIS_URL ${shown} does not answer (${reason}): start that Redis, or correct REDIS_URL`,
          'REDIS_URL',
        ),
      );
    };
    socket.once('connect', () => {
      socket.destroy();
      resolveCheck();
    });
    socket.once('timeout', () => fail(`no answer from ${where} within ${timeoutMs / 1000} s`));
    socket.once('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'ECONNREFUSED'
          ? `nothing listens at ${where}`
          : `${error.code ?? error.message} at ${where}`,
      ),
    );
  });
}

/** Everything that can be checked before the server does any work: the port, DATABASE_URL, REDIS_URL. */
export async function checkBeforeStart(config: AppConfig): Promise<void> {
  await checkPortIsFree(config.host, config.port);
  if (config.databaseUrl) await checkDatabaseUrl(config.databaseUrl);
  if (config.eventBus === 'redis' && config.redisUrl) await checkRedisUrl(config.redisUrl);
}

/**
 * The one line a failed start prints: a ConfigError's sentence as it is, anything else by its
 * message alone (its stack goes to the log, at debug level).
 */
export function startFailureSentence(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
  return `OneStop could not start: ${/[.!?]$/.test(text) ? text : `${text}.`}`;
}
