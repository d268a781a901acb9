import { PriorityClass, TicketChannel, TicketStatus } from '@onestop/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHallFixture, type HallFixture } from '../../../test/support/hall-fixture.js';
import { seededRandom } from '../../common/seeded-random.js';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';
import { CounterService } from '../counters/counter.entity.js';
import { orderForCounter, orderForService, peopleAheadIn, type QueueEntry } from './queue-order.js';
import { Segment } from './segment.entity.js';
import { serviceDayOf } from '@onestop/shared';
import { Ticket } from './ticket.entity.js';

// The pure call order and the SQL that claims tickets must agree on every queue: compared on
// many random ones, with few distinct values per key so that ties reach the later keys.
let testApp: TestApp;
let fixture: HallFixture;
beforeAll(async () => {
  testApp = await startTestApp();
  fixture = await createHallFixture(testApp, { serviceCount: 3, counterCount: 1, openCounters: true });
  // Different targets per service, so ageing differs between queues.
  const em = testApp.app.orm.em.fork();
  await em.nativeUpdate('Service', { id: fixture.services[1]!.id }, { targetWaitMinutes: 5 });
  await em.nativeUpdate('Service', { id: fixture.services[2]!.id }, { targetWaitMinutes: 40 });
  await em.nativeDelete(CounterService, { counter: fixture.counters[0]!.id });
  fixture.services.forEach((service, index) =>
    em.create(CounterService, {
      counter: fixture.counters[0]!.id,
      service: service.id,
      rank: [2, 1, 3][index]!,
    }),
  );
  await em.flush();
});
afterAll(async () => {
  await testApp?.close();
});

const targets = [20, 5, 40];
const ranks = [2, 1, 3];

async function writeRandomQueue(seed: number, maxSize = 40): Promise<QueueEntry[]> {
  const random = seededRandom(seed);
  const pick = <T>(choices: readonly T[]): T => choices[Math.floor(random() * choices.length)]!;
  const em = testApp.app.orm.em.fork();
  await em.execute('DELETE FROM ticket WHERE hall_id = ?', [fixture.hall.id]);
  const now = testApp.clock.now();
  const today = serviceDayOf(now, fixture.hall.timezone);
  const entries: QueueEntry[] = [];
  const size = 1 + Math.floor(random() * maxSize);
  for (let index = 0; index < size; index += 1) {
    const serviceIndex = pick([0, 1, 2]);
    const service = fixture.services[serviceIndex]!;
    const priority = pick([PriorityClass.NORMAL, PriorityClass.PRIORITY]);
    // One in four is an appointment, queued at its slot's start: up to 30 minutes ahead when it
    // checked in early, behind now when it came late (docs/domain.md, "Appointments").
    const appointment = random() < 0.25;
    const minutesBefore = appointment ? pick([-30, -20, -10, 0, 10, 15]) : pick([0, 3, 5, 10, 20, 30, 45]);
    // One in six of the others joined remotely and is not checked in: it keeps its place in the
    // service's line but no counter calls it (docs/domain.md, "Remote join").
    const remote = !appointment && random() < 1 / 6;
    const queuedAt = new Date(now.getTime() - minutesBefore * 60_000);
    const ticket = em.create(Ticket, {
      hall: fixture.hall.id,
      serviceDay: today,
      prefix: service.prefix,
      sequence: seed * 1000 + index,
      number: `${service.prefix}${index}`,
      priority,
      channel: appointment ? TicketChannel.APPOINTMENT : remote ? TicketChannel.ONLINE : TicketChannel.KIOSK,
      accessCode: `code-${seed}-${index}-xxxxxxxxxxxx`,
      issuedAt: appointment ? now : queuedAt,
    });
    const segment = em.create(Segment, {
      ticket,
      ordinal: 1,
      hall: fixture.hall.id,
      serviceDay: today,
      priority,
      service: service.id,
      status: pick([TicketStatus.WAITING, TicketStatus.WAITING, TicketStatus.WAITING, TicketStatus.DONE]),
      queuedAt,
      awaitingCheckIn: remote,
    });
    if (segment.status === TicketStatus.WAITING) {
      entries.push({
        segmentId: segment.id,
        serviceId: service.id,
        priority,
        queuedAt,
        targetWaitMinutes: targets[serviceIndex]!,
        checkedIn: !remote,
      });
    }
  }
  await em.flush();
  return entries;
}

const rankByService = () => new Map(fixture.services.map((service, index) => [service.id, ranks[index]!]));

// Queues of up to 40, and a few of up to 400: longer than the head callNext looks at in each queue.
const queues = [
  ...Array.from({ length: 40 }, (_, index) => ({ seed: index + 1, maxSize: 40 })),
  ...Array.from({ length: 4 }, (_, index) => ({ seed: index + 41, maxSize: 400 })),
];

