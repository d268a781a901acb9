import {
  type CalendarRules,
  minuteOfTime,
  type OpeningPeriod,
  resolveDay,
  timeOfMinute,
} from './calendar.js';
import { AppointmentStatus } from './enums.js';
import { addDays, instantAtLocalTime, serviceDayOf } from './service-day.js';

/**
 * Appointments (预约) per service (docs/domain.md, "Appointments"): the settings an administrator
 * sets, their limits, and the slots they make of a day's open periods. The server validates with
 * these limits and the admin form offers them: one rule in one place.
 */

/** A service's appointment settings (`AppointmentSettings` in the API). */
export interface AppointmentSettings {
  enabled: boolean;
  /** Length of a slot in minutes. */
  slotMinutes: number;
  /** Appointments one slot takes. */
  capacityPerSlot: number;
  /** How many days ahead a citizen may book; today counts as day 0. */
  horizonDays: number;
  /** Booking a slot closes this many minutes before it starts. */
  leadMinutes: number;
  /** Check-in is accepted from this many minutes before the slot starts… */
  earlyCheckInMinutes: number;
  /** …until this many minutes after it starts; later the appointment is MISSED. */
  lateCheckInMinutes: number;
}

/** The numeric settings of {@link AppointmentSettings}. */
export type AppointmentNumberSetting = Exclude<keyof AppointmentSettings, 'enabled'>;

/**
 * The settings of a service whose administrator never set them, as of every service made before
 * appointments: off, so that the service behaves as before until it is turned on.
 */
export const defaultAppointmentSettings: Readonly<AppointmentSettings> = Object.freeze({
  enabled: false,
  slotMinutes: 30,
  capacityPerSlot: 2,
  horizonDays: 7,
  leadMinutes: 60,
  earlyCheckInMinutes: 30,
  lateCheckInMinutes: 15,
});

/** The smallest and largest value each numeric setting may take (whole numbers). */
export const appointmentSettingLimits: Readonly<
  Record<AppointmentNumberSetting, { min: number; max: number }>
> = Object.freeze({
  // From five minutes to a whole working day.
  slotMinutes: { min: 5, max: 480 },
  capacityPerSlot: { min: 1, max: 200 },
  // Up to three months ahead.
  horizonDays: { min: 0, max: 90 },
  // Up to a week before.
  leadMinutes: { min: 0, max: 10_080 },
  earlyCheckInMinutes: { min: 0, max: 240 },
  lateCheckInMinutes: { min: 0, max: 240 },
});

/**
 * The settings stored for a service, completed with the defaults for what was never set (a row
 * written before a setting existed holds less than the whole set).
 */
export function appointmentSettingsOf(
  stored: Partial<AppointmentSettings> | null | undefined,
): AppointmentSettings {
  return { ...defaultAppointmentSettings, ...(stored ?? {}) };
}

/** One slot of a day on the hall's clock, `HH:MM` to `HH:MM`. */
export interface SlotTime {
  start: string;
  end: string;
}

/**
 * The slots of a day: whole slot lengths inside each open period, from the period's opening; a
 * remainder shorter than a slot at a period's end makes none. Periods as `resolveDay` gives them
 * (ordered, not overlapping); `24:00` ends a period at midnight.
 */
export function slotTimesOf(periods: readonly OpeningPeriod[], slotMinutes: number): SlotTime[] {
  if (!Number.isInteger(slotMinutes) || slotMinutes <= 0) return [];
  const slots: SlotTime[] = [];
  for (const period of periods) {
    const opens = minuteOfTime(period.opens);
    const closes = minuteOfTime(period.closes);
    if (opens === null || closes === null) continue;
    for (let start = opens; start + slotMinutes <= closes; start += slotMinutes) {
      slots.push({ start: timeOfMinute(start), end: timeOfMinute(start + slotMinutes) });
    }
  }
  return slots;
}

/** A mainland mobile number as a booking takes it: 11 digits, `1[3-9]…`. */
export const mobilePhonePattern = /^1[3-9]\d{9}$/;

/** True when `phone` is a mainland mobile number ({@link mobilePhonePattern}). */
export function isMobilePhone(phone: string): boolean {
  return mobilePhonePattern.test(phone);
}

/**
 * A phone number as every answer, export and log shows it: its middle four digits hidden
 * (`138****5678`). Anything that is not 11 digits is hidden whole.
 */
export function maskPhone(phone: string): string {
  return /^\d{11}$/.test(phone) ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '****';
}

