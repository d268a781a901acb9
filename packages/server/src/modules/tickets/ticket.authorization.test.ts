import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HallFixture } from '../../../test/support/hall-fixture.js';
import type { GraphQLResponse, TestApp } from '../../../test/support/test-app.js';
import {
  expectRefusedIn,
  issue,
  q,
  staffOperations,
  storedState,
  startTicketInputApp,
  type ReadyRows,
  type Refusal,
  type Variables,
} from '../../../test/support/ticket-input-fixture.js';

/*
 * Authorization at the queue engine's API: what display and kiosk tokens, no token and an unknown
 * token may not do, and what the citizen does with the access code alone. Every refusal is checked
 * to have written nothing: row counts of the queue tables and a digest of every segment and
 * counter row. Bad input: ticket.input.test.ts.
 */

let testApp: TestApp;
let hall1: HallFixture;
let hall2: HallFixture;
let ready: ReadyRows;
beforeAll(async () => {
  ({ testApp, hall1, hall2, ready } = await startTicketInputApp());
});
afterAll(async () => {
  await testApp?.close();
});

/** Runs `operation`, expects exactly the refusal, no data, and nothing written. */
const expectRefused = (operation: () => Promise<GraphQLResponse>, refusal: Refusal) =>
  expectRefusedIn(testApp, operation, refusal);

function call(query: string, variables: Record<string, unknown>, token: string | null = hall1.tokens.clerk) {
  return () => testApp.graphql(query, variables, { token });
}

describe('authorization', () => {
  const ownHall = staffOperations(
    () => ({ counterId: ready.freeCounter1, ticketId: ready.called1.id }),
    () => hall1.services[1]!.id,
  );
  const issueOwn = (): Variables => ({ input: { hallId: hall1.hall.id, serviceId: hall1.services[0]!.id } });
  const callTicketOwn = (): Variables => ({
    counterId: ready.freeCounter1,
    ticketId: ready.waiting1.id,
    reason: 'vip',
  });

  it.each([
    ...ownHall,
    ['callTicket', q.callTicket, callTicketOwn],
    ['issueTicket', q.issueTicket, issueOwn],
  ] as [string, string, () => Variables][])(
    'a DISPLAY token: %s → FORBIDDEN',
    async (_name, query, variables) => {
      await expectRefused(call(query, variables(), hall1.tokens.display), { code: 'FORBIDDEN' });
    },
  );

  it.each([...ownHall, ['callTicket', q.callTicket, callTicketOwn]] as [string, string, () => Variables][])(
    'a KIOSK token: %s → FORBIDDEN',
    async (_name, query, variables) => {
      await expectRefused(call(query, variables(), hall1.tokens.kiosk), { code: 'FORBIDDEN' });
    },
  );

  it('a KIOSK issues a ticket for its own hall, on the KIOSK channel', async () => {
    const before = await storedState(testApp);
    const result = await testApp.graphql<{ issueTicket: { ticket: { status: string; channel: string } } }>(
      q.issueTicket,
      { input: { ...(issueOwn().input as object), channel: 'STAFF' } },
      { token: hall1.tokens.kiosk },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.issueTicket.ticket).toMatchObject({ status: 'WAITING', channel: 'KIOSK' });
    const after = await storedState(testApp);
    expect([after.ticket, after.segment, after.hall_event]).toEqual([
      (before.ticket as number) + 1,
      (before.segment as number) + 1,
      (before.hall_event as number) + 1,
    ]);
  });

  it('a KIOSK cannot issue for another hall → FORBIDDEN', async () => {
    await expectRefused(
      call(
        q.issueTicket,
        { input: { hallId: hall2.hall.id, serviceId: hall2.services[0]!.id } },
        hall1.tokens.kiosk,
      ),
      { code: 'FORBIDDEN' },
    );
  });

  const withoutToken = [
    ...ownHall,
    ['callTicket', q.callTicket, callTicketOwn],
    ['issueTicket', q.issueTicket, issueOwn],
    ['ticket', q.ticket, () => ({ id: ready.called1.id })],
    ['queue', q.queue, () => ({ hallId: hall1.hall.id })],
    ['counterQueue', q.counterQueue, () => ({ counterId: ready.freeCounter1 })],
  ] as [string, string, () => Variables][];

  it.each(withoutToken)('no token: %s → UNAUTHENTICATED', async (_name, query, variables) => {
    await expectRefused(call(query, variables(), null), { code: 'UNAUTHENTICATED' });
  });

  it.each(withoutToken)('an unknown token: %s → UNAUTHENTICATED', async (_name, query, variables) => {
    await expectRefused(call(query, variables(), 'not-a-real-token'), { code: 'UNAUTHENTICATED' });
  });

  it('the citizen follows, cancels and rates with the access code alone, no token', async () => {
    const mine = await testApp.graphql<{ myTicket: { id: string; status: string } }>(q.myTicket, {
      code: ready.waiting1.accessCode,
    });
    expect(mine.data!.myTicket).toMatchObject({ id: ready.waiting1.id, status: 'WAITING' });

    const fresh = await issue(testApp, hall1);
    const cancelled = await testApp.graphql<{ cancelTicket: { status: string } }>(q.cancelTicket, {
      code: fresh.accessCode,
    });
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data!.cancelTicket.status).toBe('CANCELLED');

    const rated = await testApp.graphql<{ rateTicket: { rating: number } }>(q.rateTicket, {
      code: ready.done1.accessCode,
      score: 4,
      comment: 'x'.repeat(500),
    });
    expect(rated.errors).toBeUndefined();
    expect(rated.data!.rateTicket.rating).toBe(4);
  });
});
