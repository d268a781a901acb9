import { TicketStatus } from '@onestop/shared';
import { sql, sqlText, type SqlFragment } from '../../db/sql.js';
import type { HallEventData } from '../../realtime/events.js';
import { appendEventSql, type StatementEvent } from '../../realtime/hall-transaction.js';
import { ticketViewColumnsSql, type TicketViewRow } from './ticket-view.js';

/**
 * A ticket transition as one statement (docs/architecture.md, "SQL"): the change applies only to
 * a segment still as it was read, so what was checked before it cannot have changed underneath.
 */

/** A new WAITING segment a transition opens (the route's next service, or a transfer's target). */
export interface OpenedSegment {
  id: string;
  ordinal: number;
  serviceId: string;
  queuedAt: Date;
  estimate: { p50Minutes: number; p90Minutes: number };
  /** The callable people ahead, when it joins its queue at this moment (wait-estimators.ts). */
  peopleAheadAtQueue: number | null;
}

/** One clerk's (or citizen's) operation on a segment, as {@link transitionStatement} makes it. */
export interface SegmentTransition {
  ticketId: string;
  /** The segment as it was read: the change applies only if it is still so. */
  segment: { id: string; status: TicketStatus; recallCount: number };
  /** The assignments of the change (`status = …, ended_at = …`). */
  set: SqlFragment;
  /** A further condition on the segment (of table `segment`) for the change to apply. */
  condition?: SqlFragment;
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
                             queued_at, estimate_p50_minutes, estimate_p90_minutes, people_ahead_at_queue)
        SELECT ${opened.id}::uuid, changed.ticket_id, ${opened.ordinal}::int, changed.hall_id, changed.service_day,
               changed.priority, ${opened.serviceId}::uuid, ${TicketStatus.WAITING}::text,
               ${opened.queuedAt}::timestamptz, ${opened.estimate.p50Minutes}::int, ${opened.estimate.p90Minutes}::int,
               ${opened.peopleAheadAtQueue}::int
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
        AND ${transition.condition ?? sqlText('true')}
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
