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
import { runSql, sql, sqlText, timestampOf, type SqlFragment } from '../../db/sql.js';
import type { HallEventBus } from '../../realtime/event-bus.js';
import type { HallEventData } from '../../realtime/hall-event.entity.js';
import {
  appendedEventMessage,
  inHallTransaction,
  type HallEventLog,
  type StatementEvent,
} from '../../realtime/hall-transaction.js';
import { requireHall, requireRole, type Actor } from '../auth/access.js';
import { Counter } from '../counters/counter.entity.js';
import { Rating } from '../ratings/rating.entity.js';
import type { Service } from '../services/service.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { serviceCallOrderKeySql } from './queue-sql.js';
import { Segment } from './segment.entity.js';
import { serviceDayOf } from '@onestop/shared';
import { activeStatuses, canApply, type TicketOperation } from '@onestop/shared';
import {
  callNextStatement,
  calledEvent,
  claimCandidatesPerQueue,
  counterHoldingIndex,
  currentSegmentSql,
  estimateInputsFrom,
  estimateReadingsSql,
  issuedEvent,
  issueStatement,
  peopleAheadOfNewSql,
  serviceReadingsSql,
  ticketViewFromRow,
  transitionStatement,
  type CalledRow,
  type CurrentSegmentRow,
  type EstimateReadingsRow,
  type IssuedRow,
  type NewSegmentKey,
  type NewTicket,
  type NextCall,
  type OpenedSegment,
  type ServiceReadings,
  type TicketViewRow,
  type TransitionRow,
} from './ticket-statements.js';
import { toTicketView } from './ticket-views.js';
import { Ticket } from './ticket.entity.js';
import { TicketView, type IssueTicketInput } from './ticket.types.js';
import { estimateWait, type EstimateInputs, type WaitEstimateRange } from './wait-estimate.js';

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
  hallId: string,
  today: string,
  now: Date,
): Promise<void> {
  if (pastDaysExpiredBefore.get(hallId) === today) return;
  log.afterCommit.push(() => pastDaysExpiredBefore.set(hallId, today));
  const expired: { id: string; ticket_id: string; status: string }[] = await em.execute(
    `UPDATE segment SET status = 'EXPIRED', ended_at = ?
     WHERE hall_id = ? AND service_day < ? AND status IN ('WAITING', 'CALLED', 'SERVING', 'PARKED')
     RETURNING id, ticket_id, status`,
    [now, hallId, today],
  );
  for (const row of expired) {
    log.record(hallId, {
      type: HallEventType.TICKET_EXPIRED,
      ticketId: row.ticket_id,
      segmentId: row.id,
      data: { status: TicketStatus.EXPIRED },
    });
  }
}

