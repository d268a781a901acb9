import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql, sql, sqlText, type SqlFragment } from '../../db/sql.js';
import { StatsGroupBy } from '@onestop/shared';

/**
 * The one SQL query behind waitStats. Every figure is computed by PostgreSQL over the segments
 * of the period (exact `percentile_cont`, `FILTER`ed counts, window functions over the hall's
 * events); Node only receives one row per group.
 *
 * Choices the domain page leaves open, made here:
 * - A segment belongs to the period (and to a DAY or HOUR_OF_DAY) by its `queuedAt`: the wait
 *   and every count of a segment are then reported in the period the citizen started waiting.
 *   A transfer with placement FRONT keeps the original `queuedAt`, so does its period.
 * - `issued` counts segments, as every figure does: a transferred ticket is issued once in each
 *   service it queued for.
 * - Service time counts DONE and TRANSFERRED segments only: EXPIRED ones get their `endedAt`
 *   when the next day's first write notices them, which measures nothing.
 * - Estimate figures count called segments that were given an estimate.
 * - Utilisation (COUNTER and STAFF rows) = serving time of the row's DONE and TRANSFERRED
 *   segments, cut off at the window's end, over the time the counter was OPEN inside the window.
 *   OPEN time is read from the hall's events: from a COUNTER_OPENED or COUNTER_RESUMED event to
 *   the counter's next event (COUNTER_PAUSED or COUNTER_CLOSED), or to `now` while it is still
 *   open; it belongs to the clerk of the event that started it. With a service filter only
 *   counters that serve one of the services (as set up now) count their OPEN time.
 * - COUNTER and STAFF rows include segments never called (key '', no counter, no clerk), so the
 *   rows add up to the hall's figures, and counters or clerks that were open but served nobody.
 * - An appointment's wait counts from its slot's start (its segment's `queuedAt`); called before
 *   its slot started, it waited 0, not a negative time.
 * - Appointments belong to the period (and DAY or HOUR_OF_DAY) of their slot's start.
 *   `appointmentsBooked` counts those not cancelled (booked, checked in or missed),
 *   `appointmentsMissed` the MISSED ones. They are counted per hall, service, day, hour and in the
 *   CHANNEL row `APPOINTMENT`; no counter or clerk holds an appointment, so COUNTER and STAFF rows,
 *   and any report filtered by counters or clerks, count none.
 */

/** What the query needs: validated ids and instants (ids are UUIDs, checked before). */
export interface StatsQuery {
  hallIds: readonly string[];
  from: Date;
  to: Date;
  groupBy: StatsGroupBy;
  serviceIds: readonly string[] | null;
  counterIds: readonly string[] | null;
  staffIds: readonly string[] | null;
  /** Count the called segments that waited longer than this (null: no such count). */
  waitOverSeconds: number | null;
  /** Where a counter that is still open stops counting as open. */
  now: Date;
}

/** One group's figures as PostgreSQL returns them. */
export interface StatsFigures {
  groupKey: string;
  issued: number;
  served: number;
  noShows: number;
  cancelled: number;
  expired: number;
  avgWaitSeconds: number | null;
  p50WaitSeconds: number | null;
  p90WaitSeconds: number | null;
  maxWaitSeconds: number | null;
  avgServiceSeconds: number | null;
  p50ServiceSeconds: number | null;
  p90ServiceSeconds: number | null;
  slaRate: number | null;
  noShowRate: number | null;
  abandonRate: number | null;
  estimateMaeSeconds: number | null;
  estimateUnderRate: number | null;
  waitedOver: number | null;
  ratings: number;
  satisfactionRate: number | null;
  utilisation: number | null;
  appointmentsBooked: number;
  appointmentsMissed: number;
}

interface FiguresRow {
  group_key: string;
  issued: number | null;
  served: number | null;
  no_shows: number | null;
  cancelled: number | null;
  expired: number | null;
  avg_wait: number | null;
  p50_wait: number | null;
  p90_wait: number | null;
  max_wait: number | null;
  avg_service: number | null;
  p50_service: number | null;
  p90_service: number | null;
  sla_rate: number | null;
  no_show_rate: number | null;
  abandon_rate: number | null;
  estimate_mae: number | null;
  estimate_under_rate: number | null;
  waited_over: number | null;
  ratings: number | null;
  satisfaction_rate: number | null;
  utilisation: number | null;
  appointments_booked: number | null;
  appointments_missed: number | null;
}

