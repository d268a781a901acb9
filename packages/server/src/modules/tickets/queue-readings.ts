import type { EntityManager } from '@mikro-orm/postgresql';
import { AppointmentStatus, PriorityClass, remoteJoinSettingsOf, serviceDayOf } from '@onestop/shared';
import { checkInClosesAtSql } from '../appointments/missed-appointments.js';
import { runSql, sql, sqlText, type SqlFragment } from '../../db/sql.js';
import { Service } from '../services/service.entity.js';
import { serviceCallOrderKeySql } from './queue-order.sql.js';
import { calendarRulesAround } from '../calendar/calendar.service.js';
import { calibrationSamples, recentCalledRead } from './wait-estimators.js';
import {
  estimateWait,
  withinOpeningHours,
  type EstimateInputs,
  type WaitEstimateRange,
} from './wait-estimate.js';

/**
 * What a queue reads of itself: who is ahead of a segment, and the readings the wait estimate
 * takes (docs/domain.md, "The wait estimate"). The pieces are SQL fragments, so issuing and the
 * transitions that open a segment read them inside the statement they already send.
 */

/**
 * What the chosen wait estimator reads of a service (wait-estimators.ts, QueueReading; the
 * simulator judges the others on its own readings), as columns for a SELECT list: its last 10
 * citizens called today, each one's wait and the people ahead of it when it queued (minutes per
 * place); its appointments booked for slots that began before `queuedAt`, still able to check in,
 * and its remote tickets not checked in, queued before `queuedAt` and after the head of its
 * callable line (the work ahead); the hall's
 * newest 200 estimates beside their waits (the p90's calibration); and, for the structural model
 * that stands in before the day's first call, its last 50 occupied spans (a counter is occupied
 * from the call, as the citizen walks up, to the end of the service) and each OPEN counter serving
 * it, with its rank and whether citizens wait for a service it ranks before this one today. Every
 * part reads an index: a service's calls and queue of the day, a hall's newest calls.
 */
export function estimateReadingsSql(
  serviceId: string | SqlFragment,
  serviceDay: string | SqlFragment,
  now: Date,
  queuedAt: Date = now,
  /** The segment estimated, when written already: it is not ahead of itself. */
  segmentId: string | null = null,
): SqlFragment {
  return sql`ARRAY(SELECT extract(epoch FROM ended_at - called_at)::float
           FROM segment WHERE service_id = ${serviceId}::uuid AND status = 'DONE' AND ended_at IS NOT NULL
             AND called_at IS NOT NULL
           ORDER BY ended_at DESC LIMIT 50) AS recent,
     coalesce((SELECT json_agg(json_build_object('rank', cs.rank, 'busy', EXISTS (
         -- From the counter's few lower-ranked services to their queues, never the other way.
         SELECT 1 FROM counter_service lower
         WHERE lower.counter_id = cs.counter_id AND lower.rank < cs.rank
           AND EXISTS (SELECT 1 FROM segment w
                       WHERE w.hall_id = c.hall_id AND w.service_day = ${serviceDay}::date
                         AND w.status = 'WAITING' AND NOT w.awaiting_check_in
                         AND w.service_id = lower.service_id))))
       FROM counter_service cs JOIN counter c ON c.id = cs.counter_id
       WHERE cs.service_id = ${serviceId}::uuid AND c.status = 'OPEN'), '[]'::json) AS counters,
     coalesce((SELECT json_agg(json_build_array(c.waited, c.people_ahead_at_queue) ORDER BY c.called_at DESC) FROM (
        SELECT called_at, extract(epoch FROM called_at - queued_at)::float / 60 AS waited, people_ahead_at_queue
        FROM segment WHERE service_id = ${serviceId}::uuid AND service_day = ${serviceDay}::date
          AND called_at IS NOT NULL AND called_at < ${now}::timestamptz
        ORDER BY called_at DESC LIMIT ${recentCalledRead}::int) c), '[]'::json) AS recent_called,
     (SELECT count(*)::int FROM segment
      WHERE service_id = ${serviceId}::uuid AND service_day = ${serviceDay}::date
        AND status = 'WAITING' AND awaiting_check_in AND queued_at < ${queuedAt}::timestamptz
        AND id IS DISTINCT FROM ${segmentId}::uuid
        -- Only those the line has not reached: one queued before its head has been passed over.
        AND queued_at > (SELECT min(queued_at) FROM segment
                         WHERE service_id = ${serviceId}::uuid AND service_day = ${serviceDay}::date
                           AND status = 'WAITING' AND NOT awaiting_check_in)) AS remote_ahead,
     coalesce((SELECT json_agg(json_build_array(o.estimate_p50_minutes, o.waited) ORDER BY o.called_at DESC) FROM (
        SELECT called_at, estimate_p50_minutes, extract(epoch FROM called_at - queued_at)::float / 60 AS waited
        FROM segment WHERE hall_id = (SELECT hall_id FROM service WHERE id = ${serviceId}::uuid)
          AND called_at IS NOT NULL AND called_at < ${now}::timestamptz AND estimate_p50_minutes IS NOT NULL
        ORDER BY called_at DESC LIMIT ${calibrationSamples}::int) o), '[]'::json) AS outcomes,
     (SELECT count(*)::int FROM appointment a JOIN service asv ON asv.id = a.service_id
      WHERE a.service_id = ${serviceId}::uuid AND a.status = ${AppointmentStatus.BOOKED}::text
        AND a.slot_start < ${queuedAt}::timestamptz
        AND ${checkInClosesAtSql('a', 'asv')} >= ${now}::timestamptz) AS expected_appointments`;
}

