import type { Locale } from './i18n/locale.js';

/** A wait range as the API gives it (`WaitEstimate`): half are called within p50, nine in ten within p90. */
export interface WaitRange {
  /** Minutes within which half of the citizens are called. */
  p50Minutes: number;
  /** Minutes within which nine in ten citizens are called. */
  p90Minutes: number;
}

/**
 * The printed ticket number: the service prefix and the day's sequence, zero-padded to three
 * digits (`A`, 1 → `A001`); a sequence past 999 keeps all its digits (`A1000`), because a
 * number must never be cut and repeat within a service day.
 *
 * @throws RangeError when `sequence` is not a whole number of at least 1.
 */
export function formatTicketNumber(prefix: string, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    throw new RangeError(`A ticket sequence is a whole number from 1, not ${sequence}`);
  }
  return `${prefix}${String(sequence).padStart(3, '0')}`;
}

/**
 * The wait range shown to citizens: `约 5–12 分钟` / `about 5–12 min`, one figure when both
 * ends agree, "under 1 minute" when the wait rounds to nothing, and a plain "no estimate"
 * when the server has none yet. Never a single optimistic figure when the ends differ.
 */
export function formatWaitRange(estimate: WaitRange | null | undefined, locale: Locale): string {
  const zh = locale === 'zh-CN';
  if (!estimate) return zh ? '暂无预计' : 'no estimate yet';
  // A defensive order: a server bug that swaps the ends must not print "about 12–5 min".
  const low = Math.max(0, Math.round(Math.min(estimate.p50Minutes, estimate.p90Minutes)));
  const high = Math.max(0, Math.round(Math.max(estimate.p50Minutes, estimate.p90Minutes)));
  if (high < 1) return zh ? '不到 1 分钟' : 'under 1 min';
  const range = low === high ? `${high}` : `${low}–${high}`;
  return zh ? `约 ${range} 分钟` : `about ${range} min`;
}

/**
 * A length of time for people to read: `45 秒` / `45 s`, `2 分 5 秒` / `2 min 5 s`,
 * `1 小时 2 分` / `1 h 2 min` (seconds are dropped from an hour on, where they are noise).
 * Negative or non-finite input reads as zero, so a clock skew never prints "-3 s".
 */
export function formatDuration(seconds: number, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const total = Number.isFinite(seconds) ? Math.max(0, Math.round(seconds)) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const remainingSeconds = total % 60;
  const parts: string[] = [];
  if (hours > 0) {
    parts.push(zh ? `${hours} 小时` : `${hours} h`);
    if (minutes > 0) parts.push(zh ? `${minutes} 分` : `${minutes} min`);
  } else if (minutes > 0) {
    parts.push(zh ? `${minutes} 分` : `${minutes} min`);
    if (remainingSeconds > 0) parts.push(zh ? `${remainingSeconds} 秒` : `${remainingSeconds} s`);
  } else {
    parts.push(zh ? `${remainingSeconds} 秒` : `${remainingSeconds} s`);
  }
  return parts.join(' ');
}

/**
 * A moment for people to read, in the hall's time zone (not the browser's, which may be a
 * manager's laptop elsewhere): `2026/11/24 17:30` in zh-CN, `24 Nov 2026, 17:30` in English.
 * An unparsable string is returned as it came, so a bad value is visible rather than "Invalid Date".
 */
export function formatDateTime(isoString: string, locale: Locale, timeZone?: string): string {
  const moment = new Date(isoString);
  if (Number.isNaN(moment.getTime())) return isoString;
  return new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', {
    timeZone,
    year: 'numeric',
    month: locale === 'zh-CN' ? '2-digit' : 'short',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(moment);
}

/**
 * The time of day on a hall's clock: `09:05`, 24-hour, in the hall's time zone. Digits only,
 * so that a wall screen can show it in fixed-width figures that never move.
 */
export function formatClockTime(moment: Date | number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(moment);
}

/**
 * The date under a hall's clock, with the day of the week, in the hall's time zone:
 * `2026年11月24日 星期二` in zh-CN, `Tuesday 24 November 2026` in English.
 */
export function formatLongDate(moment: Date | number, locale: Locale, timeZone: string): string {
  const parts = new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', {
    timeZone,
    year: 'numeric',
    // zh-CN's "long" month is the bare number (the 月 is a separate literal part).
    month: locale === 'zh-CN' ? 'numeric' : 'long',
    day: 'numeric',
    weekday: 'long',
  }).formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  return locale === 'zh-CN'
    ? `${part('year')}年${part('month')}月${part('day')}日 ${part('weekday')}`
    : `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}
