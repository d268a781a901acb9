import type { EntityManager } from '@mikro-orm/postgresql';
import { localizedName, Role, StatsGroupBy, TicketChannel, translate, type Locale } from '@onestop/shared';
import { badInput, forbidden } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { integerInRange } from '../../common/validation.js';
import { runSql, sql } from '../../db/sql.js';
import { compareLabels } from '../../common/labels.js';
import { reachesHall, requireRight, type Actor } from '../auth/access.js';
import { Counter } from '../counters/counter.entity.js';
import { Hall } from '../halls/hall.entity.js';
import { Service } from '../services/service.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { markMissedAppointments } from '../appointments/missed-appointments.js';
import { statsCsv } from './stats-csv.js';
import { queryStatsFigures, type StatsFigures, type StatsQuery } from './stats-query.js';
import { StatsRow, type StatsInput } from './stats.types.js';

/** Managers and admins read any figures of their halls; a clerk only their own (issue 7). */

/** The longest window one report covers: a year and a bit, so "last 12 months" always fits. */
const maxStatsRangeDays = 400;

/** A day: no wait is longer. */
const maxWaitOverMinutes = 1440;

/** Filters larger than this name more than any hall has; refusing them keeps the SQL small. */
const maxFilterIds = 500;

export interface StatsDependencies {
  em: EntityManager;
  actor: Actor;
  /** Where a counter that is still open stops counting as open. */
  now: Date;
  locale: Locale;
}

/** `from` < `to`, at most {@link maxStatsRangeDays} apart; the later bound is the one named. */
export function validateStatsRange(from: Date, to: Date): void {
  if (!(from.getTime() < to.getTime())) throw badInput('to', { kind: 'notAllowed' });
  if (to.getTime() - from.getTime() > maxStatsRangeDays * 86_400_000) {
    throw badInput('to', { kind: 'notAllowed' });
  }
}

/** Distinct UUIDs of an optional filter; null (or an empty list) filters nothing. */
function idFilter(field: string, ids: readonly string[] | null | undefined): string[] | null {
  if (ids == null || ids.length === 0) return null;
  if (ids.length > maxFilterIds) throw badInput(field, { kind: 'outOfRange', min: 0, max: maxFilterIds });
  if (ids.some((id) => !isUuid(id))) throw badInput(field, { kind: 'unknown' });
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}

/** The hall and every hall below it, at any depth. */
async function hallWithDescendants(em: EntityManager, hallId: string): Promise<string[]> {
  const rows = await runSql<{ id: string }>(
    em,
    sql`WITH RECURSIVE tree(id) AS (
       SELECT id FROM hall WHERE id = ${hallId}::uuid
       UNION SELECT hall.id FROM hall JOIN tree ON hall.parent_id = tree.id)
     SELECT id FROM tree`,
  );
  return rows.map((row) => row.id);
}

/** What a validated request covers, with the halls' names for the labels. */
interface StatsScope {
  query: StatsQuery;
  halls: Hall[];
}

/**
 * Rights first, from the raw input, so a refused caller learns nothing about which ids exist;
 * then every id must name something in the halls covered (BAD_USER_INPUT naming the field).
 */
async function resolveScope(dependencies: StatsDependencies, input: StatsInput): Promise<StatsScope> {
  const { em, actor, now } = dependencies;
  const principal = requireRight(actor, 'readStats');
  validateStatsRange(input.from, input.to);
  if (!isUuid(input.hallId)) throw badInput('hallId', { kind: 'unknown' });
  const hallId = input.hallId.toLowerCase();
  if (!(await reachesHall(actor, hallId))) throw forbidden();
  const serviceIds = idFilter('serviceIds', input.serviceIds);
  const counterIds = idFilter('counterIds', input.counterIds);
  const staffIds = idFilter('staffIds', input.staffIds);
  if (principal.role === Role.CLERK) {
    // A clerk sees their own work only: the filter must name them and nobody else.
    const ownOnly = principal.kind === 'staff' && staffIds?.length === 1 && staffIds[0] === principal.staffId;
    if (!ownOnly) throw forbidden();
  }
  const waitOverMinutes = input.waitOverMinutes ?? null;
  if (waitOverMinutes !== null) integerInRange('waitOverMinutes', waitOverMinutes, 0, maxWaitOverMinutes);
  const hall = await em.findOne(Hall, hallId);
  if (!hall) throw badInput('hallId', { kind: 'unknown' });

  let hallIds = [hall.id];
  if (input.includeChildHalls) {
    const reachable: string[] = [];
    for (const id of await hallWithDescendants(em, hall.id)) {
      if (await reachesHall(actor, id)) reachable.push(id);
    }
    hallIds = reachable;
  }
  const halls = await em.find(Hall, { id: { $in: hallIds } });

  if (serviceIds) {
    const found = await em.count(Service, { id: { $in: serviceIds }, hall: { $in: hallIds } });
    if (found !== serviceIds.length) throw badInput('serviceIds', { kind: 'unknown' });
  }
  if (counterIds) {
    const found = await em.count(Counter, { id: { $in: counterIds }, hall: { $in: hallIds } });
    if (found !== counterIds.length) throw badInput('counterIds', { kind: 'unknown' });
  }
  if (staffIds) {
    // Any existing staff member: a clerk who moved to another hall keeps their past segments here.
    const found = await em.count(Staff, { id: { $in: staffIds } });
    if (found !== staffIds.length) throw badInput('staffIds', { kind: 'unknown' });
  }
  return {
    halls,
    query: {
      hallIds,
      from: input.from,
      to: input.to,
      groupBy: input.groupBy,
      serviceIds,
      counterIds,
      staffIds,
      waitOverSeconds: waitOverMinutes === null ? null : waitOverMinutes * 60,
      now,
    },
  };
}

