import {
  HallEventType,
  remoteJoinSettingsOf,
  serviceDayOf,
  TicketStatus,
  type RemoteJoinSettings,
} from '@onestop/shared';
import { badInput, notFound, unauthenticated } from '../../common/domain-error.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql, sql, sqlText, timestampOf } from '../../db/sql.js';
import { appendedEventMessage, type StatementEvent } from '../../realtime/hall-transaction.js';
import { requireHall, requireRight } from '../auth/access.js';
import { Service } from '../services/service.entity.js';
import { readCurrentSegment, type CurrentSegmentRow } from '../tickets/current-segment.js';
import { estimateForService, peopleAheadOfNewSql } from '../tickets/queue-readings.js';
import { invalidTransition, staffIdOf, type QueueDependencies } from '../tickets/ticket-engine.js';
import { transitionStatement, type TransitionRow } from '../tickets/ticket-transition.sql.js';
import { ticketViewFromRow } from '../tickets/ticket-view.js';
import type { TicketView } from '../tickets/ticket.types.js';
import { isCheckInCodeValid } from './check-in-code.js';

/** How often a check-in reads again when another changed the ticket in between. */
const maxCheckInAttempts = 3;

/**
 * When a remote ticket was first passed over, as SQL on the segment being updated (`segment`): the
 * first call of a ticket of its service and day that stood behind it in the service's call order
 * at the moment it was called (queue-order.ts, compareForService) — the moment it would have been
 * called had its citizen been there. Null while nobody behind it has been called.
 */
const firstPassedOverSql = sql`(SELECT min(o.called_at)::text FROM segment o JOIN service osv ON osv.id = o.service_id
    WHERE o.service_id = segment.service_id AND o.service_day = segment.service_day
      AND o.called_at IS NOT NULL AND o.called_at >= segment.queued_at AND o.id <> segment.id
      AND ROW(NOT (o.queued_at + make_interval(mins => osv.target_wait_minutes) < o.called_at),
              o.priority <> 'PRIORITY', o.queued_at, o.id)
        > ROW(NOT (segment.queued_at + make_interval(mins => osv.target_wait_minutes) < o.called_at),
              segment.priority <> 'PRIORITY', segment.queued_at, segment.id))`;

/** The estimate of a segment joining its line now, behind everyone who can be called. */
async function estimateFromNow(
  em: EntityManager,
  current: CurrentSegmentRow,
  now: Date,
): Promise<{ estimate: { p50Minutes: number; p90Minutes: number }; peopleAhead: number }> {
  const service = await em.findOneOrFail(Service, current.service_id);
  const [row] = await runSql<{ ahead: number }>(
    em,
    sql`SELECT ${peopleAheadOfNewSql(
      {
        id: current.segment_id,
        hallId: current.hall_id,
        serviceId: current.service_id,
        serviceDay: current.service_day,
        priority: current.priority,
        queuedAt: now,
        targetWaitMinutes: service.targetWaitMinutes,
      },
      now,
    )} AS ahead`,
  );
  const peopleAhead = row?.ahead ?? 0;
  return {
    estimate: await estimateForService(em, service, peopleAhead, current.service_day, now, {
      segmentId: current.segment_id,
    }),
    peopleAhead,
  };
}

/**
 * Checks a remote ticket in at the hall (docs/domain.md, "Remote join"): from now on it can be
 * called. Proof of presence is either the code the hall's wall display shows (`checkInCode`, of
 * this minute or the last; anyone may send it), or the hall's kiosk or staff scanning the ticket's
 * QR (the access code alone). Checked in within the service's `holdMinutes` of being first passed
 * over — or before it was ever passed over — the ticket keeps its place; later, it queues at its
 * check-in time. One statement changes the segment only while it still awaits its check-in, so two
 * check-ins at once append one TICKET_CHECKED_IN; a ticket already checked in (or never remote)
 * answers as it is. A ticket no longer waiting: INVALID_TRANSITION.
 */
