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