/**
 * Human labels for the group keys. Services and counters belong to one hall; when a report covers
 * several halls their labels carry the hall's name, or "1 号窗口" would appear once per hall.
 */
async function labelsFor(
  em: EntityManager,
  scope: StatsScope,
  keys: readonly string[],
  locale: Locale,
): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  const ids = keys.filter((key) => isUuid(key));
  const hallNames = new Map(scope.halls.map((hall) => [hall.id, localizedName(hall, locale)]));
  const withHall = (hallId: string, label: string): string =>
    scope.halls.length > 1 ? `${hallNames.get(hallId) ?? ''} · ${label}` : label;
  switch (scope.query.groupBy) {
    case StatsGroupBy.HALL:
      for (const id of ids) labels.set(id, hallNames.get(id) ?? id);
      break;
    case StatsGroupBy.SERVICE:
      for (const service of await em.find(Service, { id: { $in: ids } })) {
        labels.set(service.id, withHall(service.hall.id, localizedName(service, locale)));
      }
      break;
    case StatsGroupBy.COUNTER:
      for (const counter of await em.find(Counter, { id: { $in: ids } })) {
        labels.set(
          counter.id,
          withHall(counter.hall.id, translate(locale, 'counter.label', { label: counter.label })),
        );
      }
      break;
    case StatsGroupBy.STAFF:
      for (const staff of await em.find(Staff, { id: { $in: ids } })) labels.set(staff.id, staff.displayName);
      break;
    case StatsGroupBy.DAY:
      for (const key of keys) labels.set(key, key);
      break;
    case StatsGroupBy.HOUR_OF_DAY:
      for (const key of keys) labels.set(key, `${key}:00`);
      break;
    case StatsGroupBy.CHANNEL:
      for (const channel of Object.values(TicketChannel)) {
        labels.set(channel, translate(locale, `stats.channelName.${channel}`));
      }
      break;
  }
  labels.set('', translate(locale, 'stats.unassigned'));
  return labels;
}

function toRow(figures: StatsFigures, label: string): StatsRow {
  const { groupKey, ...values } = figures;
  return Object.assign(new StatsRow(), { key: groupKey, label, ...values });
}

/**
 * Days and hours in time order; halls, services, counters and clerks by label as people read
 * them ("2" before "10"), the segments nobody called last.
 */
function compareRows(groupBy: StatsGroupBy, locale: Locale): (left: StatsRow, right: StatsRow) => number {
  if (groupBy === StatsGroupBy.DAY || groupBy === StatsGroupBy.HOUR_OF_DAY) {
    return (left, right) => (left.key < right.key ? -1 : left.key > right.key ? 1 : 0);
  }
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  return (left, right) => {
    if ((left.key === '') !== (right.key === '')) return left.key === '' ? 1 : -1;
    return collator.compare(left.label, right.label) || compareLabels(left.key, right.key);
  };
}

/** The statistics of a hall (and its child halls) over [from, to), one row per group. */
export async function waitStats(dependencies: StatsDependencies, input: StatsInput): Promise<StatsRow[]> {
  const scope = await resolveScope(dependencies, input);
  // Appointments whose window closed are counted as MISSED: mark them first (no job does it).
  await markMissedAppointments(dependencies.em, { hallIds: scope.query.hallIds }, dependencies.now);
  const figures = await queryStatsFigures(dependencies.em, scope.query);
  const labels = await labelsFor(
    dependencies.em,
    scope,
    figures.map((row) => row.groupKey),
    dependencies.locale,
  );
  return figures
    .map((row) => toRow(row, labels.get(row.groupKey) ?? row.groupKey))
    .sort(compareRows(scope.query.groupBy, dependencies.locale));
}

/** The same rows as {@link waitStats}, as CSV (UTF-8 with BOM, headers in the request's language). */
export async function waitStatsCsv(dependencies: StatsDependencies, input: StatsInput): Promise<string> {
  const rows = await waitStats(dependencies, input);
  return statsCsv(rows, input.groupBy, dependencies.locale, input.waitOverMinutes ?? null);
}
