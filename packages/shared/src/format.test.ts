import { describe, expect, it } from 'vitest';
import {
  formatClockTime,
  formatDateTime,
  formatDuration,
  formatLongDate,
  formatTicketNumber,
  formatWaitRange,
  type WaitRange,
} from './format.js';
import type { Locale } from './i18n/locale.js';

describe('formatTicketNumber', () => {
  it.each<[string, number, string]>([
    ['A', 1, 'A001'],
    ['A', 42, 'A042'],
    ['B', 999, 'B999'],
    ['A', 1000, 'A1000'],
    ['ABC', 7, 'ABC007'],
    ['Z', 12345, 'Z12345'],
  ])('%s + %i → %s', (prefix, sequence, expected) => {
    expect(formatTicketNumber(prefix, sequence)).toBe(expected);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses sequence %s', (sequence) => {
    expect(() => formatTicketNumber('A', sequence)).toThrow(RangeError);
  });
});

describe('formatWaitRange', () => {
  it.each<[WaitRange | null, Locale, string]>([
    [{ p50Minutes: 5, p90Minutes: 12 }, 'zh-CN', '约 5–12 分钟'],
    [{ p50Minutes: 5, p90Minutes: 12 }, 'en', 'about 5–12 min'],
    [{ p50Minutes: 8, p90Minutes: 8 }, 'zh-CN', '约 8 分钟'],
    [{ p50Minutes: 8, p90Minutes: 8 }, 'en', 'about 8 min'],
    [{ p50Minutes: 0, p90Minutes: 3 }, 'en', 'about 0–3 min'],
    [{ p50Minutes: 0, p90Minutes: 0 }, 'zh-CN', '不到 1 分钟'],
    [{ p50Minutes: 0, p90Minutes: 0 }, 'en', 'under 1 min'],
    [{ p50Minutes: 12, p90Minutes: 5 }, 'en', 'about 5–12 min'],
    [{ p50Minutes: -2, p90Minutes: 4 }, 'en', 'about 0–4 min'],
    [null, 'zh-CN', '暂无预计'],
    [null, 'en', 'no estimate yet'],
  ])('%j in %s → %s', (estimate, locale, expected) => {
    expect(formatWaitRange(estimate, locale)).toBe(expected);
  });
});

describe('formatDuration', () => {
  it.each<[number, Locale, string]>([
    [0, 'zh-CN', '0 秒'],
    [0, 'en', '0 s'],
    [45, 'zh-CN', '45 秒'],
    [45.4, 'en', '45 s'],
    [59.6, 'en', '1 min'],
    [60, 'zh-CN', '1 分'],
    [125, 'zh-CN', '2 分 5 秒'],
    [125, 'en', '2 min 5 s'],
    [3600, 'en', '1 h'],
    [3725, 'zh-CN', '1 小时 2 分'],
    [3725, 'en', '1 h 2 min'],
    [90061, 'en', '25 h 1 min'],
    [-3, 'en', '0 s'],
    [Number.NaN, 'zh-CN', '0 秒'],
  ])('%s s in %s → %s', (seconds, locale, expected) => {
    expect(formatDuration(seconds, locale)).toBe(expected);
  });
});

describe('formatDateTime', () => {
  it.each<[string, Locale, string | undefined, string]>([
    ['2026-11-24T09:30:00.000Z', 'zh-CN', 'Asia/Shanghai', '2026/11/24 17:30'],
    ['2026-11-24T09:30:00.000Z', 'en', 'Asia/Shanghai', '24 Nov 2026, 17:30'],
    ['2026-11-24T16:05:00.000Z', 'zh-CN', 'Asia/Shanghai', '2026/11/25 00:05'],
    ['2026-11-24T09:30:00.000Z', 'en', 'UTC', '24 Nov 2026, 09:30'],
    ['not a date', 'en', 'UTC', 'not a date'],
  ])('%s in %s (%s) → %s', (isoString, locale, timeZone, expected) => {
    expect(formatDateTime(isoString, locale, timeZone)).toBe(expected);
  });
});

describe('hall clock and date', () => {
  // 01:05 UTC is 09:05 in Shanghai and 17:05 the day before in Los Angeles.
  const moment = Date.parse('2026-11-24T01:05:00.000Z');

  it.each([
    ['Asia/Shanghai', '09:05'],
    ['America/Los_Angeles', '17:05'],
    ['UTC', '01:05'],
  ])('formatClockTime in %s → %s', (timeZone, expected) => {
    expect(formatClockTime(moment, timeZone)).toBe(expected);
  });

  it.each<[Locale, string, string]>([
    ['zh-CN', 'Asia/Shanghai', '2026年11月24日 星期二'],
    ['en', 'Asia/Shanghai', 'Tuesday 24 November 2026'],
    ['zh-CN', 'America/Los_Angeles', '2026年11月23日 星期一'],
  ])('formatLongDate in %s, %s → %s', (locale, timeZone, expected) => {
    expect(formatLongDate(moment, locale, timeZone)).toBe(expected);
  });
});
