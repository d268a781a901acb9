import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ErrorCode,
  issuingAt,
  PriorityClass,
  remoteJoinSettingsOf,
  Role,
  serviceDayOf,
  TicketChannel,
  TicketStatus,
  type CalendarException,
  type CalendarRules,
  type RemoteJoinSettings,
  type WeeklyHours,
} from '@onestop/shared';
import { badInput, DomainError, notFound } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { optionalText } from '../../common/validation.js';
import { runSql, sql, sqlText } from '../../db/sql.js';
import { appendedEventMessage } from '../../realtime/hall-transaction.js';
import { requireHall, requireRight } from '../auth/access.js';
import { calendarRulesAround } from '../calendar/calendar.service.js';
import { findCurrentView } from './current-segment.js';
import { ensurePastDaysExpired, pastDaysAreExpired } from './day-rollover.service.js';
import { issuedEvent, issueStatement, type IssuedRow, type NewTicket } from './issue-ticket.sql.js';
import {
  estimateInputsFrom,
  estimateReadingsSql,
  peopleAheadOf,
  peopleAheadOfNewSql,
  type EstimateReadingsRow,
} from './queue-readings.js';
import { isUniqueViolation, staffIdOf, type QueueDependencies } from './ticket-engine.js';
import { ticketViewFromRow } from './ticket-view.js';
import type { IssueTicketInput, TicketView } from './ticket.types.js';
import { estimateWait, withinOpeningHours, type WaitEstimateRange } from './wait-estimate.js';

/** The longest one-stop route after the first service. */
const maxRouteLength = 5;

/** The unique constraint that lets an idempotency key issue one ticket per hall. */
const idempotencyConstraint = 'ticket_idempotency_unique';

