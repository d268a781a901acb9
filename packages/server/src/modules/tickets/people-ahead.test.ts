import { PriorityClass } from '@onestop/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../common/seeded-random.js';
import { createHallFixture, type HallFixture } from '../../../test/support/hall-fixture.js';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';
import { orderForService, type QueueEntry } from './queue-order.js';
import { peopleAheadOf } from './queue-readings.js';

// The people-ahead figure a kiosk prints is counted in SQL before the new segment is written, and
// a waiting ticket's is counted afterwards (row-wise comparisons in the call order); both must agree
// with its place in the queue as the pure call-order function sorts it, whatever the priorities,
// ties and ageing.

let testApp: TestApp;
let fixture: HallFixture;
beforeAll(async () => {
  testApp = await startTestApp();
  fixture = await createHallFixture(testApp, { serviceCount: 1, counterCount: 1 });
});
afterAll(async () => {
  await testApp?.close();
});

describe('people ahead of a new ticket', () => {
  it('agrees with its place in the call order, for priorities, equal times and overdue tickets', async () => {
    const random = seededRandom(7);
    for (let index = 0; index < 40; index += 1) {
      // Often the same instant (ties broken by id), sometimes past the 20-minute target (ageing).
      const step = random();
      testApp.clock.advance(step < 0.3 ? 0 : step < 0.9 ? 30_000 : 25 * 60_000);
      const priority = random() < 0.3 ? PriorityClass.PRIORITY : PriorityClass.NORMAL;
      const result = await testApp.graphql<{
        issueTicket: { peopleAhead: number; ticket: { segments: { id: string }[] } };
      }>(
        'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { peopleAhead ticket { segments { id } } } }',
        { input: { hallId: fixture.hall.id, serviceId: fixture.services[0]!.id, priority } },
        { token: fixture.tokens.kiosk },
      );
      expect(result.errors).toBeUndefined();
      const { peopleAhead, ticket } = result.data!.issueTicket;
      const waiting = await testApp.app.orm.em
        .fork()
        .execute<
          { id: string; service_id: string; priority: PriorityClass; queued_at: Date; target: number }[]
        >(
          `SELECT s.id, s.service_id, s.priority, s.queued_at, sv.target_wait_minutes AS target
         FROM segment s JOIN service sv ON sv.id = s.service_id
         WHERE s.service_id = ? AND s.status = 'WAITING'`,
          [fixture.services[0]!.id],
        );
      const entries: QueueEntry[] = waiting.map((row) => ({
        segmentId: row.id,
        serviceId: row.service_id,
        priority: row.priority,
        queuedAt: new Date(row.queued_at),
        targetWaitMinutes: row.target,
      }));
      const order = orderForService(entries, testApp.clock.now()).map((entry) => entry.segmentId);
      const expected = order.indexOf(ticket.segments[0]!.id);
      expect(expected, 'the new segment waits').toBeGreaterThanOrEqual(0);
      expect(peopleAhead, `ticket ${index + 1} (${priority}) as issued`).toBe(expected);
      const place = await peopleAheadOf(
        testApp.app.orm.em.fork(),
        ticket.segments[0]!.id,
        testApp.clock.now(),
      );
      expect(place, `ticket ${index + 1} (${priority}) once written`).toBe(expected);
    }
  });
});