describe('the call order: pure function and SQL', () => {
  it.each(queues)('agree on random queue $seed (up to $maxSize)', async ({ seed, maxSize }) => {
    const entries = await writeRandomQueue(seed, maxSize);
    const now = testApp.clock.now();
    const segmentToTicket = new Map(
      (
        await testApp.app.orm.em
          .fork()
          .execute<{ id: string; ticket_id: string }[]>(
            'SELECT id, ticket_id FROM segment WHERE hall_id = ?',
            [fixture.hall.id],
          )
      ).map((row) => [row.id, row.ticket_id]),
    );
    const expectedForCounter = orderForCounter(entries, rankByService(), now).map((entry) =>
      segmentToTicket.get(entry.segmentId),
    );
    const counterQueue = await testApp.graphql<{ counterQueue: { id: string }[] }>(
      'query($counterId: ID!) { counterQueue(counterId: $counterId, limit: 200) { id } }',
      { counterId: fixture.counters[0]!.id },
      { token: fixture.tokens.clerk },
    );
    // The first 200 (the most counterQueue returns), read from the heads of the queues.
    expect(counterQueue.data!.counterQueue.map((ticket) => ticket.id)).toEqual(
      expectedForCounter.slice(0, 200),
    );

    for (const service of fixture.services) {
      const expected = orderForService(
        entries.filter((entry) => entry.serviceId === service.id),
        now,
      ).map((entry) => segmentToTicket.get(entry.segmentId));
      const serviceQueue = await testApp.graphql<{ queue: { id: string }[] }>(
        'query($hallId: ID!, $serviceId: ID) { queue(hallId: $hallId, serviceId: $serviceId) { id } }',
        { hallId: fixture.hall.id, serviceId: service.id },
        { token: fixture.tokens.clerk },
      );
      expect(serviceQueue.data!.queue.map((ticket) => ticket.id)).toEqual(expected);

      // Each waiting ticket's position: the callable ones ahead of it, as the pure count says.
      const serviceEntries = entries.filter((entry) => entry.serviceId === service.id);
      for (const entry of serviceEntries.slice(0, 8)) {
        const ticketId = segmentToTicket.get(entry.segmentId)!;
        const read = await testApp.graphql<{ ticket: { position: number | null } }>(
          'query($id: ID!) { ticket(id: $id) { position } }',
          { id: ticketId },
          { token: fixture.tokens.clerk },
        );
        expect(read.data!.ticket.position).toBe(peopleAheadIn(serviceEntries, entry, now));
      }
    }

    // And callNext claims the head of that order.
    if (expectedForCounter.length > 0) {
      const called = await testApp.graphql<{ callNext: { id: string } }>(
        'mutation($counterId: ID!) { callNext(counterId: $counterId) { id } }',
        { counterId: fixture.counters[0]!.id },
        { token: fixture.tokens.clerk },
      );
      expect(called.data!.callNext.id).toBe(expectedForCounter[0]);
      await testApp.app.orm.em
        .fork()
        .execute("UPDATE segment SET status = 'DONE' WHERE hall_id = ? AND status = 'CALLED'", [
          fixture.hall.id,
        ]);
    }
  });
});

describe('callNext when the heads of the queues are claimed by others', () => {
  it('still calls the next one waiting behind them', async () => {
    await writeRandomQueue(99, 1);
    const em = testApp.app.orm.em.fork();
    await em.execute('DELETE FROM ticket WHERE hall_id = ?', [fixture.hall.id]);
    const now = testApp.clock.now();
    const today = serviceDayOf(now, fixture.hall.timezone);
    // 70 NORMAL tickets of the counter's rank-1 service, a minute apart, none past its target.
    const service = fixture.services[1]!;
    const segments: Segment[] = [];
    for (let index = 0; index < 70; index += 1) {
      const queuedAt = new Date(now.getTime() - (70 - index) * 1000);
      const ticket = em.create(Ticket, {
        hall: fixture.hall.id,
        serviceDay: today,
        prefix: service.prefix,
        sequence: 9000 + index,
        number: `${service.prefix}${9000 + index}`,
        priority: PriorityClass.NORMAL,
        channel: TicketChannel.KIOSK,
        accessCode: `code-head-${index}-xxxxxxxxxxxx`,
        issuedAt: queuedAt,
      });
      segments.push(
        em.create(Segment, {
          ticket,
          ordinal: 1,
          hall: fixture.hall.id,
          serviceDay: today,
          priority: PriorityClass.NORMAL,
          service: service.id,
          status: TicketStatus.WAITING,
          queuedAt,
        }),
      );
    }
    await em.flush();

    // Another transaction holds the first 64 (as 64 claims in flight would).
    const holder = testApp.app.orm.em.fork();
    await holder.begin();
    try {
      await holder.execute('SELECT id FROM segment WHERE id = ANY(?::uuid[]) FOR UPDATE', [
        `{${segments
          .slice(0, 64)
          .map((segment) => segment.id)
          .join(',')}}`,
      ]);
      const called = await testApp.graphql<{ callNext: { id: string } | null }>(
        'mutation($counterId: ID!) { callNext(counterId: $counterId) { id } }',
        { counterId: fixture.counters[0]!.id },
        { token: fixture.tokens.clerk },
      );
      expect(called.errors).toBeUndefined();
      expect(called.data!.callNext?.id).toBe(segments[64]!.ticket.id);
    } finally {
      await holder.rollback();
    }
    await em.execute("UPDATE segment SET status = 'DONE' WHERE hall_id = ? AND status = 'CALLED'", [
      fixture.hall.id,
    ]);
  });
});
