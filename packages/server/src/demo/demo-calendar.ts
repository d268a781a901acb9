import type { CalendarException, CalendarRules } from '@onestop/shared';
import { datesOfIcs } from '../modules/calendar/ics-import.js';
import { demoTimezone, type DemoHall } from './demo-district.js';
import { demoHolidaysIcs } from './holidays-cn.js';

/**
 * A demo hall's calendar exceptions, read from holidays-cn.ts as an administrator's import would
 * be: each holiday closes the hall, a 班 day opens with its Monday hours.
 */
export function demoExceptions(hall: DemoHall): CalendarException[] {
  if (!hall.holidays) return [];
  const monday = hall.weeklyHours.find((day) => day.weekday === 1)?.periods ?? [];
  return datesOfIcs(demoHolidaysIcs).map((entry) => ({
    date: entry.date,
    periods: entry.working ? [...monday] : [],
    note: entry.note,
  }));
}

/** The calendar a demo hall is seeded with (the simulator lives its days by it). */
export function demoCalendarRules(hall: DemoHall): CalendarRules {
  return { timeZone: demoTimezone, hallHours: hall.weeklyHours, exceptions: demoExceptions(hall) };
}