export async function checkInTicket(
  dependencies: QueueDependencies,
  accessCode: string,
  checkInCode: string | null | undefined,
): Promise<TicketView> {
  const { em, events, clock, actor } = dependencies;
  const now = clock();
  const byDisplayCode = checkInCode !== null && checkInCode !== undefined;
  if (actor.tokenRejected) throw unauthenticated();
  // Without the wall's code, presence is vouched for by the hall's kiosk or staff.
  if (!byDisplayCode) requireRight(actor, 'issueTicket');
  for (let attempt = 1; attempt <= maxCheckInAttempts; attempt += 1) {
    const current = typeof accessCode === 'string' ? await readCurrentSegment(em, { accessCode }) : undefined;
    if (!current) throw notFound();
    const [hall] = await runSql<{
      check_in_secret: string;
      remote_join_settings: Partial<RemoteJoinSettings>;
    }>(
      em,
      sql`SELECT h.check_in_secret, sv.remote_join_settings FROM hall h, service sv
          WHERE h.id = ${current.hall_id}::uuid AND sv.id = ${current.service_id}::uuid`,
    );
    if (!hall) throw notFound();
    if (byDisplayCode) {
      if (!isCheckInCodeValid(hall.check_in_secret, checkInCode, now))
        throw badInput('checkInCode', { kind: 'checkInCodeExpired' });
    } else {
      await requireHall(actor, current.hall_id, 'issueTicket');
    }
    if (!current.awaiting_check_in) return ticketViewFromRow(current);
    if (current.status !== TicketStatus.WAITING) throw invalidTransition(current.status);
    if (current.service_day < serviceDayOf(now, current.timezone))
      throw invalidTransition(TicketStatus.EXPIRED);
    const holdMinutes = remoteJoinSettingsOf(hall.remote_join_settings).holdMinutes;
    // Read before the change: once a call has passed the ticket over, later calls never move that
    // instant; a first one made between this read and the change is too recent to end the hold.
    const [passed] = await runSql<{ first_passed_over: string | null }>(
      em,
      sql`SELECT ${firstPassedOverSql} AS first_passed_over FROM segment WHERE segment.id = ${current.segment_id}::uuid`,
    );
    const firstPassedOver = passed?.first_passed_over ? timestampOf(passed.first_passed_over) : null;
    const queuesAnew =
      firstPassedOver !== null && firstPassedOver.getTime() + holdMinutes * 60_000 < now.getTime();
    // Queued anew, it waits from now: its estimate is given again, so that the statistics compare
    // its wait with an estimate of the same wait.
    const anew = queuesAnew ? await estimateFromNow(em, current, now) : null;
    const requeued = anew
      ? sql`, queued_at = ${now}::timestamptz, estimate_p50_minutes = ${anew.estimate.p50Minutes}::int,
          estimate_p90_minutes = ${anew.estimate.p90Minutes}::int, people_ahead_at_queue = ${anew.peopleAhead}::int`
      : sqlText('');
    const event: StatementEvent = {
      hallId: current.hall_id,
      type: HallEventType.TICKET_CHECKED_IN,
      at: now,
      ticketId: current.ticket_id,
      segmentId: current.segment_id,
      counterId: null,
      staffId: staffIdOf(actor),
      data: sql`${JSON.stringify({ ticketNumber: current.number, status: TicketStatus.WAITING, serviceId: current.service_id })}::jsonb`,
    };
    const [row] = await runSql<TransitionRow>(
      em,
      transitionStatement({
        ticketId: current.ticket_id,
        segment: { id: current.segment_id, status: current.status, recallCount: current.recall_count },
        set: sql`awaiting_check_in = false${requeued}`,
        condition: sql`awaiting_check_in`,
        event,
      }),
    );
    if (!row) continue;
    events.publish([
      appendedEventMessage(event, {
        seq: row.seq,
        ticket_id: row.ticket_id,
        segment_id: row.segment_id,
        data: row.data,
      }),
    ]);
    return ticketViewFromRow(row);
  }
  throw new Error('the ticket kept changing under its check-in');
}
