import type { EntityManager } from '@mikro-orm/postgresql';
import {
  addDays,
  exceptionsProblem,
  isDay,
  issuingAt,
  isOpenAt,
  resolveDay,
  resolveDays,
  weeklyHoursProblem,
  type CalendarDay,
  type CalendarException,
  type CalendarRules,
  type IssuingState,
  type OpeningPeriod,
  type WeeklyHours,
} from '@onestop/shared';
import { badInput, notFound } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { optionalText } from '../../common/validation.js';
import { runSql, sql } from '../../db/sql.js';
import { requireHall, requireRight, type Actor } from '../auth/access.js';
import { hallToAdminister } from '../halls/hall.service.js';
import { Service } from '../services/service.entity.js';
import { CalendarExceptionRecord } from './calendar-exception.entity.js';
import { datesOfIcs } from './ics-import.js';

/** The longest range `calendar(…)` resolves at once: a year and a month. */
const maxCalendarDays = 400;
/** How far ahead the next opening is looked for (calendar.ts looks 370 days ahead). */
const lookAheadDays = 372;

/** A hall's calendar as stored: its zone, weekly hours, and the exceptions of the days asked for. */
interface HallCalendarRow {
  timezone: string;
  active: boolean;
  weekly_hours: WeeklyHours[];
  exceptions: CalendarException[];
}

/**
 * Reads a hall's calendar rules with its exceptions from `from` to `to`, or — given `around` — from
 * two days before that instant's day to a year after it (the next opening is looked for that far).
 * Null: no such hall.
 */
async function readHallCalendar(
  em: EntityManager,
  hallId: string,
  days: { from: string; to: string } | { around: Date },
): Promise<HallCalendarRow | null> {
  if (!isUuid(hallId)) return null;
  const range =
    'around' in days
      ? sql`e.date BETWEEN (${days.around}::timestamptz AT TIME ZONE h.timezone)::date - 2
            AND (${days.around}::timestamptz AT TIME ZONE h.timezone)::date + ${lookAheadDays}::int`
      : sql`e.date BETWEEN ${days.from}::date AND ${days.to}::date`;
  const [row] = await runSql<HallCalendarRow>(
    em,
    sql`SELECT h.timezone, h.active, h.weekly_hours,
       (SELECT coalesce(json_agg(json_build_object('date', e.date::text, 'periods', e.periods, 'note', e.note)
          ORDER BY e.date), '[]'::json)
        FROM calendar_exception e WHERE e.hall_id = h.id AND ${range}) AS exceptions
     FROM hall h WHERE h.id = ${hallId}::uuid`,
  );
  return row ?? null;
}

type HallRules = CalendarRules & { active: boolean };
const rulesCache = new WeakMap<EntityManager, Map<string, { readAt: number; rules: Promise<HallRules> }>>();
/** A read serves the same entity manager this long: a request's fields, not a subscription's hours. */
const rulesReuseMilliseconds = 1000;

/**
 * The rules of a hall's calendar, or of one of its services, around `now`, read once per request
 * (the entity manager is the request's): a kiosk's list of services reads its hall once. A
 * subscription's entity manager lives for hours, so a read is reused for a second at most.
 */
export async function calendarRulesAround(
  em: EntityManager,
  hall: { id: string },
  service: { weeklyHours: WeeklyHours[] } | null,
  now: Date,
): Promise<HallRules> {
  let byHall = rulesCache.get(em);
  if (!byHall) rulesCache.set(em, (byHall = new Map()));
  let cached = byHall.get(hall.id);
  if (!cached || Math.abs(now.getTime() - cached.readAt) > rulesReuseMilliseconds) {
    cached = {
      readAt: now.getTime(),
      rules: readHallCalendar(em, hall.id, { around: now }).then((row) => {
        if (!row) throw notFound();
        return {
          timeZone: row.timezone,
          hallHours: row.weekly_hours,
          exceptions: row.exceptions,
          active: row.active,
        };
      }),
    };
    byHall.set(hall.id, cached);
  }
  const rules = await cached.rules;
  return { ...rules, serviceHours: service?.weeklyHours ?? [] };
}

