/**
 * When a hall and its services are open (docs/domain.md, "Calendar"): weekly hours, date
 * exceptions (holidays, swapped working days, longer hours), the days they resolve to, and the
 * instants a service issues tickets. The server refuses tickets with these functions and the apps
 * show "closed, opens …" with the same ones.
 */
import type { InputProblem } from './i18n/error-messages.js';
import { addDays, instantAtLocalTime, isDay, serviceDayOf, weekdayOf } from './service-day.js';

/** From `opens` to `closes`, `HH:MM` in the hall's time zone; `closes` may be `24:00`. */
export interface OpeningPeriod {
  opens: string;
  closes: string;
}

/** The periods of one weekday (1 = Monday … 7 = Sunday); none: closed that weekday. */
export interface WeeklyHours {
  weekday: number;
  periods: readonly OpeningPeriod[];
}

/** A date that differs from the weekly hours: a holiday (no periods), a swapped working day, longer hours. */
export interface CalendarException {
  date: string;
  periods: readonly OpeningPeriod[];
  note: string | null;
}

/** One resolved day. */
export interface CalendarDay {
  date: string;
  open: boolean;
  periods: OpeningPeriod[];
  /** The exception's note; null on an ordinary day. */
  note: string | null;
  /** True when the date has an exception (even one that repeats the weekly hours and has no note). */
  exception: boolean;
}

/** What a hall's or a service's calendar is made of. */
export interface CalendarRules {
  timeZone: string;
  /** The hall's weekly hours; empty: open all day, every day (halls made before calendars). */
  hallHours: readonly WeeklyHours[];
  /** The service's own hours within the hall's; empty or absent: the hall's. */
  serviceHours?: readonly WeeklyHours[];
  /** The hall's exceptions; they apply to all its services. */
  exceptions: readonly CalendarException[];
}

/** A stretch of open time, in epoch milliseconds: from `start` (included) to `end` (excluded). */
export interface OpenInterval {
  start: number;
  end: number;
}

const timePattern = /^([01]\d|2[0-4]):([0-5]\d)$/;
const allDay: readonly OpeningPeriod[] = [{ opens: '00:00', closes: '24:00' }];
const minute = 60_000;

/** Minutes after midnight of `HH:MM` (`24:00` = 1440), or null when it is not such a time. */
export function minuteOfTime(time: string): number | null {
  const match = timePattern.exec(time);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes > 1440 ? null : minutes;
}

