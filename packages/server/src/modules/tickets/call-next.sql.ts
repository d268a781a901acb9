import { HallEventType, type CounterStatus } from '@onestop/shared';
import { sql, sqlText, type SqlFragment } from '../../db/sql.js';
import { appendEventSql, type StatementEvent } from '../../realtime/hall-transaction.js';
import type { HallEventData } from '../../realtime/events.js';
import { callOrderSql, counterQueueHeadSql } from './queue-order.sql.js';
import { ticketViewColumnsSql, type TicketViewRow } from './ticket-view.js';

/**
 * Calling the next ticket as one statement (docs/architecture.md, "SQL"): the claim, the call and
 * the event, with the rows it locks (the claimed segment, the hall's event seq) held only from
 * where the statement takes them to its commit.
 */

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

/** A timestamp column as JavaScript's `toISOString()` writes it (what events carry). */
function isoTimestampSql(column: string): SqlFragment {
  return sqlText(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
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
                AND w.status = 'WAITING' AND NOT w.awaiting_check_in`
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
