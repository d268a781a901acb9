import { sql, timestampOf, type SqlFragment } from '../db/sql.js';
import type { HallEventData, HallEventMessage } from './events.js';

/**
 * Reading the `hall_event` table back, for every path that catches up from it (a display's
 * `afterSeq`, a gap in a live feed, a cross-instance bus filling what its transport missed): one
 * statement and one row-to-message mapping, so every path delivers identical messages.
 */

/** A row of {@link hallEventsSql}. */
export interface HallEventRow {
  hall_id: string;
  seq: number;
  type: HallEventMessage['type'];
  /** PostgreSQL's text through the ORM's connections, a Date through the event bus's own pool. */
  at: string | Date;
  ticket_id: string | null;
  segment_id: string | null;
  counter_id: string | null;
  data: HallEventData | null;
}

/** The hall's events with `afterSeq < seq` (and `seq <= upToSeq`, when given), oldest first, at most `limit`. */
export function hallEventsSql(
  hallId: string,
  afterSeq: number,
  upToSeq: number | null,
  limit: number,
): SqlFragment {
  return sql`SELECT hall_id, seq, type, at, ticket_id, segment_id, counter_id, data FROM hall_event
    WHERE hall_id = ${hallId}::uuid AND seq > ${afterSeq}::int
      AND (${upToSeq}::int IS NULL OR seq <= ${upToSeq}::int)
    ORDER BY seq LIMIT ${limit}::int`;
}

/** Each hall's last seq (`hall.last_event_seq`), of the halls named or of all. */
export function lastSeqsSql(hallIds: readonly string[] | 'all'): SqlFragment {
  return hallIds === 'all'
    ? sql`SELECT id, last_event_seq FROM hall`
    : sql`SELECT id, last_event_seq FROM hall WHERE id = ANY(${hallIds}::uuid[])`;
}

/** The message a row of {@link hallEventsSql} travels as. */
export function hallEventMessageOf(row: HallEventRow): HallEventMessage {
  return {
    hallId: row.hall_id,
    seq: row.seq,
    type: row.type,
    at: timestampOf(row.at).toISOString(),
    ticketId: row.ticket_id,
    segmentId: row.segment_id,
    counterId: row.counter_id,
    data: row.data ?? {},
  };
}
