import { TicketStatus, TransferPlacement } from '@onestop/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLResponse } from '../../../test/support/test-app.js';
import {
  currentStatusOf,
  day,
  expectRefused,
  minute,
  ms,
  mutations,
  startStatuses,
  succeeded,
  TicketDesk,
  type BuiltTicket,
  type StartStatus,
  type TicketData,
} from '../../../test/support/ticket-desk.js';

/*
 * The ticket status × operation matrix of docs/domain.md, over the GraphQL API against real PostgreSQL:
 * every cell builds its own ticket at its own counter, applies one operation and checks either the
 * new state or INVALID_TRANSITION with nothing written. The counters' matrix is in
 * counters/counter.transitions.test.ts.
 */

let desk: TicketDesk;
beforeAll(async () => {
  // A fresh counter for each cell, a second one for each callTicket cell and one per other test: 114.
  desk = await TicketDesk.start(120);
});
afterAll(async () => {
  await desk?.close();
});

const operations = [
  'callTicket',
  'recallTicket',
  'startServing',
  'completeTicket',
  'markNoShow',
  'requeueTicket',
  'transferTicket FRONT',
  'transferTicket BY_ARRIVAL',
  'parkTicket',
  'resumeTicket',
  'cancelTicket',
] as const;
type Operation = (typeof operations)[number];

/**
 * The legal cells and the status the ticket shows afterwards (docs/domain.md); every other cell is
 * INVALID_TRANSITION. Written out by hand rather than taken from ticket-lifecycle.ts, so the
 * matrix checks the code against the design, not against itself.
 */
const legal: Record<Operation, Partial<Record<StartStatus, TicketStatus>>> = {
  callTicket: { WAITING: TicketStatus.CALLED, TRANSFERRED: TicketStatus.CALLED },
  recallTicket: { CALLED: TicketStatus.CALLED },
  startServing: { CALLED: TicketStatus.SERVING },
  completeTicket: { CALLED: TicketStatus.DONE, SERVING: TicketStatus.DONE },
  markNoShow: { CALLED: TicketStatus.NO_SHOW },
  requeueTicket: { NO_SHOW: TicketStatus.WAITING },
  // The transferred segment ends TRANSFERRED; the ticket's current segment is the new WAITING one.
  'transferTicket FRONT': { CALLED: TicketStatus.WAITING, SERVING: TicketStatus.WAITING },
  'transferTicket BY_ARRIVAL': { CALLED: TicketStatus.WAITING, SERVING: TicketStatus.WAITING },
  parkTicket: { CALLED: TicketStatus.PARKED, SERVING: TicketStatus.PARKED },
  resumeTicket: { PARKED: TicketStatus.CALLED },
  cancelTicket: { WAITING: TicketStatus.CANCELLED, TRANSFERRED: TicketStatus.CANCELLED },
};

interface Cell {
  start: StartStatus;
  operation: Operation;
  outcome: TicketStatus | 'INVALID_TRANSITION';
}

const cells: Cell[] = startStatuses.flatMap((start) =>
  operations.map((operation) => ({
    start,
    operation,
    outcome: legal[operation][start] ?? 'INVALID_TRANSITION',
  })),
);

/** Applies `operation`; callTicket calls at `callCounterId`, another counter, free and open. */
async function apply(
  operation: Operation,
  ticket: BuiltTicket,
  callCounterId: string | null,
): Promise<{ result: GraphQLResponse<Record<string, TicketData>>; field: string }> {
  const ticketId = ticket.id;
  switch (operation) {
    case 'callTicket':
      return {
        result: await desk.staff(mutations.callTicket, { counterId: callCounterId, ticketId }),
        field: 'callTicket',
      };
    case 'transferTicket FRONT':
      return { result: await desk.transfer(ticketId, TransferPlacement.FRONT), field: 'transferTicket' };
    case 'transferTicket BY_ARRIVAL':
      return { result: await desk.transfer(ticketId, TransferPlacement.BY_ARRIVAL), field: 'transferTicket' };
    case 'cancelTicket':
      // The citizen, with the access code and no token.
      return {
        result: await desk.testApp.graphql(mutations.cancelTicket, { code: ticket.accessCode }),
        field: 'cancelTicket',
      };
    default:
      return { result: await desk.staff(mutations[operation], { ticketId }), field: operation };
  }
}