/** A row of {@link estimateReadingsSql}. */
export interface EstimateReadingsRow {
  recent: number[];
  counters: { rank: number; busy: boolean }[];
  expected_appointments: number;
  /** [waited minutes, people ahead when it queued or null], newest call first. */
  recent_called: [number, number | null][];
  remote_ahead: number;
  /** [p50 minutes, waited minutes], newest first. */
  outcomes: [number, number][];
}

/** The estimate's inputs from its readings and the service's prior. */
export function estimateInputsFrom(row: EstimateReadingsRow, priorServiceMinutes: number): EstimateInputs {
  return {
    recentServiceSeconds: row.recent.map((seconds) => Math.max(0, seconds)),
    priorServiceMinutes,
    openCounters: row.counters.map((counter) => ({ rank: counter.rank, busyWithLowerRanks: counter.busy })),
    expectedAppointments: row.expected_appointments,
    remoteAhead: row.remote_ahead,
    recentCalled: row.recent_called.map(([waitedMinutes, aheadAtQueue]) => ({ waitedMinutes, aheadAtQueue })),
    recentOutcomes: row.outcomes.map(([p50Minutes, waitedMinutes]) => ({ p50Minutes, waitedMinutes })),
  };
}

/**
 * Where a segment not written yet will stand in its service's queue. Each field is a value, or
 * an expression of the statement the count is part of (issuing reads the service with it).
 */
export interface NewSegmentKey {
  id: string;
  hallId: string;
  serviceId: string | SqlFragment;
  serviceDay: string | SqlFragment;
  priority: PriorityClass;
  queuedAt: Date;
  /** Its service's target wait: a segment queued long ago (a transfer to the front) may be overdue. */
  targetWaitMinutes: number | SqlFragment;
}

/**
 * How many WAITING segments of the service come before a new one in the call order — remote
 * tickets not checked in are passed over, so nobody counts them as ahead — as a scalar
 * subquery: the row-wise comparison of {@link serviceCallOrderKeySql} with the new segment's key
 * given as values, so nothing of the queue is locked or numbered.
 */
export function peopleAheadOfNewSql(segment: NewSegmentKey, now: Date): SqlFragment {
  const target = segment.targetWaitMinutes;
  return sql`(SELECT count(*)::int FROM segment s
     WHERE s.hall_id = ${segment.hallId}::uuid AND s.service_day = ${segment.serviceDay}::date
       AND s.status = 'WAITING' AND NOT s.awaiting_check_in AND s.service_id = ${segment.serviceId}::uuid
       AND ${serviceCallOrderKeySql(now, target)} < ROW(
         NOT (${segment.queuedAt}::timestamptz + make_interval(mins => ${target}::int) < ${now}::timestamptz),
         ${segment.priority !== PriorityClass.PRIORITY}::boolean, ${segment.queuedAt}::timestamptz,
         ${segment.id}::uuid))`;
}

/** Who is ahead of a segment about to join its queue, and what its service's estimate reads. */
export async function queueReadings(
  em: EntityManager,
  segment: NewSegmentKey,
  priorServiceMinutes: number,
  now: Date,
): Promise<{ peopleAhead: number; inputs: EstimateInputs }> {
  const [row] = await runSql<EstimateReadingsRow & { ahead: number }>(
    em,
    sql`SELECT ${estimateReadingsSql(segment.serviceId, segment.serviceDay, now, segment.queuedAt)},
               ${peopleAheadOfNewSql(segment, now)} AS ahead`,
  );
  return { peopleAhead: row!.ahead, inputs: estimateInputsFrom(row!, priorServiceMinutes) };
}

