import { describe, expect, it } from 'vitest';
import {
  exceptionsProblem,
  isOpenAt,
  issuingAt,
  lastClosingBefore,
  openIntervals,
  resolveDay,
  resolveDays,
  weeklyHoursProblem,
  workDoneAt,
  type CalendarRules,
  type WeeklyHours,
} from './calendar.js';

const workingWeek: WeeklyHours[] = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  periods: [
    { opens: '09:00', closes: '12:00' },
    { opens: '13:30', closes: '17:30' },
  ],
}));

// 2026-10-01 … 07 国庆节; 2026-10-10 (Saturday) 调休上班.
const shanghai: CalendarRules = {
  timeZone: 'Asia/Shanghai',
  hallHours: workingWeek,
  exceptions: [
    ...['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'].map((date) => ({
      date,
      periods: [],
      note: '国庆节',
    })),
    { date: '2026-10-10', periods: workingWeek[0]!.periods, note: '调休上班' },
  ],
};

/** A local time in Shanghai (UTC+8, no DST). */
const atShanghai = (day: string, time: string): Date => new Date(`${day}T${time}:00+08:00`);

describe('resolveDay', () => {
  it.each([
    ['a Monday', '2026-10-12', true, '09:00–12:00, 13:30–17:30', null],
    ['a Sunday', '2026-10-11', false, '', null],
    ['a holiday on a weekday', '2026-10-01', false, '', '国庆节'],
    ['a swapped working Saturday', '2026-10-10', true, '09:00–12:00, 13:30–17:30', '调休上班'],
  ])('%s', (_, date, open, periods, note) => {
    const day = resolveDay(shanghai, date);
    expect(day.open).toBe(open);
    expect(day.periods.map((period) => `${period.opens}–${period.closes}`).join(', ')).toBe(periods);
    expect(day.note).toBe(note);
  });

  it('a hall without weekly hours is open all day, every day, but for its exceptions', () => {
    const rules: CalendarRules = {
      timeZone: 'Asia/Shanghai',
      hallHours: [],
      exceptions: shanghai.exceptions,
    };
    expect(resolveDay(rules, '2026-10-11').periods).toEqual([{ opens: '00:00', closes: '24:00' }]);
    expect(resolveDay(rules, '2026-10-01').open).toBe(false);
  });

  it('a service is open within its own hours and the hall’s, and keeps its hours on a swapped day', () => {
    const rules: CalendarRules = {
      ...shanghai,
      serviceHours: [1, 2, 3, 4, 5].map((weekday) => ({
        weekday,
        periods: [{ opens: '08:00', closes: '12:30' }],
      })),
    };
    expect(resolveDay(rules, '2026-10-12').periods).toEqual([{ opens: '09:00', closes: '12:00' }]);
    expect(resolveDay(rules, '2026-10-10').periods).toEqual([{ opens: '09:00', closes: '12:00' }]);
    expect(resolveDay(rules, '2026-10-01').open).toBe(false);
  });

  it('all seven weekdays listed empty close the hall except on its exceptions', () => {
    const rules: CalendarRules = {
      timeZone: 'Asia/Shanghai',
      hallHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, periods: [] })),
      exceptions: [{ date: '2026-10-10', periods: [{ opens: '10:00', closes: '11:00' }], note: null }],
    };
    expect(resolveDays(rules, '2026-10-05', '2026-10-11').map((day) => day.open)).toEqual([
      false,
      false,
      false,
      false,
      false,
      true,
      false,
    ]);
  });
});

