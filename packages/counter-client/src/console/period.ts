import { addDays, serviceDayOf, startOfServiceDay } from '@onestop/shared';

/**
 * Report periods in a hall's own calendar. Statistics periods include their start and exclude
 * their end (docs/domain.md), and a hall's day starts at midnight in the hall's time zone, not the
 * manager's laptop's: these functions turn "this week" into the two instants the API takes.
 */

/** The presets a manager picks from; `custom` takes two calendar days. */
export const periodPresets = [
  'today',
  'yesterday',
  'thisWeek',
  'lastWeek',
  'thisMonth',
  'lastMonth',
  'custom',
] as const;

/** One of {@link periodPresets}. */
export type PeriodPreset = (typeof periodPresets)[number];

/** A chosen period: a preset, and for `custom` its first and last calendar day (`YYYY-MM-DD`, both included). */
export interface PeriodChoice {
  preset: PeriodPreset;
  firstDay?: string;
  lastDay?: string;
}

/** The period as the API takes it, with the calendar days it covers for people to read. */
export interface ResolvedPeriod {
  /** The first instant in the period (ISO). */
  from: string;
  /** The first instant after the period (ISO). */
  to: string;
  /** First calendar day covered, `YYYY-MM-DD`. */
  firstDay: string;
  /** Last calendar day covered, `YYYY-MM-DD`. */
  lastDay: string;
}

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isCalendarDay(value: string): boolean {
  const match = dayPattern.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Monday of the week `day` falls in (weeks start on Monday, as in China). */
function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00.000Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

function firstOfMonth(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

function firstOfNextMonth(day: string): string {
  const date = new Date(`${firstOfMonth(day)}T00:00:00.000Z`);
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().slice(0, 10);
}

/** The first day and the day after the last of a preset, as calendar days. */
function presetDays(choice: PeriodChoice, today: string): { first: string; afterLast: string } | null {
  switch (choice.preset) {
    case 'today':
      return { first: today, afterLast: addDays(today, 1) };
    case 'yesterday':
      return { first: addDays(today, -1), afterLast: today };
    case 'thisWeek':
      return { first: mondayOf(today), afterLast: addDays(mondayOf(today), 7) };
    case 'lastWeek':
      return { first: addDays(mondayOf(today), -7), afterLast: mondayOf(today) };
    case 'thisMonth':
      return { first: firstOfMonth(today), afterLast: firstOfNextMonth(today) };
    case 'lastMonth': {
      const previousMonthDay = addDays(firstOfMonth(today), -1);
      return { first: firstOfMonth(previousMonthDay), afterLast: firstOfMonth(today) };
    }
    case 'custom': {
      const { firstDay, lastDay } = choice;
      if (!firstDay || !lastDay || !isCalendarDay(firstDay) || !isCalendarDay(lastDay)) return null;
      if (lastDay < firstDay) return null;
      return { first: firstDay, afterLast: addDays(lastDay, 1) };
    }
  }
}

/**
 * The period a choice names on the hall's calendar at `now`; null for a custom period whose
 * days are missing, malformed or reversed (the form says so instead of asking the server).
 */
export function resolvePeriod(choice: PeriodChoice, now: Date, timeZone: string): ResolvedPeriod | null {
  const days = presetDays(choice, serviceDayOf(now, timeZone));
  if (!days) return null;
  return {
    from: startOfServiceDay(days.first, timeZone).toISOString(),
    to: startOfServiceDay(days.afterLast, timeZone).toISOString(),
    firstDay: days.first,
    lastDay: addDays(days.afterLast, -1),
  };
}
