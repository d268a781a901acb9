import type { EntityManager } from '@mikro-orm/postgresql';
import {
  canApply,
  counterCalls,
  ErrorCode,
  HallEventType,
  heldStatuses,
  serviceDayOf,
  TicketStatus,
  type CounterStatus,
} from '@onestop/shared';
import { DomainError, notFound } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { requiredText } from '../../common/validation.js';
import { runSql, sql, sqlText, timestampOf } from '../../db/sql.js';
import { appendedEventMessage, inHallTransaction } from '../../realtime/hall-transaction.js';
import { requireHall, requireRight, type Actor } from '../auth/access.js';
import {
  callNextStatement,
  calledEvent,
  claimCandidatesPerQueue,
  counterHoldingIndex,
  type CalledRow,
  type NextCall,
} from './call-next.sql.js';
import { findCurrentView, lockCurrentSegment } from './current-segment.js';
import { ensurePastDaysExpired } from './day-rollover.service.js';
import { invalidTransition, isUniqueViolation, staffIdOf, type QueueDependencies } from './ticket-engine.js';
import { ticketViewFromRow, type TicketViewRow } from './ticket-view.js';
import type { TicketView } from './ticket.types.js';

/**
 * Calling (docs/domain.md, "Who is called next"): the next ticket by the call rules, or one ticket
 * out of order with a reason. Only an OPEN counter calls (COUNTER_NOT_OPEN), and only while it
 * holds no ticket (COUNTER_BUSY).
 */

/** A counter as a call reads it before it writes. */
interface CounterSetting {
  id: string;
  hall_id: string;
  label: string;
  status: CounterStatus;
  timezone: string;
}

/** The counter `counterId` names with its hall's time zone; `lock` holds its row to the transaction's end. */
async function readCounterSetting(
  em: EntityManager,
  counterId: string,
  lock: boolean,
): Promise<CounterSetting | null> {
  if (!isUuid(counterId)) return null;
  const [row] = await runSql<CounterSetting>(
    em,
    sql`SELECT c.id, c.hall_id, c.label, c.status, h.timezone FROM counter c JOIN hall h ON h.id = c.hall_id
        WHERE c.id = ${counterId}::uuid ${sqlText(lock ? 'FOR UPDATE OF c' : '')}`,
  );
  return row ?? null;
}

/** True while the counter holds a CALLED or SERVING ticket. */
export async function counterIsBusy(em: EntityManager, counterId: string): Promise<boolean> {
  const [row] = await runSql<{ busy: boolean }>(
    em,
    sql`SELECT EXISTS (SELECT 1 FROM segment WHERE counter_id = ${counterId}::uuid
          AND status = ANY(${heldStatuses}::text[])) AS busy`,
  );
  return row?.busy === true;
}

/**
 * The next ticket by the call rules, or null when none waits: one read of the counter, then one
 * statement that claims, calls and appends the event (call-next.sql.ts says how it stays right
 * under concurrency).
 */
export async function callNext(
  dependencies: QueueDependencies,
  counterId: string,
): Promise<TicketView | null> {
  const { em, events, clock, actor } = dependencies;
  const now = clock();
  requireRight(actor, 'operateCounter');
  const counter = await readCounterSetting(em, counterId, false);
  if (!counter) throw notFound();
  await requireHall(actor, counter.hall_id, 'operateCounter');
  if (!counterCalls(counter.status)) throw new DomainError(ErrorCode.COUNTER_NOT_OPEN);
  const serviceDay = serviceDayOf(now, counter.timezone);
  // Past days first: a ticket left CALLED or SERVING at this counter yesterday no longer holds it.
  await ensurePastDaysExpired(em, events, counter.hall_id, serviceDay, now);
  const call: NextCall = {
    counterId,
    hallId: counter.hall_id,
    serviceDay,
    staffId: staffIdOf(actor),
    now,
    candidatesPerQueue: claimCandidatesPerQueue,
  };
  let row: CalledRow | undefined;
  try {
    [row] = await runSql<CalledRow>(em, callNextStatement(call));
    if (row && row.seq === null && row.queue_longer) {
      // Every segment the claim looked at was claimed by others at that moment: look at all.
      [row] = await runSql<CalledRow>(em, callNextStatement({ ...call, candidatesPerQueue: null }));
    }
  } catch (error) {
    if (isUniqueViolation(error, counterHoldingIndex)) throw new DomainError(ErrorCode.COUNTER_BUSY);
    throw error;
  }
  if (!row) throw notFound();
  if (!counterCalls(row.counter_status)) throw new DomainError(ErrorCode.COUNTER_NOT_OPEN);
  if (row.counter_busy) throw new DomainError(ErrorCode.COUNTER_BUSY);
  if (row.seq === null || row.seq === undefined) return null;
  const called = row as CalledRow & TicketViewRow;
  events.publish([
    appendedEventMessage(calledEvent(call), {
      seq: row.seq,
      ticket_id: called.ticket_id,
      segment_id: called.segment_id,
      data: row.data!,
    }),
  ]);
  return ticketViewFromRow(called);
}

