import { describe, expect, it } from 'vitest';
import { formatLongDateIn, formatOpeningTimeIn, formatWaitRangeIn } from './public-format.js';

const zone = 'Asia/Shanghai';
// Sunday 6 December 2026, 10:00 in Shanghai.
const now = Date.parse('2026-12-06T02:00:00Z');

describe('formatWaitRangeIn', () => {
  it.each([
    [{ p50Minutes: 5, p90Minutes: 12 }, 'ᠪᠠᠷᠤᠭ 5–12 ᠮᠢᠨᠦ᠋ᠲ'],
    [{ p50Minutes: 7.4, p90Minutes: 6.6 }, 'ᠪᠠᠷᠤᠭ 7 ᠮᠢᠨᠦ᠋ᠲ'],
    [{ p50Minutes: 12, p90Minutes: 5 }, 'ᠪᠠᠷᠤᠭ 5–12 ᠮᠢᠨᠦ᠋ᠲ'],
    [{ p50Minutes: 0.2, p90Minutes: 0.4 }, '1 ᠮᠢᠨᠦ᠋ᠲ ᠡᠴᠡ ᠳᠣᠣᠷ᠎ᠠ'],
    [null, 'ᠲᠠᠭᠠᠮᠠᠭᠯᠠᠯ ᠠᠯᠠ ᠦᠭᠡᠢ'],
  ])('writes %j in Mongolian as %s', (estimate, expected) => {
    expect(formatWaitRangeIn('mn-Mong', estimate)).toBe(expected);
  });

  it('writes zh-CN and en as formatWaitRange does, and an unknown tag as zh-CN', () => {
    const estimate = { p50Minutes: 5, p90Minutes: 12 };
    expect(formatWaitRangeIn('zh-CN', estimate)).toBe('约 5–12 分钟');
    expect(formatWaitRangeIn('en', estimate)).toBe('about 5–12 min');
    expect(formatWaitRangeIn('fr', estimate)).toBe('约 5–12 分钟');
  });
});

describe('formatOpeningTimeIn', () => {
  it.each([
    ['2026-12-06T05:30:00Z', 'ᠥᠨᠥᠳᠥᠷ 13:30'],
    ['2026-12-07T01:00:00Z', 'ᠮᠠᠷᠭᠠᠰᠢ 09:00'],
    // Tuesday 8 December.
    ['2026-12-08T01:00:00Z', '12 ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ 8 ᠭᠠᠷᠠᠭ ᠤᠨ ᠬᠣᠶᠠᠷ 09:00'],
  ])('writes %s in Mongolian on the hall clock as %s', (opensAt, expected) => {
    expect(formatOpeningTimeIn('mn-Mong', opensAt, now, zone)).toBe(expected);
  });

  it('takes the day on the hall clock, not UTC: 00:30 in Shanghai is tomorrow', () => {
    expect(formatOpeningTimeIn('mn-Mong', '2026-12-06T16:30:00Z', now, zone)).toBe('ᠮᠠᠷᠭᠠᠰᠢ 00:30');
  });

  it('returns an unparsable instant as it came, and zh-CN / en as formatOpeningTime', () => {
    expect(formatOpeningTimeIn('mn-Mong', 'not a time', now, zone)).toBe('not a time');
    expect(formatOpeningTimeIn('zh-CN', '2026-12-07T01:00:00Z', now, zone)).toBe('明天 09:00');
    expect(formatOpeningTimeIn('en', '2026-12-07T01:00:00Z', now, zone)).toBe('tomorrow 09:00');
  });
});

describe('formatLongDateIn', () => {
  it('writes the date with its year and weekday in Mongolian', () => {
    expect(formatLongDateIn('mn-Mong', now, zone)).toBe('2026 ᠣᠨ ᠤ 12 ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ 6 ᠭᠠᠷᠠᠭ ᠤᠨ ᠡᠳᠦᠷ');
    expect(formatLongDateIn('zh-CN', now, zone)).toBe('2026年12月6日 星期日');
  });
});
