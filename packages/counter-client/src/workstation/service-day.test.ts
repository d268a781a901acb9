import { describe, expect, it } from 'vitest';
import { serviceDayRange } from './service-day';

describe('serviceDayRange', () => {
  it.each([
    // 09:30 in Shanghai: that day from 00:00 (16:00 UTC the day before).
    ['2026-11-24T01:30:00.000Z', 'Asia/Shanghai', '2026-11-23T16:00:00.000Z', '2026-11-24T16:00:00.000Z'],
    // 23:59 in Shanghai is still the same day; 00:00 is the next.
    ['2026-11-24T15:59:59.000Z', 'Asia/Shanghai', '2026-11-23T16:00:00.000Z', '2026-11-24T16:00:00.000Z'],
    ['2026-11-24T16:00:00.000Z', 'Asia/Shanghai', '2026-11-24T16:00:00.000Z', '2026-11-25T16:00:00.000Z'],
    ['2026-06-01T12:00:00.000Z', 'UTC', '2026-06-01T00:00:00.000Z', '2026-06-02T00:00:00.000Z'],
    // The day Europe/Berlin moves its clocks forward has 23 hours.
    ['2026-03-29T10:00:00.000Z', 'Europe/Berlin', '2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z'],
  ])('%s in %s → [%s, %s)', (now, timeZone, from, to) => {
    expect(serviceDayRange(new Date(now), timeZone)).toEqual({ from, to });
  });
});
