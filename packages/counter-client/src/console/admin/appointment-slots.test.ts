import type { WeeklyHours } from '@onestop/shared';
import { describe, expect, it } from 'vitest';
import { typicalDayOf } from './appointment-slots';

const weekendOnly: WeeklyHours[] = [
  { weekday: 1, periods: [] },
  { weekday: 6, periods: [{ opens: '09:00', closes: '10:10' }] },
];
const hallWeek: WeeklyHours[] = [
  {
    weekday: 1,
    periods: [
      { opens: '09:00', closes: '10:00' },
      { opens: '13:30', closes: '13:50' },
    ],
  },
];

describe('typicalDayOf', () => {
  it.each([
    {
      case: "the service's own first open weekday, a remainder making no slot",
      service: weekendOnly,
      hall: hallWeek,
      slotMinutes: 30,
      weekday: 6,
      counts: [2],
    },
    {
      case: "the hall's hours for a service without its own, a short period making none",
      service: [],
      hall: hallWeek,
      slotMinutes: 30,
      weekday: 1,
      counts: [2, 0],
    },
    {
      case: 'a hall without hours: open all day',
      service: [],
      hall: [],
      slotMinutes: 60,
      weekday: null,
      counts: [24],
    },
  ])('$case', ({ service, hall, slotMinutes, weekday, counts }) => {
    const day = typicalDayOf(service, hall, slotMinutes);
    expect(day.weekday).toBe(weekday);
    expect(day.periods?.map((period) => period.slots.length)).toEqual(counts);
  });

  it('gives the slots of each period from its opening', () => {
    expect(typicalDayOf([], hallWeek, 30).periods?.[0]?.slots).toEqual([
      { start: '09:00', end: '09:30' },
      { start: '09:30', end: '10:00' },
    ]);
  });

  it('finds no day in a week closed on every weekday', () => {
    expect(typicalDayOf([{ weekday: 3, periods: [] }], hallWeek, 30)).toEqual({
      weekday: null,
      periods: null,
    });
  });
});
