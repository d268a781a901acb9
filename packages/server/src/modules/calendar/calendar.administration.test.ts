import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectBadUserInput,
  insertHall,
  startAdministrationApp,
  type AdministrationFixture,
} from '../../../test/support/administration-fixture.js';
import { databaseSnapshot } from '../../../test/support/database-snapshot.js';
import type { TestApp } from '../../../test/support/test-app.js';

/**
 * Weekly hours, exceptions and the iCalendar import: every bad input is BAD_USER_INPUT naming the
 * field with nothing written, and what is stored is what `calendar(…)` resolves.
 */

let testApp: TestApp;
let adminToken: string;
let fixture: AdministrationFixture;
beforeAll(async () => {
  ({ testApp, adminToken, fixture } = await startAdministrationApp());
});
afterAll(async () => {
  await testApp?.close();
});

const setWeeklyHours = `mutation SetWeeklyHours($hallId: ID!, $serviceId: ID, $hours: [WeeklyHoursInput!]!) {
  setWeeklyHours(hallId: $hallId, serviceId: $serviceId, hours: $hours) { weekday periods { opens closes } } }`;
const setExceptions = `mutation SetExceptions($hallId: ID!, $exceptions: [CalendarExceptionInput!]!) {
  setCalendarExceptions(hallId: $hallId, exceptions: $exceptions) { date open periods { opens closes } note } }`;
const calendarQuery = `query Calendar($hallId: ID!, $serviceId: ID, $from: String!, $to: String!) {
  calendar(hallId: $hallId, serviceId: $serviceId, from: $from, to: $to) { date open periods { opens closes } note } }`;
const importCalendar = `mutation Import($hallId: ID!, $ics: String!) {
  importCalendar(hallId: $hallId, ics: $ics) { date open periods { opens closes } note } }`;

const day = (opens: string, closes: string) => ({ opens, closes });

describe('setWeeklyHours refuses bad input', () => {
  it.each([
    ['weekday 0', 'hours[0].weekday', [{ weekday: 0, periods: [] }]],
    ['weekday 8', 'hours[0].weekday', [{ weekday: 8, periods: [] }]],
    [
      'a weekday twice',
      'hours[1].weekday',
      [
        { weekday: 2, periods: [] },
        { weekday: 2, periods: [] },
      ],
    ],
    [
      'closes before it opens',
      'hours[0].periods[0].closes',
      [{ weekday: 1, periods: [day('12:00', '09:00')] }],
    ],
    ['a time 25:00', 'hours[0].periods[0].closes', [{ weekday: 1, periods: [day('09:00', '25:00')] }]],
    ['a time 9:00', 'hours[0].periods[0].opens', [{ weekday: 1, periods: [day('9:00', '12:00')] }]],
    [
      'periods overlapping',
      'hours[0].periods[1].opens',
      [{ weekday: 1, periods: [day('09:00', '12:00'), day('11:30', '17:00')] }],
    ],
  ])('%s → BAD_USER_INPUT on %s, nothing written', async (_label, field, hours) => {
    await expectBadUserInput(testApp, adminToken, setWeeklyHours, { hallId: fixture.hallId, hours }, field);
  });

  it('a service of another hall → BAD_USER_INPUT on serviceId', async () => {
    await expectBadUserInput(
      testApp,
      adminToken,
      setWeeklyHours,
      { hallId: fixture.hallId, serviceId: fixture.otherHallServiceId, hours: [] },
      'serviceId',
    );
  });
});

