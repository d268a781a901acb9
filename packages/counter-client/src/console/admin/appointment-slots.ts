import { type OpeningPeriod, type SlotTime, slotTimesOf, type WeeklyHours } from '@onestop/shared';
import { weekdays } from './week-hours';

/**
 * The slots the appointment form shows under its settings: those of one ordinary day of the
 * service by its weekly hours (docs/domain.md, "Appointments (the settings so far)"). Exception
 * dates (holidays, longer hours) are left out: the form says so rather than guess a date.
 */

/** One open period of the day and the slots it makes. */
export interface PeriodSlots {
  period: OpeningPeriod;
  slots: SlotTime[];
}

/**
 * The day shown: `weekday` 1–7 (the first weekday the service is open), or null for a hall
 * without hours, open all day every day; `periods` null when the week has no open weekday.
 */
export interface TypicalDay {
  weekday: number | null;
  periods: PeriodSlots[] | null;
}

const allDay: readonly OpeningPeriod[] = [{ opens: '00:00', closes: '24:00' }];

/**
 * The slots of a typical day of a service: its own weekly hours, or its hall's when it has none
 * (no hours at all: open all day), cut into `slotMinutes` as {@link slotTimesOf} does.
 */
export function typicalDayOf(
  serviceHours: readonly WeeklyHours[],
  hallHours: readonly WeeklyHours[],
  slotMinutes: number,
): TypicalDay {
  const hours = serviceHours.length > 0 ? serviceHours : hallHours;
  const slotsOf = (periods: readonly OpeningPeriod[]): PeriodSlots[] =>
    periods.map((period) => ({ period, slots: slotTimesOf([period], slotMinutes) }));
  if (hours.length === 0) return { weekday: null, periods: slotsOf(allDay) };
  for (const weekday of weekdays) {
    const periods = hours.find((day) => day.weekday === weekday)?.periods ?? [];
    if (periods.length > 0) return { weekday, periods: slotsOf(periods) };
  }
  return { weekday: null, periods: null };
}
