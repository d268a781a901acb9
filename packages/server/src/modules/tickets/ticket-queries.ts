import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '@onestop/shared';
import { notFound } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { integerInRange } from '../../common/validation.js';
import { requireHall, requireRole, type Actor } from '../auth/access.js';
import { Counter } from '../counters/counter.entity.js';
import { Hall } from '../halls/hall.entity.js';
import { runSql, sql, type SqlFragment } from '../../db/sql.js';
import { callOrderSql, counterQueueHeadSql } from './queue-sql.js';
import { serviceDayOf } from '@onestop/shared';
import { ticketViewColumnsSql, ticketViewFromRow, type TicketViewRow } from './ticket-statements.js';
import type { TicketView } from './ticket.types.js';

const queueReaders: readonly Role[] = [Role.ADMIN, Role.MANAGER, Role.CLERK];

/** WAITING tickets of a hall's day (optionally one service) in the order they will be called. */
export async function hallQueue(
  em: EntityManager,
  actor: Actor,
  now: Date,
  hallId: string,
  serviceId: string | null,
): Promise<TicketView[]> {
  requireRole(actor, queueReaders);
  const hall = isUuid(hallId) ? await em.findOne(Hall, hallId) : null;
  if (!hall) throw notFound();
  await requireHall(actor, hall.id, queueReaders);
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
  requireRole(actor, queueReaders);
  const validLimit = integerInRange('limit', limit, 1, 200);
  const counter = await counterToRead(em, actor, counterId);
  return await nextForCounter(em, counter.id, now, validLimit);
}

/** A counter the caller may read the queue of, or NOT_FOUND / FORBIDDEN. */
export async function counterToRead(em: EntityManager, actor: Actor, counterId: string): Promise<Counter> {
  requireRole(actor, queueReaders);
  const counter = isUuid(counterId) ? await em.findOne(Counter, counterId) : null;
  if (!counter) throw notFound();
  await requireHall(actor, counter.hall.id, queueReaders);
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

/** A ticket as it stands, with its current (latest) segment: one statement. */
export async function currentView(em: EntityManager, ticketId: string): Promise<TicketView> {
  const view = await findCurrentView(em, ticketId);
  if (!view) throw notFound();
  return view;
}

/** {@link currentView}, or null when the id names no ticket. */
export async function findCurrentView(em: EntityManager, ticketId: string): Promise<TicketView | null> {
  return await currentViewWhere(em, sql`t.id = ${ticketId}::uuid`);
}

/** The current view of the ticket `condition` (on ticket `t`) picks, in one statement. */
async function currentViewWhere(em: EntityManager, condition: SqlFragment): Promise<TicketView | null> {
  const [row] = await runSql<TicketViewRow>(
    em,
    sql`SELECT ${ticketViewColumnsSql('s', 't')} FROM ticket t
        JOIN LATERAL (SELECT * FROM segment WHERE ticket_id = t.id ORDER BY ordinal DESC LIMIT 1) s ON true
        WHERE ${condition}`,
  );
  return row ? ticketViewFromRow(row) : null;
}

/** One ticket, for staff of its hall; null when the id names none. */
export async function findTicket(
  em: EntityManager,
  actor: Actor,
  ticketId: string,
): Promise<TicketView | null> {
  requireRole(actor, queueReaders);
  const ticket = isUuid(ticketId) ? await findCurrentView(em, ticketId) : null;
  if (!ticket) return null;
  await requireHall(actor, ticket.hallId, queueReaders);
  return ticket;
}

/** The ticket an access code opens: the citizen's only key. */
export async function findTicketByAccessCode(
  em: EntityManager,
  accessCode: string,
): Promise<TicketView | null> {
  const code = accessCode.trim();
  if (code.length < 16 || code.length > 64) return null;
  return await currentViewWhere(em, sql`t.access_code = ${code}::text`);
}