/** Whether a service issues tickets at `now`; an inactive service or hall never does. */
export async function serviceIssuingState(
  em: EntityManager,
  service: Service,
  now: Date,
): Promise<IssuingState> {
  const rules = await calendarRulesAround(em, service.hall, service, now);
  if (!service.active || !rules.active)
    return { issuing: false, stopsAt: null, closesAt: null, opensAt: null };
  return issuingAt(rules, now, service.lastIssueMinutesBeforeClose);
}

/** Whether a hall is open at `now`, and when that changes (for the wall display's "closed, opens …"). */
export async function hallOpenState(
  em: EntityManager,
  hall: { id: string },
  now: Date,
): Promise<{ openNow: boolean; opensAt: Date | null; closesAt: Date | null }> {
  const rules = await calendarRulesAround(em, hall, null, now);
  if (!rules.active) return { openNow: false, opensAt: null, closesAt: null };
  const state = issuingAt(rules, now, 0);
  return { openNow: isOpenAt(rules, now), opensAt: state.opensAt, closesAt: state.closesAt };
}

function checkedDay(field: string, day: string): string {
  if (typeof day !== 'string' || !isDay(day)) throw badInput(field, { kind: 'dateFormat' });
  return day;
}

/** Resolves a hall's (or its service's) days from `from` to `to`, inclusive. */
export async function readCalendar(
  em: EntityManager,
  actor: Actor,
  request: { hallId: string; serviceId?: string | null; from: string; to: string },
): Promise<CalendarDay[]> {
  requireRight(actor, 'readHallSetup');
  const from = checkedDay('from', request.from);
  const to = checkedDay('to', request.to);
  if (to < from) throw badInput('to', { kind: 'closesBeforeOpens' });
  if (to > addDays(from, maxCalendarDays - 1))
    throw badInput('to', { kind: 'outOfRange', min: 1, max: maxCalendarDays });
  const row = await readHallCalendar(em, request.hallId, { from, to });
  if (!row) throw notFound();
  await requireHall(actor, request.hallId, 'readHallSetup');
  let serviceHours: WeeklyHours[] = [];
  if (request.serviceId != null) {
    const service = isUuid(request.serviceId)
      ? await em.findOne(Service, { id: request.serviceId, hall: request.hallId })
      : null;
    if (!service) throw badInput('serviceId', { kind: 'unknown' });
    serviceHours = service.weeklyHours;
  }
  return resolveDays(
    { timeZone: row.timezone, hallHours: row.weekly_hours, serviceHours, exceptions: row.exceptions },
    from,
    to,
    maxCalendarDays,
  );
}

/** Weekly hours in a stored order: by weekday, each day's periods by opening. */
function normalisedHours(hours: readonly WeeklyHours[]): WeeklyHours[] {
  return [...hours]
    .sort((left, right) => left.weekday - right.weekday)
    .map((day) => ({ weekday: day.weekday, periods: normalisedPeriods(day.periods) }));
}

function normalisedPeriods(periods: readonly OpeningPeriod[]): OpeningPeriod[] {
  return [...periods]
    .map((period) => ({ opens: period.opens, closes: period.closes }))
    .sort((left, right) => left.opens.localeCompare(right.opens));
}

/**
 * Sets a hall's weekly hours, or one service's own (an empty list: the hall's hours again; for the
 * hall, open all day again).
 */
export async function setWeeklyHours(
  em: EntityManager,
  actor: Actor,
  request: { hallId: string; serviceId?: string | null; hours: readonly WeeklyHours[] },
): Promise<WeeklyHours[]> {
  return await em.transactional(async (transaction) => {
    const hall = await hallToAdminister(transaction, actor, request.hallId);
    const problem = weeklyHoursProblem(request.hours, 'hours');
    if (problem) throw badInput(problem.field, problem.problem);
    const hours = normalisedHours(request.hours);
    if (request.serviceId != null) {
      const service = isUuid(request.serviceId)
        ? await transaction.findOne(Service, { id: request.serviceId, hall: hall.id })
        : null;
      if (!service) throw badInput('serviceId', { kind: 'unknown' });
      service.weeklyHours = hours;
    } else {
      hall.weeklyHours = hours;
    }
    return hours;
  });
}