/** Active bookings one phone number may hold at once (docs/domain.md, "Appointments"). */
export const maxActiveBookingsPerPhone = 3;

/** A slot as instants. */
export interface SlotInstants {
  start: Date;
  end: Date;
}

/** The slots of a service on `date` (`YYYY-MM-DD` on the hall's clock), by its calendar. */
export function slotsOnDate(rules: CalendarRules, date: string, slotMinutes: number): SlotInstants[] {
  return slotTimesOf(resolveDay(rules, date).periods, slotMinutes).map((slot) => ({
    start: instantAtLocalTime(date, minuteOfTime(slot.start)!, rules.timeZone),
    end: instantAtLocalTime(date, minuteOfTime(slot.end)!, rules.timeZone),
  }));
}

/**
 * Whether a slot starting at `start` can be booked at `now`: on a day from today to `horizonDays`
 * ahead on the hall's clock, and at least `leadMinutes` before it starts.
 */
export function slotBookableAt(
  start: Date,
  now: Date,
  settings: Pick<AppointmentSettings, 'horizonDays' | 'leadMinutes'>,
  timeZone: string,
): boolean {
  const today = serviceDayOf(now, timeZone);
  const day = serviceDayOf(start, timeZone);
  return (
    day >= today &&
    day <= addDays(today, settings.horizonDays) &&
    start.getTime() - settings.leadMinutes * 60_000 >= now.getTime()
  );
}

/** The statuses of an appointment that holds a seat of its slot. */
export const seatHoldingStatuses: readonly AppointmentStatus[] = [
  AppointmentStatus.BOOKED,
  AppointmentStatus.CHECKED_IN,
];

/** When an appointment's check-in is accepted: from `opensAt` to `closesAt`, both included. */
export interface CheckInWindow {
  opensAt: Date;
  closesAt: Date;
}

/** The check-in window of a slot starting at `slotStart`, by the service's settings. */
export function checkInWindowOf(
  slotStart: Date,
  settings: Pick<AppointmentSettings, 'earlyCheckInMinutes' | 'lateCheckInMinutes'>,
): CheckInWindow {
  return {
    opensAt: new Date(slotStart.getTime() - settings.earlyCheckInMinutes * 60_000),
    closesAt: new Date(slotStart.getTime() + settings.lateCheckInMinutes * 60_000),
  };
}

/**
 * Where `now` falls against a check-in window: `early` before it opens (TOO_EARLY), `open`
 * inside it, `missed` after it closes (the appointment is MISSED).
 */
export function checkInStateAt(window: CheckInWindow, now: Date): 'early' | 'open' | 'missed' {
  if (now.getTime() < window.opensAt.getTime()) return 'early';
  return now.getTime() <= window.closesAt.getTime() ? 'open' : 'missed';
}

/**
 * A phone that misses {@link missedAppointmentsRule}.count appointments within `withinDays` cannot
 * book online for `closedDays` after the last of them (staff still book for it).
 */
export const missedAppointmentsRule = Object.freeze({ count: 3, withinDays: 90, closedDays: 30 });

const millisecondsPerDay = 86_400_000;

/**
 * Until when online booking is closed to a phone, given the slot starts of its MISSED
 * appointments (a miss counts at its slot's start): the latest end of a ban that `now` is still
 * in, or null when it may book. Order of `missedSlotStarts` does not matter.
 */
export function onlineBookingClosedUntil(missedSlotStarts: readonly Date[], now: Date): Date | null {
  const { count, withinDays, closedDays } = missedAppointmentsRule;
  const times = missedSlotStarts.map((start) => start.getTime()).sort((left, right) => left - right);
  let closedUntil: number | null = null;
  for (let index = count - 1; index < times.length; index += 1) {
    const last = times[index]!;
    if (last - times[index - count + 1]! > withinDays * millisecondsPerDay) continue;
    const until = last + closedDays * millisecondsPerDay;
    if (until > now.getTime() && (closedUntil === null || until > closedUntil)) closedUntil = until;
  }
  return closedUntil === null ? null : new Date(closedUntil);
}

/**
 * The code a kiosk sends for what the citizen typed or scanned: trimmed, and for a scanned manage
 * link (`https://…/b/<manageCode>`, a query or fragment after it) its last path part.
 */
export function appointmentCodeOf(typedOrScanned: string): string {
  const text = typedOrScanned.trim();
  if (!text.includes('/')) return text;
  const path = text.split(/[?#]/)[0]!.replace(/\/+$/, '');
  return path.slice(path.lastIndexOf('/') + 1);
}
