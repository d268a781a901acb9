import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnvironment, simulatedClock } from './config.js';

describe('simulatedClock', () => {
  it('starts at the given instant and runs speed times faster than real time', () => {
    let real = 1_000_000;
    const clock = simulatedClock(new Date('2026-11-02T00:30:00.000Z'), 600, () => real);
    expect(clock().toISOString()).toBe('2026-11-02T00:30:00.000Z');
    real += 1_000; // one real second is ten simulated minutes
    expect(clock().toISOString()).toBe('2026-11-02T00:40:00.000Z');
  });
});

describe('configFromEnvironment clock', () => {
  it('is the machine clock without simulation settings', () => {
    const before = Date.now();
    const now = configFromEnvironment({}).clock().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('starts at SIMULATION_START', () => {
    const clock = configFromEnvironment({
      SIMULATION_START: '2026-10-01T00:30:00Z',
      SIMULATION_SPEED: '60',
    }).clock;
    const now = clock().getTime();
    expect(now).toBeGreaterThanOrEqual(Date.parse('2026-10-01T00:30:00Z'));
    expect(now).toBeLessThan(Date.parse('2026-10-01T00:35:00Z'));
  });

  it.each([
    [{ SIMULATION_START: 'yesterday' }, /SIMULATION_START/],
    [{ SIMULATION_SPEED: '0' }, /SIMULATION_SPEED/],
    [{ SIMULATION_SPEED: 'fast' }, /SIMULATION_SPEED/],
  ])('refuses %j', (environment, message) => {
    expect(() => configFromEnvironment(environment)).toThrow(ConfigError);
    expect(() => configFromEnvironment(environment)).toThrow(message);
  });
});

describe('configFromEnvironment refuses a bad setting in one sentence naming it', () => {
  it.each([
    [{ PORT: '70000' }, 'PORT', /^PORT must be a port number \(0–65535\), got "70000"$/],
    [{ DEMO: 'maybe' }, 'DEMO', /^DEMO must be one of auto, on, off, got "maybe"$/],
    [{ EVENT_BUS: 'kafka' }, 'EVENT_BUS', /^EVENT_BUS must be one of memory, postgres, redis/],
    [{ EVENT_BUS: 'redis' }, 'REDIS_URL', /^EVENT_BUS=redis needs REDIS_URL$/],
    [
      { LOG_LEVEL: 'loud' },
      'LOG_LEVEL',
      /^LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/,
    ],
    [{ SESSION_TTL_HOURS: '-1' }, 'SESSION_TTL_HOURS', /^SESSION_TTL_HOURS must be a positive whole number/],
    [
      { DATABASE_URL: 'localhost:5432' },
      'DATABASE_URL',
      /^DATABASE_URL must be a PostgreSQL URL .*not a URL that starts with localhost:$/,
    ],
    [
      { DATABASE_URL: 'not a url' },
      'DATABASE_URL',
      /^DATABASE_URL must be a PostgreSQL URL .*what it holds is not a URL$/,
    ],
    [
      { DATABASE_URL: 'postgresql://clerk:secret-password@db.internal:5432' },
      'DATABASE_URL',
      /^DATABASE_URL must be a PostgreSQL URL that names a database, .*got postgresql:\/\/clerk:\*\*\*@db.internal:5432$/,
    ],
    [{ REDIS_URL: 'redis.internal:6379' }, 'REDIS_URL', /^REDIS_URL must be a Redis URL/],
  ])('%j', (environment, setting, message) => {
    let failure: unknown = null;
    try {
      configFromEnvironment(environment);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(ConfigError);
    expect((failure as ConfigError).setting).toBe(setting);
    expect((failure as ConfigError).message).toMatch(message);
    expect((failure as ConfigError).message).not.toContain('secret-password');
  });

  it('takes good URLs as they are', () => {
    const config = configFromEnvironment({
      DATABASE_URL: 'postgres://onestop:secret@db.internal:5432/onestop',
      EVENT_BUS: 'redis',
      REDIS_URL: 'rediss://redis.internal:6380/0',
      LOG_LEVEL: 'debug',
    });
    expect(config.databaseUrl).toBe('postgres://onestop:secret@db.internal:5432/onestop');
    expect(config.redisUrl).toBe('rediss://redis.internal:6380/0');
    expect(config.logLevel).toBe('debug');
  });
});
