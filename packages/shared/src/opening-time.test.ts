import { describe, expect, it } from 'vitest';
import type { Locale } from './i18n/locale.js';
import { earliestInstant, formatOpeningDay, formatOpeningTime, openingRefreshDelay } from './opening-time.js';

// Tuesday 24 November 2026, 17:45 in Shanghai (09:45 UTC).
const tuesdayEvening = Date.parse('2026-11-24T09:45:00.000Z');

describe('formatOpeningTime', () => {
  it.each<[string, string, Locale, string]>([
    ['later today', '2026-11-24T10:30:00.000Z', 'zh-CN', '今天 18:30'],
    ['later today', '2026-11-24T10:30:00.000Z', 'en', 'today 18:30'],
    ['tomorrow morning', '2026-11-25T01:00:00.000Z', 'zh-CN', '明天 09:00'],
    ['tomorrow morning', '2026-11-25T01:00:00.000Z', 'en', 'tomorrow 09:00'],
    // 00:30 on Wednesday in Shanghai is still Tuesday in UTC: the hall's day counts.
    ['just after midnight', '2026-11-24T16:30:00.000Z', 'zh-CN', '明天 00:30'],
    ['the day after tomorrow', '2026-11-26T05:30:00.000Z', 'zh-CN', '11月26日 星期四 13:30'],
    ['the day after tomorrow', '2026-11-26T05:30:00.000Z', 'en', 'Thu 26 Nov 13:30'],
    ['after a holiday week', '2026-12-07T01:00:00.000Z', 'zh-CN', '12月7日 星期一 09:00'],
    ['after a holiday week', '2026-12-07T01:00:00.000Z', 'en', 'Mon 7 Dec 09:00'],
    ['in the new year', '2027-01-04T01:00:00.000Z', 'zh-CN', '1月4日 星期一 09:00'],
  ])('%s: %s in %s → %s', (_case, opensAt, locale, expected) => {
    expect(formatOpeningTime(opensAt, tuesdayEvening, locale, 'Asia/Shanghai')).toBe(expected);
  });

  it('reads the day on the hall clock, not the device one', () => {
    // 09:00 on Wednesday in Shanghai is 20:00 on Tuesday in New York: tomorrow for the hall.
    const opensAt = '2026-11-25T01:00:00.000Z';
    expect(formatOpeningTime(opensAt, tuesdayEvening, 'en', 'Asia/Shanghai')).toBe('tomorrow 09:00');
    expect(formatOpeningTime(opensAt, tuesdayEvening, 'en', 'America/New_York')).toBe('today 20:00');
  });

  it('turns "tomorrow" into "today" at the hall midnight', () => {
    const opensAt = '2026-11-25T01:00:00.000Z';
    const beforeMidnight = Date.parse('2026-11-24T15:59:59.000Z');
    const afterMidnight = Date.parse('2026-11-24T16:00:00.000Z');
    expect(formatOpeningTime(opensAt, beforeMidnight, 'zh-CN', 'Asia/Shanghai')).toBe('明天 09:00');
    expect(formatOpeningTime(opensAt, afterMidnight, 'zh-CN', 'Asia/Shanghai')).toBe('今天 09:00');
  });

  it('counts calendar days across a DST change', () => {
    // Sunday 29 March 2026 has 23 hours in Berlin: from 23:30 on Saturday (CET), Sunday 09:00 (CEST)
    // is tomorrow and Monday is two days on, though fewer than 48 hours away.
    const saturdayNight = Date.parse('2026-03-28T22:30:00.000Z');
    expect(formatOpeningTime('2026-03-29T07:00:00.000Z', saturdayNight, 'en', 'Europe/Berlin')).toBe(
      'tomorrow 09:00',
    );
    expect(formatOpeningTime('2026-03-30T06:00:00.000Z', saturdayNight, 'en', 'Europe/Berlin')).toBe(
      'Mon 30 Mar 08:00',
    );
  });

  it('takes a Date, epoch milliseconds or an ISO string alike', () => {
    const opensAt = Date.parse('2026-11-25T01:00:00.000Z');
    const expected = '明天 09:00';
    expect(formatOpeningTime(new Date(opensAt), tuesdayEvening, 'zh-CN', 'Asia/Shanghai')).toBe(expected);
    expect(formatOpeningTime(opensAt, new Date(tuesdayEvening), 'zh-CN', 'Asia/Shanghai')).toBe(expected);
  });

  it('returns an unparsable value as it came', () => {
    expect(formatOpeningTime('soon', tuesdayEvening, 'en', 'Asia/Shanghai')).toBe('soon');
  });

  it('refuses an unknown time zone', () => {
    expect(() => formatOpeningTime('2026-11-25T01:00:00.000Z', tuesdayEvening, 'en', 'Mars/Olympus')).toThrow(
      RangeError,
    );
  });
});

describe('formatOpeningDay', () => {
  it('says the day alone', () => {
    expect(
      formatOpeningDay(Date.parse('2026-11-25T01:00:00.000Z'), tuesdayEvening, 'en', 'Asia/Shanghai'),
    ).toBe('tomorrow');
  });
});

describe('earliestInstant', () => {
  it.each<[(string | null | undefined)[], string | null]>([
    [[], null],
    [[null, undefined], null],
    [['not a time'], null],
    [['2026-11-25T01:00:00.000Z', null, '2026-11-24T10:30:00.000Z'], '2026-11-24T10:30:00.000Z'],
    [['2026-11-25T01:00:00Z', '2026-11-25T09:00:00+08:00'], '2026-11-25T01:00:00Z'],
  ])('%j → %s', (instants, expected) => {
    expect(earliestInstant(instants)).toBe(expected);
  });
});

describe('openingRefreshDelay', () => {
  const now = Date.parse('2026-11-24T09:29:00.000Z');
  it.each<[string, (string | null)[], number]>([
    ['nothing to wait for: the fallback', [], 300_000],
    ['only nulls: the fallback', [null, null], 300_000],
    ['a closing in one minute: just after it', ['2026-11-24T09:30:00.000Z'], 61_000],
    ['the earliest of several', ['2026-11-25T01:00:00.000Z', '2026-11-24T09:29:30.000Z'], 31_000],
    ['an opening in an hour: the fallback comes first', ['2026-11-24T10:29:00.000Z'], 300_000],
    ['an instant just passed: read again soon', ['2026-11-24T09:28:59.500Z'], 15_000],
    ['an instant exactly now counts as passed', ['2026-11-24T09:29:00.000Z'], 15_000],
    ['an unparsable instant is ignored', ['tomorrow'], 300_000],
  ])('%s', (_case, instants, expected) => {
    expect(openingRefreshDelay(instants, now)).toBe(expected);
  });

  it('takes its limits from the options', () => {
    expect(
      openingRefreshDelay(['2026-11-24T09:30:00.000Z'], now, {
        fallbackMilliseconds: 10_000,
        marginMilliseconds: 0,
      }),
    ).toBe(10_000);
    expect(openingRefreshDelay(['2026-11-24T09:29:10.000Z'], now, { marginMilliseconds: 0 })).toBe(10_000);
    expect(openingRefreshDelay(['2026-11-24T09:00:00.000Z'], now, { staleMilliseconds: 2_000 })).toBe(2_000);
  });
});