/** `HH:MM` of a minute of the day (1440 = `24:00`). */
export function timeOfMinute(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The first thing wrong with a list of periods, naming the field (`…periods[1].closes`), or null. */
export function periodsProblem(
  periods: readonly OpeningPeriod[],
  field: string,
): { field: string; problem: InputProblem } | null {
  const ranges: { opens: number; closes: number; index: number }[] = [];
  for (const [index, period] of periods.entries()) {
    const opens = minuteOfTime(period.opens);
    if (opens === null || opens === 1440) {
      return { field: `${field}[${index}].opens`, problem: { kind: 'timeFormat' } };
    }
    const closes = minuteOfTime(period.closes);
    if (closes === null) return { field: `${field}[${index}].closes`, problem: { kind: 'timeFormat' } };
    if (closes <= opens)
      return { field: `${field}[${index}].closes`, problem: { kind: 'closesBeforeOpens' } };
    ranges.push({ opens, closes, index });
  }
  ranges.sort((left, right) => left.opens - right.opens);
  for (let index = 1; index < ranges.length; index += 1) {
    if (ranges[index]!.opens < ranges[index - 1]!.closes) {
      return { field: `${field}[${ranges[index]!.index}].opens`, problem: { kind: 'overlap' } };
    }
  }
  return null;
}

/** The first thing wrong with weekly hours (`hours[0].weekday`, `hours[2].periods[0].closes`), or null. */
export function weeklyHoursProblem(
  hours: readonly WeeklyHours[],
  field = 'hours',
): { field: string; problem: InputProblem } | null {
  const seen = new Set<number>();
  for (const [index, day] of hours.entries()) {
    if (!Number.isInteger(day.weekday) || day.weekday < 1 || day.weekday > 7) {
      return { field: `${field}[${index}].weekday`, problem: { kind: 'outOfRange', min: 1, max: 7 } };
    }
    if (seen.has(day.weekday)) return { field: `${field}[${index}].weekday`, problem: { kind: 'duplicate' } };
    seen.add(day.weekday);
    const problem = periodsProblem(day.periods, `${field}[${index}].periods`);
    if (problem) return problem;
  }
  return null;
}

/** The first thing wrong with exceptions (`exceptions[1].date`), or null. */
export function exceptionsProblem(
  exceptions: readonly { date: string; periods: readonly OpeningPeriod[] }[],
  field = 'exceptions',
): { field: string; problem: InputProblem } | null {
  const seen = new Set<string>();
  for (const [index, exception] of exceptions.entries()) {
    if (!isDay(exception.date)) return { field: `${field}[${index}].date`, problem: { kind: 'dateFormat' } };
    if (seen.has(exception.date)) return { field: `${field}[${index}].date`, problem: { kind: 'duplicate' } };
    seen.add(exception.date);
    const problem = periodsProblem(exception.periods, `${field}[${index}].periods`);
    if (problem) return problem;
  }
  return null;
}

/** Periods in the order of the day, as minutes. */
function minuteRanges(periods: readonly OpeningPeriod[]): [number, number][] {
  return periods
    .map((period): [number, number] => [minuteOfTime(period.opens) ?? 0, minuteOfTime(period.closes) ?? 0])
    .sort((left, right) => left[0] - right[0]);
}

function intersect(left: readonly OpeningPeriod[], right: readonly OpeningPeriod[]): OpeningPeriod[] {
  const result: OpeningPeriod[] = [];
  for (const [leftOpens, leftCloses] of minuteRanges(left)) {
    for (const [rightOpens, rightCloses] of minuteRanges(right)) {
      const opens = Math.max(leftOpens, rightOpens);
      const closes = Math.min(leftCloses, rightCloses);
      if (closes > opens) result.push({ opens: timeOfMinute(opens), closes: timeOfMinute(closes) });
    }
  }
  return result.sort((a, b) => (minuteOfTime(a.opens) ?? 0) - (minuteOfTime(b.opens) ?? 0));
}

function periodsOfWeekday(hours: readonly WeeklyHours[], weekday: number): readonly OpeningPeriod[] {
  return hours.find((day) => day.weekday === weekday)?.periods ?? [];
}

/**
 * One day of a calendar. The hall's day is its exception on that date, or else its weekly hours
 * (none set: all day). A service with its own hours is open within both; on an exception date
 * that opens a weekday the service has no hours on (a swapped working Saturday), the service
 * keeps the hours of its first weekday that has any, as the hall opens "like a working day".
 */
export function resolveDay(rules: CalendarRules, date: string): CalendarDay {
  const exception = rules.exceptions.find((candidate) => candidate.date === date) ?? null;
  const weekday = weekdayOf(date);
  const hallPeriods = exception
    ? exception.periods
    : rules.hallHours.length === 0
      ? allDay
      : periodsOfWeekday(rules.hallHours, weekday);
  let periods: OpeningPeriod[] = minuteRanges(hallPeriods).map(([opens, closes]) => ({
    opens: timeOfMinute(opens),
    closes: timeOfMinute(closes),
  }));
  const serviceHours = rules.serviceHours ?? [];
  if (serviceHours.length > 0) {
    let own = periodsOfWeekday(serviceHours, weekday);
    if (exception && own.length === 0) {
      own =
        [...serviceHours].sort((a, b) => a.weekday - b.weekday).find((day) => day.periods.length > 0)
          ?.periods ?? [];
    }
    periods = intersect(periods, own);
  }
  return {
    date,
    open: periods.length > 0,
    periods,
    note: exception?.note ?? null,
    exception: exception !== null,
  };
}

/** Every day from `from` to `to`, both included (at most `maxDays`). */
export function resolveDays(rules: CalendarRules, from: string, to: string, maxDays = 400): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (let date = from; date <= to && days.length < maxDays; date = addDays(date, 1)) {
    days.push(resolveDay(rules, date));
  }
  return days;
}

/**
 * The open stretches of days `from` to `to` (included) as instants, in order; a period closing
 * at 24:00 and the next day's opening at 00:00 make one stretch.
 */
export function openIntervals(rules: CalendarRules, from: string, to: string): OpenInterval[] {
  const intervals: OpenInterval[] = [];
  for (const day of resolveDays(rules, from, to, 4000)) {
    for (const [opens, closes] of minuteRanges(day.periods)) {
      const start = instantAtLocalTime(day.date, opens, rules.timeZone).getTime();
      const end = instantAtLocalTime(day.date, closes, rules.timeZone).getTime();
      if (end <= start) continue;
      const last = intervals[intervals.length - 1];
      if (last && start <= last.end) last.end = Math.max(last.end, end);
      else intervals.push({ start, end });
    }
  }
  return intervals;
}