/**
 * How each grouping keys a segment `s` (joined to its hall `h` only for days and hours, which are
 * read on the hall's wall clock), and how that key is written out. Keys stay native (uuid, date,
 * int) while PostgreSQL groups; only the few result rows are turned into text.
 */
interface GroupKey {
  segment: string;
  /** Renders the grouped value in `column` as the row's key. */
  text: (column: string) => string;
  needsHall: boolean;
  /** Joins the segment's ticket `t`. */
  needsTicket?: boolean;
  /** The same key of an appointment `a` (joined to its hall `h`); none where appointments count none. */
  appointment?: string;
}

const groupKeys: Record<StatsGroupBy, GroupKey> = {
  [StatsGroupBy.HALL]: {
    segment: 's.hall_id',
    text: (column) => `${column}::text`,
    needsHall: false,
    appointment: 'a.hall_id',
  },
  [StatsGroupBy.SERVICE]: {
    segment: 's.service_id',
    text: (column) => `${column}::text`,
    needsHall: false,
    appointment: 'a.service_id',
  },
  // NULL (never called at a counter) becomes the key ''.
  [StatsGroupBy.COUNTER]: { segment: 's.counter_id', text: (column) => `${column}::text`, needsHall: false },
  [StatsGroupBy.STAFF]: { segment: 's.staff_id', text: (column) => `${column}::text`, needsHall: false },
  [StatsGroupBy.DAY]: {
    segment: '(s.queued_at AT TIME ZONE h.timezone)::date',
    text: (column) => `to_char(${column}, 'YYYY-MM-DD')`,
    needsHall: true,
    appointment: '(a.slot_start AT TIME ZONE h.timezone)::date',
  },
  [StatsGroupBy.HOUR_OF_DAY]: {
    segment: 'extract(hour FROM s.queued_at AT TIME ZONE h.timezone)::int',
    text: (column) => `lpad(${column}::text, 2, '0')`,
    needsHall: true,
    appointment: 'extract(hour FROM a.slot_start AT TIME ZONE h.timezone)::int',
  },
  // The ticket's channel; every ticket has one (KIOSK, APPOINTMENT, ONLINE, STAFF).
  [StatsGroupBy.CHANNEL]: {
    segment: 't.channel',
    text: (column) => column,
    needsHall: false,
    needsTicket: true,
    appointment: `'APPOINTMENT'::text`,
  },
};

/** Whose OPEN time a span counts as, for the groupings that report utilisation. */
const openSpanKeys: Partial<Record<StatsGroupBy, string>> = {
  [StatsGroupBy.COUNTER]: 'span.counter_id',
  [StatsGroupBy.STAFF]: 'span.staff_id',
};

const millisecondsPerDay = 86_400_000;

/** The UTC calendar day of an instant shifted by whole days (YYYY-MM-DD). */
function utcDay(instant: Date, shiftDays: number): string {
  return new Date(instant.getTime() + shiftDays * millisecondsPerDay).toISOString().slice(0, 10);
}

/** A uuid[] parameter (the ids were validated as UUIDs before). */
function uuids(ids: readonly string[]): SqlFragment {
  return sql`${ids}::uuid[]`;
}

/** A filter that holds for every row when `ids` is null. */
function optionalIn(column: string, ids: readonly string[] | null): SqlFragment {
  return ids === null ? sqlText('TRUE') : sql`${sqlText(column)} = ANY(${uuids(ids)})`;
}

/**
 * Segments of the halls queued in the window, narrowed by the filters. `service_day` is implied
 * by `queued_at` (a segment queues on its own service day), but stating it lets PostgreSQL use the
 * (hall_id, service_day, …) index; two days of slack cover every timezone's offset from UTC.
 */
function segmentsWhere(query: StatsQuery): SqlFragment {
  return sql`s.hall_id = ANY(${uuids(query.hallIds)})
    AND s.service_day BETWEEN ${utcDay(query.from, -2)}::date AND ${utcDay(query.to, 2)}::date
    AND s.queued_at >= ${query.from} AND s.queued_at < ${query.to}
    AND ${optionalIn('s.service_id', query.serviceIds)}
    AND ${optionalIn('s.counter_id', query.counterIds)}
    AND ${optionalIn('s.staff_id', query.staffIds)}`;
}

