import {
  PriorityClass,
  TicketStatus,
  type CounterStatus,
  HallEventType,
  type TicketChannel,
} from '@onestop/shared';
import { sql, sqlText, timestampOf, timestampOrNull, type SqlFragment } from '../../db/sql.js';
import {
  appendEventSql,
  type AppendedEventRow,
  type StatementEvent,
} from '../../realtime/hall-transaction.js';
import type { HallEventData } from '../../realtime/hall-event.entity.js';
import { callOrderSql, counterQueueHeadSql, serviceCallOrderKeySql } from './queue-sql.js';
import { TicketView } from './ticket.types.js';
import type { EstimateInputs } from './wait-estimate.js';

/**
 * The queue engine's hot paths as single statements. Each change is one statement, so it is its
 * own transaction: the rows it locks (a service's number, the claimed segment, the hall's event
 * seq) are held from where the statement takes them to its commit, with no round trip to this
 * server in between — under load, a lock held across round trips is held while the event loop
 * serves everyone else. Every guard the rules need is in the statement (the status a segment must
 * still have, an OPEN counter, the number quota), so what was checked before it cannot have
 * changed underneath; the database refuses a counter holding two tickets (a unique index).
 */

/** The columns {@link ticketViewFromRow} reads, of a segment `segmentAlias` and its ticket `ticketAlias`. */
export function ticketViewColumnsSql(segmentAlias: string, ticketAlias: string): SqlFragment {
  const s = segmentAlias;
  const t = ticketAlias;
  return sqlText(
    `${t}.id AS ticket_id, ${t}.hall_id, ${s}.service_id, ${s}.counter_id, ${s}.id AS segment_id,
     ${s}.service_day::text AS service_day, ${t}.route, ${t}.number, ${s}.status, ${t}.priority,
     ${t}.channel, ${t}.issued_at, ${s}.queued_at, ${s}.called_at, ${s}.serving_at, ${s}.ended_at,
     ${s}.recall_count, ${s}.estimate_p50_minutes, ${s}.estimate_p90_minutes`,
  );
}

/** A row of {@link ticketViewColumnsSql}. */
export interface TicketViewRow {
  ticket_id: string;
  hall_id: string;
  service_id: string;
  counter_id: string | null;
  segment_id: string;
  service_day: string;
  route: string[];
  number: string;
  status: TicketStatus;
  priority: PriorityClass;
  channel: TicketChannel;
  /** Timestamps arrive as PostgreSQL's text (see `timestampOf`). */
  issued_at: string;
  queued_at: string;
  called_at: string | null;
  serving_at: string | null;
  ended_at: string | null;
  recall_count: number;
  estimate_p50_minutes: number | null;
  estimate_p90_minutes: number | null;
}

/** The API's Ticket from a row of {@link ticketViewColumnsSql}. */
export function ticketViewFromRow(row: TicketViewRow): TicketView {
  return Object.assign(new TicketView(), {
    id: row.ticket_id,
    hallId: row.hall_id,
    serviceId: row.service_id,
    counterId: row.counter_id,
    segmentId: row.segment_id,
    serviceDay: row.service_day,
    routeServiceIds: [...row.route],
    number: row.number,
    status: row.status,
    priority: row.priority,
    channel: row.channel,
    issuedAt: timestampOf(row.issued_at),
    queuedAt: timestampOf(row.queued_at),
    calledAt: timestampOrNull(row.called_at),
    servingAt: timestampOrNull(row.serving_at),
    endedAt: timestampOrNull(row.ended_at),
    recallCount: row.recall_count,
    estimate:
      row.estimate_p50_minutes === null || row.estimate_p90_minutes === null
        ? null
        : { p50Minutes: row.estimate_p50_minutes, p90Minutes: row.estimate_p90_minutes },
  });
}