/**
 * The wait range of a service for someone joining now with `peopleAhead` before them, in the hall's
 * clock: the day's breaks are waited out (withinOpeningHours), as the estimate given at issue is.
 * `place.remote`: joining from a phone, to check in later; `place.segmentId`: the segment joining
 * anew (a late check-in), not ahead of itself.
 */
export async function estimateForService(
  em: EntityManager,
  service: Pick<Service, 'id' | 'priorServiceMinutes' | 'weeklyHours' | 'hall' | 'remoteJoinSettings'>,
  peopleAhead: number,
  serviceDay: string,
  now: Date,
  place: { remote?: boolean; segmentId?: string } = {},
): Promise<WaitEstimateRange> {
  const [row] = await runSql<EstimateReadingsRow>(
    em,
    sql`SELECT ${estimateReadingsSql(service.id, serviceDay, now, now, place.segmentId ?? null)}`,
  );
  const estimate = estimateWait({
    ...estimateInputsFrom(row!, service.priorServiceMinutes),
    peopleAhead,
    awaitingCheckIn: place.remote
      ? { checkInAhead: remoteJoinSettingsOf(service.remoteJoinSettings).checkInAhead }
      : null,
  });
  return withinOpeningHours(await calendarRulesAround(em, service.hall, service, now), now, estimate);
}

/**
 * WAITING segments of a service on the hall's current day that can be called: remote tickets not
 * checked in yet are not in the hall, and nobody counts them as ahead (the board's `waiting` alike).
 */
export async function waitingToday(em: EntityManager, service: Service, now: Date): Promise<number> {
  const hall = await service.hall.loadOrFail();
  const [row] = await runSql<{ waiting: number }>(
    em,
    sql`SELECT count(*)::int AS waiting FROM segment
        WHERE service_id = ${service.id}::uuid AND service_day = ${serviceDayOf(now, hall.timezone)}::date
          AND status = 'WAITING' AND NOT awaiting_check_in`,
  );
  return row?.waiting ?? 0;
}

/**
 * How many WAITING segments of the same service and day come before this one in the call order,
 * remote tickets not checked in passed over (a remote ticket's own count is of those who can be called).
 */
export async function peopleAheadOf(em: EntityManager, segmentId: string, now: Date): Promise<number> {
  const rows = await runSql<{ ahead: number }>(
    em,
    sql`SELECT ${peopleAheadOfSegmentSql(segmentId, now)} AS ahead`,
  );
  return rows[0]?.ahead ?? 0;
}

/** {@link peopleAheadOf} as a scalar subquery. */
function peopleAheadOfSegmentSql(segmentId: string, now: Date): SqlFragment {
  return sql`(SELECT count(*)::int
     FROM segment me JOIN service msv ON msv.id = me.service_id, segment s
     WHERE me.id = ${segmentId}::uuid AND s.hall_id = me.hall_id AND s.service_day = me.service_day
       AND s.service_id = me.service_id AND s.status = 'WAITING' AND NOT s.awaiting_check_in
       AND ${serviceCallOrderKeySql(now, sqlText('msv.target_wait_minutes'))}
         < ROW(NOT (me.queued_at + make_interval(mins => msv.target_wait_minutes) < ${now}::timestamptz),
               me.priority <> 'PRIORITY', me.queued_at, me.id))`;
}

/**
 * The wait of a WAITING segment from now, estimated again as its queue moves (the phone page
 * shows it; the estimate given when it queued stays on the segment for the statistics): its
 * place now, its service's readings now, in the hall's clock. A remote ticket not checked in
 * waits at least until its phone asks its citizen to come, plus the trip.
 */
export async function estimateOfWaitingSegment(
  em: EntityManager,
  segment: { segmentId: string; serviceId: string; serviceDay: string; queuedAt: Date; checkedIn: boolean },
  now: Date,
): Promise<WaitEstimateRange> {
  const service = await em.findOneOrFail(Service, segment.serviceId);
  const [row] = await runSql<EstimateReadingsRow & { ahead: number }>(
    em,
    sql`SELECT ${estimateReadingsSql(segment.serviceId, segment.serviceDay, now, segment.queuedAt, segment.segmentId)},
               ${peopleAheadOfSegmentSql(segment.segmentId, now)} AS ahead`,
  );
  const estimate = estimateWait({
    ...estimateInputsFrom(row!, service.priorServiceMinutes),
    peopleAhead: row!.ahead,
    awaitingCheckIn: segment.checkedIn
      ? null
      : { checkInAhead: remoteJoinSettingsOf(service.remoteJoinSettings).checkInAhead },
  });
  return withinOpeningHours(await calendarRulesAround(em, service.hall, service, now), now, estimate);
}
