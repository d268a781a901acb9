import { describe, expect, it } from 'vitest';
import { addDays, instantAtLocalTime, startOfServiceDay } from './service-day.js';
import { readerFor, sweptDays } from './service-day.sweep.js';

/**
 * Opening hours are local times: instantAtLocalTime must give, in every zone of the runtime, the
 * instant the hall's clock reads that time — on the days clocks change above all (every such day
 * from 2025 to 2027, each half hour), and on ordinary days. A time the clocks skip is moved
 * forward by the jump (02:30 on a 02:00 → 03:00 night reads 03:30), as Temporal's "compatible" does. The wall clock is read with a formatter of this test's own.
 */

/** The wall clock as the day and the minute of that day, read by the service-day sweep's own reader. */
function wallReader(timeZone: string): (instant: number) => { day: string; minute: number } {
  const read = readerFor(timeZone);
  return (instant) => {
    const { day, wallAsUtc } = read(instant);
    return { day, minute: Math.floor((wallAsUtc - Date.parse(`${day}T00:00:00Z`)) / 60_000) };
  };
}

function problemsOf(timeZone: string): string[] {
  const read = wallReader(timeZone);
  const problems: string[] = [];
  const changeDays = sweptDays.filter(
    (day, index) =>
      (day >= '2025-01-01' && day <= '2027-12-31' && index % 53 === 0) ||
      (day >= '2025-01-01' &&
        day <= '2027-12-31' &&
        startOfServiceDay(addDays(day, 1), timeZone).getTime() -
          startOfServiceDay(day, timeZone).getTime() !==
          86_400_000),
  );
  for (const day of changeDays) {
    for (let minute = 0; minute < 1440; minute += 30) {
      const instant = instantAtLocalTime(day, minute, timeZone).getTime();
      const wall = read(instant);
      const exact = wall.day === day && wall.minute === minute;
      // Skipped by a jump: the instant reads as much later as the clocks jumped (past midnight,
      // where they jump 23:00 → 00:00), so going back by that much does not read the time asked.
      const wallMinute =
        wall.day === day ? wall.minute : wall.day === addDays(day, 1) ? wall.minute + 1440 : -1;
      const back = read(instant - (wallMinute - minute) * 60_000);
      const skipped = wallMinute > minute && (back.day !== day || back.minute !== minute);
      if (!exact && !skipped) problems.push(`${timeZone} ${day} ${minute}: ${JSON.stringify(wall)}`);
      if (problems.length > 5) return problems;
    }
  }
  return problems;
}

describe('local opening times in every time zone, 2025–2027', () => {
  it('read as the hall’s clock shows them, and moved forward by the jump when skipped', () => {
    const problems = Intl.supportedValuesOf('timeZone').flatMap(problemsOf);
    expect(problems).toEqual([]);
  }, 180_000);
});
