import { randomBytes, randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CounterStatus,
  ErrorCode,
  HallEventType,
  PriorityClass,
  Role,
  TicketChannel,
  TicketStatus,
  TransferPlacement,
} from '@onestop/shared';
import { badInput, DomainError, notFound } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { optionalText, requiredText } from '../../common/validation.js';
import type { Clock } from '../../config.js';
import type { HallEventBus } from '../../realtime/event-bus.js';
import type { HallEventData } from '../../realtime/hall-event.entity.js';
import { inHallTransaction, type HallEventLog } from '../../realtime/hall-transaction.js';
import { requireHall, requireRole, type Actor } from '../auth/access.js';
import { Counter } from '../counters/counter.entity.js';
import { Hall } from '../halls/hall.entity.js';
import { Rating } from '../ratings/rating.entity.js';
import { Service } from '../services/service.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { callOrderSql, serviceCallOrderKeySql } from './queue-sql.js';
import { Segment } from './segment.entity.js';
import { serviceDayOf } from './service-day.js';
import { activeStatuses, canApply, statusAfter, type TicketOperation } from './ticket-lifecycle.js';
import { Ticket } from './ticket.entity.js';
import type { IssueTicketInput } from './ticket.types.js';
import { estimateWait, type WaitEstimateInput, type WaitEstimateRange } from './wait-estimate.js';

/** What the queue engine needs from the app. */
export interface QueueDependencies {
  em: EntityManager;
  events: HallEventBus;
  clock: Clock;
  actor: Actor;
}

const counterOperators: readonly Role[] = [Role.ADMIN, Role.MANAGER, Role.CLERK];
const ticketIssuers: readonly Role[] = [Role.ADMIN, Role.MANAGER, Role.CLERK, Role.KIOSK];
const maxRouteLength = 5;

/** Zero-padded to 3 digits (A001); past 999 the number simply grows (A1000). */
export function formatTicketNumber(prefix: string, sequence: number): string {
  return `${prefix}${String(sequence).padStart(3, '0')}`;
}

function newAccessCode(): string {
  // 144 random bits, URL-safe: printed as a QR code and typed into /t/:accessCode.
  return randomBytes(18).toString('base64url');
}

function invalidTransition(status: string): DomainError {
  return new DomainError(ErrorCode.INVALID_TRANSITION, { status });
}

function staffIdOf(actor: Actor): string | null {
  return actor.principal?.kind === 'staff' ? actor.principal.staffId : null;
}

/**
 * The service day each hall's past days were last expired for, in this process: once a day's
 * expiry has committed, nothing of the days before can still be active, so the next writes of
 * that day skip the statement. Another instance keeps its own and runs it once itself.
 */
const pastDaysExpiredBefore = new Map<string, string>();

/**
 * Segments of past service days that were still active become EXPIRED, with their events. Runs at
 * the start of the first queue write of each day, so the day ends without any job the operator
 * must schedule.
 */
async function expirePastDays(
  em: EntityManager,
  log: HallEventLog,
  hall: Hall,
  today: string,
  now: Date,
): Promise<void> {
  if (pastDaysExpiredBefore.get(hall.id) === today) return;
  log.afterCommit.push(() => pastDaysExpiredBefore.set(hall.id, today));
  const expired: { id: string; ticket_id: string; status: string }[] = await em.execute(
    `UPDATE segment SET status = 'EXPIRED', ended_at = ?
     WHERE hall_id = ? AND service_day < ? AND status IN ('WAITING', 'CALLED', 'SERVING', 'PARKED')
     RETURNING id, ticket_id, status`,
    [now, hall.id, today],
  );
  for (const row of expired) {
    log.record(hall.id, {
      type: HallEventType.TICKET_EXPIRED,
      ticketId: row.ticket_id,
      segmentId: row.id,
      data: { status: TicketStatus.EXPIRED },
    });
  }
}

async function loadHall(em: EntityManager, hallId: string): Promise<Hall> {
  const hall = isUuid(hallId) ? await em.findOne(Hall, hallId) : null;
  if (!hall) throw notFound();
  return hall;
}

/** The ticket's current segment (the highest ordinal), locked for the rest of the transaction. */
async function lockCurrentSegment(em: EntityManager, ticketId: string): Promise<Segment> {
  if (!isUuid(ticketId)) throw notFound();
  const rows: { id: string }[] = await em.execute(
    'SELECT id FROM segment WHERE ticket_id = ? ORDER BY ordinal DESC LIMIT 1 FOR UPDATE',
    [ticketId],
  );
  const id = rows[0]?.id;
  if (!id) throw notFound();
  return await em.findOneOrFail(Segment, id, { refresh: true, populate: ['ticket', 'service'] });
}