/** The counter a call out of order is made at, locked: OPEN, in the caller's hall, holding nothing. */
async function lockCallableCounter(
  transaction: EntityManager,
  actor: Actor,
  counterId: string,
): Promise<CounterSetting> {
  requireRight(actor, 'operateCounter');
  const counter = await readCounterSetting(transaction, counterId, true);
  if (!counter) throw notFound();
  await requireHall(actor, counter.hall_id, 'operateCounter');
  if (!counterCalls(counter.status)) throw new DomainError(ErrorCode.COUNTER_NOT_OPEN);
  if (await counterIsBusy(transaction, counter.id)) throw new DomainError(ErrorCode.COUNTER_BUSY);
  return counter;
}

/** Calls one ticket out of order; the reason is kept in the hall's events. */
export async function callTicket(
  dependencies: QueueDependencies,
  counterId: string,
  ticketId: string,
  reason: string,
): Promise<TicketView> {
  const { em, events, clock, actor } = dependencies;
  const now = clock();
  const validReason = requiredText('reason', reason, 200);
  try {
    return await inHallTransaction(em, events, now, async (transaction, log) => {
      const counter = await lockCallableCounter(transaction, actor, counterId);
      const current = await lockCurrentSegment(transaction, { ticketId });
      if (!current) throw notFound();
      // Staff of one hall get FORBIDDEN in another, like every other ticket operation.
      await requireHall(actor, current.hall_id, 'operateCounter');
      if (current.hall_id !== counter.hall_id) throw notFound();
      if (
        current.service_day !== serviceDayOf(now, counter.timezone) &&
        current.status === TicketStatus.WAITING
      ) {
        throw invalidTransition(TicketStatus.EXPIRED);
      }
      if (!canApply('call', current.status)) throw invalidTransition(current.status);
      // A remote ticket is called only once its citizen has checked in at the hall.
      if (current.awaiting_check_in)
        throw new DomainError(ErrorCode.INVALID_TRANSITION, { status: 'NOT_CHECKED_IN' });
      const [called] = await runSql<{ called_at: string }>(
        transaction,
        sql`UPDATE segment SET status = ${TicketStatus.CALLED}::text,
              called_at = coalesce(called_at, ${now}::timestamptz),
              counter_id = ${counter.id}::uuid, staff_id = ${staffIdOf(actor)}::uuid
            WHERE id = ${current.segment_id}::uuid RETURNING called_at`,
      );
      log.record(counter.hall_id, {
        type: HallEventType.TICKET_CALLED,
        ticketId: current.ticket_id,
        segmentId: current.segment_id,
        counterId: counter.id,
        staffId: staffIdOf(actor),
        data: {
          ticketNumber: current.number,
          serviceId: current.service_id,
          serviceName: current.service_name,
          serviceNameEn: current.service_name_en,
          counterLabel: counter.label,
          recallCount: current.recall_count,
          calledAt: timestampOf(called!.called_at).toISOString(),
          reason: validReason,
        },
      });
      return (await findCurrentView(transaction, { ticketId }))!;
    });
  } catch (error) {
    // A parked ticket resumed at this counter in the meantime holds it now.
    if (isUniqueViolation(error, counterHoldingIndex)) throw new DomainError(ErrorCode.COUNTER_BUSY);
    throw error;
  }
}
