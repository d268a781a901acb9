import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  activeStatuses,
  canApply,
  ErrorCode,
  HallEventType,
  serviceDayOf,
  TicketStatus,
  TransferPlacement,
  type TicketOperation,
} from '@onestop/shared';
import { badInput, DomainError, notFound } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { optionalText } from '../../common/validation.js';
import { runSql, sql, timestampOf, type SqlFragment } from '../../db/sql.js';
import type { HallEventData } from '../../realtime/events.js';
import { appendedEventMessage, type StatementEvent } from '../../realtime/hall-transaction.js';
import { requireHall, requireRight, type Actor } from '../auth/access.js';
import { counterHoldingIndex } from './call-next.sql.js';
import {
  readCurrentSegment,
  serviceReadingsSql,
  type CurrentSegmentRow,
  type ServiceReadings,
  type TicketKey,
} from './current-segment.js';
import { ensurePastDaysExpired } from './day-rollover.service.js';
import { queueReadings } from './queue-readings.js';
import { invalidTransition, isUniqueViolation, staffIdOf, type QueueDependencies } from './ticket-engine.js';
import { transitionStatement, type OpenedSegment, type TransitionRow } from './ticket-transition.sql.js';
import { ticketViewFromRow } from './ticket-view.js';
import type { TicketView } from './ticket.types.js';
import { estimateWait } from './wait-estimate.js';

/**
 * The lifecycle's transitions after the call (docs/domain.md, "Ticket lifecycle"): recall,
 * start, complete, no-show, requeue, transfer, park, resume — by a clerk of the ticket's hall —
 * and cancel, by the citizen holding its access code. Each reads the current segment, checks the
 * lifecycle table, and changes it in one statement that applies only if nothing changed since.
 */

/** What a ticket operation decides from the current segment it read. */
interface TransitionPlan {
  type: HallEventType;
  /** The assignments of the change, in SQL. */
  set: SqlFragment;
  /** The current segment's status afterwards (the new segment's, when one opens). */
  statusAfter: TicketStatus;
  /** What the event carries beyond the ticket number and that status. */
  data?: HallEventData;
  opened?: OpenedSegment;
  route?: readonly string[];
}

type Plan = (current: CurrentSegmentRow, now: Date) => Promise<TransitionPlan> | TransitionPlan;

/** How often an operation reads again after the segment changed between its read and its write. */
const maxTransitionAttempts = 5;

/**
 * Runs one operation on a ticket's current segment: reads it, checks the caller (staff of its
 * hall; a citizen by the access code alone), the day and the lifecycle, lets `plan` decide the
 * change, and applies it in one statement that changes the segment only if it is still as read
 * (another clerk's change in between means reading again, and a refusal then names the status it
 * found). The event is published after that statement.
 */