/** Adds or replaces exceptions on their dates; answers the hall's resolved days of those dates. */
export async function setCalendarExceptions(
  em: EntityManager,
  actor: Actor,
  request: {
    hallId: string;
    exceptions: readonly { date: string; periods: readonly OpeningPeriod[]; note?: string | null }[];
  },
): Promise<CalendarDay[]> {
  return await em.transactional(async (transaction) => {
    const hall = await hallToAdminister(transaction, actor, request.hallId);
    if (request.exceptions.length > 1000)
      throw badInput('exceptions', { kind: 'outOfRange', min: 0, max: 1000 });
    const problem = exceptionsProblem(request.exceptions, 'exceptions');
    if (problem) throw badInput(problem.field, problem.problem);
    const exceptions = request.exceptions.map((exception, index) => ({
      date: exception.date,
      periods: normalisedPeriods(exception.periods),
      note: optionalText(`exceptions[${index}].note`, exception.note, 100),
    }));
    await writeExceptions(transaction, hall.id, exceptions);
    return daysOf(hall, exceptions);
  });
}

async function writeExceptions(
  em: EntityManager,
  hallId: string,
  exceptions: readonly CalendarException[],
): Promise<void> {
  if (exceptions.length === 0) return;
  await runSql(
    em,
    sql`INSERT INTO calendar_exception (hall_id, date, periods, note)
        SELECT ${hallId}::uuid, e.date::date, e.periods, e.note
        FROM jsonb_to_recordset(${JSON.stringify(exceptions)}::jsonb) AS e(date text, periods jsonb, note text)
        ON CONFLICT (hall_id, date) DO UPDATE SET periods = excluded.periods, note = excluded.note`,
  );
}

function daysOf(
  hall: { timezone: string; weeklyHours: WeeklyHours[] },
  exceptions: readonly CalendarException[],
): CalendarDay[] {
  const rules: CalendarRules = { timeZone: hall.timezone, hallHours: hall.weeklyHours, exceptions };
  return exceptions.map((exception) => resolveDay(rules, exception.date));
}

/** Removes the exception of a date; answers the day as the weekly hours now make it. */
export async function removeCalendarException(
  em: EntityManager,
  actor: Actor,
  request: { hallId: string; date: string },
): Promise<CalendarDay> {
  return await em.transactional(async (transaction) => {
    const hall = await hallToAdminister(transaction, actor, request.hallId);
    const date = checkedDay('date', request.date);
    await transaction.nativeDelete(CalendarExceptionRecord, { hall: hall.id, date });
    return resolveDay({ timeZone: hall.timezone, hallHours: hall.weeklyHours, exceptions: [] }, date);
  });
}

/** The largest .ics text taken: a country's holidays for decades fit in far less. */
const maxIcsLength = 1_000_000;

/**
 * Holidays and swapped working days from an iCalendar file (docs/domain.md, "Calendar"): each
 * all-day event's dates close the hall, unless its summary marks a working day, which opens with
 * the hall's Monday hours (its first weekday with hours; all day for a hall without hours).
 */
export async function importCalendar(
  em: EntityManager,
  actor: Actor,
  request: { hallId: string; ics: string },
): Promise<CalendarDay[]> {
  return await em.transactional(async (transaction) => {
    const hall = await hallToAdminister(transaction, actor, request.hallId);
    if (request.ics.length > maxIcsLength) throw badInput('ics', { kind: 'tooLong', max: maxIcsLength });
    const dates = datesOfIcs(request.ics);
    if (dates.length > 2000) throw badInput('ics', { kind: 'outOfRange', min: 0, max: 2000 });
    const workingPeriods = workingDayPeriods(hall.weeklyHours);
    const exceptions: CalendarException[] = dates.map((entry) => ({
      date: entry.date,
      periods: entry.working ? workingPeriods : [],
      note: entry.note,
    }));
    await writeExceptions(transaction, hall.id, exceptions);
    return daysOf(hall, exceptions);
  });
}

function workingDayPeriods(hours: readonly WeeklyHours[]): OpeningPeriod[] {
  if (hours.length === 0) return [{ opens: '00:00', closes: '24:00' }];
  const monday = hours.find((day) => day.weekday === 1 && day.periods.length > 0);
  const first =
    monday ?? [...hours].sort((a, b) => a.weekday - b.weekday).find((day) => day.periods.length > 0);
  return normalisedPeriods(first?.periods ?? []);
}