/**
 * OPEN time per counter or clerk in the window, from the hall's events: a span runs from a
 * COUNTER_OPENED or COUNTER_RESUMED event to the counter's next event (COUNTER_PAUSED or
 * COUNTER_CLOSED), or to `now` while it is still open, and is clipped to the window.
 */
function openTimeCte(query: StatsQuery, spanKey: string): SqlFragment {
  const from = sql`${query.from}::timestamptz`;
  const to = sql`${query.to}::timestamptz`;
  const servesFilteredService =
    query.serviceIds === null
      ? sqlText('')
      : sql`AND EXISTS (SELECT 1 FROM counter_service cs WHERE cs.counter_id = span.counter_id
                          AND cs.service_id = ANY(${uuids(query.serviceIds)}))`;
  const counterEventTypes = sqlText(
    `('COUNTER_OPENED', 'COUNTER_PAUSED', 'COUNTER_RESUMED', 'COUNTER_CLOSED')`,
  );
  // Both halves read hall_event_counter_state_index only: the events inside the window, and the
  // last one before it, which says whether the counter was open when the window began.
  return sql`,
  counter_event AS (
    SELECT e.counter_id, e.staff_id, e.type, e.at, e.seq
    FROM counter c
    CROSS JOIN LATERAL (
      SELECT e.counter_id, e.staff_id, e.type, e.at, e.seq FROM hall_event e
      WHERE e.counter_id = c.id AND e.type IN ${counterEventTypes} AND e.at >= ${from} AND e.at < ${to}
    ) e
    WHERE c.hall_id = ANY(${uuids(query.hallIds)})
    UNION ALL
    SELECT before.counter_id, before.staff_id, before.type, before.at, before.seq
    FROM counter c
    CROSS JOIN LATERAL (
      SELECT e.counter_id, e.staff_id, e.type, e.at, e.seq FROM hall_event e
      WHERE e.counter_id = c.id AND e.type IN ${counterEventTypes} AND e.at < ${from}
      ORDER BY e.at DESC, e.seq DESC LIMIT 1
    ) before
    WHERE c.hall_id = ANY(${uuids(query.hallIds)})
  ),
  counter_step AS (
    SELECT counter_id, staff_id, type, at, lead(at) OVER (PARTITION BY counter_id ORDER BY at, seq) AS next_at
    FROM counter_event
  ),
  span AS (
    SELECT counter_id, staff_id,
           greatest(at, ${from}) AS started_at,
           least(coalesce(next_at, ${query.now}::timestamptz), ${to}) AS ended_at
    FROM counter_step
    WHERE type IN ('COUNTER_OPENED', 'COUNTER_RESUMED')
  ),
  open_figures AS (
    SELECT ${sqlText(spanKey)} AS group_key,
           sum(date_part('epoch', span.ended_at - span.started_at)) AS open_seconds
    FROM span
    WHERE span.ended_at > span.started_at AND ${sqlText(spanKey)} IS NOT NULL
      AND ${optionalIn('span.counter_id', query.counterIds)}
      AND ${optionalIn('span.staff_id', query.staffIds)}
      ${servesFilteredService}
    GROUP BY 1
  )`;
}

/** Appointments per group, their slot starting in the window (see the choices at the top). */
function appointmentFiguresCte(query: StatsQuery, appointmentKey: string): SqlFragment {
  const attributable = query.counterIds === null && query.staffIds === null;
  return sql`,
  appointment_figures AS (
    SELECT ${sqlText(appointmentKey)} AS group_key,
           count(*) FILTER (WHERE a.status <> 'CANCELLED')::int AS appointments_booked,
           count(*) FILTER (WHERE a.status = 'MISSED')::int AS appointments_missed
    FROM appointment a JOIN hall h ON h.id = a.hall_id
    WHERE ${sqlText(attributable ? 'TRUE' : 'FALSE')} AND a.hall_id = ANY(${uuids(query.hallIds)})
      AND a.slot_start >= ${query.from} AND a.slot_start < ${query.to}
      AND ${optionalIn('a.service_id', query.serviceIds)}
    GROUP BY 1
  )`;
}

