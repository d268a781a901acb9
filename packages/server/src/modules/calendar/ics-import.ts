import ICAL from 'ical.js';
import { addDays } from '@onestop/shared';
import { badInput } from '../../common/domain-error.js';

/** One date an iCalendar file marks: closed (a holiday) or a working day, with the event's summary. */
export interface ImportedDate {
  date: string;
  working: boolean;
  note: string | null;
}

/** Summaries that mark a swapped working day (调休上班) rather than a holiday. */
const workingDayPattern = /班|workday|working day/i;
/** No event spans more than this many days: a longer one is a mistake in the file. */
const maxEventDays = 60;
/** A recurring event is expanded this far, at most. */
const maxOccurrences = 400;

/**
 * The all-day events of an iCalendar file's text (parsed by ical.js), one entry per date they
 * cover. Timed events are ignored; a recurring all-day event is expanded for three years.
 * The file cannot be read → BAD_USER_INPUT on `ics`.
 */
export function datesOfIcs(text: string): ImportedDate[] {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text));
  } catch {
    throw badInput('ics', { kind: 'fileFormat' });
  }
  if (calendar.name !== 'vcalendar') throw badInput('ics', { kind: 'fileFormat' });
  const byDate = new Map<string, ImportedDate>();
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    if (!event.startDate?.isDate) continue;
    const note = event.summary?.trim().slice(0, 100) || null;
    const working = note !== null && workingDayPattern.test(note);
    const length = Math.min(
      maxEventDays,
      Math.max(1, event.endDate ? event.endDate.subtractDate(event.startDate).toSeconds() / 86_400 : 1),
    );
    const starts: string[] = [];
    if (event.isRecurring()) {
      const iterator = event.iterator();
      const until = addDays(event.startDate.toString(), 3 * 366);
      for (let next = iterator.next(); next && starts.length < maxOccurrences; next = iterator.next()) {
        const start = next.toString().slice(0, 10);
        if (start > until) break;
        starts.push(start);
      }
    } else {
      starts.push(event.startDate.toString().slice(0, 10));
    }
    for (const start of starts) {
      for (let offset = 0; offset < length; offset += 1) {
        const date = addDays(start, offset);
        byDate.set(date, { date, working, note });
      }
    }
  }
  return [...byDate.values()].sort((left, right) => left.date.localeCompare(right.date));
}
