import { describe, expect, it } from 'vitest';
import { serviceDayOf, startOfServiceDay } from './service-day.js';
import { sweepZones, sweptDays, zonesOfHalf } from './service-day.sweep.js';

describe('the service day in every time zone, 2020–2030 (half 2 of the zones)', () => {
  const zones = zonesOfHalf(1);

  it('starts each day at local midnight, or at the first instant after it where midnight is skipped', () => {
    expect(sweptDays).toHaveLength(4018);
    expect(sweepZones(zones)).toEqual([]);
    // 800,000 days: several seconds of Intl on the machines here.
  }, 120_000);

  it('leaves no instant without a day: the millisecond before a day starts is the day before', () => {
    const problems = zonesOfHalf(0)
      .concat(zones)
      .filter((timeZone) => {
        const next = startOfServiceDay('2026-03-09', timeZone).getTime();
        return serviceDayOf(next - 1, timeZone) !== '2026-03-08';
      });
    expect(problems).toEqual([]);
  });
});