function newAccessCode(): string {
  // 144 random bits, URL-safe: printed as a QR code and typed into /t/:accessCode.
  return randomBytes(18).toString('base64url');
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
  hall_active: boolean;
  hall_hours: WeeklyHours[];
  /** The hall's exceptions from yesterday to a week ahead: enough to decide and to estimate. */
  exceptions: CalendarException[];
  /** Null when the id names no service of this hall. */
  service: {
    id: string;
    prefix: string;
    active: boolean;
    daily_quota: number | null;
    target_wait_minutes: number;
    prior_service_minutes: number;
    weekly_hours: WeeklyHours[];
    last_issue_minutes_before_close: number;
    remote_join_settings: Partial<RemoteJoinSettings> | null;
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
  segment: { id: string; priority: PriorityClass; queuedAt: Date },
  now: Date,
): Promise<IssueSetting | null> {
  const today = sql`(${now}::timestamptz AT TIME ZONE h.timezone)::date`;
  const [row] = await runSql<IssueSetting>(
    em,
    sql`SELECT h.timezone, h.active AS hall_active, h.weekly_hours AS hall_hours,
       (SELECT coalesce(json_agg(json_build_object('date', e.date::text, 'periods', e.periods, 'note', e.note)), '[]'::json)
        FROM calendar_exception e WHERE e.hall_id = h.id AND e.date BETWEEN ${today} - 1 AND ${today} + 7) AS exceptions,
       CASE WHEN svc.id IS NULL THEN NULL ELSE json_build_object('id', svc.id, 'prefix', svc.prefix,
         'active', svc.active, 'daily_quota', svc.daily_quota, 'target_wait_minutes', svc.target_wait_minutes,
         'prior_service_minutes', svc.prior_service_minutes, 'weekly_hours', svc.weekly_hours,
         'last_issue_minutes_before_close', svc.last_issue_minutes_before_close,
         'remote_join_settings', svc.remote_join_settings) END AS service,
       (SELECT coalesce(json_agg(json_build_object('id', id, 'active', active)), '[]'::json)
        FROM service WHERE hall_id = h.id AND id = ANY(${request.route.filter(isUuid)}::uuid[])) AS route_services,
       (SELECT id FROM ticket WHERE hall_id = h.id AND idempotency_key = ${request.idempotencyKey}::text)
         AS existing_ticket_id,
       ${estimateReadingsSql(sqlText('svc.id'), today, now, segment.queuedAt)},
       ${peopleAheadOfNewSql(
         {
           id: segment.id,
           hallId: request.hallId,
           serviceId: sqlText('svc.id'),
           serviceDay: today,
           priority: segment.priority,
           queuedAt: segment.queuedAt,
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

/** SERVICE_CLOSED with the next time the service issues, read from a year of the hall's calendar. */
async function closedUntilNextOpening(
  em: EntityManager,
  hallId: string,
  service: { weekly_hours: WeeklyHours[]; last_issue_minutes_before_close: number },
  now: Date,
): Promise<DomainError> {
  const rules = await calendarRulesAround(em, { id: hallId }, { weeklyHours: service.weekly_hours }, now);
  const { opensAt } = issuingAt(rules, now, service.last_issue_minutes_before_close);
  return new DomainError(ErrorCode.SERVICE_CLOSED, { opensAt: opensAt?.toISOString() ?? null });
}

/** The ticket an idempotency key or a check-in already issued, as its first issue answered (people ahead now). */
export async function alreadyIssued(em: EntityManager, ticketId: string, now: Date): Promise<IssueResult> {
  const [issued] = await runSql<{ access_code: string }>(
    em,
    sql`SELECT access_code FROM ticket WHERE id = ${ticketId}::uuid`,
  );
  const ticket = await findCurrentView(em, { ticketId });
  if (!issued || !ticket) throw notFound();
  return {
    ticket,
    accessCode: issued.access_code,
    peopleAhead: ticket.status === TicketStatus.WAITING ? await peopleAheadOf(em, ticket.segmentId, now) : 0,
    estimate: { p50Minutes: ticket.estimate?.p50Minutes ?? 0, p90Minutes: ticket.estimate?.p90Minutes ?? 0 },
  };
}

/**
 * Takes a number for a service: numbering per hall × prefix × service day, atomic, within the
 * quota. Reads what it needs in one statement (the hall, service, route, a retried key, the
 * people ahead and the estimate's readings), then writes the ticket in one (issue-ticket.sql.ts).
 */
export async function issueTicket(
  dependencies: QueueDependencies,
  input: IssueTicketInput,
): Promise<IssueResult> {
  const issued = await issue(dependencies, input, null);
  if (!issued) throw new DomainError(ErrorCode.QUOTA_REACHED);
  return issued;
}

/** A BOOKED appointment checked in at the hall: its ticket waits from the slot's start. */
export interface AppointmentCheckIn {
  appointmentId: string;
  slotStart: Date;
}

/**
 * The ticket of an appointment's check-in (appointments/check-in.service.ts): channel
 * APPOINTMENT, queued at the slot's start, issued whatever the service's last-issue time and
 * daily quota — the seat was promised when it was booked. Null when the appointment is no longer
 * BOOKED (another kiosk checked it in first): nothing is written.
 */
export async function issueAppointmentTicket(
  dependencies: QueueDependencies,
  input: { hallId: string; serviceId: string },
  checkIn: AppointmentCheckIn,
): Promise<IssueResult | null> {
  return await issue(
    dependencies,
    { ...input, priority: PriorityClass.NORMAL, channel: TicketChannel.APPOINTMENT },
    checkIn,
  );
}

/**
 * A remote ticket (remote-join/join-remotely.service.ts): channel ONLINE, queued now, waiting
 * unchecked-in; taken by anyone, the checks of its own rules made by the caller beforehand.
 */
export async function issueRemoteTicket(
  dependencies: QueueDependencies,
  input: { hallId: string; serviceId: string; phone: string; idempotencyKey: string | null },
): Promise<IssueResult> {
  const issued = await issue(
    dependencies,
    { ...input, priority: PriorityClass.NORMAL, channel: TicketChannel.ONLINE },
    null,
    true,
  );
  if (!issued) throw new DomainError(ErrorCode.QUOTA_REACHED);
  return issued;
}

/**
 * Issuing for a kiosk's press, an appointment's check-in or a remote join; null when the
 * statement wrote nothing.
 */
async function issue(
  dependencies: QueueDependencies,
  input: IssueTicketInput,
  checkIn: AppointmentCheckIn | null,
  remote = false,
): Promise<IssueResult | null> {
  const { em, events, clock, actor } = dependencies;
  const now = clock();
  const queuedAt = checkIn?.slotStart ?? now;
  // A remote join needs no login: its caller has checked its own rules.
  const principal = remote ? null : requireRight(actor, 'issueTicket');
  if (!isUuid(input.hallId)) throw notFound();
  const route = input.route ?? [];
  const priority = input.priority ?? PriorityClass.NORMAL;
  const segmentId = randomUUID();
  const lookupKey = typeof input.idempotencyKey === 'string' ? input.idempotencyKey.trim() || null : null;
  const setting = await readIssueSetting(
    em,
    { hallId: input.hallId, serviceId: input.serviceId, route, idempotencyKey: lookupKey },
    { id: segmentId, priority, queuedAt },
    now,
  );
  if (!setting) throw notFound();
  if (!remote) await requireHall(actor, input.hallId, 'issueTicket');
  const idempotencyKey = optionalText('idempotencyKey', input.idempotencyKey, 100);
  const phone = optionalText('phone', input.phone, 32);
  if (phone !== null && !/^\+?[0-9 -]{3,32}$/.test(phone)) throw badInput('phone', { kind: 'notAllowed' });
  // An appointment's ticket comes only from its check-in, which links the two.
  if (!checkIn && input.channel === TicketChannel.APPOINTMENT)
    throw badInput('channel', { kind: 'notAllowed' });
  const channel = checkIn
    ? TicketChannel.APPOINTMENT
    : remote
      ? TicketChannel.ONLINE
      : principal?.role === Role.KIOSK
        ? TicketChannel.KIOSK
        : (input.channel ?? TicketChannel.STAFF);
  if (idempotencyKey && setting.existing_ticket_id)
    return await alreadyIssued(em, setting.existing_ticket_id, now);

  const service = setting.service;
  if (!service) throw badInput('serviceId', { kind: 'unknown' });
  if (!service.active || !setting.hall_active) throw new DomainError(ErrorCode.SERVICE_CLOSED);
  const calendar: CalendarRules = {
    timeZone: setting.timezone,
    hallHours: setting.hall_hours,
    serviceHours: service.weekly_hours,
    exceptions: setting.exceptions,
  };
  if (!checkIn && !issuingAt(calendar, now, service.last_issue_minutes_before_close).issuing) {
    throw await closedUntilNextOpening(em, input.hallId, service, now);
  }
  const routeServiceIds = validRoute(service.id, route, setting.route_services);

  const serviceDay = serviceDayOf(now, setting.timezone);
  if (!pastDaysAreExpired(input.hallId, serviceDay)) {
    // The first issue of a day: the readings may count yesterday's leftovers, so read after the expiry.
    await ensurePastDaysExpired(em, events, input.hallId, serviceDay, now);
    return await issue(dependencies, input, checkIn, remote);
  }
  const peopleAhead = setting.ahead;
  const estimate = withinOpeningHours(
    calendar,
    now,
    estimateWait({
      ...estimateInputsFrom(setting, service.prior_service_minutes),
      peopleAhead,
      awaitingCheckIn: remote
        ? { checkInAhead: remoteJoinSettingsOf(service.remote_join_settings).checkInAhead }
        : null,
    }),
  );
  const ticket: NewTicket = {
    ticketId: randomUUID(),
    segmentId,
    hallId: input.hallId,
    serviceId: service.id,
    serviceDay,
    prefix: service.prefix,
    dailyQuota: checkIn ? null : service.daily_quota,
    priority,
    channel,
    accessCode: newAccessCode(),
    idempotencyKey,
    phone,
    route: routeServiceIds,
    now,
    queuedAt,
    appointmentId: checkIn?.appointmentId ?? null,
    awaitingCheckIn: remote,
    estimate,
    // Kept for walk-ins queued now: a remote ticket waits for its citizen too, an appointment from its slot.
    peopleAheadAtQueue: remote || queuedAt.getTime() !== now.getTime() ? null : peopleAhead,
    staffId: staffIdOf(actor),
  };
  let issued: IssuedRow | undefined;
  try {
    [issued] = await runSql<IssuedRow>(em, issueStatement(ticket));
  } catch (error) {
    // A retry of the same key racing the first: the first one's ticket is the answer.
    if (idempotencyKey && isUniqueViolation(error, idempotencyConstraint)) {
      const [existing] = await runSql<{ id: string }>(
        em,
        sql`SELECT id FROM ticket WHERE hall_id = ${input.hallId}::uuid AND idempotency_key = ${idempotencyKey}::text`,
      );
      if (existing) return await alreadyIssued(em, existing.id, now);
    }
    throw error;
  }
  if (!issued) return null;
  events.publish([appendedEventMessage(issuedEvent(ticket), issued)]);
  return {
    // What the statement wrote, as a row of the one view: no read back.
    ticket: ticketViewFromRow({
      ticket_id: ticket.ticketId,
      hall_id: ticket.hallId,
      service_id: ticket.serviceId,
      counter_id: null,
      segment_id: segmentId,
      service_day: serviceDay,
      route: routeServiceIds,
      number: issued.number,
      status: TicketStatus.WAITING,
      priority,
      channel,
      issued_at: now,
      queued_at: queuedAt,
      called_at: null,
      serving_at: null,
      ended_at: null,
      recall_count: 0,
      estimate_p50_minutes: estimate.p50Minutes,
      estimate_p90_minutes: estimate.p90Minutes,
      awaiting_check_in: remote,
    }),
    accessCode: ticket.accessCode,
    peopleAhead,
    estimate,
  };
}