/** True when the calendar is open at `instant`. */
export function isOpenAt(rules: CalendarRules, instant: Date): boolean {
  const today = serviceDayOf(instant, rules.timeZone);
  const time = instant.getTime();
  return openIntervals(rules, addDays(today, -1), addDays(today, 1)).some(
    (interval) => interval.start <= time && time < interval.end,
  );
}

/** The last instant the calendar closed at or before `instant`, within the two days before it; else null. */
export function lastClosingBefore(rules: CalendarRules, instant: Date): Date | null {
  const today = serviceDayOf(instant, rules.timeZone);
  const time = instant.getTime();
  const closings = openIntervals(rules, addDays(today, -2), today)
    .map((interval) => interval.end)
    .filter((end) => end <= time);
  return closings.length > 0 ? new Date(closings[closings.length - 1]!) : null;
}

/** Whether a service issues tickets at an instant, and when that changes. */
export interface IssuingState {
  issuing: boolean;
  /** Issuing: when it stops (the closing minus the last-issue minutes); null when not within the days looked at. */
  stopsAt: Date | null;
  /** The open stretch's end (the counters close then); null like `stopsAt`. */
  closesAt: Date | null;
  /** Not issuing: when it issues again; null when not within a year. */
  opensAt: Date | null;
}

/** How far ahead the next opening is looked for: beyond a year a service counts as closed for good. */
const searchDays = 370;
/** Days read at a time while looking ahead: most halls open again within a week. */
const searchChunkDays = 14;

/**
 * Whether tickets are issued at `instant`: within an open stretch, and not in its last
 * `lastIssueMinutesBeforeClose` minutes (停止取号). Closed, `opensAt` is the next instant it issues.
 */
export function issuingAt(
  rules: CalendarRules,
  instant: Date,
  lastIssueMinutesBeforeClose = 0,
): IssuingState {
  const time = instant.getTime();
  const today = serviceDayOf(instant, rules.timeZone);
  const stop = lastIssueMinutesBeforeClose * minute;
  // From yesterday, so a stretch that began before midnight is seen whole; its end is known only
  // when it ends before the last day read.
  let from = addDays(today, -1);
  let to = addDays(today, 1);
  const lastDay = addDays(today, searchDays);
  let first = true;
  while (from <= lastDay) {
    const readEnd = instantAtLocalTime(to, 1440, rules.timeZone).getTime();
    for (const interval of openIntervals(rules, from, to)) {
      if (interval.end <= time) continue;
      const ends = interval.end < readEnd;
      const stopsAt = ends ? interval.end - stop : Number.POSITIVE_INFINITY;
      const issuesFrom = Math.max(interval.start, time);
      if (first && interval.start <= time && time < stopsAt) {
        return {
          issuing: true,
          stopsAt: ends ? new Date(stopsAt) : null,
          closesAt: ends ? new Date(interval.end) : null,
          opensAt: null,
        };
      }
      if (interval.start > time && issuesFrom < stopsAt) {
        return { issuing: false, stopsAt: null, closesAt: null, opensAt: new Date(issuesFrom) };
      }
    }
    first = false;
    from = addDays(to, 1);
    to = addDays(from, searchChunkDays);
  }
  return { issuing: false, stopsAt: null, closesAt: null, opensAt: null };
}

/**
 * When `workMinutes` of counter work starting at `instant` are done: the work pauses while the
 * calendar is closed between its periods of the day (a wait that runs into the lunch break resumes
 * after it), but not after the day's last closing — tickets waiting at closing are still served,
 * so past it the work runs on. Before the day's first opening, it starts at that opening.
 */
export function workDoneAt(rules: CalendarRules, instant: Date, workMinutes: number): Date {
  let remaining = workMinutes * minute;
  let cursor = instant.getTime();
  const today = serviceDayOf(instant, rules.timeZone);
  for (const interval of openIntervals(rules, addDays(today, -1), today)) {
    if (interval.end <= cursor) continue;
    const start = Math.max(interval.start, cursor);
    if (start + remaining <= interval.end) return new Date(start + remaining);
    remaining -= interval.end - start;
    cursor = interval.end;
  }
  return new Date(cursor + remaining);
}
