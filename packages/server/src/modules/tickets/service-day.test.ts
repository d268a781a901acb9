import { describe, expect, it } from 'vitest';
import { nextServiceDayStart, serviceDayOf, startOfServiceDay } from './service-day.js';

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

  it('refuses an unknown timezone', () => {
    expect(() => serviceDayOf(new Date(), 'Mars/Olympus_Mons')).toThrow(RangeError);
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
