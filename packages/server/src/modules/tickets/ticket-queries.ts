import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '@onestop/shared';
import { notFound } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { integerInRange } from '../../common/validation.js';
import { requireHall, requireRole, type Actor } from '../auth/access.js';
import { Counter } from '../counters/counter.entity.js';
import { Hall } from '../halls/hall.entity.js';
import { callOrderSql } from './queue-sql.js';
import { Segment } from './segment.entity.js';
import { serviceDayOf } from './service-day.js';
import { Ticket } from './ticket.entity.js';
import { toTicketView } from './ticket-views.js';
import type { TicketView } from './ticket.types.js';

const queueReaders: readonly Role[] = [Role.ADMIN, Role.MANAGER, Role.CLERK];

/** Loads segments by id, in the given order, as ticket views. */
async function viewsInOrder(em: EntityManager, segmentIds: readonly string[]): Promise<TicketView[]> {
  if (segmentIds.length === 0) return [];
  const segments = await em.find(Segment, { id: { $in: [...segmentIds] } }, { populate: ['ticket'] });
  const byId = new Map(segments.map((segment) => [segment.id, segment]));
  return segmentIds.map((id) => {
    const segment = byId.get(id)!;
    return toTicketView(segment.ticket.getEntity(), segment);
  });
}

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
  const rows: { id: string }[] = await em.execute(
    `SELECT s.id FROM segment s JOIN service sv ON sv.id = s.service_id
     WHERE s.hall_id = ? AND s.service_day = ? AND s.status = 'WAITING' AND (?::uuid IS NULL OR s.service_id = ?::uuid)
     ORDER BY ${callOrderSql()}`,
    [hall.id, serviceDayOf(now, hall.timezone), serviceId, serviceId, now],
  );
  return await viewsInOrder(
    em,
    rows.map((row) => row.id),
  );
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
  return await nextForCounter(em, counter, now, validLimit);
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
  counter: Counter,
  now: Date,
  limit: number,
): Promise<TicketView[]> {
  const hall = await em.findOneOrFail(Hall, counter.hall.id);
  const rows: { id: string }[] = await em.execute(
    `SELECT s.id FROM segment s
     JOIN counter_service cs ON cs.service_id = s.service_id AND cs.counter_id = ?
     JOIN service sv ON sv.id = s.service_id
     WHERE s.hall_id = ? AND s.service_day = ? AND s.status = 'WAITING'
     ORDER BY ${callOrderSql('cs.rank')} LIMIT ?`,
    [counter.id, hall.id, serviceDayOf(now, hall.timezone), now, limit],
  );
  return await viewsInOrder(
    em,
    rows.map((row) => row.id),
  );
}

export async function currentView(em: EntityManager, ticket: Ticket): Promise<TicketView> {
  const current = await em.findOneOrFail(Segment, { ticket: ticket.id }, { orderBy: { ordinal: 'desc' } });
  return toTicketView(ticket, current);
}

/** One ticket, for staff of its hall; null when the id names none. */
export async function findTicket(
  em: EntityManager,
  actor: Actor,
  ticketId: string,
): Promise<TicketView | null> {
  requireRole(actor, queueReaders);
  const ticket = isUuid(ticketId) ? await em.findOne(Ticket, ticketId) : null;
  if (!ticket) return null;
  await requireHall(actor, ticket.hall.id, queueReaders);
  return await currentView(em, ticket);
}

/** The ticket an access code opens: the citizen's only key. */
export async function findTicketByAccessCode(
  em: EntityManager,
  accessCode: string,
): Promise<TicketView | null> {
  const code = accessCode.trim();
  if (code.length < 16 || code.length > 64) return null;
  const ticket = await em.findOne(Ticket, { accessCode: code });
  return ticket ? await currentView(em, ticket) : null;
}
