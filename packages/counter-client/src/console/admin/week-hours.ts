import {
  exceptionsProblem,
  type InputProblem,
  type OpeningPeriod,
  type WeeklyHours,
  weeklyHoursProblem,
} from '@onestop/shared';

/**
 * The week editor's model (docs/domain.md, "Calendar"). The rules — times, order, overlaps — are
 * shared/src/calendar.ts's; this file only turns the form into what setWeeklyHours and
 * setCalendarExceptions take, and names each input as the server names it in a refusal.
 */

/** Monday … Sunday, as the API numbers them. */
export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * How a week is set: `allDay` — a hall with no hours, open all day every day; `hallHours` — a
 * service without hours of its own; `weekly` — per weekday, a weekday without periods closed.
 */
export type WeekMode = 'allDay' | 'hallHours' | 'weekly';

/** Whose week: a hall's own, or a service's within its hall's. */
export type WeekSubject = 'hall' | 'service';

/** The editor's state: the mode, and each weekday's periods (kept while another mode is chosen). */
export interface WeekForm {
  mode: WeekMode;
  days: Readonly<Record<number, readonly OpeningPeriod[]>>;
}

/** A usual hall's week: working days with a lunch break, the weekend closed. */
export const usualWeek: readonly WeeklyHours[] = weekdays.map((weekday) => ({
  weekday,
  periods:
    weekday <= 5
      ? [
          { opens: '09:00', closes: '12:00' },
          { opens: '13:30', closes: '17:30' },
        ]
      : [],
}));

function daysOf(hours: readonly WeeklyHours[]): Record<number, OpeningPeriod[]> {
  const days: Record<number, OpeningPeriod[]> = {};
  for (const weekday of weekdays) {
    days[weekday] = (hours.find((day) => day.weekday === weekday)?.periods ?? []).map((period) => ({
      opens: period.opens,
      closes: period.closes,
    }));
  }
  return days;
}

/**
 * The form of stored hours. No hours: a hall is open all day, a service keeps its hall's; the
 * weekdays then start from `startingWeek` (the hall's hours for a service, else a usual week), so
 * that choosing "per weekday" begins from something sensible.
 */
export function weekFormOf(
  hours: readonly WeeklyHours[],
  subject: WeekSubject,
  startingWeek: readonly WeeklyHours[] = usualWeek,
): WeekForm {
  if (hours.length > 0) return { mode: 'weekly', days: daysOf(hours) };
  return {
    mode: subject === 'hall' ? 'allDay' : 'hallHours',
    days: daysOf(startingWeek.length > 0 ? startingWeek : usualWeek),
  };
}

function trimmed(periods: readonly OpeningPeriod[]): OpeningPeriod[] {
  return periods.map((period) => ({ opens: period.opens.trim(), closes: period.closes.trim() }));
}

/**
 * What setWeeklyHours takes: every weekday in order (one without periods is closed), or an
 * empty list for "open all day" / "the hall's hours".
 */
export function hoursInputOf(form: WeekForm): { weekday: number; periods: OpeningPeriod[] }[] {
  if (form.mode !== 'weekly') return [];
  return weekdays.map((weekday) => ({ weekday, periods: trimmed(form.days[weekday] ?? []) }));
}

/** The first thing wrong with the form, by the shared rules, named as the server would name it. */
export function weekFormProblem(form: WeekForm): { field: string; problem: InputProblem } | null {
  return weeklyHoursProblem(hoursInputOf(form), 'hours');
}

/** The name of one weekday's periods: `hours[0].periods` is Monday's (every weekday is sent, in order). */
export function weekdayPeriodsField(weekday: number): string {
  return `hours[${weekday - 1}].periods`;
}

/** One date's exception as the day editor holds it. */
export interface ExceptionForm {
  closed: boolean;
  periods: readonly OpeningPeriod[];
  note: string;
}

/** The name of the edited exception's periods (it is sent alone). */
export const exceptionPeriodsField = 'exceptions[0].periods';

/** What setCalendarExceptions takes for one date. */
export function exceptionInputOf(
  date: string,
  form: ExceptionForm,
): { date: string; periods: OpeningPeriod[]; note: string | null } {
  const note = form.note.trim();
  return { date, periods: form.closed ? [] : trimmed(form.periods), note: note === '' ? null : note };
}

/** The first thing wrong with an exception, by the shared rules. */
export function exceptionFormProblem(
  date: string,
  form: ExceptionForm,
): { field: string; problem: InputProblem } | null {
  return exceptionsProblem([exceptionInputOf(date, form)], 'exceptions');
}
