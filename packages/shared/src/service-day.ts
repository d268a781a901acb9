/**
 * The service day: the calendar day in the hall's time zone (docs/domain.md, "The service day").
 * Ticket numbers restart with it, unfinished segments expire when it ends, and statistics periods
 * are made of whole service days. Server and apps use these functions, never a copy: two copies
 * once disagreed on the days clocks jump over midnight.
 *
 * Only `Intl.DateTimeFormat` is used, so the IANA time zone rules (DST included) come from the
 * runtime's ICU data.
 */

const millisecondsPerDay = 86_400_000;
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// Building a DateTimeFormat is far more expensive than using one; halls use a handful of zones.
const formatterByTimeZone = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatterByTimeZone.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown time zone, which is what callers should see.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      // h23: midnight is hour 0, never 24.
      hourCycle: 'h23',
    });
    formatterByTimeZone.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Wall clocks read recently, per zone, by whole second (the wall clock has no milliseconds):
 * every request reads the clock at "now" and at the same few midnights, and formatting is most
 * of what these functions cost. Bounded: emptied when it grows past a few hundred readings.
 */
const wallClocksByTimeZone = new Map<string, Map<number, Readonly<WallClock>>>();
const maxRememberedWallClocks = 512;

function wallClockAt(instant: number, timeZone: string): Readonly<WallClock> {
  const second = Math.floor(instant / 1000);
  let remembered = wallClocksByTimeZone.get(timeZone);
  const known = remembered?.get(second);
  if (known) return known;
  const wall = readWallClock(second * 1000, timeZone);
  if (!remembered) {
    remembered = new Map();
    wallClocksByTimeZone.set(timeZone, remembered);
  } else if (remembered.size >= maxRememberedWallClocks) remembered.clear();
  remembered.set(second, wall);
  return wall;
}

function readWallClock(instant: number, timeZone: string): Readonly<WallClock> {
  // `format` and splitting its digits (en-US: "9/8/2024, 01:00:00") is three times faster than
  // `formatToParts`, and issuing and calling read the day on every request.
  const [month, day, year, hour, minute, second] = formatterFor(timeZone)
    .format(instant)
    .split(/\D+/)
    .map(Number) as [number, number, number, number, number, number];
  return Object.freeze({ year, month, day, hour, minute, second });
}

// The wall clock read as if it were UTC, in milliseconds; minus the instant it is the offset.
function wallClockAsUtc(wall: Readonly<WallClock>): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

// The zone's offset from UTC at an instant; the instant is cut to whole seconds because the
// wall clock has no milliseconds.
function offsetAt(instant: number, timeZone: string): number {
  const wholeSeconds = Math.floor(instant / 1000) * 1000;
  return wallClockAsUtc(wallClockAt(wholeSeconds, timeZone)) - wholeSeconds;
}

function formatDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function parseDay(day: string): number {
  const match = dayPattern.exec(day);
  const midnightUtc = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  // The round trip refuses impossible dates such as 2026-02-30, which Date.UTC would roll over.
  if (Number.isNaN(midnightUtc) || new Date(midnightUtc).toISOString().slice(0, 10) !== day) {
    throw new RangeError(`Not a service day (YYYY-MM-DD): ${day}`);
  }
  return midnightUtc;
}

/**
 * The service day (`YYYY-MM-DD`) that `instant` falls on in `timeZone`, e.g. `Asia/Shanghai`.
 *
 * @throws RangeError for an unknown time zone or an invalid instant.
 */
export function serviceDayOf(instant: Date | number, timeZone: string): string {
  const wall = wallClockAt(typeof instant === 'number' ? instant : instant.getTime(), timeZone);
  return formatDay(wall.year, wall.month, wall.day);
}

/**
 * The first instant of service day `day` (`YYYY-MM-DD`) in `timeZone`: normally local 00:00.
 *
 * DST is handled: the offset in force at local midnight can differ from the one a day earlier
 * or later, so both are tried and the earliest instant that reads 00:00 on `day` wins (a
 * repeated midnight counts from its first occurrence). Where clocks jump over midnight
 * (America/Santiago in September: 24:00 → 01:00) the day begins at the jump, so
 * `serviceDayOf(start) === day` and `serviceDayOf(start − 1 ms)` is the day before, always.
 *
 * @throws RangeError for a malformed or impossible day, or an unknown time zone.
 */
