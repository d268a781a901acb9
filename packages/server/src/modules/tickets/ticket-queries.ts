import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { integerInRange } from '../../common/validation.js';
import { requireHall, requireRight, type Actor } from '../auth/access.js';
import { Counter } from '../counters/counter.entity.js';
import { Hall } from '../halls/hall.entity.js';
import { runSql, sql } from '../../db/sql.js';
import { heldStatuses, serviceDayOf, TicketStatus } from '@onestop/shared';
import { findCurrentView } from './current-segment.js';
import { callOrderSql, counterQueueHeadSql } from './queue-order.sql.js';
import { ticketViewColumnsSql, ticketViewFromRow, type TicketViewRow } from './ticket-view.js';
import type { TicketView } from './ticket.types.js';

/** WAITING tickets of a hall's day (optionally one service) in the order they will be called. */
export async function hallQueue(
  em: EntityManager,
  actor: Actor,
  now: Date,
  hallId: string,
  serviceId: string | null,
): Promise<TicketView[]> {
  requireRight(actor, 'readQueue');
  const hall = isUuid(hallId) ? await em.findOne(Hall, hallId) : null;
  if (!hall) throw notFound();
  await requireHall(actor, hall.id, 'readQueue');
  if (serviceId !== null && !isUuid(serviceId)) return [];
  const rows = await runSql<TicketViewRow>(
    em,
    sql`SELECT ${ticketViewColumnsSql('s', 't')}
     FROM segment s JOIN service sv ON sv.id = s.service_id JOIN ticket t ON t.id = s.ticket_id
     WHERE s.hall_id = ${hall.id}::uuid AND s.service_day = ${serviceDayOf(now, hall.timezone)}::date
       AND s.status = 'WAITING' AND (${serviceId}::uuid IS NULL OR s.service_id = ${serviceId}::uuid)
     ORDER BY ${callOrderSql(now)}`,
  );
  return rows.map(ticketViewFromRow);
}

/** The tickets this counter would call next, in order: the same query callNext claims from. */
export async function counterQueue(
  em: EntityManager,
  actor: Actor,
  now: Date,
  counterId: string,
  limit: number,
): Promise<TicketView[]> {
  requireRight(actor, 'readQueue');
  const validLimit = integerInRange('limit', limit, 1, 200);
  const counter = await counterToRead(em, actor, counterId);
  return await nextForCounter(em, counter.id, now, validLimit);
}

/** A counter the caller may read the queue of, or NOT_FOUND / FORBIDDEN. */
export async function counterToRead(em: EntityManager, actor: Actor, counterId: string): Promise<Counter> {
  requireRight(actor, 'readQueue');
  const counter = isUuid(counterId) ? await em.findOne(Counter, counterId) : null;
  if (!counter) throw notFound();
  await requireHall(actor, counter.hall.id, 'readQueue');
  return counter;
}

/** The next `limit` tickets of a counter (no rights checked: callers have checked them). */
export async function nextForCounter(
  em: EntityManager,
  counterId: string,
  now: Date,
  limit: number,
): Promise<TicketView[]> {
  const [hall] = await runSql<{ id: string; timezone: string }>(
    em,
    sql`SELECT h.id, h.timezone FROM counter c JOIN hall h ON h.id = c.hall_id WHERE c.id = ${counterId}::uuid`,
  );
  if (!hall) throw notFound();
  // The head of each of the counter's queues, then the call order among them (see counterQueueHeadSql).
  const rows = await runSql<TicketViewRow>(
    em,
    sql`SELECT ${ticketViewColumnsSql('s', 't')}
     FROM (${counterQueueHeadSql(counterId, hall.id, serviceDayOf(now, hall.timezone), limit)}) head
     JOIN segment s ON s.id = head.id JOIN ticket t ON t.id = s.ticket_id
     ORDER BY ${callOrderSql(now, 'head.rank', 'head.target_wait_minutes')} LIMIT ${limit}::int`,
  );
  return rows.map(ticketViewFromRow);
}

/** One ticket, for staff of its hall; null when the id names none. */
export async function findTicket(
  em: EntityManager,
  actor: Actor,
  ticketId: string,
): Promise<TicketView | null> {
  requireRight(actor, 'readQueue');
  const ticket = await findCurrentView(em, { ticketId });
  if (!ticket) return null;
  await requireHall(actor, ticket.hallId, 'readQueue');
  return ticket;
}

/** The ticket a counter holds (CALLED or SERVING), or null. */
export async function heldTicket(em: EntityManager, counterId: string): Promise<TicketView | null> {
  const [row] = await runSql<TicketViewRow>(
    em,
    sql`SELECT ${ticketViewColumnsSql('s', 't')} FROM segment s JOIN ticket t ON t.id = s.ticket_id
        WHERE s.counter_id = ${counterId}::uuid AND s.status = ANY(${heldStatuses}::text[])`,
  );
  return row ? ticketViewFromRow(row) : null;
}

/** Today's tickets parked at a counter, in the order they were called. */
export async function parkedTickets(
  em: EntityManager,
  counterId: string,
  hall: { timezone: string },
  now: Date,
): Promise<TicketView[]> {
  const rows = await runSql<TicketViewRow>(
    em,
    sql`SELECT ${ticketViewColumnsSql('s', 't')} FROM segment s JOIN ticket t ON t.id = s.ticket_id
        WHERE s.counter_id = ${counterId}::uuid AND s.status = ${TicketStatus.PARKED}::text
          AND s.service_day = ${serviceDayOf(now, hall.timezone)}::date
        ORDER BY s.called_at, s.id`,
  );
  return rows.map(ticketViewFromRow);
}
