import { formatClockTime, formatLongDate, formatWaitRange, type WaitRange } from '../format.js';
import { formatOpeningTime } from '../opening-time.js';
import { addDays, serviceDayOf, weekdayOf } from '../service-day.js';
import { mongolianWords } from './catalogues/mongolian.js';

/**
 * The public screens' figures in each of a hall's languages: zh-CN and en as format.ts and
 * opening-time.ts write them, mn-Mong from the Mongolian catalogue's words. Any other tag reads
 * as zh-CN, as a missing name does.
 */

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    values[name] === undefined ? placeholder : String(values[name]),
  );
}

/** {@link formatWaitRange} in a public language: `ᠪᠠᠷᠤᠭ 5–12 ᠮᠢᠨᠦ᠋ᠲ` in Mongolian. */
export function formatWaitRangeIn(lang: string, estimate: WaitRange | null | undefined): string {
  if (lang !== 'mn-Mong') return formatWaitRange(estimate, lang === 'en' ? 'en' : 'zh-CN');
  if (!estimate) return mongolianWords.noEstimate;
  const low = Math.max(0, Math.round(Math.min(estimate.p50Minutes, estimate.p90Minutes)));
  const high = Math.max(0, Math.round(Math.max(estimate.p50Minutes, estimate.p90Minutes)));
  if (high < 1) return mongolianWords.underOneMinute;
  return fill(mongolianWords.aboutMinutes, { range: low === high ? `${high}` : `${low}–${high}` });
}

function mongolianDay(day: string, withYear: boolean): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const template = withYear ? mongolianWords.yearMonthDay : mongolianWords.monthDay;
  return `${fill(template, { year, month, day: date })} ${mongolianWords.weekdays[weekdayOf(day) - 1]}`;
}

/**
 * {@link formatOpeningTime} in a public language: in Mongolian `ᠮᠠᠷᠭᠠᠰᠢ 09:00`, or the date and
 * weekday beyond tomorrow. An unparsable instant comes back as it came.
 *
 * @throws RangeError for an unknown time zone.
 */
export function formatOpeningTimeIn(
  lang: string,
  opensAt: Date | number | string,
  now: Date | number,
  timeZone: string,
): string {
  if (lang !== 'mn-Mong') return formatOpeningTime(opensAt, now, lang === 'en' ? 'en' : 'zh-CN', timeZone);
  const moment = typeof opensAt === 'string' ? Date.parse(opensAt) : Number(opensAt);
  if (!Number.isFinite(moment)) return String(opensAt);
  const today = serviceDayOf(now, timeZone);
  const day = serviceDayOf(moment, timeZone);
  const dayText =
    day === today
      ? mongolianWords.today
      : day === addDays(today, 1)
        ? mongolianWords.tomorrow
        : mongolianDay(day, false);
  return `${dayText} ${formatClockTime(moment, timeZone)}`;
}

/**
 * {@link formatLongDate} in a public language: in Mongolian the year, month, day and weekday
 * (mongolianWords).
 *
 * @throws RangeError for an unknown time zone.
 */
export function formatLongDateIn(lang: string, moment: Date | number, timeZone: string): string {
  if (lang !== 'mn-Mong') return formatLongDate(moment, lang === 'en' ? 'en' : 'zh-CN', timeZone);
  return mongolianDay(serviceDayOf(moment, timeZone), true);
}
