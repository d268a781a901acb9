import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AlertKind,
  CounterStatus,
  HallEventType,
  localizedName,
  TicketChannel,
  TicketStatus,
  translate,
  type Locale,
} from '@onestop/shared';
import { compareLabels } from '../../common/labels.js';
import { runSql, sql } from '../../db/sql.js';
import { Counter } from '../counters/counter.entity.js';
import { Device } from '../devices/device.entity.js';
import { isDeviceOnline } from '../devices/device.service.js';
import { Hall } from '../halls/hall.entity.js';
import type { HallEventData } from '../../realtime/events.js';
import { HallEventRecord } from '../halls/hall-event.entity.js';
import { Segment } from '../tickets/segment.entity.js';
import { Service } from '../services/service.entity.js';
import { estimateForService } from '../tickets/queue-readings.js';
import { isOpenAt, lastClosingBefore, serviceDayOf } from '@onestop/shared';
import { calendarRulesAround } from '../calendar/calendar.service.js';
import { currentCheckInCode, minuteOf } from '../remote-join/check-in-code.js';
import { Alert, Board, Call, CounterState, HallStatus, ServiceQueue } from './board.types.js';

/** How many calls a board lists. */
const recentCallCount = 10;

/** A call as displays show it, from the data its event carries. */
export function callFromEvent(
  seq: number,
  type: HallEventType,
  ticketId: string | null,
  counterId: string | null,
  data: HallEventData,
): Call | null {
  const isCall =
    type === HallEventType.TICKET_CALLED ||
    type === HallEventType.TICKET_RECALLED ||
    type === HallEventType.TICKET_RESUMED;
  if (!isCall || !ticketId || !counterId || !data.ticketNumber || !data.serviceId || !data.counterLabel)
    return null;
  return Object.assign(new Call(), {
    seq,
    ticketId,
    ticketNumber: data.ticketNumber,
    serviceId: data.serviceId,
    serviceName: data.serviceName ?? '',
    counterId,
    counterLabel: data.counterLabel,
    calledAt: new Date(data.calledAt ?? Date.now()),
    recallCount: data.recallCount ?? 0,
  });
}

/** Everything a wall display shows, as of now. Public: no personal data. */
export async function buildBoard(em: EntityManager, hallId: string, now: Date): Promise<Board> {
  const hall = await em.findOneOrFail(Hall, hallId, { refresh: true });
  const today = serviceDayOf(now, hall.timezone);
  const services = await em.find(Service, { hall: hallId, active: true }, { orderBy: { prefix: 'asc' } });
  const waitingRows = await runSql<{
    service_id: string;
    waiting: number;
    remote_waiting: number;
    remote_checked_in: number;
    oldest: string | null;
  }>(
    em,
    sql`SELECT s.service_id, count(*) FILTER (WHERE NOT s.awaiting_check_in)::int AS waiting,
       count(*) FILTER (WHERE s.awaiting_check_in)::int AS remote_waiting,
       count(*) FILTER (WHERE NOT s.awaiting_check_in AND t.channel = ${TicketChannel.ONLINE}::text)::int
         AS remote_checked_in,
       min(s.queued_at) FILTER (WHERE NOT s.awaiting_check_in) AS oldest
     FROM segment s JOIN ticket t ON t.id = s.ticket_id
     WHERE s.hall_id = ${hallId}::uuid AND s.service_day = ${today}::date AND s.status = 'WAITING'
     GROUP BY s.service_id`,
  );
  const waitingByService = new Map(waitingRows.map((row) => [row.service_id, row]));
  const queues: ServiceQueue[] = [];
  for (const service of services) {
    const row = waitingByService.get(service.id);
    const waiting = row?.waiting ?? 0;
    queues.push(
      Object.assign(new ServiceQueue(), {
        service,
        waiting,
        remoteWaiting: row?.remote_waiting ?? 0,
        remoteCheckedIn: row?.remote_checked_in ?? 0,
        estimate: await estimateForService(em, service, waiting, today, now),
        oldestQueuedAt: row?.oldest ? new Date(row.oldest) : null,
      }),
    );
  }

  const callEvents = await em.find(
    HallEventRecord,
    {
      hall: hallId,
      type: {
        $in: [HallEventType.TICKET_CALLED, HallEventType.TICKET_RECALLED, HallEventType.TICKET_RESUMED],
      },
      at: { $gte: new Date(now.getTime() - 24 * 3600 * 1000) },
    },
    { orderBy: { seq: 'desc' }, limit: recentCallCount },
  );
  const recentCalls = callEvents
    .map((event) => callFromEvent(event.seq, event.type, event.ticketId, event.counterId, event.data))
    .filter((call): call is Call => call !== null);

  const counters = (await em.find(Counter, { hall: hallId })).sort((left, right) =>
    compareLabels(left.label, right.label),
  );
  const current = await em.find(
    Segment,
    { hall: hallId, status: { $in: [TicketStatus.CALLED, TicketStatus.SERVING] } },
    { populate: ['ticket'] },
  );
  const numberByCounter = new Map(
    current
      .filter((segment) => segment.counter)
      .map((segment) => [segment.counter!.id, segment.ticket.getEntity().number]),
  );
  // The wall shows the check-in QR only while someone can use it.
  const showsCheckInCode = queues.some((queue) => queue.remoteWaiting > 0);
  return Object.assign(new Board(), {
    hallId,
    checkInCode: showsCheckInCode ? currentCheckInCode(hall.checkInSecret, now) : null,
    checkInCodeMinute: showsCheckInCode ? minuteOf(now) : null,
    seq: hall.lastEventSeq,
    at: now,
    queues,
    recentCalls,
    counters: counters.map((counter) =>
      Object.assign(new CounterState(), {
        counter,
        status: counter.status,
        ticketNumber: numberByCounter.get(counter.id) ?? null,
      }),
    ),
  });
}