function requireTransition(segment: Segment, operation: TicketOperation): void {
  if (!canApply(operation, segment.status)) throw invalidTransition(segment.status);
}

/** A counter that holds a CALLED or SERVING ticket cannot call another. */
async function counterIsBusy(
  em: EntityManager,
  counterId: string,
  exceptSegmentId?: string,
): Promise<boolean> {
  const rows: { busy: boolean }[] = await em.execute(
    `SELECT EXISTS (SELECT 1 FROM segment WHERE counter_id = ? AND status IN ('CALLED', 'SERVING')
       AND id <> coalesce(?::uuid, '00000000-0000-0000-0000-000000000000'::uuid)) AS busy`,
    [counterId, exceptSegmentId ?? null],
  );
  return rows[0]?.busy === true;
}

async function lockCounter(em: EntityManager, actor: Actor, counterId: string): Promise<Counter> {
  requireRole(actor, counterOperators);
  const counter = isUuid(counterId)
    ? await em.findOne(Counter, counterId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
    : null;
  if (!counter) throw notFound();
  await requireHall(actor, counter.hall.id, counterOperators);
  return counter;
}

function callData(segment: Segment, ticket: Ticket, service: Service, counter: Counter): HallEventData {
  return {
    ticketNumber: ticket.number,
    serviceId: service.id,
    serviceName: service.name,
    serviceNameEn: service.nameEn,
    counterLabel: counter.label,
    recallCount: segment.recallCount,
    calledAt: (segment.calledAt ?? new Date()).toISOString(),
  };
}

/** Work ahead, recent service times and open counters of a service → the wait range. */
/** What a service's wait estimate reads from the database, whoever is waiting. */
export type EstimateInputs = Omit<WaitEstimateInput, 'peopleAhead'>;

/** The recent service times of a service and the OPEN counters that serve it today. */
export async function estimateInputsFor(
  em: EntityManager,
  service: Service,
  serviceDay: string,
  now: Date,
): Promise<EstimateInputs> {
  // One statement, three readings. A counter is occupied from the call (the citizen walks up) to
  // the end of the service: the last 50 such spans. Each OPEN counter serving the service, and
  // whether citizens wait for a service it ranks first today. The pace the queue really moved:
  // first calls of this service in the last half hour.
  const paceWindowMinutes = 30;
  const rows: { recent: number[]; counters: { rank: number; busy: boolean }[]; calls: number }[] =
    await em.execute(
      `SELECT
         ARRAY(SELECT extract(epoch FROM ended_at - called_at)::float
               FROM segment WHERE service_id = ? AND status = 'DONE' AND ended_at IS NOT NULL
                 AND called_at IS NOT NULL
               ORDER BY ended_at DESC LIMIT 50) AS recent,
         coalesce((SELECT json_agg(json_build_object('rank', cs.rank, 'busy', EXISTS (
             -- From the counter's few lower-ranked services to their queues, never the other way.
             SELECT 1 FROM counter_service lower
             WHERE lower.counter_id = cs.counter_id AND lower.rank < cs.rank
               AND EXISTS (SELECT 1 FROM segment w
                           WHERE w.hall_id = c.hall_id AND w.service_day = ? AND w.status = 'WAITING'
                             AND w.service_id = lower.service_id))))
           FROM counter_service cs JOIN counter c ON c.id = cs.counter_id
           WHERE cs.service_id = ? AND c.status = 'OPEN'), '[]'::json) AS counters,
         (SELECT count(*)::int FROM segment
          WHERE service_id = ? AND service_day = ? AND called_at >= ? AND called_at < ?) AS calls`,
      [
        service.id,
        serviceDay,
        service.id,
        service.id,
        serviceDay,
        new Date(now.getTime() - paceWindowMinutes * 60_000),
        now,
      ],
    );
  const { recent, counters, calls } = rows[0]!;
  return {
    recentServiceSeconds: recent.map((seconds) => Math.max(0, seconds)),
    priorServiceMinutes: service.priorServiceMinutes,
    openCounters: counters.map((row) => ({ rank: row.rank, busyWithLowerRanks: row.busy })),
    recentCallsPerMinute: calls >= 3 ? calls / paceWindowMinutes : null,
  };
}

/** The wait range of a service for someone with `peopleAhead` before them. */
export async function estimateForService(
  em: EntityManager,
  service: Service,
  peopleAhead: number,
  serviceDay: string,
  now: Date,
): Promise<WaitEstimateRange> {
  return estimateWait({ ...(await estimateInputsFor(em, service, serviceDay, now)), peopleAhead });
}

/** WAITING segments of a service on the hall's current day. */
export async function waitingToday(em: EntityManager, service: Service, now: Date): Promise<number> {
  const hall = await service.hall.loadOrFail();
  const rows: { waiting: number }[] = await em.execute(
    `SELECT count(*)::int AS waiting FROM segment WHERE service_id = ? AND service_day = ? AND status = 'WAITING'`,
    [service.id, serviceDayOf(now, hall.timezone)],
  );
  return rows[0]?.waiting ?? 0;
}

/** How many WAITING segments of the same service and day come before this one in the call order. */
export async function peopleAheadOf(em: EntityManager, segmentId: string, now: Date): Promise<number> {
  const rows: { ahead: number }[] = await em.execute(
    `SELECT count(*)::int AS ahead
     FROM segment me JOIN service msv ON msv.id = me.service_id,
          segment s JOIN service sv ON sv.id = s.service_id
     WHERE me.id = ? AND s.hall_id = me.hall_id AND s.service_day = me.service_day
       AND s.service_id = me.service_id AND s.status = 'WAITING'
       AND ${serviceCallOrderKeySql()}
         < ROW(NOT (me.queued_at + make_interval(mins => msv.target_wait_minutes) < ?), me.priority <> 'PRIORITY',
               me.queued_at, me.id)`,
    [segmentId, now, now],
  );
  return rows[0]?.ahead ?? 0;
}

/**
 * How many WAITING segments of a service come before one that is not written yet: the same
 * row-wise comparison in the call order, with the new segment's key given as values. Counted
 * before the insert, so the number lock waits for no scan of the queue.
 */
async function peopleAheadOfNew(
  em: EntityManager,
  segment: { id: string; hallId: string; serviceDay: string; priority: PriorityClass; queuedAt: Date },
  service: Service,
  now: Date,
): Promise<number> {
  const overdue = segment.queuedAt.getTime() + service.targetWaitMinutes * 60_000 < now.getTime();
  const rows: { ahead: number }[] = await em.execute(
    `SELECT count(*)::int AS ahead FROM segment s JOIN service sv ON sv.id = s.service_id
     WHERE s.hall_id = ? AND s.service_day = ? AND s.status = 'WAITING' AND s.service_id = ?
       AND ${serviceCallOrderKeySql()} < ROW(?::boolean, ?::boolean, ?::timestamptz, ?::uuid)`,
    [
      segment.hallId,
      segment.serviceDay,
      service.id,
      now,
      !overdue,
      segment.priority !== PriorityClass.PRIORITY,
      segment.queuedAt,
      segment.id,
    ],
  );
  return rows[0]?.ahead ?? 0;
}

/**
 * A new WAITING segment, with the estimate it is given on joining its queue stored on it.
 * `inputs` may be read before the caller's locks (they do not depend on this ticket).
 */
async function openSegment(
  em: EntityManager,
  ticket: Ticket,
  ordinal: number,
  service: Service,
  queuedAt: Date,
  now: Date,
  inputs?: EstimateInputs,
): Promise<{ segment: Segment; peopleAhead: number }> {
  const id = randomUUID();
  const peopleAhead = await peopleAheadOfNew(
    em,
    { id, hallId: ticket.hall.id, serviceDay: ticket.serviceDay, priority: ticket.priority, queuedAt },
    service,
    now,
  );
  const estimate = estimateWait({
    ...(inputs ?? (await estimateInputsFor(em, service, ticket.serviceDay, now))),
    peopleAhead,
  });
  const segment = em.create(Segment, {
    id,
    ticket,
    ordinal,
    hall: ticket.hall,
    serviceDay: ticket.serviceDay,
    priority: ticket.priority,
    service,
    status: TicketStatus.WAITING,
    queuedAt,
    estimateP50Minutes: estimate.p50Minutes,
    estimateP90Minutes: estimate.p90Minutes,
  });
  return { segment, peopleAhead };
}

export interface IssueResult {
  ticket: Ticket;
  segment: Segment;
  accessCode: string;
  peopleAhead: number;
  estimate: WaitEstimateRange;
}

async function validateRoute(
  em: EntityManager,
  hall: Hall,
  first: Service,
  route: readonly string[],
): Promise<Service[]> {
  if (route.length > maxRouteLength)
    throw badInput('route', { kind: 'outOfRange', min: 0, max: maxRouteLength });
  const ids = [first.id, ...route];
  if (new Set(ids).size !== ids.length) throw badInput('route', { kind: 'duplicate' });
  if (route.some((id) => !isUuid(id))) throw badInput('route', { kind: 'unknown' });
  const services = route.length ? await em.find(Service, { id: { $in: [...route] }, hall: hall.id }) : [];
  if (services.length !== route.length) throw badInput('route', { kind: 'unknown' });
  if (services.some((service) => !service.active)) throw new DomainError(ErrorCode.SERVICE_CLOSED);
  return route.map((id) => services.find((service) => service.id === id)!);
}

/** Takes a number for a service: numbering per hall × prefix × service day, atomic, within the quota. */
export async function issueTicket(
  dependencies: QueueDependencies,
  input: IssueTicketInput,
): Promise<IssueResult> {
  const { em, events, clock, actor } = dependencies;
  const now = clock();
  const principal = requireRole(actor, ticketIssuers);
  const hall = await loadHall(em, input.hallId);
  await requireHall(actor, hall.id, ticketIssuers);
  const idempotencyKey = optionalText('idempotencyKey', input.idempotencyKey, 100);
  const phone = optionalText('phone', input.phone, 32);
  if (phone !== null && !/^\+?[0-9 -]{3,32}$/.test(phone)) throw badInput('phone', { kind: 'notAllowed' });
  const channel =
    principal.role === Role.KIOSK ? TicketChannel.KIOSK : (input.channel ?? TicketChannel.STAFF);

  return await inHallTransaction(em, events, now, async (transaction, log) => {
    if (idempotencyKey) {
      // Concurrent retries of one key queue here; the first issues, the others find its ticket.
      await transaction.execute('SELECT pg_advisory_xact_lock(hashtextextended(?, 0))', [
        `${hall.id}:${idempotencyKey}`,
      ]);
      const existing = await transaction.findOne(Ticket, { hall: hall.id, idempotencyKey });
      if (existing) {
        const segment = await transaction.findOneOrFail(
          Segment,
          { ticket: existing.id },
          { orderBy: { ordinal: 'desc' } },
        );
        return {
          ticket: existing,
          segment,
          accessCode: existing.accessCode,
          peopleAhead:
            segment.status === TicketStatus.WAITING ? await peopleAheadOf(transaction, segment.id, now) : 0,
          estimate: {
            p50Minutes: segment.estimateP50Minutes ?? 0,
            p90Minutes: segment.estimateP90Minutes ?? 0,
          },
        };
      }
    }
    const service = isUuid(input.serviceId) ? await transaction.findOne(Service, input.serviceId) : null;
    if (!service || service.hall.id !== hall.id) throw badInput('serviceId', { kind: 'unknown' });
    if (!service.active) throw new DomainError(ErrorCode.SERVICE_CLOSED);
    const route = await validateRoute(transaction, hall, service, input.route ?? []);

    const today = serviceDayOf(now, hall.timezone);
    await expirePastDays(transaction, log, hall, today, now);
    // Read before the number is taken: its row lock serialises this service's issues until commit.
    const estimateInputs = await estimateInputsFor(transaction, service, today, now);
    const numbers: { last_number: number }[] = await transaction.execute(
      `INSERT INTO ticket_number_sequence (hall_id, prefix, service_day, last_number) VALUES (?, ?, ?, 1)
       ON CONFLICT (hall_id, prefix, service_day) DO UPDATE
         SET last_number = ticket_number_sequence.last_number + 1
         WHERE ticket_number_sequence.last_number < ?
       RETURNING last_number`,
      [hall.id, service.prefix, today, service.dailyQuota ?? 2_147_483_647],
    );
    const sequence = numbers[0]?.last_number;
    if (sequence === undefined) throw new DomainError(ErrorCode.QUOTA_REACHED);

    const ticket = transaction.create(Ticket, {
      hall,
      serviceDay: today,
      prefix: service.prefix,
      sequence,
      number: formatTicketNumber(service.prefix, sequence),
      priority: input.priority ?? PriorityClass.NORMAL,
      channel,
      accessCode: newAccessCode(),
      idempotencyKey,
      phone,
      route: route.map((routeService) => routeService.id),
      issuedAt: now,
    });
    const { segment, peopleAhead } = await openSegment(
      transaction,
      ticket,
      1,
      service,
      now,
      now,
      estimateInputs,
    );
    log.record(hall.id, {
      type: HallEventType.TICKET_ISSUED,
      ticketId: ticket.id,
      segmentId: segment.id,
      staffId: staffIdOf(actor),
      data: { ticketNumber: ticket.number, serviceId: service.id, status: TicketStatus.WAITING },
    });
    return {
      ticket,
      segment,
      accessCode: ticket.accessCode,
      peopleAhead,
      estimate: { p50Minutes: segment.estimateP50Minutes!, p90Minutes: segment.estimateP90Minutes! },
    };
  });
}

/** Sets a counter's status, with its event. */
async function changeCounter(
  dependencies: QueueDependencies,
  counterId: string,
  change: (counter: Counter, transaction: EntityManager) => Promise<HallEventType> | HallEventType,
): Promise<Counter> {
  const { em, events, clock, actor } = dependencies;
  const now = clock();
  return await inHallTransaction(em, events, now, async (transaction, log) => {
    const counter = await lockCounter(transaction, actor, counterId);
    const hall = await counter.hall.loadOrFail();
    await expirePastDays(transaction, log, hall, serviceDayOf(now, hall.timezone), now);
    const type = await change(counter, transaction);
    log.record(counter.hall.id, {
      type,
      counterId: counter.id,
      staffId: staffIdOf(actor),
      data: {
        counterLabel: counter.label,
        status: counter.status,
        ...(counter.pauseReason ? { reason: counter.pauseReason } : {}),
      },
    });
    return counter;
  });
}

export async function openCounter(dependencies: QueueDependencies, counterId: string): Promise<Counter> {
  return await changeCounter(dependencies, counterId, (counter, transaction) => {
    if (counter.status !== CounterStatus.CLOSED) throw invalidTransition(counter.status);
    counter.status = CounterStatus.OPEN;
    counter.pauseReason = null;
    const staffId = staffIdOf(dependencies.actor);
    counter.staff = staffId ? transaction.getReference(Staff, staffId, { wrapped: true }) : null;
    return HallEventType.COUNTER_OPENED;
  });
}

export async function pauseCounter(
  dependencies: QueueDependencies,
  counterId: string,
  reason: string,
): Promise<Counter> {
  const validReason = requiredText('reason', reason, 200);
  return await changeCounter(dependencies, counterId, (counter) => {
    if (counter.status !== CounterStatus.OPEN) throw invalidTransition(counter.status);
    counter.status = CounterStatus.PAUSED;
    counter.pauseReason = validReason;
    return HallEventType.COUNTER_PAUSED;
  });
}

export async function resumeCounter(dependencies: QueueDependencies, counterId: string): Promise<Counter> {
  return await changeCounter(dependencies, counterId, (counter) => {
    if (counter.status !== CounterStatus.PAUSED) throw invalidTransition(counter.status);
    counter.status = CounterStatus.OPEN;
    counter.pauseReason = null;
    return HallEventType.COUNTER_RESUMED;
  });
}

export async function closeCounter(dependencies: QueueDependencies, counterId: string): Promise<Counter> {
  return await changeCounter(dependencies, counterId, async (counter, transaction) => {
    if (counter.status === CounterStatus.CLOSED) throw invalidTransition(counter.status);
    // A citizen who was called must be served or released before the window closes.
    if (await counterIsBusy(transaction, counter.id)) throw new DomainError(ErrorCode.COUNTER_BUSY);
    counter.status = CounterStatus.CLOSED;
    counter.pauseReason = null;
    counter.staff = null;
    return HallEventType.COUNTER_CLOSED;
  });
}

/** The result of a ticket operation: the ticket and the segment it left current. */
export interface TicketChange {
  ticket: Ticket;
  segment: Segment;
}

async function requireCallableCounter(
  transaction: EntityManager,
  actor: Actor,
  counterId: string,
): Promise<Counter> {
  const counter = await lockCounter(transaction, actor, counterId);
  if (counter.status !== CounterStatus.OPEN) throw new DomainError(ErrorCode.COUNTER_NOT_OPEN);
  if (await counterIsBusy(transaction, counter.id)) throw new DomainError(ErrorCode.COUNTER_BUSY);
  return counter;
}

function markCalled(
  segment: Segment,
  counter: Counter,
  actor: Actor,
  now: Date,
  transaction: EntityManager,
): void {
  segment.status = statusAfter('call', segment.status);
  segment.calledAt ??= now;
  segment.counter = transaction.getReference(Counter, counter.id, { wrapped: true });
  const staffId = staffIdOf(actor);
  segment.staff = staffId ? transaction.getReference(Staff, staffId, { wrapped: true }) : null;
}

/**
 * The next ticket by the call rules, or null when none waits. One transaction: the counter row is
 * locked (one call at a time per counter), the claimed segment with FOR UPDATE SKIP LOCKED (two
 * counters never get the same one, none waits on another), and its status re-checked.
 */
export async function callNext(
  dependencies: QueueDependencies,
  counterId: string,
): Promise<TicketChange | null> {
  const { em, events, clock, actor } = dependencies;
  const now = clock();
  return await inHallTransaction(em, events, now, async (transaction, log) => {
    const counter = await lockCounter(transaction, actor, counterId);
    if (counter.status !== CounterStatus.OPEN) throw new DomainError(ErrorCode.COUNTER_NOT_OPEN);
    const hall = await counter.hall.loadOrFail();
    const today = serviceDayOf(now, hall.timezone);
    // Past days first: a ticket left CALLED or SERVING at this counter yesterday no longer holds it.
    await expirePastDays(transaction, log, hall, today, now);
    if (await counterIsBusy(transaction, counter.id)) throw new DomainError(ErrorCode.COUNTER_BUSY);
    const claimed: { id: string }[] = await transaction.execute(
      `SELECT s.id FROM segment s
       JOIN counter_service cs ON cs.service_id = s.service_id AND cs.counter_id = ?
       JOIN service sv ON sv.id = s.service_id
       WHERE s.hall_id = ? AND s.service_day = ? AND s.status = 'WAITING'
       ORDER BY ${callOrderSql('cs.rank')}
       LIMIT 1 FOR UPDATE OF s SKIP LOCKED`,
      [counter.id, hall.id, today, now],
    );
    const segmentId = claimed[0]?.id;
    if (!segmentId) return null;
    const segment = await transaction.findOneOrFail(Segment, segmentId, {
      refresh: true,
      populate: ['ticket', 'service'],
    });
    // Locked, so still WAITING; checked anyway so a broken invariant fails loudly, never double-calls.
    requireTransition(segment, 'call');
    markCalled(segment, counter, actor, now, transaction);
    const ticket = segment.ticket.getEntity();
    log.record(hall.id, {
      type: HallEventType.TICKET_CALLED,
      ticketId: ticket.id,
      segmentId: segment.id,
      counterId: counter.id,
      staffId: staffIdOf(actor),
      data: callData(segment, ticket, segment.service.getEntity(), counter),
    });
    return { ticket, segment };
  });
}

/** Calls one ticket out of order; the reason is kept in the hall's events. */
export async function callTicket(
  dependencies: QueueDependencies,
  counterId: string,
  ticketId: string,
  reason: string,
): Promise<TicketChange> {
  const { em, events, clock, actor } = dependencies;
  const now = clock();
  const validReason = requiredText('reason', reason, 200);
  return await inHallTransaction(em, events, now, async (transaction, log) => {
    const counter = await requireCallableCounter(transaction, actor, counterId);
    const segment = await lockCurrentSegment(transaction, ticketId);
    // Staff of one hall get FORBIDDEN in another, like every other ticket operation.
    await requireHall(actor, segment.hall.id, counterOperators);
    if (segment.hall.id !== counter.hall.id) throw notFound();
    const hall = await counter.hall.loadOrFail();
    if (segment.serviceDay !== serviceDayOf(now, hall.timezone) && segment.status === TicketStatus.WAITING) {
      throw invalidTransition(TicketStatus.EXPIRED);
    }
    requireTransition(segment, 'call');
    markCalled(segment, counter, actor, now, transaction);
    const ticket = segment.ticket.getEntity();
    log.record(hall.id, {
      type: HallEventType.TICKET_CALLED,
      ticketId: ticket.id,
      segmentId: segment.id,
      counterId: counter.id,
      staffId: staffIdOf(actor),
      data: { ...callData(segment, ticket, segment.service.getEntity(), counter), reason: validReason },
    });
    return { ticket, segment };
  });
}

/**
 * Runs one clerk operation on a ticket's current segment: locks it, checks the hall and the
 * lifecycle, applies `change`, records the event.
 */
async function changeTicket(
  dependencies: QueueDependencies,
  ticketId: string,
  operation: TicketOperation,
  change: (context: {
    transaction: EntityManager;
    segment: Segment;
    ticket: Ticket;
    hall: Hall;
    now: Date;
    log: HallEventLog;
  }) => Promise<{ type: HallEventType; data?: HallEventData; current?: Segment }>,
): Promise<TicketChange> {
  const { em, events, clock, actor } = dependencies;
  const now = clock();
  requireRole(actor, counterOperators);
  return await inHallTransaction(em, events, now, async (transaction, log) => {
    const segment = await lockCurrentSegment(transaction, ticketId);
    await requireHall(actor, segment.hall.id, counterOperators);
    const hall = await segment.hall.loadOrFail();
    const today = serviceDayOf(now, hall.timezone);
    if (segment.serviceDay < today && activeStatuses.includes(segment.status)) {
      // The day ended: the segment is EXPIRED before anything else may happen to it.
      await expirePastDays(transaction, log, hall, today, now);
      await transaction.refresh(segment);
    }
    requireTransition(segment, operation);
    const ticket = segment.ticket.getEntity();
    const { type, data, current } = await change({ transaction, segment, ticket, hall, now, log });
    const after = current ?? segment;
    log.record(hall.id, {
      type,
      ticketId: ticket.id,
      segmentId: after.id,
      counterId: segment.counter?.id ?? null,
      staffId: staffIdOf(actor),
      data: { ticketNumber: ticket.number, status: after.status, ...data },
    });
    return { ticket, segment: after };
  });
}

async function counterOf(transaction: EntityManager, segment: Segment): Promise<Counter> {
  if (!segment.counter) throw invalidTransition(segment.status);
  return await transaction.findOneOrFail(Counter, segment.counter.id);
}

/** Calls the ticket again; past the hall's maxRecalls it becomes a no-show. */
export async function recallTicket(dependencies: QueueDependencies, ticketId: string): Promise<TicketChange> {
  return await changeTicket(
    dependencies,
    ticketId,
    'recall',
    async ({ transaction, segment, ticket, hall, now }) => {
      segment.recallCount += 1;
      if (segment.recallCount > hall.maxRecalls) {
        segment.status = statusAfter('noShow', segment.status);
        segment.endedAt = now;
        return { type: HallEventType.TICKET_NO_SHOW };
      }
      const counter = await counterOf(transaction, segment);
      return {
        type: HallEventType.TICKET_RECALLED,
        data: callData(segment, ticket, segment.service.getEntity(), counter),
      };
    },
  );
}

export async function startServing(dependencies: QueueDependencies, ticketId: string): Promise<TicketChange> {
  return await changeTicket(dependencies, ticketId, 'start', async ({ segment, now }) => {
    segment.status = statusAfter('start', segment.status);
    segment.servingAt = now;
    return { type: HallEventType.SERVING_STARTED };
  });
}

/** Completes the segment; a one-stop route continues with a new WAITING segment, same number. */
export async function completeTicket(
  dependencies: QueueDependencies,
  ticketId: string,
  outcome: string | null,
): Promise<TicketChange> {
  const validOutcome = optionalText('outcome', outcome, 200);
  return await changeTicket(
    dependencies,
    ticketId,
    'complete',
    async ({ transaction, segment, ticket, now }) => {
      segment.status = statusAfter('complete', segment.status);
      segment.servingAt ??= segment.calledAt;
      segment.endedAt = now;
      segment.outcome = validOutcome;
      const [nextServiceId, ...rest] = ticket.route;
      if (!nextServiceId) return { type: HallEventType.TICKET_COMPLETED, data: { outcome: validOutcome } };
      const nextService = await transaction.findOneOrFail(Service, nextServiceId);
      ticket.route = rest;
      const { segment: next } = await openSegment(
        transaction,
        ticket,
        segment.ordinal + 1,
        nextService,
        now,
        now,
      );
      return {
        type: HallEventType.TICKET_COMPLETED,
        data: { outcome: validOutcome, serviceId: nextService.id, fromServiceId: segment.service.id },
        current: next,
      };
    },
  );
}

export async function markNoShow(dependencies: QueueDependencies, ticketId: string): Promise<TicketChange> {
  return await changeTicket(dependencies, ticketId, 'noShow', async ({ segment, now }) => {
    segment.status = statusAfter('noShow', segment.status);
    segment.endedAt = now;
    return { type: HallEventType.TICKET_NO_SHOW };
  });
}

/** A no-show of today back to WAITING, at its original place (queuedAt is kept for the statistics). */
export async function requeueTicket(
  dependencies: QueueDependencies,
  ticketId: string,
): Promise<TicketChange> {
  return await changeTicket(dependencies, ticketId, 'requeue', async ({ segment, hall, now }) => {
    if (segment.serviceDay !== serviceDayOf(now, hall.timezone)) throw invalidTransition(segment.status);
    segment.status = statusAfter('requeue', segment.status);
    segment.endedAt = null;
    segment.counter = null;
    segment.staff = null;
    return { type: HallEventType.TICKET_REQUEUED };
  });
}

/** Moves the ticket to another service of the hall under the same number. */
export async function transferTicket(
  dependencies: QueueDependencies,
  ticketId: string,
  serviceId: string,
  placement: TransferPlacement,
): Promise<TicketChange> {
  return await changeTicket(
    dependencies,
    ticketId,
    'transfer',
    async ({ transaction, segment, ticket, now }) => {
      const target = isUuid(serviceId) ? await transaction.findOne(Service, serviceId) : null;
      if (!target || target.hall.id !== segment.hall.id) throw badInput('serviceId', { kind: 'unknown' });
      if (!target.active) throw new DomainError(ErrorCode.SERVICE_CLOSED);
      segment.status = statusAfter('transfer', segment.status);
      segment.servingAt ??= segment.calledAt;
      segment.endedAt = now;
      const queuedAt = placement === TransferPlacement.FRONT ? segment.queuedAt : now;
      const { segment: next } = await openSegment(
        transaction,
        ticket,
        segment.ordinal + 1,
        target,
        queuedAt,
        now,
      );
      return {
        type: HallEventType.TICKET_TRANSFERRED,
        data: { serviceId: target.id, fromServiceId: segment.service.id, reason: placement },
        current: next,
      };
    },
  );
}

export async function parkTicket(dependencies: QueueDependencies, ticketId: string): Promise<TicketChange> {
  return await changeTicket(dependencies, ticketId, 'park', async ({ segment }) => {
    segment.status = statusAfter('park', segment.status);
    return { type: HallEventType.TICKET_PARKED };
  });
}

/** A parked ticket back to CALLED at its counter, which must be free. */
export async function resumeTicket(dependencies: QueueDependencies, ticketId: string): Promise<TicketChange> {
  return await changeTicket(dependencies, ticketId, 'resume', async ({ transaction, segment, ticket }) => {
    const counter = await counterOf(transaction, segment);
    await transaction.execute('SELECT id FROM counter WHERE id = ? FOR UPDATE', [counter.id]);
    if (await counterIsBusy(transaction, counter.id, segment.id))
      throw new DomainError(ErrorCode.COUNTER_BUSY);
    segment.status = statusAfter('resume', segment.status);
    return {
      type: HallEventType.TICKET_RESUMED,
      data: callData(segment, ticket, segment.service.getEntity(), counter),
    };
  });
}

/** The ticket an access code opens, or NOT_FOUND. */
async function segmentForAccessCode(transaction: EntityManager, accessCode: string): Promise<Segment> {
  const code = accessCode.trim();
  if (code.length < 16 || code.length > 64) throw notFound();
  const ticket = await transaction.findOne(Ticket, { accessCode: code });
  if (!ticket) throw notFound();
  return await lockCurrentSegment(transaction, ticket.id);
}

/** The citizen gives up a waiting ticket. */
export async function cancelTicket(
  dependencies: Omit<QueueDependencies, 'actor'>,
  accessCode: string,
): Promise<TicketChange> {
  const { em, events, clock } = dependencies;
  const now = clock();
  return await inHallTransaction(em, events, now, async (transaction, log) => {
    const segment = await segmentForAccessCode(transaction, accessCode);
    requireTransition(segment, 'cancel');
    segment.status = statusAfter('cancel', segment.status);
    segment.endedAt = now;
    const ticket = segment.ticket.getEntity();
    log.record(segment.hall.id, {
      type: HallEventType.TICKET_CANCELLED,
      ticketId: ticket.id,
      segmentId: segment.id,
      data: { ticketNumber: ticket.number, status: segment.status },
    });
    return { ticket, segment };
  });
}

/** The citizen rates the latest completed, unrated segment (好差评): once, 1–5. */
export async function rateTicket(
  dependencies: Omit<QueueDependencies, 'actor'>,
  accessCode: string,
  score: number,
  comment: string | null,
): Promise<TicketChange> {
  const { em, events, clock } = dependencies;
  const now = clock();
  if (!Number.isInteger(score) || score < 1 || score > 5)
    throw badInput('score', { kind: 'outOfRange', min: 1, max: 5 });
  const validComment = optionalText('comment', comment, 500);
  return await inHallTransaction(em, events, now, async (transaction, log) => {
    const current = await segmentForAccessCode(transaction, accessCode);
    const ticket = current.ticket.getEntity();
    const rows: { id: string }[] = await transaction.execute(
      `SELECT s.id FROM segment s WHERE s.ticket_id = ? AND s.status = 'DONE'
         AND NOT EXISTS (SELECT 1 FROM rating r WHERE r.segment_id = s.id)
       ORDER BY s.ordinal DESC LIMIT 1`,
      [ticket.id],
    );
    const segmentId = rows[0]?.id;
    if (!segmentId) throw invalidTransition(current.status);
    transaction.create(Rating, {
      hall: current.hall,
      ticket,
      segment: segmentId,
      score,
      comment: validComment,
      createdAt: now,
    });
    // The database trigger copies the score to the segment; the loaded entity learns it here.
    const rated = await transaction.findOne(Segment, segmentId);
    if (rated) rated.ratingScore = score;
    log.record(current.hall.id, {
      type: HallEventType.TICKET_RATED,
      ticketId: ticket.id,
      segmentId,
      data: { ticketNumber: ticket.number },
    });
    return { ticket, segment: current };
  });
}
