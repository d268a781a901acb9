import { describe, expect, it } from 'vitest';
import {
  addDays,
  nextServiceDayStart,
  serviceDayOf,
  serviceDayRange,
  startOfServiceDay,
} from './service-day.js';

const shanghai = 'Asia/Shanghai';
const losAngeles = 'America/Los_Angeles';
// Chile moves its clocks at midnight: in September 24:00 → 01:00 (no midnight), in April
// 24:00 → 23:00 (the last hour of the day repeats).
const santiago = 'America/Santiago';
// Cuba sets clocks back at 01:00 → 00:00 in November: midnight happens twice.
const havana = 'America/Havana';

const previousDay = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

describe('serviceDayOf', () => {
  it.each<[string, string, string]>([
    ['2026-11-24T15:59:59.999Z', shanghai, '2026-11-24'],
    ['2026-11-24T15:59:59Z', shanghai, '2026-11-24'],
    ['2026-11-24T16:00:00Z', shanghai, '2026-11-25'],
    ['2026-11-24T00:00:00Z', shanghai, '2026-11-24'],
    // Los Angeles in winter is UTC−8: local midnight is 08:00Z.
    ['2026-11-25T07:59:59Z', losAngeles, '2026-11-24'],
    ['2026-11-25T08:00:00Z', losAngeles, '2026-11-25'],
    // In summer UTC−7: local midnight is 07:00Z.
    ['2026-07-01T06:59:59Z', losAngeles, '2026-06-30'],
    ['2026-07-01T07:00:00Z', losAngeles, '2026-07-01'],
    ['2026-12-31T15:59:59Z', shanghai, '2026-12-31'],
    ['2026-12-31T16:00:00Z', shanghai, '2027-01-01'],
    ['2026-06-15T12:00:00Z', 'UTC', '2026-06-15'],
  ])('%s in %s → %s', (instant, timeZone, expected) => {
    expect(serviceDayOf(new Date(instant), timeZone)).toBe(expected);
  });

  it.each([
    ['Asia/Shanghai', '2026-11-24'],
    ['America/Los_Angeles', '2026-11-23'],
  ])('takes an instant as milliseconds too: 01:05Z in %s → %s', (timeZone, expected) => {
    const moment = Date.parse('2026-11-24T01:05:00.000Z');
    expect(serviceDayOf(moment, timeZone)).toBe(expected);
    expect(serviceDayOf(new Date(moment), timeZone)).toBe(expected);
  });

  it('refuses an unknown timezone', () => {
    expect(() => serviceDayOf(new Date(), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });

  it('refuses what is not a time', () => {
    expect(() => serviceDayOf(Date.parse('soon'), shanghai)).toThrow(RangeError);
  });
});

describe('startOfServiceDay', () => {
  it.each<[string, string, string]>([
    ['2026-11-25', shanghai, '2026-11-24T16:00:00.000Z'],
    ['2026-11-24', losAngeles, '2026-11-24T08:00:00.000Z'],
    ['2026-07-01', losAngeles, '2026-07-01T07:00:00.000Z'],
    // DST starts 2026-03-08 at 02:00 (a 23-hour day): midnight is still PST.
    ['2026-03-08', losAngeles, '2026-03-08T08:00:00.000Z'],
    ['2026-03-09', losAngeles, '2026-03-09T07:00:00.000Z'],
    // DST ends 2026-11-01 at 02:00 (a 25-hour day): midnight is still PDT.
    ['2026-11-01', losAngeles, '2026-11-01T07:00:00.000Z'],
    ['2026-11-02', losAngeles, '2026-11-02T08:00:00.000Z'],
    // No 00:00 on 2026-09-06 in Santiago: the day starts at 01:00 −03, the instant of the jump.
    ['2026-09-06', santiago, '2026-09-06T04:00:00.000Z'],
    // 2026-04-04 ends with a repeated hour; 2026-04-05 starts at 00:00 −04.
    ['2026-04-05', santiago, '2026-04-05T04:00:00.000Z'],
    // Midnight twice in Havana on 2026-11-01: the day starts at the first one (−04).
    ['2026-11-01', havana, '2026-11-01T04:00:00.000Z'],
    ['2026-01-01', 'UTC', '2026-01-01T00:00:00.000Z'],
    ['2026-01-01', 'Pacific/Kiritimati', '2025-12-31T10:00:00.000Z'],
    ['2026-01-01', 'Asia/Kolkata', '2025-12-31T18:30:00.000Z'],
    // Berlin: UTC+1 in winter, UTC+2 in summer; the day clocks go forward still starts at 00:00 CET.
    ['2026-01-15', 'Europe/Berlin', '2026-01-14T23:00:00.000Z'],
    ['2026-07-15', 'Europe/Berlin', '2026-07-14T22:00:00.000Z'],
    ['2026-03-29', 'Europe/Berlin', '2026-03-28T23:00:00.000Z'],
    // The instant the day-start copy in the apps once got wrong (03:00Z, the day before).
    ['2024-09-08', santiago, '2024-09-08T04:00:00.000Z'],
  ])('%s in %s starts at %s', (day, timeZone, expected) => {
    expect(startOfServiceDay(day, timeZone).toISOString()).toBe(expected);
  });

  const roundTrips: [string, string][] = [
    ['2026-11-24', shanghai],
    ['2026-11-25', shanghai],
    ['2026-03-07', losAngeles],
    ['2026-03-08', losAngeles],
    ['2026-03-09', losAngeles],
    ['2026-10-31', losAngeles],
    ['2026-11-01', losAngeles],
    ['2026-11-02', losAngeles],
    ['2026-09-06', santiago],
    ['2026-04-05', santiago],
    ['2026-11-01', havana],
    ['2026-03-08', havana],
    ['2026-02-28', 'Australia/Lord_Howe'],
    ['2026-04-05', 'Australia/Lord_Howe'],
  ];

  it.each(roundTrips)('%s in %s maps back, and the millisecond before is the day before', (day, timeZone) => {
    const start = startOfServiceDay(day, timeZone);
    expect(serviceDayOf(start, timeZone)).toBe(day);
    expect(serviceDayOf(new Date(start.getTime() - 1), timeZone)).toBe(previousDay(day));
  });

  it.each<[string, string, number]>([
    ['2026-03-08', losAngeles, 23],
    ['2026-11-01', losAngeles, 25],
    ['2026-11-24', losAngeles, 24],
    ['2026-11-24', shanghai, 24],
  ])('%s in %s lasts %i hours', (day, timeZone, hours) => {
    const start = startOfServiceDay(day, timeZone).getTime();
    const next = nextServiceDayStart(new Date(start), timeZone).getTime();
    expect((next - start) / 3_600_000).toBe(hours);
  });

  it.each(['2026-02-30', '2026-13-01', '26-11-24', '2026-11-24T00:00', ''])('refuses %j', (day) => {
    expect(() => startOfServiceDay(day, shanghai)).toThrow(RangeError);
  });
});

describe('nextServiceDayStart', () => {
  it.each<[string, string, string]>([
    ['2026-11-24T15:59:59Z', shanghai, '2026-11-24T16:00:00.000Z'],
    ['2026-11-24T16:00:00Z', shanghai, '2026-11-25T16:00:00.000Z'],
    ['2026-11-24T02:00:00Z', shanghai, '2026-11-24T16:00:00.000Z'],
    ['2026-11-25T07:59:59Z', losAngeles, '2026-11-25T08:00:00.000Z'],
    ['2026-11-25T08:00:00Z', losAngeles, '2026-11-26T08:00:00.000Z'],
    ['2026-03-08T12:00:00Z', losAngeles, '2026-03-09T07:00:00.000Z'],
    ['2026-11-01T12:00:00Z', losAngeles, '2026-11-02T08:00:00.000Z'],
    ['2026-09-05T20:00:00Z', santiago, '2026-09-06T04:00:00.000Z'],
    // 23:30 in the repeated hour of 2026-04-04 (−04): the next midnight is 00:00 −04.
    ['2026-04-05T03:30:00Z', santiago, '2026-04-05T04:00:00.000Z'],
    // 00:30 of the second run of midnight in Havana: the next day starts the following midnight.
    ['2026-11-01T05:30:00Z', havana, '2026-11-02T05:00:00.000Z'],
  ])('after %s in %s → %s', (instant, timeZone, expected) => {
    const next = nextServiceDayStart(new Date(instant), timeZone);
    expect(next.toISOString()).toBe(expected);
    expect(next.getTime()).toBeGreaterThan(Date.parse(instant));
  });
});

describe('addDays', () => {
  it('adds across months and years', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('serviceDayRange', () => {
  it.each([
    // 09:30 in Shanghai: that day from 00:00 (16:00 UTC the day before).
    ['2026-11-24T01:30:00.000Z', shanghai, '2026-11-23T16:00:00.000Z', '2026-11-24T16:00:00.000Z'],
    // 23:59 in Shanghai is still the same day; 00:00 is the next.
    ['2026-11-24T15:59:59.000Z', shanghai, '2026-11-23T16:00:00.000Z', '2026-11-24T16:00:00.000Z'],
    ['2026-11-24T16:00:00.000Z', shanghai, '2026-11-24T16:00:00.000Z', '2026-11-25T16:00:00.000Z'],
    ['2026-06-01T12:00:00.000Z', 'UTC', '2026-06-01T00:00:00.000Z', '2026-06-02T00:00:00.000Z'],
    // The day Europe/Berlin moves its clocks forward has 23 hours.
    ['2026-03-29T10:00:00.000Z', 'Europe/Berlin', '2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z'],
    // Santiago's 2024-09-08 has no midnight: it runs from the jump at 04:00Z.
    ['2024-09-08T12:00:00.000Z', santiago, '2024-09-08T04:00:00.000Z', '2024-09-09T03:00:00.000Z'],
  ])('%s in %s → [%s, %s)', (now, timeZone, from, to) => {
    expect(serviceDayRange(new Date(now), timeZone)).toEqual({ from, to });
  });
});
