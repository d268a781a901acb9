import { CounterStatus, TicketStatus } from '@onestop/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLResponse } from '../../../test/support/test-app.js';
import {
  expectRefused,
  mutations,
  succeeded,
  TicketDesk,
  type CounterData,
  type TicketData,
} from '../../../test/support/ticket-desk.js';

/*
 * The counter status × operation matrix of docs/domain.md, and what a counter's state allows of the
 * tickets it calls, over the GraphQL API against real PostgreSQL: every cell works on its own
 * counter and checks either the new state or the refusal with nothing written. The tickets'
 * matrix is in tickets/ticket.transitions.test.ts.
 */

let desk: TicketDesk;
beforeAll(async () => {
  // A fresh counter for each cell and each other test: 21.
  desk = await TicketDesk.start(30);
});
afterAll(async () => {
  await desk?.close();
});

const counterOperations = ['openCounter', 'pauseCounter', 'resumeCounter', 'closeCounter'] as const;
type CounterOperation = (typeof counterOperations)[number];

const counterLegal: Record<CounterOperation, Partial<Record<CounterStatus, CounterStatus>>> = {
  openCounter: { CLOSED: CounterStatus.OPEN },
  pauseCounter: { OPEN: CounterStatus.PAUSED },
  resumeCounter: { PAUSED: CounterStatus.OPEN },
  closeCounter: { OPEN: CounterStatus.CLOSED, PAUSED: CounterStatus.CLOSED },
};

const counterCells = Object.values(CounterStatus).flatMap((start) =>
  counterOperations.map((operation) => ({
    start,
    operation,
    outcome: counterLegal[operation][start] ?? ('INVALID_TRANSITION' as const),
  })),
);

async function counterOperation(
  operation: CounterOperation,
  counterId: string,
  reason = 'lunch break',
): Promise<GraphQLResponse<Record<string, CounterData>>> {
  return await desk.staff(
    mutations[operation],
    operation === 'pauseCounter' ? { counterId, reason } : { counterId },
  );
}

/** A fresh counter of the main hall (they start OPEN) moved to `status` through the API. */
async function buildCounter(status: CounterStatus): Promise<string> {
  const counterId = desk.freshCounter();
  if (status === CounterStatus.CLOSED)
    succeeded(await counterOperation('closeCounter', counterId), 'closeCounter');
  if (status === CounterStatus.PAUSED)
    succeeded(await counterOperation('pauseCounter', counterId), 'pauseCounter');
  return counterId;
}

describe('counter status × operation', () => {
  it.each(counterCells)('$start × $operation → $outcome', async ({ start, operation, outcome }) => {
    const counterId = await buildCounter(start);
    const before = await desk.snapshot(null, [counterId]);
    const result = await counterOperation(operation, counterId, 'document check');

    if (outcome === 'INVALID_TRANSITION') {
      expectRefused(result, 'INVALID_TRANSITION', start);
      expect(await desk.snapshot(null, [counterId])).toEqual(before);
      return;
    }
    const counter = succeeded(result, operation);
    expect(counter).toEqual({
      id: counterId,
      status: outcome,
      pauseReason: outcome === CounterStatus.PAUSED ? 'document check' : null,
    });
    expect((await desk.snapshot(null, [])).events.count).toBe(before.events.count + 1);
  });

  it.each([CounterStatus.CLOSED, CounterStatus.PAUSED])(
    'callNext at a %s counter is COUNTER_NOT_OPEN, with a ticket waiting',
    async (status) => {
      const waiting = await desk.issue();
      const counterId = await buildCounter(status);
      const before = await desk.snapshot(waiting.id, [counterId]);
      expectRefused(await desk.staff(mutations.callNext, { counterId }), 'COUNTER_NOT_OPEN');
      expect(await desk.snapshot(waiting.id, [counterId])).toEqual(before);
    },
  );

  it.each([TicketStatus.CALLED, TicketStatus.SERVING] as const)(
    'callNext at a counter holding a %s ticket is COUNTER_BUSY',
    async (status) => {
      const held = await desk.buildTicket(status);
      const waiting = await desk.issue();
      const before = [await desk.snapshot(held.id, [held.counterId]), await desk.snapshot(waiting.id, [])];
      expectRefused(await desk.staff(mutations.callNext, { counterId: held.counterId }), 'COUNTER_BUSY');
      expect([await desk.snapshot(held.id, [held.counterId]), await desk.snapshot(waiting.id, [])]).toEqual(
        before,
      );
    },
  );

  it('callTicket at a counter holding a CALLED ticket is COUNTER_BUSY', async () => {
    const held = await desk.buildTicket(TicketStatus.CALLED);
    const waiting = await desk.issue();
    const before = await desk.snapshot(waiting.id, [held.counterId]);
    expectRefused(
      await desk.staff(mutations.callTicket, { counterId: held.counterId, ticketId: waiting.id }),
      'COUNTER_BUSY',
    );
    expect(await desk.snapshot(waiting.id, [held.counterId])).toEqual(before);
  });

  it('callNext with nothing waiting answers null and writes nothing', async () => {
    const counterId = desk.quietHall.counters[0]!.id;
    const before = await desk.snapshot(null, [counterId], desk.quietHall.hall.id);
    const result = await desk.testApp.graphql<{ callNext: TicketData | null }>(
      mutations.callNext,
      { counterId },
      { token: desk.quietHall.tokens.clerk },
    );
    expect(succeeded(result, 'callNext')).toBeNull();
    expect(await desk.snapshot(null, [counterId], desk.quietHall.hall.id)).toEqual(before);
  });

  it.each([TicketStatus.CALLED, TicketStatus.SERVING] as const)(
    'closeCounter while holding a %s ticket is COUNTER_BUSY',
    async (status) => {
      const held = await desk.buildTicket(status);
      const before = await desk.snapshot(held.id, [held.counterId]);
      expectRefused(await counterOperation('closeCounter', held.counterId), 'COUNTER_BUSY');
      expect(await desk.snapshot(held.id, [held.counterId])).toEqual(before);
    },
  );

  it('closes a counter whose tickets are only PARKED', async () => {
    const parked = await desk.buildTicket(TicketStatus.PARKED);
    const closed = succeeded(await counterOperation('closeCounter', parked.counterId), 'closeCounter');
    expect(closed.status).toBe(CounterStatus.CLOSED);
  });

  it('resumeTicket while its counter holds another CALLED ticket is COUNTER_BUSY', async () => {
    const parked = await desk.buildTicket(TicketStatus.PARKED);
    const other = await desk.issue();
    await desk.callTicketAt(parked.counterId, other.id);
    const before = [await desk.snapshot(parked.id, [parked.counterId]), await desk.snapshot(other.id, [])];
    expectRefused(await desk.staff(mutations.resumeTicket, { ticketId: parked.id }), 'COUNTER_BUSY');
    expect([await desk.snapshot(parked.id, [parked.counterId]), await desk.snapshot(other.id, [])]).toEqual(
      before,
    );

    // Once the counter is free again, the parked ticket resumes there.
    await desk.ticketOperation('completeTicket', other.id);
    const resumed = await desk.ticketOperation('resumeTicket', parked.id);
    expect(resumed).toMatchObject({ status: TicketStatus.CALLED, counter: { id: parked.counterId } });
  });
});
