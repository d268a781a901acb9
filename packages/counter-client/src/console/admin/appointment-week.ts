import {
  addDays,
  type AppointmentSettings,
  type AppointmentStatus,
  formatClockTime,
  instantAtLocalTime,
  minuteOfTime,
  type OpeningPeriod,
  seatHoldingStatuses,
  slotTimesOf,
  weekdayOf,
} from '@onestop/shared';

/**
 * The week of slots under a service's appointment settings (`/admin?tab=services`): seven dates
 * from a first one, each date's slots by the service's calendar (`slotTimesOf`, as the server
 * makes them) and how many bookings hold a seat in each, counted by slot start.
 */

/** The days a week shows. */
export const daysInWeek = 7;

/** The dates of the week starting on `first` (`YYYY-MM-DD`). */
export function weekDates(first: string): string[] {
  return Array.from({ length: daysInWeek }, (_, index) => addDays(first, index));
}

/** A calendar day as the week needs it. */
export interface WeekCalendarDay {
  date: string;
  open: boolean;
  periods: readonly OpeningPeriod[];
  note: string | null;
}

/** A booking as the week counts it. */
export interface WeekBooking {
  slotStart: string;
  slotEnd: string;
  status: AppointmentStatus;
}

/** One date of the week: a column of the grid. */
export interface WeekDay {
  date: string;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Closed by the calendar (a holiday's note, if any, in `note`). */
  closed: boolean;
  note: string | null;
  /** Open, yet no period is as long as a slot. */
  noSlots: boolean;
}

/** One cell: a slot of that date, bookings at a time that is no slot of it, or nothing. */
export type WeekCell =
  | {
      kind: 'slot';
      booked: number;
      capacity: number;
      full: boolean;
      fullness: number;
      /** Begun at the moment the week was read: no longer bookable. */
      started: boolean;
    }
  | { kind: 'outsideSlots'; booked: number }
  | { kind: 'closed' }
  | { kind: 'none' };

/** One start time: a row of the grid. */
export interface WeekRow {
  start: string;
  end: string;
  cells: WeekCell[];
}

export interface AppointmentWeek {
  days: WeekDay[];
  rows: WeekRow[];
}

/**
 * The grid of a week: a column per calendar day, a row per start time any of them has a slot or
 * a seat-holding booking at (a booking made under an earlier slot length keeps its time), each
 * slot with its bookings against `capacityPerSlot`, and whether it has begun at `now`.
 */
export function appointmentWeekOf(
  calendar: readonly WeekCalendarDay[],
  bookingsByDate: ReadonlyMap<string, readonly WeekBooking[]>,
  settings: Pick<AppointmentSettings, 'slotMinutes' | 'capacityPerSlot'>,
  timeZone: string,
  now: Date,
): AppointmentWeek {
  const capacity = settings.capacityPerSlot;
  const rowEnds = new Map<string, string>();
  const columns = calendar.map((day) => {
    const slots = day.open ? slotTimesOf(day.periods, settings.slotMinutes) : [];
    for (const slot of slots) rowEnds.set(slot.start, slot.end);
    const booked = new Map<string, { count: number; end: string }>();
    for (const booking of bookingsByDate.get(day.date) ?? []) {
      if (!seatHoldingStatuses.includes(booking.status)) continue;
      const start = formatClockTime(new Date(booking.slotStart), timeZone);
      const end = formatClockTime(new Date(booking.slotEnd), timeZone);
      booked.set(start, { count: (booked.get(start)?.count ?? 0) + 1, end });
    }
    return { day, slotStarts: new Set(slots.map((slot) => slot.start)), booked };
  });
  // A time only bookings hold, in no date's slots: the row ends where their slot did.
  for (const { booked } of columns) {
    for (const [start, { end }] of booked) if (!rowEnds.has(start)) rowEnds.set(start, end);
  }

  const starts = [...rowEnds.keys()].sort((left, right) => minuteOfTime(left)! - minuteOfTime(right)!);
  return {
    days: columns.map(({ day, slotStarts }) => ({
      date: day.date,
      weekday: weekdayOf(day.date),
      closed: !day.open,
      note: day.note,
      noSlots: day.open && slotStarts.size === 0,
    })),
    rows: starts.map((start) => ({
      start,
      end: rowEnds.get(start)!,
      cells: columns.map(({ day, slotStarts, booked }): WeekCell => {
        const count = booked.get(start)?.count ?? 0;
        if (slotStarts.has(start)) {
          return {
            kind: 'slot',
            booked: count,
            capacity,
            full: count >= capacity,
            fullness: Math.min(count / capacity, 1),
            started: instantAtLocalTime(day.date, minuteOfTime(start)!, timeZone) <= now,
          };
        }
        if (count > 0) return { kind: 'outsideSlots', booked: count };
        return day.open ? { kind: 'none' } : { kind: 'closed' };
      }),
    })),
  };
}
