import type { CalendarRules } from '@onestop/shared';
import { describe, expect, it } from 'vitest';
import {
  dateOfDay,
  dayOfDate,
  exceptionKindOf,
  periodsText,
  visibleRange,
  workingPeriodsFor,
} from './calendar-days';

const lunchBreak = [
  { opens: '09:00', closes: '12:00' },
  { opens: '13:30', closes: '17:30' },
];
const rules: CalendarRules = {
  timeZone: 'Asia/Shanghai',
  hallHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, periods: lunchBreak })),
  exceptions: [],
};

describe('the month view', () => {
  it('carries a date to the grid and back unchanged, whatever the month', () => {
    for (const day of ['2026-01-01', '2026-02-28', '2026-03-29', '2026-10-25', '2026-12-31']) {
      expect(dayOfDate(dateOfDay(day))).toBe(day);
    }
  });

  it.each([
    ['October 2026 (starts on a Thursday)', '2026-10-01', '2026-09-28', '2026-11-01'],
    ['February 2027 (starts on a Monday)', '2027-02-14', '2027-02-01', '2027-02-28'],
    ['March 2026 (ends on a Tuesday)', '2026-03-31', '2026-02-23', '2026-04-05'],
  ])('shows whole weeks from Monday: %s', (_, month, from, to) => {
    expect(visibleRange(month)).toEqual({ from, to });
  });

  it.each([
    [
      'an ordinary working day',
      { date: '2026-10-12', open: true, periods: lunchBreak, note: null, exception: false },
      null,
    ],
    [
      'an ordinary weekend',
      { date: '2026-10-10', open: false, periods: [], note: null, exception: false },
      null,
    ],
    [
      'a holiday',
      { date: '2026-10-01', open: false, periods: [], note: '国庆节', exception: true },
      'holiday',
    ],
    [
      'an exception that repeats the weekly hours, with no note',
      { date: '2026-10-14', open: true, periods: lunchBreak, note: null, exception: true },
      'hours',
    ],
    [
      'a swapped working Sunday',
      { date: '2026-10-11', open: true, periods: lunchBreak, note: '调休上班', exception: true },
      'workday',
    ],
    [
      'longer hours with no note',
      {
        date: '2026-10-13',
        open: true,
        periods: [{ opens: '09:00', closes: '20:00' }],
        note: null,
        exception: true,
      },
      'hours',
    ],
  ])('tells %s', (_, day, kind) => {
    expect(exceptionKindOf(day, rules)).toBe(kind);
  });

  it('writes periods as people do', () => {
    expect(periodsText(lunchBreak)).toBe('09:00–12:00 13:30–17:30');
  });

  it("opens a closed date with its weekday's hours, else the first weekday's, else a usual day", () => {
    const usual = [{ opens: '08:00', closes: '18:00' }];
    const saturdayMornings = [{ opens: '09:00', closes: '12:00' }];
    const hours = [...rules.hallHours, { weekday: 6, periods: saturdayMornings }];
    expect(workingPeriodsFor(hours, '2026-10-10', usual)).toEqual(saturdayMornings);
    expect(workingPeriodsFor(hours, '2026-10-11', usual)).toEqual(lunchBreak);
    expect(workingPeriodsFor([], '2026-10-11', usual)).toEqual(usual);
  });
});