/** A timestamp column as JavaScript's `toISOString()` writes it (what events carry). */
function isoTimestampSql(column: string): SqlFragment {
  return sqlText(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
}

/** How many minutes of calls the wait estimate reads as the pace the queue really moved. */
export const paceWindowMinutes = 30;

/**
 * The wait estimate's readings of a service, as three columns (`recent`, `counters`, `calls`) for
 * a SELECT list: its last 50 occupied spans (a counter is occupied from the call, as the citizen
 * walks up, to the end of the service); each OPEN counter serving it, with its rank and whether
 * citizens wait for a service it ranks before this one today; its calls in the last half hour.
 */
export function estimateReadingsSql(
  serviceId: string | SqlFragment,
  serviceDay: string | SqlFragment,
  now: Date,
): SqlFragment {
  const paceStart = new Date(now.getTime() - paceWindowMinutes * 60_000);
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
                         AND w.status = 'WAITING' AND w.service_id = lower.service_id))))
       FROM counter_service cs JOIN counter c ON c.id = cs.counter_id
       WHERE cs.service_id = ${serviceId}::uuid AND c.status = 'OPEN'), '[]'::json) AS counters,
     (SELECT count(*)::int FROM segment
      WHERE service_id = ${serviceId}::uuid AND service_day = ${serviceDay}::date
        AND called_at >= ${paceStart}::timestamptz AND called_at < ${now}::timestamptz) AS calls`;
}

/** A row of {@link estimateReadingsSql}. */
export interface EstimateReadingsRow {
  recent: number[];
  counters: { rank: number; busy: boolean }[];
  calls: number;
}

/** The estimate's inputs from its readings and the service's prior. */
export function estimateInputsFrom(row: EstimateReadingsRow, priorServiceMinutes: number): EstimateInputs {
  return {
    recentServiceSeconds: row.recent.map((seconds) => Math.max(0, seconds)),
    priorServiceMinutes,
    openCounters: row.counters.map((counter) => ({ rank: counter.rank, busyWithLowerRanks: counter.busy })),
    recentCallsPerMinute: row.calls >= 3 ? row.calls / paceWindowMinutes : null,
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
 * How many WAITING segments of the service come before a new one in the call order, as a scalar
 * subquery: the row-wise comparison of {@link serviceCallOrderKeySql} with the new segment's key
 * given as values, so nothing of the queue is locked or numbered.
 */
export function peopleAheadOfNewSql(segment: NewSegmentKey, now: Date): SqlFragment {
  const target = segment.targetWaitMinutes;
  return sql`(SELECT count(*)::int FROM segment s
     WHERE s.hall_id = ${segment.hallId}::uuid AND s.service_day = ${segment.serviceDay}::date
       AND s.status = 'WAITING' AND s.service_id = ${segment.serviceId}::uuid
       AND ${serviceCallOrderKeySql(now, target)} < ROW(
         NOT (${segment.queuedAt}::timestamptz + make_interval(mins => ${target}::int) < ${now}::timestamptz),
         ${segment.priority !== PriorityClass.PRIORITY}::boolean, ${segment.queuedAt}::timestamptz,
         ${segment.id}::uuid))`;
}

/** A new ticket as {@link issueStatement} writes it. */
export interface NewTicket {
  ticketId: string;
  segmentId: string;
  hallId: string;
  serviceId: string;
  serviceDay: string;
  prefix: string;
  /** The service's daily quota; null for none. */
  dailyQuota: number | null;
  priority: PriorityClass;
  channel: TicketChannel;
  accessCode: string;
  idempotencyKey: string | null;
  phone: string | null;
  route: readonly string[];
  now: Date;
  estimate: { p50Minutes: number; p90Minutes: number };
  staffId: string | null;
}

/** The row {@link issueStatement} returns; none when the quota is reached. */
export interface IssuedRow extends AppendedEventRow {
  number: string;
}

/** The TICKET_ISSUED event of a new ticket; its number is filled in by the statement. */
export function issuedEvent(ticket: NewTicket): StatementEvent {
  return {
    hallId: ticket.hallId,
    type: HallEventType.TICKET_ISSUED,
    at: ticket.now,
    ticketId: ticket.ticketId,
    segmentId: ticket.segmentId,
    counterId: null,
    staffId: ticket.staffId,
    data: sql`jsonb_build_object('ticketNumber', issued.number, 'serviceId', ${ticket.serviceId}::text,
                                 'status', ${TicketStatus.WAITING}::text)`,
  };
}

/**
 * Takes the service's next number of the day (within its quota), writes the ticket, its first
 * WAITING segment and the TICKET_ISSUED event: one statement. The number is the prefix and the
 * sequence zero-padded to at least 3 digits, as `formatTicketNumber` writes it (a test holds the
 * two together).
 */
export function issueStatement(ticket: NewTicket): SqlFragment {
  const unlimited = 2_147_483_647;
  return sql`WITH taken AS (
      INSERT INTO ticket_number_sequence AS sequence (hall_id, prefix, service_day, last_number)
      VALUES (${ticket.hallId}::uuid, ${ticket.prefix}::text, ${ticket.serviceDay}::date, 1)
      ON CONFLICT (hall_id, prefix, service_day) DO UPDATE SET last_number = sequence.last_number + 1
        WHERE sequence.last_number < ${ticket.dailyQuota ?? unlimited}::int
      RETURNING last_number),
    issued AS (
      INSERT INTO ticket (id, hall_id, service_day, prefix, sequence, number, priority, channel,
                          access_code, idempotency_key, phone, route, issued_at)
      SELECT ${ticket.ticketId}::uuid, ${ticket.hallId}::uuid, ${ticket.serviceDay}::date, ${ticket.prefix}::text,
             taken.last_number,
             ${ticket.prefix}::text || lpad(taken.last_number::text, greatest(3, length(taken.last_number::text)), '0'),
             ${ticket.priority}::text, ${ticket.channel}::text, ${ticket.accessCode}::text,
             ${ticket.idempotencyKey}::text, ${ticket.phone}::text, ${JSON.stringify(ticket.route)}::jsonb,
             ${ticket.now}::timestamptz
      FROM taken
      RETURNING id, number),
    queued AS (
      INSERT INTO segment (id, ticket_id, ordinal, hall_id, service_day, priority, service_id, status,
                           queued_at, estimate_p50_minutes, estimate_p90_minutes)
      SELECT ${ticket.segmentId}::uuid, issued.id, 1, ${ticket.hallId}::uuid, ${ticket.serviceDay}::date,
             ${ticket.priority}::text, ${ticket.serviceId}::uuid, ${TicketStatus.WAITING}::text,
             ${ticket.now}::timestamptz, ${ticket.estimate.p50Minutes}::int, ${ticket.estimate.p90Minutes}::int
      FROM issued
      RETURNING id),
    ${appendEventSql('issued', issuedEvent(ticket))}
    SELECT issued.number, appended_event.* FROM issued, queued, appended_event`;
}

/** The unique index that lets a counter hold one CALLED or SERVING ticket at most. */
export const counterHoldingIndex = 'segment_counter_holding_index';

/** A counter's call of the next ticket, as {@link callNextStatement} makes it. */
export interface NextCall {
  counterId: string;
  hallId: string;
  serviceDay: string;
  staffId: string | null;
  now: Date;
  /**
   * How many of each queue's first segments the claim looks at (see `counterQueueHeadSql`); null
   * for all of them. The claim is exact while fewer segments of a queue than this are locked by
   * other claims at once; when every one looked at is, the caller claims again from all.
   */
  candidatesPerQueue: number | null;
}

/** Enough for the calls of many instances' pools at once; a call still reads only this many rows. */
export const claimCandidatesPerQueue = 64;

/** The row {@link callNextStatement} returns while the counter exists. */
export interface CalledRow extends Partial<TicketViewRow> {
  counter_status: CounterStatus;
  /** The counter held a CALLED or SERVING ticket already. */
  counter_busy: boolean;
  /** Some queue had more waiting than the claim looked at (only when it was limited). */
  queue_longer: boolean;
  /** Set when a ticket was called, with the view's columns. */
  seq: number | null;
  data: HallEventData | null;
}

/** The TICKET_CALLED event of a call; what it names is filled in from the called segment. */
export function calledEvent(call: NextCall): StatementEvent {
  return {
    hallId: call.hallId,
    type: HallEventType.TICKET_CALLED,
    at: call.now,
    // The called ticket is known only inside the statement.
    ticketId: sqlText('called_ticket.ticket_id'),
    segmentId: sqlText('called_ticket.segment_id'),
    counterId: call.counterId,
    staffId: call.staffId,
    data: sql`jsonb_build_object('ticketNumber', called_ticket.number,
      'serviceId', called_ticket.service_id::text, 'serviceName', called_ticket.service_name,
      'serviceNameEn', called_ticket.service_name_en, 'counterLabel', called_ticket.counter_label,
      'recallCount', called_ticket.recall_count, 'calledAt', ${isoTimestampSql('called_ticket.called_at')})`,
  };
}

/**
 * Calls the next ticket by the call rules at an OPEN counter that holds none: one statement. The
 * counter row is share-locked (a close waits for the call, or the call sees it closed); the next
 * WAITING segment of the counter's services is claimed with FOR UPDATE SKIP LOCKED (two counters
 * never get the same one, none waits for another), marked CALLED and its event appended. Two calls
 * racing at one counter both see it free, and the unique index {@link counterHoldingIndex} refuses
 * the second.
 */
export function callNextStatement(call: NextCall): SqlFragment {
  return sql`WITH counter_state AS (
      SELECT c.id, c.label, c.status, EXISTS (
        SELECT 1 FROM segment held WHERE held.counter_id = c.id AND held.status IN ('CALLED', 'SERVING')) AS busy
      FROM counter c WHERE c.id = ${call.counterId}::uuid FOR SHARE),
    candidate AS (${
      call.candidatesPerQueue === null
        ? sql`SELECT w.id, w.service_id, w.priority, cs.rank, sv.target_wait_minutes FROM segment w
              JOIN counter_service cs ON cs.service_id = w.service_id AND cs.counter_id = ${call.counterId}::uuid
              JOIN service sv ON sv.id = w.service_id
              WHERE w.hall_id = ${call.hallId}::uuid AND w.service_day = ${call.serviceDay}::date
                AND w.status = 'WAITING'`
        : counterQueueHeadSql(call.counterId, call.hallId, call.serviceDay, call.candidatesPerQueue)
    }),
    claimed AS (
      SELECT s.id FROM candidate JOIN segment s ON s.id = candidate.id
      -- Checked again on the row as locked: a claim committed since this statement began has
      -- called it already.
      WHERE s.status = 'WAITING'
        AND EXISTS (SELECT 1 FROM counter_state WHERE status = 'OPEN' AND NOT busy)
      ORDER BY ${callOrderSql(call.now, 'candidate.rank', 'candidate.target_wait_minutes')}
      LIMIT 1 FOR UPDATE OF s SKIP LOCKED),
    called AS (
      UPDATE segment s SET status = 'CALLED', called_at = coalesce(s.called_at, ${call.now}::timestamptz),
        counter_id = ${call.counterId}::uuid, staff_id = ${call.staffId}::uuid
      FROM claimed WHERE s.id = claimed.id AND s.status = 'WAITING'
      RETURNING s.*),
    called_ticket AS (
      SELECT ${ticketViewColumnsSql('called', 't')}, sv.name AS service_name, sv.name_en AS service_name_en,
             counter_state.label AS counter_label
      FROM called JOIN ticket t ON t.id = called.ticket_id JOIN service sv ON sv.id = called.service_id,
           counter_state),
    ${appendEventSql('called_ticket', calledEvent(call))}
    SELECT counter_state.status AS counter_status, counter_state.busy AS counter_busy,
           ${
             call.candidatesPerQueue === null
               ? sqlText('false')
               : sql`coalesce((SELECT max(rows) >= ${call.candidatesPerQueue}::int FROM (
                   SELECT count(*) AS rows FROM candidate GROUP BY service_id, priority) queues), false)`
           } AS queue_longer,
           called_ticket.*, appended_event.seq, appended_event.data
    FROM counter_state LEFT JOIN called_ticket ON true LEFT JOIN appended_event ON true`;
}

/** What a clerk's operation on a ticket reads first, about its current (latest) segment. */
export interface CurrentSegmentRow extends TicketViewRow {
  ordinal: number;
  timezone: string;
  max_recalls: number;
  service_name: string;
  service_name_en: string | null;
  counter_label: string | null;
  /** The first service still ahead on the ticket's route, if any. */
  next_service: ServiceReadings | null;
}

/** What opening a segment in a service needs of it. */
export interface ServiceReadings {
  id: string;
  hall_id: string;
  active: boolean;
  target_wait_minutes: number;
  prior_service_minutes: number;
}

/** The columns of {@link ServiceReadings} as one JSON value, for service `alias`. */
export function serviceReadingsSql(alias: string): SqlFragment {
  return sqlText(
    `json_build_object('id', ${alias}.id, 'hall_id', ${alias}.hall_id, 'active', ${alias}.active,
       'target_wait_minutes', ${alias}.target_wait_minutes, 'prior_service_minutes', ${alias}.prior_service_minutes)`,
  );
}

/** The current segment of the ticket `ticketCondition` picks (a condition on `t`), with {@link CurrentSegmentRow}. */
export function currentSegmentSql(ticketCondition: SqlFragment): SqlFragment {
  return sql`SELECT ${ticketViewColumnsSql('s', 't')}, s.ordinal, h.timezone, h.max_recalls,
       sv.name AS service_name, sv.name_en AS service_name_en, c.label AS counter_label,
       (SELECT ${serviceReadingsSql('n')} FROM service n WHERE n.id = (t.route->>0)::uuid) AS next_service
     FROM ticket t
     JOIN LATERAL (SELECT * FROM segment WHERE ticket_id = t.id ORDER BY ordinal DESC LIMIT 1) s ON true
     JOIN hall h ON h.id = t.hall_id
     JOIN service sv ON sv.id = s.service_id
     LEFT JOIN counter c ON c.id = s.counter_id
     WHERE ${ticketCondition}`;
}

/** A new WAITING segment a transition opens (the route's next service, or a transfer's target). */
export interface OpenedSegment {
  id: string;
  ordinal: number;
  serviceId: string;
  queuedAt: Date;
  estimate: { p50Minutes: number; p90Minutes: number };
}

/** One clerk's (or citizen's) operation on a segment, as {@link transitionStatement} makes it. */
export interface SegmentTransition {
  ticketId: string;
  /** The segment as it was read: the change applies only if it is still so. */
  segment: { id: string; status: TicketStatus; recallCount: number };
  /** The assignments of the change (`status = …, ended_at = …`). */
  set: SqlFragment;
  opened?: OpenedSegment;
  /** The ticket's route from now on, when it changes. */
  route?: readonly string[];
  event: StatementEvent;
}

/** The row {@link transitionStatement} returns when the segment was still as read. */
export interface TransitionRow extends TicketViewRow {
  seq: number;
  data: HallEventData;
}

/**
 * Applies a transition to a segment that is still in the status (and recall count) it was read
 * with — otherwise nothing, and no row: the caller reads again — opens the next segment if the
 * transition does, and appends the event: one statement.
 */
export function transitionStatement(transition: SegmentTransition): SqlFragment {
  const { segment, opened } = transition;
  const openedSql = opened
    ? sql`opened AS (
        INSERT INTO segment (id, ticket_id, ordinal, hall_id, service_day, priority, service_id, status,
                             queued_at, estimate_p50_minutes, estimate_p90_minutes)
        SELECT ${opened.id}::uuid, changed.ticket_id, ${opened.ordinal}::int, changed.hall_id, changed.service_day,
               changed.priority, ${opened.serviceId}::uuid, ${TicketStatus.WAITING}::text,
               ${opened.queuedAt}::timestamptz, ${opened.estimate.p50Minutes}::int, ${opened.estimate.p90Minutes}::int
        FROM changed
        RETURNING *),
      current_segment AS (SELECT * FROM opened),`
    : sql`current_segment AS (SELECT * FROM changed),`;
  const route = transition.route ? sql`(SELECT route FROM rerouted)` : sqlText('route');
  const reroutedSql = transition.route
    ? sql`rerouted AS (
        UPDATE ticket SET route = ${JSON.stringify(transition.route)}::jsonb
        WHERE id = ${transition.ticketId}::uuid AND EXISTS (SELECT 1 FROM changed)
        RETURNING route),`
    : sqlText('');
  return sql`WITH changed AS (
      UPDATE segment SET ${transition.set}
      WHERE id = ${segment.id}::uuid AND status = ${segment.status}::text AND recall_count = ${segment.recallCount}::int
      RETURNING *),
    ${openedSql}
    ${reroutedSql}
    current_ticket AS (
      SELECT id, hall_id, number, priority, channel, issued_at, ${route} AS route
      FROM ticket WHERE id = ${transition.ticketId}::uuid),
    ${appendEventSql('current_segment', transition.event)}
    SELECT ${ticketViewColumnsSql('current_segment', 'current_ticket')}, appended_event.seq, appended_event.data
    FROM current_segment, current_ticket, appended_event`;
}
