import { describe, expect, it } from 'vitest';
import { appointmentWeekOf, type WeekBooking, type WeekCalendarDay, weekDates } from './appointment-week';

const timeZone = 'Asia/Shanghai';
const morning = [{ opens: '09:00', closes: '10:00' }];

/** A booking of `date` at `start` on the hall's clock (UTC+8), 30 minutes long. */
function booking(date: string, start: string, status: WeekBooking['status'] = 'BOOKED'): WeekBooking {
  const slotStart = new Date(`${date}T${start}:00+08:00`);
  return {
    slotStart: slotStart.toISOString(),
    slotEnd: new Date(slotStart.getTime() + 30 * 60_000).toISOString(),
    status,
  };
}

// Before every slot of these tests but those of its own test.
const now = new Date('2026-12-01T00:00:00+08:00');

const open = (date: string): WeekCalendarDay => ({ date, open: true, periods: morning, note: null });

describe('weekDates', () => {
  it('gives seven dates from the first, across a month end', () => {
    expect(weekDates('2026-12-28')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
  });
});

describe('appointmentWeekOf', () => {
  const settings = { slotMinutes: 30, capacityPerSlot: 2 };

  it('counts the seat-holding bookings of each slot against its capacity', () => {
    const week = appointmentWeekOf(
      [open('2026-12-07')],
      new Map([
        [
          '2026-12-07',
          [
            booking('2026-12-07', '09:00'),
            booking('2026-12-07', '09:00', 'CHECKED_IN'),
            booking('2026-12-07', '09:30'),
            booking('2026-12-07', '09:30', 'CANCELLED'),
            booking('2026-12-07', '09:30', 'MISSED'),
          ],
        ],
      ]),
      settings,
      timeZone,
      now,
    );
    expect(week.rows.map((row) => [`${row.start}–${row.end}`, row.cells])).toEqual([
      ['09:00–09:30', [{ kind: 'slot', booked: 2, capacity: 2, full: true, fullness: 1, started: false }]],
      ['09:30–10:00', [{ kind: 'slot', booked: 1, capacity: 2, full: false, fullness: 0.5, started: false }]],
    ]);
  });

  it('says which dates are closed, and which open without room for a slot', () => {
    const week = appointmentWeekOf(
      [
        open('2026-12-07'),
        { date: '2026-12-08', open: false, periods: [], note: '元旦' },
        { date: '2026-12-09', open: true, periods: [{ opens: '09:00', closes: '09:20' }], note: null },
      ],
      new Map(),
      settings,
      timeZone,
      now,
    );
    expect(week.days).toEqual([
      { date: '2026-12-07', weekday: 1, closed: false, note: null, noSlots: false },
      { date: '2026-12-08', weekday: 2, closed: true, note: '元旦', noSlots: false },
      { date: '2026-12-09', weekday: 3, closed: false, note: null, noSlots: true },
    ]);
    expect(week.rows[0]!.cells.map((cell) => cell.kind)).toEqual(['slot', 'closed', 'none']);
  });

  it('keeps bookings at a time that is no longer a slot, in a row of their own', () => {
    // Booked in 30-minute slots; the slots are now an hour long.
    const week = appointmentWeekOf(
      [open('2026-12-07'), open('2026-12-08')],
      new Map([['2026-12-08', [booking('2026-12-08', '09:30')]]]),
      { slotMinutes: 60, capacityPerSlot: 3 },
      timeZone,
      now,
    );
    expect(week.rows.map((row) => [`${row.start}–${row.end}`, row.cells.map((cell) => cell.kind)])).toEqual([
      ['09:00–10:00', ['slot', 'slot']],
      ['09:30–10:00', ['none', 'outsideSlots']],
    ]);
    expect(week.rows[1]!.cells[1]).toEqual({ kind: 'outsideSlots', booked: 1 });
  });

  it('shades by the share taken, and a slot over its capacity (booked before it shrank) stays full', () => {
    const week = appointmentWeekOf(
      [open('2026-12-07')],
      new Map([
        ['2026-12-07', ['09:00', '09:00', '09:00', '09:30'].map((start) => booking('2026-12-07', start))],
      ]),
      { slotMinutes: 30, capacityPerSlot: 2 },
      timeZone,
      now,
    );
    expect(week.rows.map((row) => row.cells[0])).toEqual([
      { kind: 'slot', booked: 3, capacity: 2, full: true, fullness: 1, started: false },
      { kind: 'slot', booked: 1, capacity: 2, full: false, fullness: 0.5, started: false },
    ]);
  });

  it('tells the slots that have begun from those still ahead', () => {
    const week = appointmentWeekOf(
      [open('2026-12-07')],
      new Map(),
      settings,
      timeZone,
      new Date('2026-12-07T09:30:00+08:00'),
    );
    expect(
      week.rows.map((row) => [row.start, row.cells[0]!.kind === 'slot' && row.cells[0]!.started]),
    ).toEqual([
      ['09:00', true],
      ['09:30', true],
    ]);
    const earlier = appointmentWeekOf(
      [open('2026-12-07')],
      new Map(),
      settings,
      timeZone,
      new Date('2026-12-07T09:29:59+08:00'),
    );
    expect(earlier.rows.map((row) => row.cells[0]!.kind === 'slot' && row.cells[0]!.started)).toEqual([
      true,
      false,
    ]);
  });
});
