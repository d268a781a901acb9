/**
 * The service day: the calendar day in the hall's timezone. Ticket numbers restart with it and
 * unfinished segments expire when it ends. Only `Intl.DateTimeFormat` is used, so the IANA
 * timezone rules (DST included) come from the runtime's ICU data.
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
    // Throws RangeError for an unknown timezone, which is what callers should see.
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

function wallClockAt(instant: number, timeZone: string): WallClock {
  const wall: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type in wall) wall[part.type as keyof WallClock] = Number(part.value);
  }
  return wall;
}

// The wall clock read as if it were UTC, in milliseconds; minus the instant it is the offset.
function wallClockAsUtc(wall: WallClock): number {
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

/** The service day ('YYYY-MM-DD') that `instant` falls on in `timeZone`, e.g. 'Asia/Shanghai'. */
export function serviceDayOf(instant: Date, timeZone: string): string {
  const wall = wallClockAt(instant.getTime(), timeZone);
  return formatDay(wall.year, wall.month, wall.day);
}

/**
 * The first instant of service day `day` ('YYYY-MM-DD') in `timeZone`: normally local 00:00.
 *
 * DST is handled: the offset in force at local midnight can differ from the one a day earlier
 * or later, so both are tried and the earliest instant that reads 00:00 on `day` wins (a
 * repeated midnight counts from its first occurrence). Where clocks jump over midnight
 * (America/Santiago in September: 24:00 → 01:00) the day begins at the jump, so
 * `serviceDayOf(start) === day` and `serviceDayOf(start − 1 ms)` is the day before, always.
 */
export function startOfServiceDay(day: string, timeZone: string): Date {
  const midnightAsUtc = parseDay(day);
  // Offsets lie within ±14 h, so a day either side is clear of any transition at this midnight.
  const offsetBefore = offsetAt(midnightAsUtc - millisecondsPerDay, timeZone);
  const offsetAfter = offsetAt(midnightAsUtc + millisecondsPerDay, timeZone);
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
