import { addDays, startOfServiceDay } from './service-day.js';

/**
 * The sweep behind the service-day.zones-*.test.ts files (two files, so the two halves of the
 * zones run at once): every IANA time zone this runtime knows, every day from 2020 to 2030, each
 * service day must start at local midnight, or — where the clocks jump over midnight — at the
 * first instant after it. The wall clock is read here with a formatter of the sweep's own, so
 * the code is not checked against itself. Test support only: not part of the built package.
 */

const firstDay = '2020-01-01';
const lastDay = '2030-12-31';

export interface Reading {
  day: string;
  /** The wall clock as if it were UTC, in milliseconds (whole seconds). */
  wallAsUtc: number;
  midnight: boolean;
}

/** A reader of the wall clock of `timeZone`, with a formatter of its own (not the code's under test). */
export function readerFor(timeZone: string): (instant: number) => Reading {
  const formatter = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  return (instant) => {
    // en-CA: "2024-09-08, 01:00:00".
    const text = formatter.format(instant);
    const [day = '', time = ''] = text.split(', ');
    const [hour, minute, second] = time.split(':').map(Number);
    const wallAsUtc = Date.parse(`${day}T00:00:00Z`) + ((hour! * 60 + minute!) * 60 + second!) * 1000;
    return { day, wallAsUtc, midnight: time === '00:00:00' };
  };
}

/** What is wrong with the start the code gives `day` in `timeZone`, or null. */
function problemWithDay(day: string, timeZone: string, read: (instant: number) => Reading): string | null {
  const start = startOfServiceDay(day, timeZone).getTime();
  const atStart = read(start);
  const justBefore = read(start - 1);
  if (atStart.day !== day)
    return `${timeZone} ${day}: starts at ${new Date(start).toISOString()}, on ${atStart.day}`;
  if (justBefore.day !== addDays(day, -1)) {
    return `${timeZone} ${day}: the millisecond before ${new Date(start).toISOString()} is on ${justBefore.day}`;
  }
  // Not at midnight: only where the clocks jumped at that very instant (the second before it
  // reads more than a second earlier on the wall).
  if (!atStart.midnight && atStart.wallAsUtc - justBefore.wallAsUtc === 1000) {
    return `${timeZone} ${day}: starts at ${new Date(start).toISOString()}, not at midnight and not at a jump`;
  }
  return null;
}

/** Every day from 2020-01-01 to 2030-12-31: 4,018 days. */
export const sweptDays: readonly string[] = (() => {
  const days: string[] = [];
  for (let day = firstDay; day <= lastDay; day = addDays(day, 1)) days.push(day);
  return days;
})();

/** The zones of the runtime, every other one from `offset` (0 or 1). */
export function zonesOfHalf(offset: 0 | 1): string[] {
  return Intl.supportedValuesOf('timeZone').filter((_zone, index) => index % 2 === offset);
}

/** Every problem with the days of `zones`; empty when each day starts where it should. */
export function sweepZones(zones: readonly string[]): string[] {
  const problems: string[] = [];
  for (const timeZone of zones) {
    const read = readerFor(timeZone);
    for (const day of sweptDays) {
      const problem = problemWithDay(day, timeZone, read);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}
