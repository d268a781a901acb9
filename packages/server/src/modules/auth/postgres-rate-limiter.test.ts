import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/database.js';
import { TestClock, testConfig } from '../../../test/support/test-app.js';
import { openDatabase } from '../../db/orm.js';
import { entities } from '../entities.js';
import { createLogger } from '../../logger.js';
import { PostgresFailureRateLimiter, PostgresRequestRateLimiter } from './postgres-rate-limiter.js';
import { FailureRateLimiter, RequestRateLimiter } from './rate-limiter.js';
import { createRateLimits } from './rate-limits.js';

// Two server instances on one database (two ORMs, two pools) count against the same limits.

const clock = new TestClock();
let databaseUrl: string;
let instanceA: MikroORM<PostgreSqlDriver>;
let instanceB: MikroORM<PostgreSqlDriver>;
beforeAll(async () => {
  databaseUrl = await createTestDatabase();
  instanceA = await openDatabase(databaseUrl, entities, createLogger('silent'));
  instanceB = await openDatabase(databaseUrl, entities, createLogger('silent'));
});
afterAll(async () => {
  await instanceA?.close(true);
  await instanceB?.close(true);
});

function limitsOf(orm: MikroORM<PostgreSqlDriver>, eventBus: 'memory' | 'postgres' = 'postgres') {
  return createRateLimits(
    testConfig(databaseUrl, clock, { eventBus, kioskIssuesPerMinute: 3, accessCodeRequestsPerMinute: 20 }),
    orm,
  );
}

describe('rate limits shared through PostgreSQL', () => {
  it('are chosen for several instances; one server keeps them in memory', () => {
    const shared = limitsOf(instanceA);
    expect(shared.requestLimits.kioskIssues).toBeInstanceOf(PostgresRequestRateLimiter);
    expect(shared.loginLimiter.byUsername).toBeInstanceOf(PostgresFailureRateLimiter);
    const single = limitsOf(instanceA, 'memory');
    expect(single.requestLimits.kioskIssues).toBeInstanceOf(RequestRateLimiter);
    expect(single.loginLimiter.byAddress).toBeInstanceOf(FailureRateLimiter);
  });

  it('count a kiosk’s issues on both instances against one limit, until the minute is over', async () => {
    const a = limitsOf(instanceA).requestLimits.kioskIssues;
    const b = limitsOf(instanceB).requestLimits.kioskIssues;
    expect([await a.take('kiosk-1'), await b.take('kiosk-1'), await a.take('kiosk-1')]).toEqual([0, 0, 0]);
    expect(await b.take('kiosk-1')).toBe(60);
    clock.advance(20_000);
    expect(await a.take('kiosk-1')).toBe(40);
    // Another kiosk has its own allowance.
    expect(await b.take('kiosk-2')).toBe(0);
    clock.advance(40_000);
    expect(await b.take('kiosk-1')).toBe(0);
  });

  it('let exactly the limit through when both instances take at once', async () => {
    const a = limitsOf(instanceA).requestLimits.accessCodes;
    const b = limitsOf(instanceB).requestLimits.accessCodes;
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, index) => (index % 2 ? a : b).take('203.0.113.7')),
    );
    expect(answers.filter((seconds) => seconds === 0)).toHaveLength(20);
    expect(answers.filter((seconds) => seconds > 0)).toHaveLength(30);
  });

  it('count login failures from both instances, and a reset on one clears it for the other', async () => {
    const a = limitsOf(instanceA).loginLimiter.byUsername;
    const b = limitsOf(instanceB).loginLimiter.byUsername;
    for (let attempt = 0; attempt < 4; attempt += 1) await (attempt % 2 ? a : b).recordFailure('clerk1');
    expect(await a.retryAfterSeconds('clerk1')).toBe(0);
    await b.recordFailure('clerk1');
    expect(await a.retryAfterSeconds('clerk1')).toBe(15 * 60);
    expect(await b.retryAfterSeconds('clerk1')).toBe(15 * 60);
    await a.reset('clerk1');
    expect(await b.retryAfterSeconds('clerk1')).toBe(0);
  });

  it('take any key, however long (a username is what the caller typed)', async () => {
    const a = limitsOf(instanceA).loginLimiter.byUsername;
    const b = limitsOf(instanceB).loginLimiter.byUsername;
    const longName = 'x'.repeat(20_000);
    for (let attempt = 0; attempt < 5; attempt += 1) await a.recordFailure(longName);
    expect(await b.retryAfterSeconds(longName)).toBeGreaterThan(0);
    expect(await b.retryAfterSeconds(`${longName}y`)).toBe(0);
  });

  it('live in an UNLOGGED table', async () => {
    const rows = await instanceA.em
      .fork()
      .execute<{ persistence: string }[]>(
        `SELECT relpersistence AS persistence FROM pg_class WHERE relname = 'rate_limit_window'`,
      );
    expect(rows).toEqual([{ persistence: 'u' }]);
  });
});