describe('validation names the field', () => {
  it.each([
    [[{ weekday: 0, periods: [] }], 'hours[0].weekday', 'outOfRange'],
    [[{ weekday: 8, periods: [] }], 'hours[0].weekday', 'outOfRange'],
    [
      [
        { weekday: 1, periods: [] },
        { weekday: 1, periods: [] },
      ],
      'hours[1].weekday',
      'duplicate',
    ],
    [
      [{ weekday: 1, periods: [{ opens: '9:00', closes: '12:00' }] }],
      'hours[0].periods[0].opens',
      'timeFormat',
    ],
    [
      [{ weekday: 1, periods: [{ opens: '09:00', closes: '24:01' }] }],
      'hours[0].periods[0].closes',
      'timeFormat',
    ],
    [
      [{ weekday: 1, periods: [{ opens: '24:00', closes: '24:00' }] }],
      'hours[0].periods[0].opens',
      'timeFormat',
    ],
    [
      [{ weekday: 1, periods: [{ opens: '12:00', closes: '09:00' }] }],
      'hours[0].periods[0].closes',
      'closesBeforeOpens',
    ],
    [
      [{ weekday: 1, periods: [{ opens: '12:00', closes: '12:00' }] }],
      'hours[0].periods[0].closes',
      'closesBeforeOpens',
    ],
    [
      [
        {
          weekday: 3,
          periods: [
            { opens: '09:00', closes: '12:00' },
            { opens: '11:00', closes: '13:00' },
          ],
        },
      ],
      'hours[0].periods[1].opens',
      'overlap',
    ],
  ])('%j → %s %s', (hours, field, kind) => {
    expect(weeklyHoursProblem(hours)).toMatchObject({ field, problem: { kind } });
  });

  it('accepts adjacent periods and a day closing at 24:00', () => {
    expect(
      weeklyHoursProblem([
        {
          weekday: 7,
          periods: [
            { opens: '00:00', closes: '12:00' },
            { opens: '12:00', closes: '24:00' },
          ],
        },
      ]),
    ).toBeNull();
  });

  it.each([
    [[{ date: '2026-02-30', periods: [] }], 'exceptions[0].date', 'dateFormat'],
    [[{ date: '2026-1-3', periods: [] }], 'exceptions[0].date', 'dateFormat'],
    [
      [
        { date: '2026-10-01', periods: [] },
        { date: '2026-10-01', periods: [] },
      ],
      'exceptions[1].date',
      'duplicate',
    ],
  ])('exceptions %j → %s', (exceptions, field, kind) => {
    expect(exceptionsProblem(exceptions)).toMatchObject({ field, problem: { kind } });
  });
});

describe('issuingAt across a day in Asia/Shanghai', () => {
  // Monday 2026-10-12, 停止取号 30 minutes before each closing.
  it.each([
    ['03:00', false, '2026-10-12T09:00'],
    ['08:59', false, '2026-10-12T09:00'],
    ['09:00', true, null],
    ['11:29', true, null],
    ['11:30', false, '2026-10-12T13:30'],
    ['12:45', false, '2026-10-12T13:30'],
    ['13:30', true, null],
    ['16:59', true, null],
    ['17:00', false, '2026-10-13T09:00'],
    ['23:00', false, '2026-10-13T09:00'],
  ])('at %s issuing %s, opens %s', (time, issuing, opensAt) => {
    const state = issuingAt(shanghai, atShanghai('2026-10-12', time), 30);
    expect(state.issuing).toBe(issuing);
    expect(state.opensAt?.getTime() ?? null).toBe(
      opensAt ? atShanghai(...(opensAt.split('T') as [string, string])).getTime() : null,
    );
  });

  it('while issuing, says when it stops and when the counters close', () => {
    const state = issuingAt(shanghai, atShanghai('2026-10-12', '10:00'), 30);
    expect(state.stopsAt).toEqual(atShanghai('2026-10-12', '11:30'));
    expect(state.closesAt).toEqual(atShanghai('2026-10-12', '12:00'));
  });

  it('on the National Day holiday, opens again on the working Thursday after the weekend', () => {
    expect(issuingAt(shanghai, atShanghai('2026-10-01', '10:00')).opensAt).toEqual(
      atShanghai('2026-10-08', '09:00'),
    );
  });

  it('on a swapped Saturday issues; on an ordinary Saturday opens on Monday', () => {
    expect(issuingAt(shanghai, atShanghai('2026-10-10', '10:00')).issuing).toBe(true);
    expect(issuingAt(shanghai, atShanghai('2026-10-17', '10:00')).opensAt).toEqual(
      atShanghai('2026-10-19', '09:00'),
    );
  });

  it('a hall without hours always issues, with no closing in sight', () => {
    const state = issuingAt(
      { timeZone: 'Asia/Shanghai', hallHours: [], exceptions: [] },
      atShanghai('2026-10-12', '23:59'),
      30,
    );
    expect(state).toEqual({ issuing: true, stopsAt: null, closesAt: null, opensAt: null });
  });

  it('a calendar closed for good has no next opening', () => {
    const closed: CalendarRules = {
      timeZone: 'Asia/Shanghai',
      hallHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, periods: [] })),
      exceptions: [],
    };
    expect(issuingAt(closed, atShanghai('2026-10-12', '10:00'))).toMatchObject({
      issuing: false,
      opensAt: null,
    });
  });

  it('a period shorter than the last-issue minutes never issues', () => {
    const short: CalendarRules = {
      timeZone: 'Asia/Shanghai',
      hallHours: [{ weekday: 1, periods: [{ opens: '09:00', closes: '09:20' }] }],
      exceptions: [],
    };
    expect(issuingAt(short, atShanghai('2026-10-12', '08:00'), 30)).toMatchObject({
      issuing: false,
      opensAt: null,
    });
  });
});