/** What a legal operation must have done, beyond the status. */
function expectApplied(
  operation: Operation,
  built: BuiltTicket,
  after: TicketData,
  at: number,
  callCounterId: string | null,
): void {
  const before = built.before;
  const current = before.segments.at(-1)!;
  const earlier = before.segments.slice(0, -1);
  expect(after.id).toBe(before.id);
  expect(after.number).toBe(before.number);
  const opensSegment = operation.startsWith('transferTicket');
  // Segments before the current one are never touched again (a TRANSFERRED one included).
  expect(after.segments.slice(0, earlier.length)).toEqual(earlier);
  expect(after.segments).toHaveLength(before.segments.length + (opensSegment ? 1 : 0));
  const changed = after.segments[earlier.length]!;
  expect(changed.id).toBe(current.id);
  expect(ms(after.queuedAt)).toBe(opensSegment ? ms(after.segments.at(-1)!.queuedAt) : ms(current.queuedAt));

  switch (operation) {
    case 'callTicket':
      expect(ms(after.calledAt)).toBe(at);
      expect(after.counter?.id).toBe(callCounterId);
      expect(after.recallCount).toBe(0);
      break;
    case 'recallTicket':
      expect(after.recallCount).toBe(current.recallCount + 1);
      expect(after.recallCount).toBe(1);
      // Recalls do not move the first call (wait = calledAt − queuedAt).
      expect(after.calledAt).toBe(current.calledAt);
      expect(after.counter?.id).toBe(built.counterId);
      expect(after.endedAt).toBeNull();
      break;
    case 'startServing':
      expect(ms(after.servingAt)).toBe(at);
      expect(after.calledAt).toBe(current.calledAt);
      expect(after.endedAt).toBeNull();
      break;
    case 'completeTicket':
      expect(ms(after.endedAt)).toBe(at);
      expect(changed.outcome).toBe('handled');
      // From CALLED (start never pressed) servingAt = calledAt; from SERVING it is kept.
      expect(after.servingAt).toBe(
        current.status === TicketStatus.CALLED ? current.calledAt : current.servingAt,
      );
      expect(after.servingAt).not.toBeNull();
      break;
    case 'markNoShow':
      expect(ms(after.endedAt)).toBe(at);
      expect(after.calledAt).toBe(current.calledAt);
      break;
    case 'requeueTicket':
      // Back to its original place: the same segment, its queuedAt kept, released by its counter.
      expect(after.segments).toHaveLength(1);
      expect(after.queuedAt).toBe(current.queuedAt);
      expect(after.counter).toBeNull();
      expect(after.endedAt).toBeNull();
      break;
    case 'transferTicket FRONT':
    case 'transferTicket BY_ARRIVAL': {
      expect(changed.status).toBe(TicketStatus.TRANSFERRED);
      expect(ms(changed.endedAt)).toBe(at);
      expect(changed.calledAt).toBe(current.calledAt);
      expect(changed.servingAt).toBe(current.servingAt ?? current.calledAt);
      const opened = after.segments.at(-1)!;
      expect(opened.status).toBe(TicketStatus.WAITING);
      expect(opened.service.id).toBe(desk.fixture.services[1]!.id);
      expect(after.service.id).toBe(desk.fixture.services[1]!.id);
      expect(opened.calledAt).toBeNull();
      expect(opened.counter).toBeNull();
      // FRONT keeps the original queuedAt; BY_ARRIVAL joins at the transfer time.
      if (operation === 'transferTicket FRONT') expect(opened.queuedAt).toBe(current.queuedAt);
      else expect(ms(opened.queuedAt)).toBe(at);
      expect(ms(current.queuedAt)).toBeLessThan(at);
      break;
    }
    case 'parkTicket':
      expect(after.counter?.id).toBe(built.counterId);
      expect(after.endedAt).toBeNull();
      break;
    case 'resumeTicket':
      expect(after.counter?.id).toBe(built.counterId);
      expect(after.calledAt).toBe(current.calledAt);
      break;
    case 'cancelTicket':
      expect(ms(after.endedAt)).toBe(at);
      expect(after.calledAt).toBeNull();
      break;
  }
}

