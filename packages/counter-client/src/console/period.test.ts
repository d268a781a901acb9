import { describe, expect, it } from 'vitest';
import { addDays } from '@onestop/shared';
import { isCalendarDay, type PeriodChoice, resolvePeriod } from './period';

// Wednesday 25 November 2026, 01:30 in Shanghai (still the 24th in UTC).
const now = new Date('2026-11-24T17:30:00.000Z');

describe('resolvePeriod', () => {
  it.each<[PeriodChoice, string, string, string, string]>([
    [{ preset: 'today' }, '2026-11-24T16:00:00.000Z', '2026-11-25T16:00:00.000Z', '2026-11-25', '2026-11-25'],
    [
      { preset: 'yesterday' },
      '2026-11-23T16:00:00.000Z',
      '2026-11-24T16:00:00.000Z',
      '2026-11-24',
      '2026-11-24',
    ],
    [
      { preset: 'thisWeek' },
      '2026-11-22T16:00:00.000Z',
      '2026-11-29T16:00:00.000Z',
      '2026-11-23',
      '2026-11-29',
    ],
    [
      { preset: 'lastWeek' },
      '2026-11-15T16:00:00.000Z',
      '2026-11-22T16:00:00.000Z',
      '2026-11-16',
      '2026-11-22',
    ],
    [
      { preset: 'thisMonth' },
      '2026-10-31T16:00:00.000Z',
      '2026-11-30T16:00:00.000Z',
      '2026-11-01',
      '2026-11-30',
    ],
    [
      { preset: 'lastMonth' },
      '2026-09-30T16:00:00.000Z',
      '2026-10-31T16:00:00.000Z',
      '2026-10-01',
      '2026-10-31',
    ],
    [
      { preset: 'custom', firstDay: '2026-11-02', lastDay: '2026-11-03' },
      '2026-11-01T16:00:00.000Z',
      '2026-11-03T16:00:00.000Z',
      '2026-11-02',
      '2026-11-03',
    ],
  ])('%j in Asia/Shanghai', (choice, from, to, firstDay, lastDay) => {
    expect(resolvePeriod(choice, now, 'Asia/Shanghai')).toEqual({ from, to, firstDay, lastDay });
  });

  it('takes the day from the hall clock, not UTC', () => {
    expect(resolvePeriod({ preset: 'today' }, now, 'UTC')?.firstDay).toBe('2026-11-24');
  });

  it('crosses a year for last month in January', () => {
    expect(resolvePeriod({ preset: 'lastMonth' }, new Date('2027-01-10T12:00:00Z'), 'UTC')).toMatchObject({
      firstDay: '2026-12-01',
      lastDay: '2026-12-31',
    });
  });

  it.each<PeriodChoice>([
    { preset: 'custom' },
    { preset: 'custom', firstDay: '2026-11-05', lastDay: '2026-11-04' },
    { preset: 'custom', firstDay: '2026-02-30', lastDay: '2026-03-01' },
  ])('refuses an incomplete or reversed custom period %j', (choice) => {
    expect(resolvePeriod(choice, now, 'Asia/Shanghai')).toBeNull();
  });
});

describe('calendar days', () => {
  it('adds across months and checks real days', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(isCalendarDay('2026-02-28')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('26-2-1')).toBe(false);
  });
});