export function startOfServiceDay(day: string, timeZone: string): Date {
  const midnightAsUtc = parseDay(day);
  // Offsets lie within ±14 h, so a day either side is clear of any transition at this midnight.
  const offsetBefore = offsetAt(midnightAsUtc - millisecondsPerDay, timeZone);
  const offsetAfter = offsetAt(midnightAsUtc + millisecondsPerDay, timeZone);
  // The same offset either side: no transition near this midnight (what the lookup below would
  // also find, in one more read of the clock).
  if (offsetBefore === offsetAfter) return new Date(midnightAsUtc - offsetBefore);
  const candidates = [midnightAsUtc - offsetBefore, midnightAsUtc - offsetAfter].sort(
    (left, right) => left - right,
  );
  const exactMidnight = candidates.find(
    (candidate) => wallClockAsUtc(wallClockAt(candidate, timeZone)) === midnightAsUtc,
  );
  // No instant reads 00:00: the clocks skipped it, and the day starts where the old offset would
  // have put midnight — the moment of the jump.
  return new Date(exactMidnight ?? midnightAsUtc - offsetBefore);
}

/**
 * The start of the service day after the one `instant` falls on in `timeZone`: the moment
 * today's tickets expire and numbering restarts. Always later than `instant`.
 */
export function nextServiceDayStart(instant: Date, timeZone: string): Date {
  let day = parseDay(serviceDayOf(instant, timeZone));
  // One pass normally; a second only if clocks set back over midnight put `instant` in a
  // repeated hour of the previous day that lies after the next day's start.
  for (;;) {
    day += millisecondsPerDay;
    const start = startOfServiceDay(new Date(day).toISOString().slice(0, 10), timeZone);
    if (start.getTime() > instant.getTime()) return start;
  }
}

/**
 * The instant a hall's clock reads `minuteOfDay` minutes after midnight on `day` (1440 = the next
 * day's start). A time the clocks skip (a DST gap) reads with the offset before the jump, so it is
 * moved forward by the jump (02:30 on a 02:00 → 03:00 night is 03:30, as Temporal's "compatible"
 * does); a time read twice (clocks set back) is its first occurrence.
 *
 * @throws RangeError for a malformed day or an unknown time zone.
 */
export function instantAtLocalTime(day: string, minuteOfDay: number, timeZone: string): Date {
  if (minuteOfDay >= 1440) return startOfServiceDay(addDays(day, 1), timeZone);
  if (minuteOfDay <= 0) return startOfServiceDay(day, timeZone);
  const localAsUtc = parseDay(day) + minuteOfDay * 60_000;
  const offsetBefore = offsetAt(localAsUtc - millisecondsPerDay, timeZone);
  const offsetAfter = offsetAt(localAsUtc + millisecondsPerDay, timeZone);
  if (offsetBefore === offsetAfter) return new Date(localAsUtc - offsetBefore);
  const candidates = [localAsUtc - offsetBefore, localAsUtc - offsetAfter].sort(
    (left, right) => left - right,
  );
  const exact = candidates.find(
    (candidate) => wallClockAsUtc(wallClockAt(candidate, timeZone)) === localAsUtc,
  );
  return new Date(exact ?? localAsUtc - offsetBefore);
}

/** The ISO weekday of a day `YYYY-MM-DD`: 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: string): number {
  return new Date(parseDay(day)).getUTCDay() || 7;
}

/** True when `day` is a real date written `YYYY-MM-DD`. */
export function isDay(day: string): boolean {
  try {
    parseDay(day);
    return true;
  } catch {
    return false;
  }
}

/** The calendar day `count` days after `day` (before, when negative), both `YYYY-MM-DD`. */
export function addDays(day: string, count: number): string {
  return new Date(parseDay(day) + count * millisecondsPerDay).toISOString().slice(0, 10);
}

/**
 * A hall's service day around `now`, as statistics take it: from its start (included) to the
 * next day's start (excluded), as ISO instants.
 */
export function serviceDayRange(now: Date, timeZone: string): { from: string; to: string } {
  const today = serviceDayOf(now, timeZone);
  return {
    from: startOfServiceDay(today, timeZone).toISOString(),
    to: startOfServiceDay(addDays(today, 1), timeZone).toISOString(),
  };
}