/** The statement, for running it or asking PostgreSQL for its plan. */
export function statsStatement(query: StatsQuery): SqlFragment {
  const key = groupKeys[query.groupBy];
  const spanKey = openSpanKeys[query.groupBy];
  const appointmentKey = key.appointment;
  // COUNTER and STAFF rows join OPEN time; the others join appointments (never both).
  const joinedKey = spanKey ? 'o.group_key' : appointmentKey ? 'ap.group_key' : null;
  // Serving time for utilisation: DONE and TRANSFERRED segments, cut off at the window's end
  // (they queued inside the window, so they cannot start serving before it).
  const servingInWindow = spanKey
    ? sql`CASE WHEN s.status NOT IN ('DONE', 'TRANSFERRED') OR s.serving_at >= ${query.to}::timestamptz THEN NULL
               WHEN s.ended_at <= ${query.to}::timestamptz THEN s.service_seconds
               ELSE date_part('epoch', ${query.to}::timestamptz - s.serving_at) END`
    : sqlText('NULL::float8');
  const statement = sql`
  WITH figures AS (
    SELECT group_key,
           count(*)::int AS issued,
           count(*) FILTER (WHERE status = 'DONE')::int AS served,
           count(*) FILTER (WHERE status = 'NO_SHOW')::int AS no_shows,
           count(*) FILTER (WHERE status = 'CANCELLED')::int AS cancelled,
           count(*) FILTER (WHERE status = 'EXPIRED')::int AS expired,
           count(wait_seconds)::int AS called,
           avg(wait_seconds) AS avg_wait,
           -- Exact, and one sort per measure serves both percentiles.
           percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY wait_seconds) AS wait_percentiles,
           max(wait_seconds) AS max_wait,
           avg(service_seconds) AS avg_service,
           percentile_cont(ARRAY[0.5, 0.9]::float8[]) WITHIN GROUP (ORDER BY service_seconds) AS service_percentiles,
           count(*) FILTER (WHERE wait_seconds <= target_seconds)::int AS within_target,
           avg(abs(estimate_p50_seconds - wait_seconds)) AS estimate_mae,
           count(*) FILTER (WHERE wait_seconds > estimate_p90_seconds)::int AS over_p90,
           count(*) FILTER (WHERE wait_seconds IS NOT NULL AND estimate_p90_seconds IS NOT NULL)::int AS with_p90,
           count(*) FILTER (WHERE wait_seconds > ${query.waitOverSeconds ?? 0})::int AS waited_over,
           count(score)::int AS ratings,
           count(*) FILTER (WHERE score >= 4)::int AS satisfied,
           sum(serving_in_window) AS serving_seconds
    FROM (
      SELECT ${sqlText(key.segment)} AS group_key,
             s.status,
             -- Stored generated columns: called_at − queued_at and ended_at − serving_at in
             -- seconds (Migration20261125070208_segment_measures).
             CASE WHEN s.wait_seconds < 0 THEN 0 ELSE s.wait_seconds END AS wait_seconds,
             CASE WHEN s.status IN ('DONE', 'TRANSFERRED') THEN s.service_seconds END AS service_seconds,
             sv.target_wait_minutes * 60 AS target_seconds,
             s.estimate_p50_minutes * 60 AS estimate_p50_seconds,
             s.estimate_p90_minutes * 60 AS estimate_p90_seconds,
             -- Copied from the segment's one rating by a trigger: no join over a year of ratings.
             s.rating_score AS score,
             ${servingInWindow} AS serving_in_window
      FROM segment s
      JOIN service sv ON sv.id = s.service_id
      ${sqlText(key.needsHall ? 'JOIN hall h ON h.id = s.hall_id' : '')}
      ${sqlText(key.needsTicket ? 'JOIN ticket t ON t.id = s.ticket_id' : '')}
      WHERE ${segmentsWhere(query)}
    ) segment_measure
    GROUP BY group_key
  )${spanKey ? openTimeCte(query, spanKey) : sqlText('')}${appointmentKey ? appointmentFiguresCte(query, appointmentKey) : sqlText('')}
  SELECT coalesce(${sqlText(key.text(joinedKey ? `coalesce(f.group_key, ${joinedKey})` : 'f.group_key'))}, '') AS group_key,
         f.issued, f.served, f.no_shows, f.cancelled, f.expired,
         f.avg_wait, f.wait_percentiles[1] AS p50_wait, f.wait_percentiles[2] AS p90_wait, f.max_wait,
         f.avg_service, f.service_percentiles[1] AS p50_service, f.service_percentiles[2] AS p90_service,
         f.within_target::float8 / nullif(f.called, 0) AS sla_rate,
         f.no_shows::float8 / nullif(f.called, 0) AS no_show_rate,
         (f.cancelled + f.expired)::float8 / nullif(f.issued, 0) AS abandon_rate,
         f.estimate_mae,
         f.over_p90::float8 / nullif(f.with_p90, 0) AS estimate_under_rate,
         ${sqlText(query.waitOverSeconds === null ? 'NULL::int' : 'coalesce(f.waited_over, 0)')} AS waited_over,
         f.ratings,
         f.satisfied::float8 / nullif(f.ratings, 0) AS satisfaction_rate,
         ${sqlText(spanKey ? 'coalesce(f.serving_seconds, 0) / nullif(o.open_seconds, 0)' : 'NULL::float8')}
           AS utilisation,
         ${sqlText(appointmentKey ? 'ap.appointments_booked' : 'NULL::int')} AS appointments_booked,
         ${sqlText(appointmentKey ? 'ap.appointments_missed' : 'NULL::int')} AS appointments_missed
  FROM figures f
  ${sqlText(spanKey ? 'FULL JOIN open_figures o ON o.group_key = f.group_key' : '')}
  ${sqlText(!spanKey && appointmentKey ? 'FULL JOIN appointment_figures ap ON ap.group_key = f.group_key' : '')}`;
  return statement;
}