describe('ticket status × operation', () => {
  it.each(cells)('$start × $operation → $outcome', async ({ start, operation, outcome }) => {
    const built = await desk.buildTicket(start);
    const callCounterId = operation === 'callTicket' ? desk.freshCounter() : null;
    const counterIds = callCounterId ? [built.counterId, callCounterId] : [built.counterId];
    const before = await desk.snapshot(built.id, counterIds);
    const at = desk.now();
    const { result, field } = await apply(operation, built, callCounterId);

    if (outcome === 'INVALID_TRANSITION') {
      expectRefused(result, 'INVALID_TRANSITION', currentStatusOf(start));
      expect(await desk.snapshot(built.id, counterIds)).toEqual(before);
      expect(await desk.readTicket(built.id)).toEqual(built.before);
      return;
    }

    const after = succeeded(result, field);
    expect(after.status).toBe(outcome);
    expectApplied(operation, built, after, at, callCounterId);
    // What the API answered is what was stored, with exactly one event.
    expect(await desk.readTicket(built.id)).toEqual(after);
    expect((await desk.snapshot(built.id, [])).events.count).toBe(before.events.count + 1);
  });

  it('recalls a CALLED ticket up to maxRecalls (2); the next recall makes it a no-show', async () => {
    const built = await desk.buildTicket(TicketStatus.CALLED);
    const events = await desk.eventCount();
    const first = await desk.ticketOperation('recallTicket', built.id);
    expect(first).toMatchObject({ status: TicketStatus.CALLED, recallCount: 1, endedAt: null });
    const second = await desk.ticketOperation('recallTicket', built.id);
    expect(second).toMatchObject({ status: TicketStatus.CALLED, recallCount: 2, endedAt: null });
    expect(second.calledAt).toBe(built.before.calledAt);
    desk.testApp.clock.advance(minute);
    const third = await desk.ticketOperation('recallTicket', built.id);
    expect(third).toMatchObject({ status: TicketStatus.NO_SHOW, recallCount: 3 });
    expect(ms(third.endedAt)).toBe(desk.now());
    expect(third.calledAt).toBe(built.before.calledAt);
    expect(await desk.eventCount()).toBe(events + 3);

    const types = await desk.testApp.app.orm.em
      .fork()
      .execute<{ type: string }[]>(
        'SELECT type FROM hall_event WHERE ticket_id = ? ORDER BY seq DESC LIMIT 3',
        [built.id],
      );
    expect(types.map((row) => row.type)).toEqual(['TICKET_NO_SHOW', 'TICKET_RECALLED', 'TICKET_RECALLED']);

    // The counter is free again, and the no-show can still be requeued the same day.
    const requeued = await desk.ticketOperation('requeueTicket', built.id);
    expect(requeued.status).toBe(TicketStatus.WAITING);
  });

  it('requeues a no-show only on its own service day', async () => {
    const built = await desk.buildTicket(TicketStatus.NO_SHOW);
    desk.testApp.clock.advance(day);
    const before = await desk.snapshot(built.id, [built.counterId]);
    const result = await desk.staff(mutations.requeueTicket, { ticketId: built.id });
    expectRefused(result, 'INVALID_TRANSITION', TicketStatus.NO_SHOW);
    expect(await desk.snapshot(built.id, [built.counterId])).toEqual(before);
  });

  it('does not call a WAITING ticket of a past service day, even before it has been expired', async () => {
    const { id } = await desk.issue();
    desk.testApp.clock.advance(day);
    const counterId = desk.freshCounter();
    const before = await desk.snapshot(id, [counterId]);
    const result = await desk.staff(mutations.callTicket, { counterId, ticketId: id });
    expectRefused(result, 'INVALID_TRANSITION', TicketStatus.EXPIRED);
    expect(await desk.snapshot(id, [counterId])).toEqual(before);
  });

  it.each([TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.PARKED] as const)(
    'expires a %s ticket when its service day ends, which frees its counter',
    async (start) => {
      const built = await desk.buildTicket(start);
      desk.testApp.clock.advance(day);
      // The counter it was called at calls again the next day: yesterday's ticket no longer holds it.
      const next = await desk.staff<{ callNext: TicketData | null }>(mutations.callNext, {
        counterId: built.counterId,
      });
      expect(succeeded(next, 'callNext')).toBeNull();
      const after = await desk.readTicket(built.id);
      expect(after.status).toBe(TicketStatus.EXPIRED);
      expect(ms(after.endedAt)).toBe(desk.now());
      expect(after.calledAt).toBe(built.before.calledAt);
    },
  );
});
