/**
 * When a closed hall or service opens again, as the public screens say it ("已停止取号 · 明天
 * 09:00 开始取号" / "Closed · opens tomorrow 09:00"). The instant comes from the server
 * (`Hall.opensAt`, `Service.opensAt`, `SERVICE_CLOSED`'s `extensions.opensAt`); this reads it on
 * the hall's clock, which may not be the device's (docs/domain.md, "Calendar").
 */
import { formatClockTime } from './format.js';
import type { Locale } from './i18n/locale.js';
import { addDays, serviceDayOf } from './service-day.js';

// One formatter per zone and language: a kiosk formats a line per service every second.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(locale: Locale, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', {
      timeZone,
      // zh-CN's numeric month is the bare number; 月 and 日 are added below.
      month: locale === 'zh-CN' ? 'numeric' : 'short',
      day: 'numeric',
      weekday: locale === 'zh-CN' ? 'long' : 'short',
    });
    dateFormatters.set(key, formatter);
  }
  return formatter;
}

/**
 * The day part of an opening on the hall's clock: `今天` / `today`, `明天` / `tomorrow`, else the
 * date with its weekday, `12月8日 星期二` / `Tue 8 Dec`. No year: an opening is never more than a
 * year ahead (the server gives null beyond), so the month and day name one date.
 *
 * @throws RangeError for an unknown time zone.
 */
export function formatOpeningDay(
  opensAt: Date | number,
  now: Date | number,
  locale: Locale,
  timeZone: string,
): string {
  const zh = locale === 'zh-CN';
  const today = serviceDayOf(now, timeZone);
  const day = serviceDayOf(opensAt, timeZone);
  if (day === today) return zh ? '今天' : 'today';
  if (day === addDays(today, 1)) return zh ? '明天' : 'tomorrow';
  const parts = dateFormatter(locale, timeZone).formatToParts(opensAt);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  return zh
    ? `${part('month')}月${part('day')}日 ${part('weekday')}`
    : `${part('weekday')} ${part('day')} ${part('month')}`;
}

/**
 * When something opens, for people to read on the hall's clock: `今天 13:30` / `today 13:30`,
 * `明天 09:00` / `tomorrow 09:00`, later `12月8日 星期二 09:00` / `Tue 8 Dec 09:00`. `now` is the
 * server's time where the app knows it, so a device with a wrong clock still says the right day.
 * An unparsable string is returned as it came, so a bad value is visible rather than "Invalid Date".
 *
 * @throws RangeError for an unknown time zone.
 */
export function formatOpeningTime(
  opensAt: Date | number | string,
  now: Date | number,
  locale: Locale,
  timeZone: string,
): string {
  const moment = typeof opensAt === 'string' ? Date.parse(opensAt) : Number(opensAt);
  if (!Number.isFinite(moment)) return String(opensAt);
  return `${formatOpeningDay(moment, now, locale, timeZone)} ${formatClockTime(moment, timeZone)}`;
}

/**
 * The earliest of several instants (ISO strings; null and unparsable ones are left out), or null
 * when there is none: the time a kiosk whose services are all closed issues tickets again.
 */
export function earliestInstant(instants: Iterable<string | null | undefined>): string | null {
  let earliest: { text: string; time: number } | null = null;
  for (const text of instants) {
    if (!text) continue;
    const time = Date.parse(text);
    if (Number.isFinite(time) && (earliest === null || time < earliest.time)) earliest = { text, time };
  }
  return earliest?.text ?? null;
}

/** Options of {@link openingRefreshDelay}. */
export interface OpeningRefreshOptions {
  /** The longest wait, whatever the instants say: calendars change without a hall event. Default 5 min. */
  fallbackMilliseconds?: number;
  /** Read this long after an instant, so that the server, whose clock the app only estimates, has passed it. Default 1 s. */
  marginMilliseconds?: number;
  /** An instant already past means the answer was read a moment too early: read again after this. Default 15 s. */
  staleMilliseconds?: number;
}

/**
 * How long a screen waits before it reads a calendar state again (open or not, when it opens,
 * when it stops issuing): just after the earliest of `instants` still to come, and never longer
 * than the fallback, because an administrator's change of the hours sends no hall event. An
 * instant at or before `now` was read early (the device's estimate of the server's clock is off by
 * a little): it is read again after `staleMilliseconds`, a few times a minute at most.
 */
export function openingRefreshDelay(
  instants: Iterable<string | null | undefined>,
  now: number,
  options: OpeningRefreshOptions = {},
): number {
  const {
    fallbackMilliseconds = 5 * 60_000,
    marginMilliseconds = 1_000,
    staleMilliseconds = 15_000,
  } = options;
  let delay = fallbackMilliseconds;
  for (const text of instants) {
    if (!text) continue;
    const time = Date.parse(text);
    if (!Number.isFinite(time)) continue;
    delay = Math.min(delay, time > now ? time - now + marginMilliseconds : staleMilliseconds);
  }
  return Math.max(0, delay);
}
