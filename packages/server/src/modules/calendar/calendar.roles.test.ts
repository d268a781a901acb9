import { expect } from 'vitest';
import {
  describeRoleMatrix,
  fork,
  hallIds,
  type HallKey,
  type MatrixRow,
  NO,
  OK,
  type Operation,
  UN,
  useRoleMatrix,
} from '../../../test/support/role-matrix.js';
import { Hall } from '../halls/hall.entity.js';
import { CalendarExceptionRecord } from './calendar-exception.entity.js';

/** Who may read and set a hall's calendar: the calendar rows of the caller × operation matrix. */

useRoleMatrix();

const allDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  periods: [{ opens: '00:00', closes: '24:00' }],
}));
/** A date per cell, so no two cells write the same exception. */
const dateOf = (cell: number): string =>
  new Date(Date.UTC(2030, 0, 1) + cell * 86_400_000).toISOString().slice(0, 10);

const calendarQuery = (hall: HallKey): Operation => ({
  query: `query Calendar($hallId: ID!) { calendar(hallId: $hallId, from: "2026-10-01", to: "2026-10-02") { date open } }`,
  field: 'calendar',
  prepare: () => ({ hallId: hallIds[hall] }),
  verify: (value) => expect(value).toHaveLength(2),
});

const setWeeklyHours = (hall: HallKey): Operation => ({
  query: `mutation Set($hallId: ID!, $hours: [WeeklyHoursInput!]!) {
    setWeeklyHours(hallId: $hallId, hours: $hours) { weekday } }`,
  field: 'setWeeklyHours',
  prepare: () => ({ hallId: hallIds[hall], hours: allDay }),
  verify: async (value) => {
    expect(value).toHaveLength(7);
    expect((await fork().findOneOrFail(Hall, hallIds[hall])).weeklyHours).toHaveLength(7);
  },
});

const setExceptions = (hall: HallKey): Operation => ({
  query: `mutation Set($hallId: ID!, $exceptions: [CalendarExceptionInput!]!) {
    setCalendarExceptions(hallId: $hallId, exceptions: $exceptions) { date open } }`,
  field: 'setCalendarExceptions',
  prepare: (cell) => ({
    hallId: hallIds[hall],
    exceptions: [{ date: dateOf(cell), periods: [], note: 'holiday' }],
  }),
  verify: async (value, _caller, variables) => {
    const [exception] = variables.exceptions as { date: string }[];
    expect(value).toEqual([{ date: exception!.date, open: false }]);
    expect(await fork().count(CalendarExceptionRecord, { hall: hallIds[hall], date: exception!.date })).toBe(
      1,
    );
  },
});

const removeException: Operation = {
  query: `mutation Remove($hallId: ID!, $date: String!) { removeCalendarException(hallId: $hallId, date: $date) { date } }`,
  field: 'removeCalendarException',
  prepare: async (cell) => {
    const em = fork();
    em.create(CalendarExceptionRecord, { hall: hallIds.A, date: dateOf(cell), periods: [], note: null });
    await em.flush();
    return { hallId: hallIds.A, date: dateOf(cell) };
  },
  verify: async (_value, _caller, variables) => {
    expect(
      await fork().count(CalendarExceptionRecord, { hall: hallIds.A, date: variables.date as string }),
    ).toBe(0);
  },
};

const importCalendar: Operation = {
  query: `mutation Import($hallId: ID!, $ics: String!) { importCalendar(hallId: $hallId, ics: $ics) { date } }`,
  field: 'importCalendar',
  prepare: (cell) => ({
    hallId: hallIds.A,
    ics: [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//EN',
      'BEGIN:VEVENT',
      `UID:${cell}`,
      `DTSTART;VALUE=DATE:${dateOf(cell).replaceAll('-', '')}`,
      'SUMMARY:Holiday',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n'),
  }),
  verify: (value) => expect(value).toHaveLength(1),
};

const operations = {
  'calendar(A)': calendarQuery('A'),
  'calendar(C)': calendarQuery('C'),
  'setWeeklyHours(A)': setWeeklyHours('A'),
  'setWeeklyHours(B)': setWeeklyHours('B'),
  'setWeeklyHours(C)': setWeeklyHours('C'),
  'setCalendarExceptions(A)': setExceptions('A'),
  'setCalendarExceptions(C)': setExceptions('C'),
  'removeCalendarException(A)': removeException,
  'importCalendar(A)': importCalendar,
} satisfies Record<string, Operation>;
type OperationName = keyof typeof operations;

const table: MatrixRow<OperationName>[] = [
  // ADMIN MGR-A CLERK-A MGR-C KIOSK-A DISPLAY-A none revoked
  [OK, OK, OK, NO, OK, OK, UN, UN, 'calendar(A)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'calendar(C)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'setWeeklyHours(A)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'setWeeklyHours(B)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'setWeeklyHours(C)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'setCalendarExceptions(A)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'setCalendarExceptions(C)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'removeCalendarException(A)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'importCalendar(A)'],
];

describeRoleMatrix(table, operations);
