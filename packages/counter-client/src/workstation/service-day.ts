import { calendarDay } from '@onestop/shared';

const dayMilliseconds = 24 * 3600 * 1000;

/** How far the wall clock of `timeZone` is ahead of UTC at `moment`, in milliseconds. */
function zoneOffset(moment: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
  const wallClock = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wallClock - Math.floor(moment / 1000) * 1000;
}

/** The UTC moment of midnight starting `day` (`YYYY-MM-DD`) in `timeZone`. */
function midnight(day: string, timeZone: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(year, month - 1, date);
  // Twice: the offset at the guess may differ from the offset at midnight across a DST change.
  const first = asUtc - zoneOffset(asUtc, timeZone);
  return asUtc - zoneOffset(first, timeZone);
}

/**
 * The hall's service day around `now`, as the statistics want it: from its midnight
 * (included) to the next midnight (excluded), in the hall's time zone, as ISO strings.
 */
export function serviceDayRange(now: Date, timeZone: string): { from: string; to: string } {
  const today = calendarDay(now, timeZone);
  if (!today) throw new RangeError('An invalid moment has no service day');
  const start = midnight(today, timeZone);
  const tomorrow = calendarDay(start + dayMilliseconds + 3 * 3600 * 1000, timeZone)!;
  return { from: new Date(start).toISOString(), to: new Date(midnight(tomorrow, timeZone)).toISOString() };
}
