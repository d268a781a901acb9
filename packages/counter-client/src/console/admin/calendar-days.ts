import {
  addDays,
  type CalendarDay,
  type CalendarRules,
  type OpeningPeriod,
  resolveDay,
  weekdayOf,
} from '@onestop/shared';

/**
 * The month view's days. The hall's dates are `YYYY-MM-DD` on its own clock; the calendar grid
 * (react-day-picker) counts in the browser's `Date`s. A date is carried across as the browser's
 * local midnight of the same calendar date, so no time zone can move it to a neighbouring day.
 */

/** The browser's local midnight of a `YYYY-MM-DD` date. */
export function dateOfDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date);
}

/** The `YYYY-MM-DD` of a browser `Date`, read on the browser's clock. */
export function dayOfDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The first of the month of a date. */
export function monthOf(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/**
 * The dates a month's grid shows, weeks from Monday: from the Monday on or before the first to
 * the Sunday on or after the last.
 */
export function visibleRange(month: string): { from: string; to: string } {
  const first = monthOf(month);
  const last = addDays(monthOf(addDays(first, 31)), -1);
  return {
    from: addDays(first, 1 - weekdayOf(first)),
    to: addDays(last, 7 - weekdayOf(last)),
  };
}

/** How an exception changes a date: closed (a holiday), opened on a closed weekday (调休上班), other hours. */
export type ExceptionKind = 'holiday' | 'workday' | 'hours';

/**
 * Whether a resolved day is an exception (the API flags it), and which kind, from what the weekly
 * hours (the same `rules`, without exceptions) would give that date.
 */
export function exceptionKindOf(day: CalendarDay, rules: CalendarRules): ExceptionKind | null {
  if (!day.exception) return null;
  if (!day.open) return 'holiday';
  return resolveDay({ ...rules, exceptions: [] }, day.date).open ? 'hours' : 'workday';
}

/** The periods of a day as people write them: `09:00–12:00 13:30–17:30`. */
export function periodsText(periods: readonly OpeningPeriod[]): string {
  return periods.map((period) => `${period.opens}–${period.closes}`).join(' ');
}

/**
 * The periods a closed date opens with by default: the hall's hours of that weekday, else of its
 * first weekday with hours (as an imported working day opens), else a usual working day.
 */
export function workingPeriodsFor(
  hallHours: readonly { weekday: number; periods: readonly OpeningPeriod[] }[],
  date: string,
  usual: readonly OpeningPeriod[],
): readonly OpeningPeriod[] {
  const own = hallHours.find((day) => day.weekday === weekdayOf(date))?.periods ?? [];
  if (own.length > 0) return own;
  const first = [...hallHours].sort((a, b) => a.weekday - b.weekday).find((day) => day.periods.length > 0);
  return first?.periods ?? usual;
}
