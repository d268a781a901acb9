import type { EntityManager } from '@mikro-orm/postgresql';
import { AlertKind, CounterStatus, HallEventType, Role, TicketStatus, type Locale } from '@onestop/shared';
import { compareLabels } from '../../common/labels.js';
import { Counter } from '../counters/counter.entity.js';
import { Device } from '../devices/device.entity.js';
import { isDeviceOnline } from '../devices/device.service.js';
import { Hall } from '../halls/hall.entity.js';
import { HallEventRecord, type HallEventData } from '../../realtime/hall-event.entity.js';
import { Segment } from '../tickets/segment.entity.js';
import { Service } from '../services/service.entity.js';
import { estimateForService } from '../tickets/ticket.service.js';
import { serviceDayOf } from '../tickets/service-day.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { Alert, Board, Call, CounterState, HallStatus, ServiceQueue } from './board.types.js';

/** How many calls a board lists. */
export const recentCallCount = 10;

/** Roles that see a hall's board (and its events). */
export const boardReaders: readonly Role[] = [Role.ADMIN, Role.MANAGER, Role.CLERK, Role.KIOSK, Role.DISPLAY];

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
  const waitingRows: { service_id: string; waiting: number }[] = await em.execute(
    `SELECT service_id, count(*)::int AS waiting FROM segment
     WHERE hall_id = ? AND service_day = ? AND status = 'WAITING' GROUP BY service_id`,
    [hallId, today],
  );
  const waitingByService = new Map(waitingRows.map((row) => [row.service_id, row.waiting]));
  const queues: ServiceQueue[] = [];
  for (const service of services) {
    const waiting = waitingByService.get(service.id) ?? 0;
    queues.push(
      Object.assign(new ServiceQueue(), {
        service,
        waiting,
        estimate: await estimateForService(em, service, waiting),
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
  return Object.assign(new Board(), {
    hallId,
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

/** Waiting this many or more in one service raises QUEUE_LONG. */
export const longQueueThreshold = 30;

/** What a manager watches: the board, counters, devices and the alerts they raise. */
export async function buildHallStatus(
  em: EntityManager,
  hallId: string,
  now: Date,
  locale: Locale,
): Promise<HallStatus> {
  const board = await buildBoard(em, hallId, now);
  const hall = await em.findOneOrFail(Hall, hallId);
  const devices = await em.find(Device, { hall: hallId, revokedAt: null }, { orderBy: { name: 'asc' } });
  const counters = board.counters.map((state) => state.counter);
  const alerts: Alert[] = [];
  const zh = locale === 'zh-CN';
  const alert = (fields: Partial<Alert> & Pick<Alert, 'kind' | 'message' | 'since'>): Alert =>
    Object.assign(new Alert(), { service: null, counter: null, device: null, ...fields });

  const hasWaiting = board.queues.some((queue) => queue.waiting > 0);
  if (hasWaiting && !counters.some((counter) => counter.status === CounterStatus.OPEN)) {
    alerts.push(
      alert({
        kind: AlertKind.NO_OPEN_COUNTER,
        message: zh ? '有人排队，但没有开放的窗口' : 'Citizens wait but no counter is open',
        since: now,
      }),
    );
  }
  const today = serviceDayOf(now, hall.timezone);
  const oldest: { service_id: string; queued_at: Date }[] = await em.execute(
    `SELECT service_id, min(queued_at) AS queued_at FROM segment
     WHERE hall_id = ? AND service_day = ? AND status = 'WAITING' GROUP BY service_id`,
    [hallId, today],
  );
  for (const queue of board.queues) {
    if (queue.waiting >= longQueueThreshold) {
      alerts.push(
        alert({
          kind: AlertKind.QUEUE_LONG,
          message: zh
            ? `${queue.service.name}：${queue.waiting} 人等候`
            : `${queue.service.nameEn ?? queue.service.name}: ${queue.waiting} waiting`,
          since: now,
          service: queue.service,
        }),
      );
    }
    const first = oldest.find((row) => row.service_id === queue.service.id);
    const overdueSince = first
      ? new Date(new Date(first.queued_at).getTime() + queue.service.targetWaitMinutes * 60_000)
      : null;
    if (overdueSince && overdueSince < now) {
      alerts.push(
        alert({
          kind: AlertKind.WAIT_OVER_TARGET,
          message: zh
            ? `${queue.service.name}：等候超过 ${queue.service.targetWaitMinutes} 分钟目标`
            : `${queue.service.nameEn ?? queue.service.name}: waiting past the ${queue.service.targetWaitMinutes}-minute target`,
          since: overdueSince,
          service: queue.service,
        }),
      );
    }
  }
  for (const device of devices) {
    if (!isDeviceOnline(device, now)) {
      alerts.push(
        alert({
          kind: AlertKind.DEVICE_OFFLINE,
          message: zh ? `${device.name} 离线` : `${device.name} is offline`,
          since: device.lastSeenAt ?? device.createdAt,
          device,
        }),
      );
    }
  }
  return Object.assign(new HallStatus(), { hallId, seq: board.seq, board, counters, devices, alerts });
}

/** Tickets a subscriber of `myTicketUpdated` follows: its view is rebuilt on each hall change. */
export async function ticketIdForAccessCode(
  em: EntityManager,
  accessCode: string,
): Promise<{ id: string; hallId: string } | null> {
  const code = accessCode.trim();
  if (code.length < 16 || code.length > 64) return null;
  const ticket = await em.findOne(Ticket, { accessCode: code });
  return ticket ? { id: ticket.id, hallId: ticket.hall.id } : null;
}
