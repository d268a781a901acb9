import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHallFixture, type HallFixture } from '../../../test/support/hall-fixture.js';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';

// The promises of the product: no number issued twice, no ticket called by two counters, none skipped.
let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(async () => {
  await testApp?.close();
});

const issueMutation =
  'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { accessCode ticket { id number } } }';

async function issueMany(
  fixture: HallFixture,
  count: number,
  parallel: number,
  serviceIndexOf: (index: number) => number,
) {
  const numbers: string[] = [];
  for (let start = 0; start < count; start += parallel) {
    const batch = Array.from({ length: Math.min(parallel, count - start) }, (_, offset) =>
      testApp.graphql<{ issueTicket: { ticket: { id: string; number: string } } }>(
        issueMutation,
        {
          input: { hallId: fixture.hall.id, serviceId: fixture.services[serviceIndexOf(start + offset)]!.id },
        },
        { token: fixture.tokens.kiosk },
      ),
    );
    for (const result of await Promise.all(batch)) {
      expect(result.errors).toBeUndefined();
      numbers.push(result.data!.issueTicket.ticket.number);
    }
  }
  return numbers;
}

describe('issueTicket under concurrency', () => {
  it('gives 20 concurrent issues of one service 20 distinct, consecutive numbers', async () => {
    const fixture = await createHallFixture(testApp, { serviceCount: 1, counterCount: 1 });
    const numbers = await issueMany(fixture, 20, 20, () => 0);
    expect([...numbers].sort()).toEqual(
      Array.from({ length: 20 }, (_, index) => `A${String(index + 1).padStart(3, '0')}`),
    );
  });

  it('issues one ticket for the same idempotency key sent 5 times at once', async () => {
    const fixture = await createHallFixture(testApp, { serviceCount: 1, counterCount: 1 });
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        testApp.graphql<{ issueTicket: { accessCode: string; ticket: { id: string; number: string } } }>(
          issueMutation,
          {
            input: { hallId: fixture.hall.id, serviceId: fixture.services[0]!.id, idempotencyKey: 'retry-7' },
          },
          { token: fixture.tokens.kiosk },
        ),
      ),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    expect(new Set(results.map((result) => result.data!.issueTicket.ticket.id)).size).toBe(1);
    expect(new Set(results.map((result) => result.data!.issueTicket.accessCode)).size).toBe(1);
    const rows = await testApp.app.orm.em.fork().execute<{ tickets: number; last: number }[]>(
      `SELECT (SELECT count(*)::int FROM ticket WHERE hall_id = ?) AS tickets,
                (SELECT last_number FROM ticket_number_sequence WHERE hall_id = ?) AS last`,
      [fixture.hall.id, fixture.hall.id],
    );
    expect(rows[0]).toEqual({ tickets: 1, last: 1 });
  });
});

describe('callNext under concurrency', () => {
  it(
    'has 50 counters call 500 waiting tickets of 3 services: each exactly once, none left',
    { timeout: 120_000 },
    async () => {
      const fixture = await createHallFixture(testApp, {
        serviceCount: 3,
        counterCount: 50,
        openCounters: true,
      });
      await issueMany(fixture, 500, 25, (index) => index % 3);

      // Each counter calls, completes, calls again, until nothing waits; all 50 at once.
      const log: { ticketId: string; counterId: string }[] = [];
      await Promise.all(
        fixture.counters.map(async (counter) => {
          for (;;) {
            const called = await testApp.graphql<{ callNext: { id: string } | null }>(
              'mutation($counterId: ID!) { callNext(counterId: $counterId) { id } }',
              { counterId: counter.id },
              { token: fixture.tokens.clerk },
            );
            expect(called.errors).toBeUndefined();
            const ticket = called.data!.callNext;
            if (!ticket) return;
            log.push({ ticketId: ticket.id, counterId: counter.id });
            const completed = await testApp.graphql(
              'mutation($id: ID!) { completeTicket(ticketId: $id) { id } }',
              { id: ticket.id },
              { token: fixture.tokens.clerk },
            );
            expect(completed.errors).toBeUndefined();
          }
        }),
      );

      // From the clients' side: 500 calls, 500 different tickets.
      expect(log).toHaveLength(500);
      expect(new Set(log.map((entry) => entry.ticketId)).size).toBe(500);
      // From the database: every segment DONE, called once by the counter the client saw, one event each.
      const rows = await testApp.app.orm.em
        .fork()
        .execute<{ ticket_id: string; counter_id: string; status: string; calls: number }[]>(
          `SELECT s.ticket_id, s.counter_id, s.status,
              (SELECT count(*)::int FROM hall_event e WHERE e.hall_id = s.hall_id AND e.segment_id = s.id AND e.type = 'TICKET_CALLED') AS calls
       FROM segment s WHERE s.hall_id = ?`,
          [fixture.hall.id],
        );
      expect(rows).toHaveLength(500);
      const counterByTicket = new Map(log.map((entry) => [entry.ticketId, entry.counterId]));
      for (const row of rows) {
        expect(row).toMatchObject({
          status: 'DONE',
          calls: 1,
          counter_id: counterByTicket.get(row.ticket_id),
        });
      }
      const seqs = await testApp.app.orm.em
        .fork()
        .execute<{ count: number; max: number }[]>(
          'SELECT count(*)::int AS count, max(seq)::int AS max FROM hall_event WHERE hall_id = ?',
          [fixture.hall.id],
        );
      // 500 issued + 500 called + 500 completed, seqs 1…1500 without a gap.
      expect(seqs[0]).toEqual({ count: 1500, max: 1500 });
    },
  );
});
