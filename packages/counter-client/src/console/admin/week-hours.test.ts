import { describe, expect, it } from 'vitest';
import {
  exceptionFormProblem,
  exceptionInputOf,
  hoursInputOf,
  usualWeek,
  weekdayPeriodsField,
  weekFormOf,
  weekFormProblem,
} from './week-hours';

const lunchBreak = [
  { opens: '09:00', closes: '12:00' },
  { opens: '13:30', closes: '17:30' },
];

describe('the week editor model', () => {
  it.each([
    ['a hall without hours is open all day', [], 'hall', 'allDay'],
    ['a service without hours keeps the hall’s', [], 'service', 'hallHours'],
    ['hours of any weekday make a weekly form', [{ weekday: 1, periods: lunchBreak }], 'hall', 'weekly'],
  ] as const)('%s', (_, hours, subject, mode) => {
    expect(weekFormOf(hours, subject).mode).toBe(mode);
  });

  it('sends every weekday in order, an unlisted one closed, and nothing for "all day" or "the hall’s hours"', () => {
    const form = weekFormOf([{ weekday: 3, periods: [{ opens: ' 08:30', closes: '12:00 ' }] }], 'hall');
    expect(hoursInputOf(form)).toEqual([
      { weekday: 1, periods: [] },
      { weekday: 2, periods: [] },
      { weekday: 3, periods: [{ opens: '08:30', closes: '12:00' }] },
      { weekday: 4, periods: [] },
      { weekday: 5, periods: [] },
      { weekday: 6, periods: [] },
      { weekday: 7, periods: [] },
    ]);
    expect(hoursInputOf({ ...form, mode: 'allDay' })).toEqual([]);
    expect(hoursInputOf({ ...form, mode: 'hallHours' })).toEqual([]);
  });

  it("starts a service's own week from its hall's hours, else from a usual week", () => {
    const hall = [{ weekday: 6, periods: [{ opens: '09:00', closes: '12:00' }] }];
    expect(weekFormOf([], 'service', hall).days[6]).toEqual(hall[0]!.periods);
    expect(weekFormOf([], 'service', []).days[1]).toEqual(usualWeek[0]!.periods);
  });

  it.each([
    ['a time that is none', { opens: '9', closes: '12:00' }, 'hours[1].periods[0].opens', 'timeFormat'],
    [
      'closing before opening',
      { opens: '13:00', closes: '12:00' },
      'hours[1].periods[0].closes',
      'closesBeforeOpens',
    ],
    ['an empty field', { opens: '09:00', closes: '' }, 'hours[1].periods[0].closes', 'timeFormat'],
  ])('refuses %s, naming the input as the server would', (_, period, field, kind) => {
    const form = weekFormOf([{ weekday: 2, periods: [period] }], 'hall');
    expect(weekFormProblem(form)).toEqual({ field, problem: { kind } });
    expect(field.startsWith(weekdayPeriodsField(2))).toBe(true);
  });

  it('refuses overlapping periods of one day, and accepts a lunch break and 24:00', () => {
    const overlapping = weekFormOf(
      [{ weekday: 5, periods: [...lunchBreak, { opens: '11:00', closes: '14:00' }] }],
      'hall',
    );
    expect(weekFormProblem(overlapping)?.problem).toEqual({ kind: 'overlap' });
    const fine = weekFormOf(
      [
        { weekday: 1, periods: lunchBreak },
        { weekday: 7, periods: [{ opens: '00:00', closes: '24:00' }] },
      ],
      'hall',
    );
    expect(weekFormProblem(fine)).toBeNull();
  });
});

describe('an exception of one date', () => {
  it('is closed with no periods, keeps a note, and drops an empty one', () => {
    expect(exceptionInputOf('2026-10-01', { closed: true, periods: lunchBreak, note: ' 国庆节 ' })).toEqual({
      date: '2026-10-01',
      periods: [],
      note: '国庆节',
    });
    expect(exceptionInputOf('2026-10-11', { closed: false, periods: lunchBreak, note: '' })).toEqual({
      date: '2026-10-11',
      periods: lunchBreak,
      note: null,
    });
  });

  it('is checked by the shared rules', () => {
    expect(
      exceptionFormProblem('2026-10-11', {
        closed: false,
        periods: [{ opens: '09:00', closes: '25:00' }],
        note: '',
      }),
    ).toEqual({ field: 'exceptions[0].periods[0].closes', problem: { kind: 'timeFormat' } });
    expect(exceptionFormProblem('2026-10-11', { closed: true, periods: [], note: '' })).toBeNull();
  });
});
