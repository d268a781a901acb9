import { PriorityClass } from '@onestop/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../common/seeded-random.js';
import { createHallFixture, type HallFixture } from '../../../test/support/hall-fixture.js';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';
import { peopleAheadOf } from './ticket.service.js';

// The people-ahead figure a kiosk prints is counted before the new segment is written (a row-wise
// comparison in the call order); it must agree with the place the written segment then takes in
// the full call order (a window over the queue), whatever the priorities, ties and ageing.

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
      const place = await peopleAheadOf(
        testApp.app.orm.em.fork(),
        ticket.segments[0]!.id,
        testApp.clock.now(),
      );
      expect(peopleAhead, `ticket ${index + 1} (${priority})`).toBe(place);
    }
  });
});
