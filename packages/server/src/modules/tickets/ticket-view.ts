import type { PriorityClass, TicketChannel, TicketStatus } from '@onestop/shared';
import { sql, sqlText, timestampOf, timestampOrNull, type SqlFragment } from '../../db/sql.js';
import type { Segment } from './segment.entity.js';
import { SegmentView, TicketView, type WaitEstimate } from './ticket.types.js';

/**
 * The API's Ticket — the visit, with the state of its current segment on top — is built in one
 * way: from a row of {@link ticketViewColumnsSql}, read by whatever statement needed the ticket
 * (a claim, a transition, a queue, a lookup), or assembled by issuing from what it wrote.
 */

/** The columns {@link ticketViewFromRow} reads, of a segment `segmentAlias` and its ticket `ticketAlias`. */
export function ticketViewColumnsSql(segmentAlias: string, ticketAlias: string): SqlFragment {
  const s = segmentAlias;
  const t = ticketAlias;
  return sqlText(
    `${t}.id AS ticket_id, ${t}.hall_id, ${s}.service_id, ${s}.counter_id, ${s}.id AS segment_id,
     ${s}.service_day::text AS service_day, ${t}.route, ${t}.number, ${s}.status, ${t}.priority,
     ${t}.channel, ${t}.issued_at, ${s}.queued_at, ${s}.called_at, ${s}.serving_at, ${s}.ended_at,
     ${s}.recall_count, ${s}.estimate_p50_minutes, ${s}.estimate_p90_minutes, ${s}.awaiting_check_in`,
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
  route: readonly string[];
  number: string;
  status: TicketStatus;
  priority: PriorityClass;
  channel: TicketChannel;
  /** Timestamps arrive as PostgreSQL's text (see `timestampOf`), or as Dates when issuing assembles the row. */
  issued_at: string | Date;
  queued_at: string | Date;
  called_at: string | Date | null;
  serving_at: string | Date | null;
  ended_at: string | Date | null;
  recall_count: number;
  estimate_p50_minutes: number | null;
  estimate_p90_minutes: number | null;
  awaiting_check_in: boolean;
}

/** The join that finds a ticket's current segment (the highest ordinal): `s` beside ticket `t`. */
export function currentSegmentOf(ticketAlias: string): SqlFragment {
  return sqlText(
    `JOIN LATERAL (SELECT * FROM segment WHERE ticket_id = ${ticketAlias}.id ORDER BY ordinal DESC LIMIT 1) s ON true`,
  );
}

/** The current view of every ticket `condition` (on ticket `t`) picks: one statement. */
export function currentViewsSql(condition: SqlFragment): SqlFragment {
  return sql`SELECT ${ticketViewColumnsSql('s', 't')} FROM ticket t ${currentSegmentOf('t')} WHERE ${condition}`;
}

function estimateOf(p50Minutes: number | null, p90Minutes: number | null): WaitEstimate | null {
  return p50Minutes === null || p90Minutes === null ? null : { p50Minutes, p90Minutes };
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
    estimate: estimateOf(row.estimate_p50_minutes, row.estimate_p90_minutes),
    checkedIn: !row.awaiting_check_in,
  });
}

/** One pass of a ticket through one service, as a ticket's history and a rating show it. */
export function toSegmentView(segment: Segment): SegmentView {
  return Object.assign(new SegmentView(), {
    id: segment.id,
    serviceId: segment.service.id,
    counterId: segment.counter?.id ?? null,
    staffId: segment.staff?.id ?? null,
    status: segment.status,
    queuedAt: segment.queuedAt,
    calledAt: segment.calledAt,
    servingAt: segment.servingAt,
    endedAt: segment.endedAt,
    recallCount: segment.recallCount,
    outcome: segment.outcome,
    estimate: estimateOf(segment.estimateP50Minutes, segment.estimateP90Minutes),
    rating: segment.ratingScore,
  });
}