async function transitionTicket(
  dependencies: Omit<QueueDependencies, 'actor'> & { actor: Actor | null },
  key: TicketKey,
  operation: TicketOperation,
  plan: Plan,
): Promise<TicketView> {
  const { em, events, clock, actor } = dependencies;
  const now = clock();
  for (let attempt = 1; attempt <= maxTransitionAttempts; attempt += 1) {
    const current = await readCurrentSegment(em, key);
    if (!current) throw notFound();
    if (actor) await requireHall(actor, current.hall_id, 'operateCounter');
    const today = serviceDayOf(now, current.timezone);
    if (current.service_day < today && activeStatuses.includes(current.status)) {
      // The day ended: the segment is EXPIRED before anything else may happen to it.
      await ensurePastDaysExpired(em, events, current.hall_id, today, now);
      continue;
    }
    if (!canApply(operation, current.status)) throw invalidTransition(current.status);
    const decided = await plan(current, now);
    const event: StatementEvent = {
      hallId: current.hall_id,
      type: decided.type,
      at: now,
      ticketId: current.ticket_id,
      segmentId: decided.opened?.id ?? current.segment_id,
      counterId: current.counter_id,
      staffId: staffIdOf(actor),
      data: sql`${JSON.stringify({ ticketNumber: current.number, status: decided.statusAfter, ...decided.data })}::jsonb`,
    };
    let row: TransitionRow | undefined;
    try {
      [row] = await runSql<TransitionRow>(
        em,
        transitionStatement({
          ticketId: current.ticket_id,
          segment: { id: current.segment_id, status: current.status, recallCount: current.recall_count },
          set: decided.set,
          ...(decided.opened ? { opened: decided.opened } : {}),
          ...(decided.route ? { route: decided.route } : {}),
          event,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error, counterHoldingIndex)) throw new DomainError(ErrorCode.COUNTER_BUSY);
      throw error;
    }
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
  throw new Error(
    `ticket ${'ticketId' in key ? key.ticketId : '(by access code)'} kept changing under ${operation}`,
  );
}

/** A clerk's operation on a ticket of their hall. */
async function clerkTransition(
  dependencies: QueueDependencies,
  ticketId: string,
  operation: TicketOperation,
  plan: Plan,
): Promise<TicketView> {
  requireRight(dependencies.actor, 'operateCounter');
  return await transitionTicket(dependencies, { ticketId }, operation, plan);
}

/** What a call event tells displays, from the segment as read (recalls after this one's). */
function callDataOf(current: CurrentSegmentRow, recallCount: number): HallEventData {
  if (!current.counter_label || !current.called_at) throw invalidTransition(current.status);
  return {
    ticketNumber: current.number,
    serviceId: current.service_id,
    serviceName: current.service_name,
    serviceNameEn: current.service_name_en,
    counterLabel: current.counter_label,
    recallCount,
    calledAt: timestampOf(current.called_at).toISOString(),
  };
}

/** A new WAITING segment of the ticket in `service`, with the estimate it is given on joining. */
async function segmentToOpen(
  em: EntityManager,
  current: CurrentSegmentRow,
  service: ServiceReadings,
  queuedAt: Date,
  now: Date,
): Promise<OpenedSegment> {
  const id = randomUUID();
  const { peopleAhead, inputs } = await queueReadings(
    em,
    {
      id,
      hallId: current.hall_id,
      serviceId: service.id,
      serviceDay: current.service_day,
      priority: current.priority,
      queuedAt,
      targetWaitMinutes: service.target_wait_minutes,
    },
    service.prior_service_minutes,
    now,
  );
  return {
    id,
    ordinal: current.ordinal + 1,
    serviceId: service.id,
    queuedAt,
    estimate: estimateWait({ ...inputs, peopleAhead }),
    // Kept only when it queues now: a transfer to the front keeps an older queuedAt.
    peopleAheadAtQueue: queuedAt.getTime() === now.getTime() ? peopleAhead : null,
  };
}

/** Calls the ticket again; past the hall's maxRecalls it becomes a no-show. */
export async function recallTicket(dependencies: QueueDependencies, ticketId: string): Promise<TicketView> {
  return await clerkTransition(dependencies, ticketId, 'recall', (current, now) => {
    const recallCount = current.recall_count + 1;
    if (recallCount > current.max_recalls) {
      return {
        type: HallEventType.TICKET_NO_SHOW,
        set: sql`status = ${TicketStatus.NO_SHOW}::text, recall_count = ${recallCount}::int, ended_at = ${now}::timestamptz`,
        statusAfter: TicketStatus.NO_SHOW,
      };
    }
    return {
      type: HallEventType.TICKET_RECALLED,
      set: sql`recall_count = ${recallCount}::int`,
      statusAfter: current.status,
      data: callDataOf(current, recallCount),
    };
  });
}

export async function startServing(dependencies: QueueDependencies, ticketId: string): Promise<TicketView> {
  return await clerkTransition(dependencies, ticketId, 'start', (_current, now) => ({
    type: HallEventType.SERVING_STARTED,
    set: sql`status = ${TicketStatus.SERVING}::text, serving_at = ${now}::timestamptz`,
    statusAfter: TicketStatus.SERVING,
  }));
}

/** Completes the segment; a one-stop route continues with a new WAITING segment, same number. */
export async function completeTicket(
  dependencies: QueueDependencies,
  ticketId: string,
  outcome: string | null,
): Promise<TicketView> {
  const validOutcome = optionalText('outcome', outcome, 200);
  return await clerkTransition(dependencies, ticketId, 'complete', async (current, now) => {
    const set = sql`status = ${TicketStatus.DONE}::text, serving_at = coalesce(serving_at, called_at),
      ended_at = ${now}::timestamptz, outcome = ${validOutcome}::text`;
    const [nextServiceId, ...rest] = current.route;
    if (!nextServiceId) {
      return {
        type: HallEventType.TICKET_COMPLETED,
        set,
        statusAfter: TicketStatus.DONE,
        data: { outcome: validOutcome },
      };
    }
    const nextService = current.next_service;
    if (!nextService) throw notFound();
    return {
      type: HallEventType.TICKET_COMPLETED,
      set,
      statusAfter: TicketStatus.WAITING,
      data: { outcome: validOutcome, serviceId: nextService.id, fromServiceId: current.service_id },
      opened: await segmentToOpen(dependencies.em, current, nextService, now, now),
      route: rest,
    };
  });
}

export async function markNoShow(dependencies: QueueDependencies, ticketId: string): Promise<TicketView> {
  return await clerkTransition(dependencies, ticketId, 'noShow', (_current, now) => ({
    type: HallEventType.TICKET_NO_SHOW,
    set: sql`status = ${TicketStatus.NO_SHOW}::text, ended_at = ${now}::timestamptz`,
    statusAfter: TicketStatus.NO_SHOW,
  }));
}

/** A no-show of today back to WAITING, at its original place (queuedAt is kept for the statistics). */
export async function requeueTicket(dependencies: QueueDependencies, ticketId: string): Promise<TicketView> {
  return await clerkTransition(dependencies, ticketId, 'requeue', (current, now) => {
    if (current.service_day !== serviceDayOf(now, current.timezone)) throw invalidTransition(current.status);
    return {
      type: HallEventType.TICKET_REQUEUED,
      set: sql`status = ${TicketStatus.WAITING}::text, ended_at = NULL, counter_id = NULL, staff_id = NULL`,
      statusAfter: TicketStatus.WAITING,
    };
  });
}

/** Moves the ticket to another service of the hall under the same number. */
export async function transferTicket(
  dependencies: QueueDependencies,
  ticketId: string,
  serviceId: string,
  placement: TransferPlacement,
): Promise<TicketView> {
  return await clerkTransition(dependencies, ticketId, 'transfer', async (current, now) => {
    const [target] = isUuid(serviceId)
      ? await runSql<{ service: ServiceReadings }>(
          dependencies.em,
          sql`SELECT ${serviceReadingsSql('sv')} AS service FROM service sv WHERE sv.id = ${serviceId}::uuid`,
        )
      : [];
    if (!target || target.service.hall_id !== current.hall_id)
      throw badInput('serviceId', { kind: 'unknown' });
    if (!target.service.active) throw new DomainError(ErrorCode.SERVICE_CLOSED);
    const queuedAt = placement === TransferPlacement.FRONT ? timestampOf(current.queued_at) : now;
    return {
      type: HallEventType.TICKET_TRANSFERRED,
      set: sql`status = ${TicketStatus.TRANSFERRED}::text, serving_at = coalesce(serving_at, called_at),
        ended_at = ${now}::timestamptz`,
      statusAfter: TicketStatus.WAITING,
      data: { serviceId: target.service.id, fromServiceId: current.service_id, reason: placement },
      opened: await segmentToOpen(dependencies.em, current, target.service, queuedAt, now),
    };
  });
}

export async function parkTicket(dependencies: QueueDependencies, ticketId: string): Promise<TicketView> {
  return await clerkTransition(dependencies, ticketId, 'park', () => ({
    type: HallEventType.TICKET_PARKED,
    set: sql`status = ${TicketStatus.PARKED}::text`,
    statusAfter: TicketStatus.PARKED,
  }));
}

/** A parked ticket back to CALLED at its counter, which must be free (the holding index says so). */
export async function resumeTicket(dependencies: QueueDependencies, ticketId: string): Promise<TicketView> {
  return await clerkTransition(dependencies, ticketId, 'resume', (current) => ({
    type: HallEventType.TICKET_RESUMED,
    set: sql`status = ${TicketStatus.CALLED}::text`,
    statusAfter: TicketStatus.CALLED,
    data: callDataOf(current, current.recall_count),
  }));
}

/** The citizen gives up a waiting ticket. */
export async function cancelTicket(
  dependencies: Omit<QueueDependencies, 'actor'>,
  accessCode: string,
): Promise<TicketView> {
  return await transitionTicket(
    { ...dependencies, actor: null },
    { accessCode },
    'cancel',
    (_current, now) => ({
      type: HallEventType.TICKET_CANCELLED,
      set: sql`status = ${TicketStatus.CANCELLED}::text, ended_at = ${now}::timestamptz`,
      statusAfter: TicketStatus.CANCELLED,
    }),
  );
}
