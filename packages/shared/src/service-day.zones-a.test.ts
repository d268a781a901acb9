import { describe, expect, it } from 'vitest';
import { sweepZones, sweptDays, zonesOfHalf } from './service-day.sweep.js';

describe('the service day in every time zone, 2020–2030 (half 1 of the zones)', () => {
  const zones = zonesOfHalf(0);

  it('starts each day at local midnight, or at the first instant after it where midnight is skipped', () => {
    expect(sweptDays).toHaveLength(4018);
    expect(sweepZones(zones)).toEqual([]);
    // 800,000 days: several seconds of Intl on the machines here.
  }, 120_000);

  it('covers the zones of the world', () => {
    const all = [...zonesOfHalf(0), ...zonesOfHalf(1)];
    expect(all.length).toBeGreaterThan(300);
    expect(all).toContain('Asia/Shanghai');
    expect(all).toContain('America/Santiago');
    expect(new Set(all).size).toBe(Intl.supportedValuesOf('timeZone').length);
  });
});