/**
 * The memory one report may sort in. A year of a large hall sorts a few hundred thousand waits
 * and service times; with PostgreSQL's default 4 MB those sorts spill to disk. Set for this
 * transaction only.
 */
const reportWorkMem = '64MB';

/**
 * For the current transaction only, in one round trip: sorting memory, and parallel workers that
 * may scan and join a year of segments (measured 10–30 % faster on 2 cores); the aggregates
 * themselves stay in one process.
 */
export async function applyReportSettings(transaction: EntityManager): Promise<void> {
  await runSql(
    transaction,
    sql`SELECT set_config('work_mem', ${reportWorkMem}::text, true), set_config('parallel_setup_cost', '0', true),
            set_config('parallel_tuple_cost', '0', true)`,
  );
}

/** Runs the statistics query: one row of figures per group, unordered. */
export async function queryStatsFigures(em: EntityManager, query: StatsQuery): Promise<StatsFigures[]> {
  const rows = await em.transactional(async (transaction) => {
    await applyReportSettings(transaction);
    return await runSql<FiguresRow>(transaction, statsStatement(query));
  });
  return rows.map(toFigures);
}

function toFigures(row: FiguresRow): StatsFigures {
  return {
    groupKey: row.group_key,
    issued: row.issued ?? 0,
    served: row.served ?? 0,
    noShows: row.no_shows ?? 0,
    cancelled: row.cancelled ?? 0,
    expired: row.expired ?? 0,
    avgWaitSeconds: row.avg_wait,
    p50WaitSeconds: row.p50_wait,
    p90WaitSeconds: row.p90_wait,
    maxWaitSeconds: row.max_wait,
    avgServiceSeconds: row.avg_service,
    p50ServiceSeconds: row.p50_service,
    p90ServiceSeconds: row.p90_service,
    slaRate: row.sla_rate,
    noShowRate: row.no_show_rate,
    abandonRate: row.abandon_rate,
    estimateMaeSeconds: row.estimate_mae,
    estimateUnderRate: row.estimate_under_rate,
    waitedOver: row.waited_over,
    ratings: row.ratings ?? 0,
    satisfactionRate: row.satisfaction_rate,
    utilisation: row.utilisation,
    appointmentsBooked: row.appointments_booked ?? 0,
    appointmentsMissed: row.appointments_missed ?? 0,
  };
}