describe('setCalendarExceptions refuses bad input', () => {
  it.each([
    ['an impossible date', 'exceptions[0].date', [{ date: '2026-02-30', periods: [] }]],
    ['a date in another format', 'exceptions[0].date', [{ date: '01.10.2026', periods: [] }]],
    [
      'a date twice',
      'exceptions[1].date',
      [
        { date: '2026-10-01', periods: [] },
        { date: '2026-10-01', periods: [] },
      ],
    ],
    [
      'closes before opens',
      'exceptions[0].periods[0].closes',
      [{ date: '2026-10-10', periods: [day('17:00', '09:00')] }],
    ],
    [
      'a note over 100 characters',
      'exceptions[0].note',
      [{ date: '2026-10-10', periods: [], note: 'x'.repeat(101) }],
    ],
  ])('%s → BAD_USER_INPUT on %s, nothing written', async (_label, field, exceptions) => {
    await expectBadUserInput(
      testApp,
      adminToken,
      setExceptions,
      { hallId: fixture.hallId, exceptions },
      field,
    );
  });

  it.each([
    ['from is no date', 'from', { from: '2026-13-01', to: '2026-12-31' }],
    ['to before from', 'to', { from: '2026-12-31', to: '2026-12-01' }],
    ['more than 400 days', 'to', { from: '2026-01-01', to: '2027-12-31' }],
  ])('calendar(…) with %s → BAD_USER_INPUT on %s', async (_label, field, range) => {
    const result = await testApp.graphql(
      calendarQuery,
      { hallId: fixture.hallId, ...range },
      { token: adminToken },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('a calendar as stored and resolved', () => {
  it('weekly hours, a holiday, a swapped Saturday and a service of mornings only', async () => {
    const hallId = await insertHall(testApp, 'CAL');
    const week = [1, 2, 3, 4, 5].map((weekday) => ({
      weekday,
      periods: [day('13:30', '17:30'), day('09:00', '12:00')],
    }));
    const stored = await testApp.graphql(setWeeklyHours, { hallId, hours: week }, { token: adminToken });
    expect(stored.errors).toBeUndefined();
    // Stored in the order of the day, whatever order they came in.
    expect((stored.data?.setWeeklyHours as { periods: unknown[] }[])[0]!.periods).toEqual([
      day('09:00', '12:00'),
      day('13:30', '17:30'),
    ]);
    const exceptions = await testApp.graphql(
      setExceptions,
      {
        hallId,
        exceptions: [
          { date: '2026-10-01', periods: [], note: '国庆节' },
          { date: '2026-10-10', periods: [day('09:00', '12:00'), day('13:30', '17:30')], note: '调休上班' },
        ],
      },
      { token: adminToken },
    );
    expect(exceptions.errors).toBeUndefined();
    const result = await testApp.graphql<{
      calendar: { date: string; open: boolean; note: string | null }[];
    }>(calendarQuery, { hallId, from: '2026-09-30', to: '2026-10-11' }, { token: adminToken });
    expect(
      result.data?.calendar.map((entry) =>
        `${entry.date.slice(5)} ${entry.open ? 'open' : '-'} ${entry.note ?? ''}`.trim(),
      ),
    ).toEqual([
      '09-30 open',
      '10-01 - 国庆节',
      '10-02 open',
      '10-03 -',
      '10-04 -',
      '10-05 open',
      '10-06 open',
      '10-07 open',
      '10-08 open',
      '10-09 open',
      '10-10 open 调休上班',
      '10-11 -',
    ]);

    // Replacing an exception keeps one row per date; removing it brings back the weekly hours.
    await testApp.graphql(
      setExceptions,
      { hallId, exceptions: [{ date: '2026-10-01', periods: [], note: '国庆节 National Day' }] },
      { token: adminToken },
    );
    const removed = await testApp.graphql<{
      removeCalendarException: { open: boolean; note: string | null };
    }>(
      'mutation Remove($hallId: ID!, $date: String!) { removeCalendarException(hallId: $hallId, date: $date) { open note } }',
      { hallId, date: '2026-10-10' },
      { token: adminToken },
    );
    expect(removed.data?.removeCalendarException).toEqual({ open: false, note: null });
    const after = await testApp.graphql<{ calendar: { note: string | null }[] }>(
      calendarQuery,
      { hallId, from: '2026-10-01', to: '2026-10-01' },
      { token: adminToken },
    );
    expect(after.data?.calendar[0]?.note).toBe('国庆节 National Day');
  });

  it('an empty list returns a hall to open all day', async () => {
    const hallId = await insertHall(testApp, 'ALLDAY');
    await testApp.graphql(
      setWeeklyHours,
      { hallId, hours: [{ weekday: 1, periods: [] }] },
      { token: adminToken },
    );
    await testApp.graphql(setWeeklyHours, { hallId, hours: [] }, { token: adminToken });
    const result = await testApp.graphql<{ calendar: { periods: unknown[] }[] }>(
      calendarQuery,
      { hallId, from: '2026-11-30', to: '2026-11-30' },
      { token: adminToken },
    );
    expect(result.data?.calendar[0]?.periods).toEqual([day('00:00', '24:00')]);
  });
});

const ics = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//OneStop test//CN',
  'BEGIN:VEVENT',
  'UID:national-day-2026',
  'DTSTART;VALUE=DATE:20261001',
  'DTEND;VALUE=DATE:20261004',
  'SUMMARY:国庆节',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:swapped-2026-10-10',
  'DTSTART;VALUE=DATE:20261010',
  'DTEND;VALUE=DATE:20261011',
  'SUMMARY:国庆节调休（班）',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:a-meeting',
  'DTSTART:20261012T020000Z',
  'DTEND:20261012T030000Z',
  'SUMMARY:A timed meeting is not a holiday',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('importCalendar', () => {
  it('turns all-day events into holidays and a 班 day into a working day with Monday’s hours', async () => {
    const hallId = await insertHall(testApp, 'ICS');
    await testApp.graphql(
      setWeeklyHours,
      { hallId, hours: [{ weekday: 1, periods: [day('08:30', '12:00')] }] },
      { token: adminToken },
    );
    const result = await testApp.graphql<{
      importCalendar: { date: string; open: boolean; periods: unknown[]; note: string }[];
    }>(importCalendar, { hallId, ics }, { token: adminToken });
    expect(result.errors).toBeUndefined();
    expect(result.data?.importCalendar).toEqual([
      { date: '2026-10-01', open: false, periods: [], note: '国庆节' },
      { date: '2026-10-02', open: false, periods: [], note: '国庆节' },
      { date: '2026-10-03', open: false, periods: [], note: '国庆节' },
      { date: '2026-10-10', open: true, periods: [day('08:30', '12:00')], note: '国庆节调休（班）' },
    ]);
    // Importing the same file again changes nothing.
    const before = await databaseSnapshot(testApp);
    await testApp.graphql(importCalendar, { hallId, ics }, { token: adminToken });
    expect(await databaseSnapshot(testApp)).toEqual(before);
  });

  it('a file that is no iCalendar → BAD_USER_INPUT on ics, nothing written', async () => {
    await expectBadUserInput(
      testApp,
      adminToken,
      importCalendar,
      { hallId: fixture.hallId, ics: 'not a calendar' },
      'ics',
    );
    await expectBadUserInput(
      testApp,
      adminToken,
      importCalendar,
      { hallId: fixture.hallId, ics: 'BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n' },
      'ics',
    );
  });
});
