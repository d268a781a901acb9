import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually } from '../support/eventually.js';
import { createHallFixture, type HallFixture } from '../support/hall-fixture.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { issueOnce, postGraphQL, type IssueOutcome } from './fault-support.js';
import { startLossyProxy, type LossyProxy } from './lossy-proxy.js';

// A kiosk's issueTicket reached the server, was done, and its answer was lost on the way back.
// The kiosk retries with the same idempotency key: one ticket, one number, one event, whatever
// the timing. (issueTicket is the only mutation of the contract with an idempotency key.)

let testApp: TestApp;
let proxy: LossyProxy;
beforeAll(async () => {
  testApp = await startTestApp();
  proxy = await startLossyProxy(testApp.url);
});
afterAll(async () => {
  await proxy?.close();
  await testApp?.close();
});

/** What the hall's database holds: its tickets, their TICKET_ISSUED events, the last number taken. */
async function effects(
  fixture: HallFixture,
): Promise<{ tickets: string[]; issuedEvents: number; lastNumber: number }> {
  const em = testApp.app.orm.em.fork();
  const tickets = await em.execute<{ id: string }[]>(
    'SELECT id FROM ticket WHERE hall_id = ? ORDER BY sequence',
    [fixture.hall.id],
  );
  const counts = await em.execute<{ issued: number; last: number | null }[]>(
    `SELECT (SELECT count(*)::int FROM hall_event WHERE hall_id = ? AND type = 'TICKET_ISSUED') AS issued,
            (SELECT max(last_number) FROM ticket_number_sequence WHERE hall_id = ?) AS last`,
    [fixture.hall.id, fixture.hall.id],
  );
  return {
    tickets: tickets.map((ticket) => ticket.id),
    issuedEvents: counts[0]!.issued,
    lastNumber: counts[0]!.last ?? 0,
  };
}

function issueThrough(baseUrl: string, fixture: HallFixture, idempotencyKey: string): Promise<IssueOutcome> {
  return issueOnce(baseUrl, fixture.tokens.kiosk, {
    hallId: fixture.hall.id,
    serviceId: fixture.services[0]!.id,
    idempotencyKey,
  });
}

describe('issueTicket whose answer was lost', () => {
  it('retried with the same idempotency key, returns the ticket already issued, and issues no other', async () => {
    const fixture = await createHallFixture(testApp, { serviceCount: 1, counterCount: 1 });
    const droppedBefore = proxy.dropped;
    const lost = await issueThrough(proxy.url, fixture, 'kiosk-1:0001');
    expect(lost.errorCode).toBe('NETWORK');
    expect(proxy.dropped).toBe(droppedBefore + 1);
    // The server did its work: the ticket is there, though the kiosk never heard of it.
    const afterLoss = await effects(fixture);
    expect(afterLoss.tickets).toHaveLength(1);

    const retry = await issueThrough(testApp.url, fixture, 'kiosk-1:0001');
    expect(retry.errorCode).toBeNull();
    expect(retry.ticketId).toBe(afterLoss.tickets[0]);
    expect(retry.number).toBe('A001');
    const again = await issueThrough(testApp.url, fixture, 'kiosk-1:0001');
    expect(again.ticketId).toBe(retry.ticketId);
    expect(await effects(fixture)).toEqual({ tickets: afterLoss.tickets, issuedEvents: 1, lastNumber: 1 });

    // A new key is a new ticket, numbered straight after.
    const next = await issueThrough(testApp.url, fixture, 'kiosk-1:0002');
    expect(next.number).toBe('A002');
  });

  it('retried five times at once, gives all five the same ticket and the same access code', async () => {
    const fixture = await createHallFixture(testApp, { serviceCount: 1, counterCount: 1 });
    const lost = await issueThrough(proxy.url, fixture, 'kiosk-2:0001');
    expect(lost.errorCode).toBe('NETWORK');
    const retries = await Promise.all(
      Array.from({ length: 5 }, () =>
        postGraphQL<{ issueTicket: { accessCode: string; ticket: { id: string } } }>(
          testApp.url,
          'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { accessCode ticket { id } } }',
          {
            input: {
              hallId: fixture.hall.id,
              serviceId: fixture.services[0]!.id,
              idempotencyKey: 'kiosk-2:0001',
            },
          },
          fixture.tokens.kiosk,
        ),
      ),
    );
    const { tickets } = await effects(fixture);
    expect(tickets).toHaveLength(1);
    expect(retries.map((retry) => retry?.data?.issueTicket.ticket.id)).toEqual(Array(5).fill(tickets[0]));
    expect(new Set(retries.map((retry) => retry?.data?.issueTicket.accessCode)).size).toBe(1);
    expect(await effects(fixture)).toEqual({ tickets, issuedEvents: 1, lastNumber: 1 });
  });

  it('retried while the lost original is still on its way, still makes one ticket', async () => {
    const fixture = await createHallFixture(testApp, { serviceCount: 1, counterCount: 1 });
    const droppedBefore = proxy.dropped;
    // Both at once: whichever takes the key's lock first issues, the other finds its ticket.
    const [lost, retry] = await Promise.all([
      issueThrough(proxy.url, fixture, 'kiosk-3:0001'),
      issueThrough(testApp.url, fixture, 'kiosk-3:0001'),
    ]);
    expect(lost.errorCode).toBe('NETWORK');
    expect(retry.errorCode).toBeNull();
    // The original's answer has been written (and swallowed): its transaction is over.
    await expectEventually(() => expect(proxy.dropped).toBe(droppedBefore + 1));
    expect(await effects(fixture)).toEqual({ tickets: [retry.ticketId], issuedEvents: 1, lastNumber: 1 });
  });

  it('retried after the ticket was already called, returns it as it is now instead of issuing again', async () => {
    const fixture = await createHallFixture(testApp, {
      serviceCount: 1,
      counterCount: 1,
      openCounters: true,
    });
    const lost = await issueThrough(proxy.url, fixture, 'kiosk-4:0001');
    expect(lost.errorCode).toBe('NETWORK');
    const called = await testApp.graphql<{ callNext: { id: string; status: string } }>(
      'mutation($counterId: ID!) { callNext(counterId: $counterId) { id status } }',
      { counterId: fixture.counters[0]!.id },
      { token: fixture.tokens.clerk },
    );
    expect(called.data?.callNext.status).toBe('CALLED');

    const retry = await testApp.graphql<{
      issueTicket: { peopleAhead: number; ticket: { id: string; status: string } };
    }>(
      'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { peopleAhead ticket { id status } } }',
      {
        input: {
          hallId: fixture.hall.id,
          serviceId: fixture.services[0]!.id,
          idempotencyKey: 'kiosk-4:0001',
        },
      },
      { token: fixture.tokens.kiosk },
    );
    expect(retry.errors).toBeUndefined();
    expect(retry.data?.issueTicket.ticket).toEqual({ id: called.data!.callNext.id, status: 'CALLED' });
    expect(retry.data?.issueTicket.peopleAhead).toBe(0);
    expect(await effects(fixture)).toEqual({
      tickets: [called.data!.callNext.id],
      issuedEvents: 1,
      lastNumber: 1,
    });
  });
});