describe('a zone with DST (Europe/Berlin, clocks jump 02:00 → 03:00 on 2026-03-29)', () => {
  const berlin: CalendarRules = {
    timeZone: 'Europe/Berlin',
    hallHours: [7].map((weekday) => ({ weekday, periods: [{ opens: '01:00', closes: '04:00' }] })),
    exceptions: [],
  };
  it('the open stretch on the day of the jump lasts two hours of real time', () => {
    const [stretch] = openIntervals(berlin, '2026-03-29', '2026-03-29');
    expect(new Date(stretch!.start).toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(new Date(stretch!.end).toISOString()).toBe('2026-03-29T02:00:00.000Z');
  });
  it('is open just after the jump and closed after 04:00 local', () => {
    expect(isOpenAt(berlin, new Date('2026-03-29T01:30:00Z'))).toBe(true);
    expect(isOpenAt(berlin, new Date('2026-03-29T02:00:00Z'))).toBe(false);
    expect(issuingAt(berlin, new Date('2026-03-29T02:00:00Z')).opensAt?.toISOString()).toBe(
      '2026-04-04T23:00:00.000Z',
    );
  });
});

describe('lastClosingBefore', () => {
  it.each([
    ['in the lunch break', '2026-10-12', '12:30', '2026-10-12T12:00'],
    ['in the evening', '2026-10-12', '20:00', '2026-10-12T17:30'],
    ['on Monday morning after a weekend, beyond two days', '2026-10-19', '08:00', null],
    ['on Saturday morning', '2026-10-17', '08:00', '2026-10-16T17:30'],
  ])('%s', (_label, day, time, expected) => {
    expect(lastClosingBefore(shanghai, atShanghai(day, time))?.getTime() ?? null).toBe(
      expected ? atShanghai(...(expected.split('T') as [string, string])).getTime() : null,
    );
  });
});

describe('workDoneAt', () => {
  it('a wait that runs into the lunch break resumes after it', () => {
    expect(workDoneAt(shanghai, atShanghai('2026-10-12', '11:50'), 15)).toEqual(
      atShanghai('2026-10-12', '13:35'),
    );
  });
  it('within a period it is plain arithmetic', () => {
    expect(workDoneAt(shanghai, atShanghai('2026-10-12', '10:00'), 15)).toEqual(
      atShanghai('2026-10-12', '10:15'),
    );
  });
  it('past the day’s last closing the counters go on serving who waits', () => {
    expect(workDoneAt(shanghai, atShanghai('2026-10-09', '17:20'), 20)).toEqual(
      atShanghai('2026-10-09', '17:40'),
    );
    expect(workDoneAt(shanghai, atShanghai('2026-10-09', '11:50'), 270)).toEqual(
      atShanghai('2026-10-09', '17:50'),
    );
  });
  it('before the day’s first opening the work starts at the opening', () => {
    expect(workDoneAt(shanghai, atShanghai('2026-10-12', '08:00'), 10)).toEqual(
      atShanghai('2026-10-12', '09:10'),
    );
  });
});
