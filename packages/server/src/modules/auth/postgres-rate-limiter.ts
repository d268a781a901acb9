import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Clock } from '../../config.js';
import type { FailureLimiter, RequestLimiter } from './rate-limiter.js';
import { runSql, sql } from '../../db/sql.js';

/** Expired windows are deleted once per this many counts on one instance. */
const sweepEvery = 500;
/** Longer keys (a username is whatever the caller typed) are stored as their hash, to fit the index. */
const longestStoredKey = 128;

function storedKey(key: string): string {
  return key.length <= longestStoredKey ? key : `sha256:${createHash('sha256').update(key).digest('hex')}`;
}

/**
 * Fixed windows per (scope, key) in the UNLOGGED table `rate_limit_window`, so every server
 * instance counts against the same numbers. Each count is one atomic `INSERT … ON CONFLICT …
 * RETURNING`, outside the request's transaction; unlogged because a lost count after a database
 * crash only lets a few more attempts through.
 */
class SharedWindows {
  private countsSinceSweep = 0;

  constructor(
    private readonly orm: MikroORM<PostgreSqlDriver>,
    private readonly scope: string,
    private readonly windowSeconds: number,
    private readonly clock: Clock,
  ) {}

  /** Counts one for the key (opening a new window when none is open); its count and seconds left. */
  async count(key: string): Promise<{ count: number; secondsLeft: number }> {
    const now = this.clock().toISOString();
    const rows = await runSql<{ count: number; seconds_left: number }>(
      this.orm.em,
      sql`INSERT INTO rate_limit_window AS w (scope, key, count, resets_at)
       VALUES (${this.scope}, ${storedKey(key)}, 1, ${now}::timestamptz + make_interval(secs => ${this.windowSeconds}))
       ON CONFLICT (scope, key) DO UPDATE SET
         count = CASE WHEN w.resets_at <= ${now}::timestamptz THEN 1 ELSE w.count + 1 END,
         resets_at = CASE WHEN w.resets_at <= ${now}::timestamptz THEN excluded.resets_at ELSE w.resets_at END
       RETURNING count, ceil(extract(epoch FROM resets_at - ${now}::timestamptz))::int AS seconds_left`,
    );
    this.countsSinceSweep += 1;
    if (this.countsSinceSweep >= sweepEvery) {
      this.countsSinceSweep = 0;
      // Best effort: a failed sweep leaves rows another count or sweep will replace.
      runSql(this.orm.em, sql`DELETE FROM rate_limit_window WHERE resets_at <= ${now}::timestamptz`).catch(
        () => undefined,
      );
    }
    const row = rows[0]!;
    return { count: row.count, secondsLeft: Math.max(1, row.seconds_left) };
  }

  /** The key's open window, if any. */
  async current(key: string): Promise<{ count: number; secondsLeft: number } | null> {
    const now = this.clock().toISOString();
    const rows = await runSql<{ count: number; seconds_left: number }>(
      this.orm.em,
      sql`SELECT count, ceil(extract(epoch FROM resets_at - ${now}::timestamptz))::int AS seconds_left
       FROM rate_limit_window
       WHERE scope = ${this.scope} AND key = ${storedKey(key)} AND resets_at > ${now}::timestamptz`,
    );
    const row = rows[0];
    return row ? { count: row.count, secondsLeft: Math.max(1, row.seconds_left) } : null;
  }

  async reset(key: string): Promise<void> {
    await runSql(
      this.orm.em,
      sql`DELETE FROM rate_limit_window WHERE scope = ${this.scope} AND key = ${storedKey(key)}`,
    );
  }
}

/** {@link FailureLimiter} shared by every instance on the database. */
export class PostgresFailureRateLimiter implements FailureLimiter {
  private readonly windows: SharedWindows;

  constructor(
    orm: MikroORM<PostgreSqlDriver>,
    scope: string,
    private readonly limit: number,
    windowSeconds: number,
    clock: Clock,
  ) {
    this.windows = new SharedWindows(orm, scope, windowSeconds, clock);
  }

  async retryAfterSeconds(key: string): Promise<number> {
    const window = await this.windows.current(key);
    return window && window.count >= this.limit ? window.secondsLeft : 0;
  }

  async recordFailure(key: string): Promise<void> {
    await this.windows.count(key);
  }

  async reset(key: string): Promise<void> {
    await this.windows.reset(key);
  }
}

/**
 * {@link RequestLimiter} shared by every instance on the database. A refused request is counted
 * too (one statement, no race between reading and counting); it changes nothing but the count.
 */
export class PostgresRequestRateLimiter implements RequestLimiter {
  private readonly windows: SharedWindows;

  constructor(
    orm: MikroORM<PostgreSqlDriver>,
    scope: string,
    private readonly limitPerMinute: number,
    clock: Clock,
  ) {
    this.windows = new SharedWindows(orm, scope, 60, clock);
  }

  async take(key: string): Promise<number> {
    const window = await this.windows.count(key);
    return window.count > this.limitPerMinute ? window.secondsLeft : 0;
  }
}