/** A counter OPEN without a workstation for this long raises COUNTER_UNATTENDED (a reload is no alert). */
export const unattendedAfterSeconds = 60;

/** Where the status learns which counters a workstation follows. */
export interface CounterAttendance {
  unfollowedSince(counterId: string): Date | null;
}

/** A service whose queue is at its alert length, and since when: its threshold-th oldest queued then. */
interface LongQueue {
  service_id: string;
  threshold_reached_at: string;
}

/**
 * What a manager watches: the board, counters, devices and the alerts they raise. Every alert's
 * `since` is when its condition became true (as far as the data tells), so the same alert keeps
 * the same `since` from one push to the next:
 * - QUEUE_LONG: the service's waiting count reached its `queueAlertThreshold` — since the
 *   threshold-th oldest waiting ticket queued;
 * - WAIT_OVER_TARGET: the oldest waiting ticket of a service passed the service's target;
 * - NO_OPEN_COUNTER: a service has waiting tickets and no OPEN counter serves it — since its
 *   oldest waiting ticket queued;
 * - DEVICE_OFFLINE: no heartbeat for 90 s — since the last one;
 * - WAITING_AFTER_HOURS: a service's calendar is closed while tickets still wait — since it closed
 *   (or since the oldest queued, when that came later);
 * - COUNTER_UNATTENDED: a counter is OPEN and no workstation has followed it for 60 s — since
 *   the last one left.
 */