/** {@link expirePastDays} in a transaction of its own, before a single-statement write of `today`. */
async function ensurePastDaysExpired(
  em: EntityManager,
  events: HallEventBus,
  hallId: string,
  today: string,
  now: Date,
): Promise<void> {
  if (pastDaysExpiredBefore.get(hallId) === today) return;
  await inHallTransaction(em, events, now, async (transaction, log) => {
    await expirePastDays(transaction, log, hallId, today, now);
  });
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

/** The recent service times of a service and the OPEN counters that serve it today. */
export async function estimateInputsFor(
  em: EntityManager,
  service: { id: string; priorServiceMinutes: number },
  serviceDay: string,
  now: Date,
): Promise<EstimateInputs> {
  const [row] = await runSql<EstimateReadingsRow>(
    em,
    sql`SELECT ${estimateReadingsSql(service.id, serviceDay, now)}`,
  );
  return estimateInputsFrom(row!, service.priorServiceMinutes);
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
  const rows = await runSql<{ ahead: number }>(
    em,
    sql`SELECT count(*)::int AS ahead
     FROM segment me JOIN service msv ON msv.id = me.service_id, segment s
     WHERE me.id = ${segmentId}::uuid AND s.hall_id = me.hall_id AND s.service_day = me.service_day
       AND s.service_id = me.service_id AND s.status = 'WAITING'
       AND ${serviceCallOrderKeySql(now, sqlText('msv.target_wait_minutes'))}
         < ROW(NOT (me.queued_at + make_interval(mins => msv.target_wait_minutes) < ${now}::timestamptz),
               me.priority <> 'PRIORITY', me.queued_at, me.id)`,
  );
  return rows[0]?.ahead ?? 0;
}

/** Who is ahead of a segment about to join its queue, and what its service's estimate reads. */
async function queueReadings(
  em: EntityManager,
  segment: NewSegmentKey,
  priorServiceMinutes: number,
  now: Date,
): Promise<{ peopleAhead: number; inputs: EstimateInputs }> {
  const [row] = await runSql<EstimateReadingsRow & { ahead: number }>(
    em,
    sql`SELECT ${estimateReadingsSql(segment.serviceId, segment.serviceDay, now)},
               ${peopleAheadOfNewSql(segment, now)} AS ahead`,
  );
  return { peopleAhead: row!.ahead, inputs: estimateInputsFrom(row!, priorServiceMinutes) };
}

export interface IssueResult {
  ticket: TicketView;
  accessCode: string;
  peopleAhead: number;
  estimate: WaitEstimateRange;
}

/**
 * What issuing reads before it writes: the hall, the service, the route's services, a retried
 * key, and — for the new segment — the people ahead of it and the estimate's readings.
 */
interface IssueSetting extends EstimateReadingsRow {
  timezone: string;
  /** Null when the id names no service of this hall. */
  service: {
    id: string;
    prefix: string;
    active: boolean;
    daily_quota: number | null;
    target_wait_minutes: number;
    prior_service_minutes: number;
  } | null;
  route_services: { id: string; active: boolean }[];
  existing_ticket_id: string | null;
  ahead: number;
}

/**
 * One statement for everything issuing reads. The queue's readings need the hall's service day
 * before this statement has told us the hall's timezone, so here PostgreSQL works it out from the
 * same timezone name (its tz database and Node's agree for every hall's zone); the ticket's own
 * service day is still computed by serviceDayOf for the write.
 */
async function readIssueSetting(
  em: EntityManager,
  request: { hallId: string; serviceId: string; route: readonly string[]; idempotencyKey: string | null },
  segment: { id: string; priority: PriorityClass },
  now: Date,
): Promise<IssueSetting | null> {
  const today = sql`(${now}::timestamptz AT TIME ZONE h.timezone)::date`;
  const [row] = await runSql<IssueSetting>(
    em,
    sql`SELECT h.timezone,
       CASE WHEN svc.id IS NULL THEN NULL ELSE json_build_object('id', svc.id, 'prefix', svc.prefix,
         'active', svc.active, 'daily_quota', svc.daily_quota, 'target_wait_minutes', svc.target_wait_minutes,
         'prior_service_minutes', svc.prior_service_minutes) END AS service,
       (SELECT coalesce(json_agg(json_build_object('id', id, 'active', active)), '[]'::json)
        FROM service WHERE hall_id = h.id AND id = ANY(${request.route.filter(isUuid)}::uuid[])) AS route_services,
       (SELECT id FROM ticket WHERE hall_id = h.id AND idempotency_key = ${request.idempotencyKey}::text)
         AS existing_ticket_id,
       ${estimateReadingsSql(sqlText('svc.id'), today, now)},
       ${peopleAheadOfNewSql(
         {
           id: segment.id,
           hallId: request.hallId,
           serviceId: sqlText('svc.id'),
           serviceDay: today,
           priority: segment.priority,
           queuedAt: now,
           targetWaitMinutes: sqlText('svc.target_wait_minutes'),
         },
         now,
       )} AS ahead
     FROM hall h LEFT JOIN service svc ON svc.id = ${isUuid(request.serviceId) ? request.serviceId : null}::uuid
       AND svc.hall_id = h.id
     WHERE h.id = ${request.hallId}::uuid`,
  );
  return row ?? null;
}

/** The route's services in order; refuses a long, repeating, unknown or closed route. */
function validRoute(
  serviceId: string,
  route: readonly string[],
  found: IssueSetting['route_services'],
): string[] {
  if (route.length > maxRouteLength)
    throw badInput('route', { kind: 'outOfRange', min: 0, max: maxRouteLength });
  const ids = [serviceId, ...route];
  if (new Set(ids).size !== ids.length) throw badInput('route', { kind: 'duplicate' });
  if (route.some((id) => !isUuid(id))) throw badInput('route', { kind: 'unknown' });
  if (found.length !== route.length) throw badInput('route', { kind: 'unknown' });
  if (found.some((service) => !service.active)) throw new DomainError(ErrorCode.SERVICE_CLOSED);
  return [...route];
}

/** The ticket an idempotency key already issued, as its first issue answered (people ahead now). */
async function alreadyIssued(em: EntityManager, ticketId: string, now: Date): Promise<IssueResult> {
  const ticket = await em.findOneOrFail(Ticket, ticketId);
  const segment = await em.findOneOrFail(Segment, { ticket: ticket.id }, { orderBy: { ordinal: 'desc' } });
  return {
    ticket: toTicketView(ticket, segment),
    accessCode: ticket.accessCode,
    peopleAhead: segment.status === TicketStatus.WAITING ? await peopleAheadOf(em, segment.id, now) : 0,
    estimate: { p50Minutes: segment.estimateP50Minutes ?? 0, p90Minutes: segment.estimateP90Minutes ?? 0 },
  };
}

/** True for PostgreSQL's refusal of a second ticket with one idempotency key in a hall. */
function isRepeatedIdempotencyKey(error: unknown): boolean {
  const cause = error as { code?: unknown; constraint?: unknown; message?: unknown };
  return (
    (cause.code === '23505' || cause.code === 23505) &&
    (cause.constraint === 'ticket_idempotency_unique' ||
      String(cause.message).includes('ticket_idempotency_unique'))
  );
}

/**
 * Takes a number for a service: numbering per hall × prefix × service day, atomic, within the
 * quota. Reads what it needs in two statements (the hall, service and route; then the people
 * ahead and the estimate's readings), then writes the ticket in one (see ticket-statements.ts).
 */
export async function issueTicket(
  dependencies: QueueDependencies,
  input: IssueTicketInput,
): Promise<IssueResult> {
  const { em, events, clock, actor } = dependencies;
  const now = clock();
  const principal = requireRole(actor, ticketIssuers);
  if (!isUuid(input.hallId)) throw notFound();
  const route = input.route ?? [];
  const priority = input.priority ?? PriorityClass.NORMAL;
  const segmentId = randomUUID();
  const lookupKey = typeof input.idempotencyKey === 'string' ? input.idempotencyKey.trim() || null : null;
  const setting = await readIssueSetting(
    em,
    { hallId: input.hallId, serviceId: input.serviceId, route, idempotencyKey: lookupKey },
    { id: segmentId, priority },
    now,
  );
  if (!setting) throw notFound();
  await requireHall(actor, input.hallId, ticketIssuers);
  const idempotencyKey = optionalText('idempotencyKey', input.idempotencyKey, 100);
  const phone = optionalText('phone', input.phone, 32);
  if (phone !== null && !/^\+?[0-9 -]{3,32}$/.test(phone)) throw badInput('phone', { kind: 'notAllowed' });
  const channel =
    principal.role === Role.KIOSK ? TicketChannel.KIOSK : (input.channel ?? TicketChannel.STAFF);
  if (idempotencyKey && setting.existing_ticket_id)
    return await alreadyIssued(em, setting.existing_ticket_id, now);

  const service = setting.service;
  if (!service) throw badInput('serviceId', { kind: 'unknown' });
  if (!service.active) throw new DomainError(ErrorCode.SERVICE_CLOSED);
  const routeServiceIds = validRoute(service.id, route, setting.route_services);

  const serviceDay = serviceDayOf(now, setting.timezone);
  if (pastDaysExpiredBefore.get(input.hallId) !== serviceDay) {
    // The first issue of a day: the readings may count yesterday's leftovers, so read after the expiry.
    await ensurePastDaysExpired(em, events, input.hallId, serviceDay, now);
    return await issueTicket(dependencies, input);
  }
  const peopleAhead = setting.ahead;
  const estimate = estimateWait({
    ...estimateInputsFrom(setting, service.prior_service_minutes),
    peopleAhead,
  });
  const ticketId = randomUUID();
  const ticket: NewTicket = {
    ticketId,
    segmentId,
    hallId: input.hallId,
    serviceId: service.id,
    serviceDay,
    prefix: service.prefix,
    dailyQuota: service.daily_quota,
    priority,
    channel,
    accessCode: newAccessCode(),
    idempotencyKey,
    phone,
    route: routeServiceIds,
    now,
    estimate,
    staffId: staffIdOf(actor),
  };
  let issued: IssuedRow | undefined;
  try {
    [issued] = await runSql<IssuedRow>(em, issueStatement(ticket));
  } catch (error) {
    // A retry of the same key racing the first: the first one's ticket is the answer.
    if (idempotencyKey && isRepeatedIdempotencyKey(error)) {
      const [existing] = await runSql<{ id: string }>(
        em,
        sql`SELECT id FROM ticket WHERE hall_id = ${input.hallId}::uuid AND idempotency_key = ${idempotencyKey}::text`,
      );
      if (existing) return await alreadyIssued(em, existing.id, now);
    }
    throw error;
  }
  if (!issued) throw new DomainError(ErrorCode.QUOTA_REACHED);
  events.publish([appendedEventMessage(issuedEvent(ticket), issued)]);
  return {
    ticket: Object.assign(new TicketView(), {
      id: ticketId,
      hallId: input.hallId,
      serviceId: service.id,
      counterId: null,
      segmentId,
      serviceDay,
      routeServiceIds,
      number: issued.number,
      status: TicketStatus.WAITING,
      priority,
      channel,
      issuedAt: now,
      queuedAt: now,
      calledAt: null,
      servingAt: null,
      endedAt: null,
      recallCount: 0,
      estimate,
    }),
    accessCode: ticket.accessCode,
    peopleAhead,
    estimate,
  };
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
    await expirePastDays(transaction, log, hall.id, serviceDayOf(now, hall.timezone), now);
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
  segment.status = TicketStatus.CALLED;
  segment.calledAt ??= now;
  segment.counter = transaction.getReference(Counter, counter.id, { wrapped: true });
  const staffId = staffIdOf(actor);
  segment.staff = staffId ? transaction.getReference(Staff, staffId, { wrapped: true }) : null;
}

/** What a call at a counter reads before it writes. */
interface CounterSetting {
  hall_id: string;
  status: CounterStatus;
  timezone: string;
}

async function readCounterSetting(em: EntityManager, counterId: string): Promise<CounterSetting | null> {
  if (!isUuid(counterId)) return null;
  const [row] = await runSql<CounterSetting>(
    em,
    sql`SELECT c.hall_id, c.status, h.timezone FROM counter c JOIN hall h ON h.id = c.hall_id
        WHERE c.id = ${counterId}::uuid`,
  );
  return row ?? null;
}

/** True for PostgreSQL's refusal of a second CALLED or SERVING ticket at one counter. */
function isCounterAlreadyHolding(error: unknown): boolean {
  const cause = error as { code?: unknown; constraint?: unknown; message?: unknown };
  return (
    (cause.code === '23505' || cause.code === 23505) &&
    (cause.constraint === counterHoldingIndex || String(cause.message).includes(counterHoldingIndex))
  );
}

/**
 * The next ticket by the call rules, or null when none waits: one read of the counter, then one
 * statement that claims, calls and appends the event (ticket-statements.ts says how it stays right
 * under concurrency).
 */
export async function callNext(
  dependencies: QueueDependencies,
  counterId: string,
): Promise<TicketView | null> {
  const { em, events, clock, actor } = dependencies;
  const now = clock();
  requireRole(actor, counterOperators);
  const counter = await readCounterSetting(em, counterId);
  if (!counter) throw notFound();
  await requireHall(actor, counter.hall_id, counterOperators);
  if (counter.status !== CounterStatus.OPEN) throw new DomainError(ErrorCode.COUNTER_NOT_OPEN);
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
    if (isCounterAlreadyHolding(error)) throw new DomainError(ErrorCode.COUNTER_BUSY);
    throw error;
  }
  if (!row) throw notFound();
  if (row.counter_status !== CounterStatus.OPEN) throw new DomainError(ErrorCode.COUNTER_NOT_OPEN);
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
    return toTicketView(ticket, segment);
  });
}

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