export async function buildHallStatus(
  em: EntityManager,
  hallId: string,
  now: Date,
  locale: Locale,
  attendance: CounterAttendance,
): Promise<HallStatus> {
  const board = await buildBoard(em, hallId, now);
  const hall = await em.findOneOrFail(Hall, hallId);
  const devices = await em.find(Device, { hall: hallId, revokedAt: null }, { orderBy: { name: 'asc' } });
  const counters = board.counters.map((state) => state.counter);
  const alerts: Alert[] = [];
  const alert = (
    fields: Partial<Alert> & Pick<Alert, 'kind' | 'since'>,
    values: Record<string, string | number>,
  ): Alert =>
    Object.assign(new Alert(), {
      service: null,
      counter: null,
      device: null,
      message: translate(locale, `console.alert.${fields.kind}`, values),
      ...fields,
    });

  const today = serviceDayOf(now, hall.timezone);
  // The board knows each queue's length and oldest ticket; only the threshold's moment is asked here.
  const longQueues = await runSql<LongQueue>(
    em,
    sql`SELECT s.service_id,
            (array_agg(s.queued_at ORDER BY s.queued_at))[sv.queue_alert_threshold] AS threshold_reached_at
     FROM segment s JOIN service sv ON sv.id = s.service_id
     WHERE s.hall_id = ${hallId}::uuid AND s.service_day = ${today}::date AND s.status = 'WAITING'
     GROUP BY s.service_id, sv.queue_alert_threshold
     HAVING count(*) >= sv.queue_alert_threshold`,
  );
  const servedByOpenCounter = await runSql<{ service_id: string }>(
    em,
    sql`SELECT DISTINCT cs.service_id FROM counter_service cs JOIN counter c ON c.id = cs.counter_id
     WHERE c.hall_id = ${hallId}::uuid AND c.status = 'OPEN'`,
  );
  const openServiceIds = new Set(servedByOpenCounter.map((row) => row.service_id));

  for (const queue of board.queues) {
    const service = queue.service;
    const serviceName = localizedName(service, locale);
    const oldestQueuedAt = queue.oldestQueuedAt;
    if (!oldestQueuedAt) continue;
    const longQueue = longQueues.find((row) => row.service_id === service.id);
    if (longQueue) {
      alerts.push(
        alert(
          { kind: AlertKind.QUEUE_LONG, since: new Date(longQueue.threshold_reached_at), service },
          { service: serviceName, waiting: queue.waiting, threshold: service.queueAlertThreshold },
        ),
      );
    }
    const overdueSince = new Date(oldestQueuedAt.getTime() + service.targetWaitMinutes * 60_000);
    if (overdueSince < now) {
      alerts.push(
        alert(
          { kind: AlertKind.WAIT_OVER_TARGET, since: overdueSince, service },
          { service: serviceName, minutes: service.targetWaitMinutes },
        ),
      );
    }
    const rules = await calendarRulesAround(em, { id: hallId }, service, now);
    if (!isOpenAt(rules, now)) {
      const closedAt = lastClosingBefore(rules, now);
      alerts.push(
        alert(
          {
            kind: AlertKind.WAITING_AFTER_HOURS,
            since: closedAt && closedAt > oldestQueuedAt ? closedAt : oldestQueuedAt,
            service,
          },
          { service: serviceName, waiting: queue.waiting },
        ),
      );
    }
    if (!openServiceIds.has(service.id)) {
      alerts.push(
        alert({ kind: AlertKind.NO_OPEN_COUNTER, since: oldestQueuedAt, service }, { service: serviceName }),
      );
    }
  }
  for (const counter of counters) {
    const unfollowedSince = attendance.unfollowedSince(counter.id);
    if (
      counter.status === CounterStatus.OPEN &&
      unfollowedSince !== null &&
      now.getTime() - unfollowedSince.getTime() >= unattendedAfterSeconds * 1000
    ) {
      alerts.push(
        alert(
          { kind: AlertKind.COUNTER_UNATTENDED, since: unfollowedSince, counter },
          { counter: counter.label },
        ),
      );
    }
  }
  for (const device of devices) {
    if (!isDeviceOnline(device, now)) {
      alerts.push(
        alert(
          { kind: AlertKind.DEVICE_OFFLINE, since: device.lastSeenAt ?? device.createdAt, device },
          { device: device.name },
        ),
      );
    }
  }
  return Object.assign(new HallStatus(), { hallId, seq: board.seq, board, counters, devices, alerts });
}

/**
 * What of a status a manager would see change without any hall event: the alerts (kind, subject,
 * since) and which devices are online. Periodic re-checks push only when this differs.
 */
export function hallStatusSignature(status: HallStatus): string {
  return JSON.stringify({
    seq: status.seq,
    alerts: status.alerts.map((each) => [
      each.kind,
      each.service?.id ?? each.counter?.id ?? each.device?.id ?? null,
      each.since.getTime(),
    ]),
    online: status.devices.map((device) => [device.id, isDeviceOnline(device, status.board.at)]),
  });
}