/** Who may operate on a ticket: staff of its hall, or the citizen holding its access code. */
type TicketAccess = { kind: 'staff' } | { kind: 'citizen'; accessCode: string };

/** How often an operation reads again after the segment changed between its read and its write. */
const maxTransitionAttempts = 5;

/**
 * Runs one operation on a ticket's current segment: reads it, checks the caller, the day and the
 * lifecycle, lets `plan` decide the change, and applies it in one statement that changes the
 * segment only if it is still as read (another clerk's change in between means reading again, and
 * a refusal then names the status it found). The event is published after that statement.
 */
async function transitionTicket(
  dependencies: Omit<QueueDependencies, 'actor'> & { actor: Actor | null },
  ticketId: string | null,
  access: TicketAccess,
  operation: TicketOperation,
  plan: (current: CurrentSegmentRow, now: Date) => Promise<TransitionPlan> | TransitionPlan,
): Promise<TicketView> {
  const { em, events, clock, actor } = dependencies;
  const now = clock();
  for (let attempt = 1; attempt <= maxTransitionAttempts; attempt += 1) {
    const current = await readCurrentSegment(em, ticketId, access);
    if (!current) throw notFound();
    if (actor) await requireHall(actor, current.hall_id, counterOperators);
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
      staffId: actor ? staffIdOf(actor) : null,
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
      if (isCounterAlreadyHolding(error)) throw new DomainError(ErrorCode.COUNTER_BUSY);
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
  throw new Error(`ticket ${ticketId ?? '(by access code)'} kept changing under ${operation}`);
}

/** The ticket's current segment, by id (staff) or by access code (citizen); undefined for none. */
async function readCurrentSegment(
  em: EntityManager,
  ticketId: string | null,
  access: TicketAccess,
): Promise<CurrentSegmentRow | undefined> {
  if (access.kind === 'citizen') {
    const code = access.accessCode.trim();
    if (code.length < 16 || code.length > 64) return undefined;
    const [row] = await runSql<CurrentSegmentRow>(em, currentSegmentSql(sql`t.access_code = ${code}::text`));
    return row;
  }
  if (!ticketId || !isUuid(ticketId)) return undefined;
  const [row] = await runSql<CurrentSegmentRow>(em, currentSegmentSql(sql`t.id = ${ticketId}::uuid`));
  return row;
}

/** A clerk's operation on a ticket of their hall. */
async function clerkTransition(
  dependencies: QueueDependencies,
  ticketId: string,
  operation: TicketOperation,
  plan: (current: CurrentSegmentRow, now: Date) => Promise<TransitionPlan> | TransitionPlan,
): Promise<TicketView> {
  requireRole(dependencies.actor, counterOperators);
  return await transitionTicket(dependencies, ticketId, { kind: 'staff' }, operation, plan);
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
    null,
    { kind: 'citizen', accessCode },
    'cancel',
    (_current, now) => ({
      type: HallEventType.TICKET_CANCELLED,
      set: sql`status = ${TicketStatus.CANCELLED}::text, ended_at = ${now}::timestamptz`,
      statusAfter: TicketStatus.CANCELLED,
    }),
  );
}

/** The ticket an access code opens, or NOT_FOUND. */
async function segmentForAccessCode(transaction: EntityManager, accessCode: string): Promise<Segment> {
  const code = accessCode.trim();
  if (code.length < 16 || code.length > 64) throw notFound();
  const ticket = await transaction.findOne(Ticket, { accessCode: code });
  if (!ticket) throw notFound();
  return await lockCurrentSegment(transaction, ticket.id);
}

/** The citizen rates the latest completed, unrated segment (好差评): once, 1–5. */
export async function rateTicket(
  dependencies: Omit<QueueDependencies, 'actor'>,
  accessCode: string,
  score: number,
  comment: string | null,
): Promise<TicketView> {
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
    return toTicketView(ticket, current);
  });
}
