import { CounterStatus, TicketStatus, TransferPlacement } from '@onestop/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHallFixture, type HallFixture } from '../../../test/support/hall-fixture.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../../../test/support/test-app.js';

/*
 * The status × operation matrix of docs/domain.md, over the GraphQL API against real PostgreSQL: every
 * cell builds its own ticket at its own counter, applies one operation and checks either the new
 * state or INVALID_TRANSITION with nothing written.
 */

const minute = 60_000;
const day = 24 * 60 * minute;

let testApp: TestApp;
let fixture: HallFixture;
/** A hall used only to call with nothing waiting. */
let quietHall: HallFixture;

beforeAll(async () => {
  // The EXPIRED cells move the clock a day at a time: sessions must outlive that.
  testApp = await startTestApp({ sessionTtlSeconds: 365 * 24 * 3600 });
  // One fresh counter per cell, so no cell finds a counter busy with another cell's ticket.
  fixture = await createHallFixture(testApp, { serviceCount: 2, counterCount: 160, openCounters: true });
  quietHall = await createHallFixture(testApp, { serviceCount: 1, counterCount: 1, openCounters: true });
});
afterAll(async () => {
  await testApp?.close();
});

let countersTaken = 0;
/** An OPEN counter of the main hall that no other test has used. */
function freshCounter(): string {
  const counter = fixture.counters[countersTaken];
  countersTaken += 1;
  if (!counter) throw new Error('the fixture has too few counters for this file');
  return counter.id;
}

interface SegmentData {
  id: string;
  status: TicketStatus;
  queuedAt: string;
  calledAt: string | null;
  servingAt: string | null;
  endedAt: string | null;
  recallCount: number;
  outcome: string | null;
  service: { id: string };
  counter: { id: string } | null;
}

interface TicketData {
  id: string;
  number: string;
  status: TicketStatus;
  queuedAt: string;
  calledAt: string | null;
  servingAt: string | null;
  endedAt: string | null;
  recallCount: number;
  service: { id: string };
  counter: { id: string } | null;
  segments: SegmentData[];
}

interface CounterData {
  id: string;
  status: CounterStatus;
  pauseReason: string | null;
}

const ticketFields = `id number status queuedAt calledAt servingAt endedAt recallCount service { id } counter { id }
  segments { id status queuedAt calledAt servingAt endedAt recallCount outcome service { id } counter { id } }`;
const counterFields = 'id status pauseReason';

async function staff<Data = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  token: string = fixture.tokens.clerk,
): Promise<GraphQLResponse<Data>> {
  return await testApp.graphql<Data>(query, variables, { token });
}

/** The data of a call that must succeed. */
function succeeded<Value>(result: GraphQLResponse<Record<string, Value>>, field: string): Value {
  expect(result.errors).toBeUndefined();
  return result.data![field]!;
}

/** Milliseconds of an API timestamp, so ISO formatting details do not matter. */
function ms(value: string | null | undefined): number | null {
  return value === null || value === undefined ? null : Date.parse(value);
}

function now(): number {
  return testApp.clock.now().getTime();
}

const mutations = {
  issue: `mutation($input: IssueTicketInput!) { issueTicket(input: $input) { accessCode ticket { id } } }`,
  callTicket: `mutation($counterId: ID!, $ticketId: ID!) {
    callTicket(counterId: $counterId, ticketId: $ticketId, reason: "out of order") { ${ticketFields} } }`,
  callNext: `mutation($counterId: ID!) { callNext(counterId: $counterId) { ${ticketFields} } }`,
  recallTicket: `mutation($ticketId: ID!) { recallTicket(ticketId: $ticketId) { ${ticketFields} } }`,
  startServing: `mutation($ticketId: ID!) { startServing(ticketId: $ticketId) { ${ticketFields} } }`,
  completeTicket: `mutation($ticketId: ID!) { completeTicket(ticketId: $ticketId, outcome: "handled") { ${ticketFields} } }`,
  markNoShow: `mutation($ticketId: ID!) { markNoShow(ticketId: $ticketId) { ${ticketFields} } }`,
  requeueTicket: `mutation($ticketId: ID!) { requeueTicket(ticketId: $ticketId) { ${ticketFields} } }`,
  transferTicket: `mutation($ticketId: ID!, $serviceId: ID!, $placement: TransferPlacement!) {
    transferTicket(ticketId: $ticketId, serviceId: $serviceId, placement: $placement) { ${ticketFields} } }`,
  parkTicket: `mutation($ticketId: ID!) { parkTicket(ticketId: $ticketId) { ${ticketFields} } }`,
  resumeTicket: `mutation($ticketId: ID!) { resumeTicket(ticketId: $ticketId) { ${ticketFields} } }`,
  cancelTicket: `mutation($code: String!) { cancelTicket(accessCode: $code) { ${ticketFields} } }`,
  openCounter: `mutation($counterId: ID!) { openCounter(counterId: $counterId) { ${counterFields} } }`,
  pauseCounter: `mutation($counterId: ID!, $reason: String!) {
    pauseCounter(counterId: $counterId, reason: $reason) { ${counterFields} } }`,
  resumeCounter: `mutation($counterId: ID!) { resumeCounter(counterId: $counterId) { ${counterFields} } }`,
  closeCounter: `mutation($counterId: ID!) { closeCounter(counterId: $counterId) { ${counterFields} } }`,
};

async function readTicket(ticketId: string): Promise<TicketData> {
  const result = await staff<{ ticket: TicketData }>(
    `query($id: ID!) { ticket(id: $id) { ${ticketFields} } }`,
    {
      id: ticketId,
    },
  );
  return succeeded(result, 'ticket');
}

async function issue(
  hall: HallFixture = fixture,
  serviceIndex = 0,
): Promise<{ id: string; accessCode: string }> {
  const result = await testApp.graphql<{ issueTicket: { accessCode: string; ticket: { id: string } } }>(
    mutations.issue,
    { input: { hallId: hall.hall.id, serviceId: hall.services[serviceIndex]!.id } },
    { token: hall.tokens.kiosk },
  );
  const issued = succeeded(result, 'issueTicket');
  return { id: issued.ticket.id, accessCode: issued.accessCode };
}

async function ticketOperation(operation: keyof typeof mutations, ticketId: string): Promise<TicketData> {
  return succeeded(await staff<Record<string, TicketData>>(mutations[operation], { ticketId }), operation);
}

async function callTicketAt(counterId: string, ticketId: string): Promise<TicketData> {
  return succeeded(
    await staff<{ callTicket: TicketData }>(mutations.callTicket, { counterId, ticketId }),
    'callTicket',
  );
}

async function transfer(
  ticketId: string,
  placement: TransferPlacement,
): Promise<GraphQLResponse<Record<string, TicketData>>> {
  return await staff<Record<string, TicketData>>(mutations.transferTicket, {
    ticketId,
    serviceId: fixture.services[1]!.id,
    placement,
  });
}

/**
 * Everything a refused operation must leave alone: the ticket and its segments as stored, the
 * counters involved and the hall's event log.
 */
async function snapshot(ticketId: string | null, counterIds: readonly string[], hallId = fixture.hall.id) {
  const em = testApp.app.orm.em.fork();
  const ticket = ticketId ? await em.execute('SELECT * FROM ticket WHERE id = ?', [ticketId]) : [];
  const segments = ticketId
    ? await em.execute('SELECT * FROM segment WHERE ticket_id = ? ORDER BY ordinal', [ticketId])
    : [];
  const counters: unknown[] = [];
  for (const counterId of counterIds) {
    counters.push(await em.execute('SELECT * FROM counter WHERE id = ?', [counterId]));
  }
  const [events] = await em.execute<{ count: number; last: number }[]>(
    `SELECT (SELECT count(*)::int FROM hall_event WHERE hall_id = ?) AS count,
            (SELECT last_event_seq FROM hall WHERE id = ?) AS last`,
    [hallId, hallId],
  );
  return { ticket, segments, counters, events: events! };
}

async function eventCount(hallId = fixture.hall.id): Promise<number> {
  return (await snapshot(null, [], hallId)).events.count;
}

/** Asserts the refusal: the code, the current status when given, and nothing in the response data. */
function expectRefused(result: GraphQLResponse, code: string, status?: string): void {
  expect(result.errors, JSON.stringify(result.data)).toHaveLength(1);
  expect(result.errors![0]!.extensions?.code).toBe(code);
  if (status !== undefined) expect(result.errors![0]!.extensions?.status).toBe(status);
  const value = result.data ? Object.values(result.data)[0] : null;
  expect(value ?? null).toBeNull();
}

// ---------------------------------------------------------------------------------------------
// Tickets: status × operation
// ---------------------------------------------------------------------------------------------

/**
 * Statuses a cell starts from. A transfer always opens a new current segment, so a ticket is
 * never "in" TRANSFERRED: that row starts from a ticket whose first segment is TRANSFERRED and
 * whose current one is WAITING in the target service, and checks the TRANSFERRED segment is never
 * touched again.
 */
const startStatuses = [
  TicketStatus.WAITING,
  TicketStatus.CALLED,
  TicketStatus.SERVING,
  TicketStatus.PARKED,
  TicketStatus.DONE,
  TicketStatus.NO_SHOW,
  TicketStatus.CANCELLED,
  TicketStatus.TRANSFERRED,
  TicketStatus.EXPIRED,
] as const;
type StartStatus = (typeof startStatuses)[number];

/** The status of the ticket's current segment once built. */
function currentStatusOf(start: StartStatus): TicketStatus {
  return start === TicketStatus.TRANSFERRED ? TicketStatus.WAITING : start;
}

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

interface BuiltTicket {
  id: string;
  accessCode: string;
  /** The counter the ticket was called at (when it was). */
  counterId: string;
  before: TicketData;
}

/** A ticket of service A in `start`, built only through the API. */
async function buildTicket(start: StartStatus): Promise<BuiltTicket> {
  const counterId = freshCounter();
  const { id, accessCode } = await issue();
  testApp.clock.advance(minute);
  const call = async (): Promise<void> => {
    await callTicketAt(counterId, id);
  };
  switch (start) {
    case TicketStatus.WAITING:
      break;
    case TicketStatus.CALLED:
      await call();
      break;
    case TicketStatus.SERVING:
      await call();
      await ticketOperation('startServing', id);
      break;
    case TicketStatus.PARKED:
      await call();
      await ticketOperation('parkTicket', id);
      break;
    case TicketStatus.DONE:
      await call();
      await ticketOperation('completeTicket', id);
      break;
    case TicketStatus.NO_SHOW:
      await call();
      await ticketOperation('markNoShow', id);
      break;
    case TicketStatus.CANCELLED:
      succeeded(await testApp.graphql(mutations.cancelTicket, { code: accessCode }), 'cancelTicket');
      break;
    case TicketStatus.TRANSFERRED:
      await call();
      succeeded(await transfer(id, TransferPlacement.BY_ARRIVAL), 'transferTicket');
      break;
    case TicketStatus.EXPIRED: {
      // Past local midnight in Asia/Shanghai; the next write of the hall expires the day before.
      testApp.clock.advance(day);
      const next = await staff<{ callNext: TicketData | null }>(mutations.callNext, { counterId });
      expect(succeeded(next, 'callNext')).toBeNull();
      break;
    }
  }
  testApp.clock.advance(minute);
  const before = await readTicket(id);
  expect(before.status).toBe(currentStatusOf(start));
  if (start === TicketStatus.TRANSFERRED) {
    expect(before.segments.map((segment) => segment.status)).toEqual([
      TicketStatus.TRANSFERRED,
      TicketStatus.WAITING,
    ]);
  }
  return { id, accessCode, counterId, before };
}

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
        result: await staff(mutations.callTicket, { counterId: callCounterId, ticketId }),
        field: 'callTicket',
      };
    case 'transferTicket FRONT':
      return { result: await transfer(ticketId, TransferPlacement.FRONT), field: 'transferTicket' };
    case 'transferTicket BY_ARRIVAL':
      return { result: await transfer(ticketId, TransferPlacement.BY_ARRIVAL), field: 'transferTicket' };
    case 'cancelTicket':
      // The citizen, with the access code and no token.
      return {
        result: await testApp.graphql(mutations.cancelTicket, { code: ticket.accessCode }),
        field: 'cancelTicket',
      };
    default:
      return { result: await staff(mutations[operation], { ticketId }), field: operation };
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
      expect(opened.service.id).toBe(fixture.services[1]!.id);
      expect(after.service.id).toBe(fixture.services[1]!.id);
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
    const built = await buildTicket(start);
    const callCounterId = operation === 'callTicket' ? freshCounter() : null;
    const counterIds = callCounterId ? [built.counterId, callCounterId] : [built.counterId];
    const before = await snapshot(built.id, counterIds);
    const at = now();
    const { result, field } = await apply(operation, built, callCounterId);

    if (outcome === 'INVALID_TRANSITION') {
      expectRefused(result, 'INVALID_TRANSITION', currentStatusOf(start));
      expect(await snapshot(built.id, counterIds)).toEqual(before);
      expect(await readTicket(built.id)).toEqual(built.before);
      return;
    }

    const after = succeeded(result, field);
    expect(after.status).toBe(outcome);
    expectApplied(operation, built, after, at, callCounterId);
    // What the API answered is what was stored, with exactly one event.
    expect(await readTicket(built.id)).toEqual(after);
    expect((await snapshot(built.id, [])).events.count).toBe(before.events.count + 1);
  });

  it('recalls a CALLED ticket up to maxRecalls (2); the next recall makes it a no-show', async () => {
    const built = await buildTicket(TicketStatus.CALLED);
    const events = await eventCount();
    const first = await ticketOperation('recallTicket', built.id);
    expect(first).toMatchObject({ status: TicketStatus.CALLED, recallCount: 1, endedAt: null });
    const second = await ticketOperation('recallTicket', built.id);
    expect(second).toMatchObject({ status: TicketStatus.CALLED, recallCount: 2, endedAt: null });
    expect(second.calledAt).toBe(built.before.calledAt);
    testApp.clock.advance(minute);
    const third = await ticketOperation('recallTicket', built.id);
    expect(third).toMatchObject({ status: TicketStatus.NO_SHOW, recallCount: 3 });
    expect(ms(third.endedAt)).toBe(now());
    expect(third.calledAt).toBe(built.before.calledAt);
    expect(await eventCount()).toBe(events + 3);

    const types = await testApp.app.orm.em
      .fork()
      .execute<{ type: string }[]>(
        'SELECT type FROM hall_event WHERE ticket_id = ? ORDER BY seq DESC LIMIT 3',
        [built.id],
      );
    expect(types.map((row) => row.type)).toEqual(['TICKET_NO_SHOW', 'TICKET_RECALLED', 'TICKET_RECALLED']);

    // The counter is free again, and the no-show can still be requeued the same day.
    const requeued = await ticketOperation('requeueTicket', built.id);
    expect(requeued.status).toBe(TicketStatus.WAITING);
  });

  it('requeues a no-show only on its own service day', async () => {
    const built = await buildTicket(TicketStatus.NO_SHOW);
    testApp.clock.advance(day);
    const before = await snapshot(built.id, [built.counterId]);
    const result = await staff(mutations.requeueTicket, { ticketId: built.id });
    expectRefused(result, 'INVALID_TRANSITION', TicketStatus.NO_SHOW);
    expect(await snapshot(built.id, [built.counterId])).toEqual(before);
  });

  it('does not call a WAITING ticket of a past service day, even before it has been expired', async () => {
    const { id } = await issue();
    testApp.clock.advance(day);
    const counterId = freshCounter();
    const before = await snapshot(id, [counterId]);
    const result = await staff(mutations.callTicket, { counterId, ticketId: id });
    expectRefused(result, 'INVALID_TRANSITION', TicketStatus.EXPIRED);
    expect(await snapshot(id, [counterId])).toEqual(before);
  });

  it.each([TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.PARKED] as const)(
    'expires a %s ticket when its service day ends, which frees its counter',
    async (start) => {
      const built = await buildTicket(start);
      testApp.clock.advance(day);
      // The counter it was called at calls again the next day: yesterday's ticket no longer holds it.
      const next = await staff<{ callNext: TicketData | null }>(mutations.callNext, {
        counterId: built.counterId,
      });
      expect(succeeded(next, 'callNext')).toBeNull();
      const after = await readTicket(built.id);
      expect(after.status).toBe(TicketStatus.EXPIRED);
      expect(ms(after.endedAt)).toBe(now());
      expect(after.calledAt).toBe(built.before.calledAt);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Counters
// ---------------------------------------------------------------------------------------------

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
  return await staff(
    mutations[operation],
    operation === 'pauseCounter' ? { counterId, reason } : { counterId },
  );
}

/** A fresh counter of the main hall (they start OPEN) moved to `status` through the API. */
async function buildCounter(status: CounterStatus): Promise<string> {
  const counterId = freshCounter();
  if (status === CounterStatus.CLOSED)
    succeeded(await counterOperation('closeCounter', counterId), 'closeCounter');
  if (status === CounterStatus.PAUSED)
    succeeded(await counterOperation('pauseCounter', counterId), 'pauseCounter');
  return counterId;
}

describe('counter status × operation', () => {
  it.each(counterCells)('$start × $operation → $outcome', async ({ start, operation, outcome }) => {
    const counterId = await buildCounter(start);
    const before = await snapshot(null, [counterId]);
    const result = await counterOperation(operation, counterId, 'document check');

    if (outcome === 'INVALID_TRANSITION') {
      expectRefused(result, 'INVALID_TRANSITION', start);
      expect(await snapshot(null, [counterId])).toEqual(before);
      return;
    }
    const counter = succeeded(result, operation);
    expect(counter).toEqual({
      id: counterId,
      status: outcome,
      pauseReason: outcome === CounterStatus.PAUSED ? 'document check' : null,
    });
    expect((await snapshot(null, [])).events.count).toBe(before.events.count + 1);
  });

  it.each([CounterStatus.CLOSED, CounterStatus.PAUSED])(
    'callNext at a %s counter is COUNTER_NOT_OPEN, with a ticket waiting',
    async (status) => {
      const waiting = await issue();
      const counterId = await buildCounter(status);
      const before = await snapshot(waiting.id, [counterId]);
      expectRefused(await staff(mutations.callNext, { counterId }), 'COUNTER_NOT_OPEN');
      expect(await snapshot(waiting.id, [counterId])).toEqual(before);
    },
  );

  it.each([TicketStatus.CALLED, TicketStatus.SERVING] as const)(
    'callNext at a counter holding a %s ticket is COUNTER_BUSY',
    async (status) => {
      const held = await buildTicket(status);
      const waiting = await issue();
      const before = [await snapshot(held.id, [held.counterId]), await snapshot(waiting.id, [])];
      expectRefused(await staff(mutations.callNext, { counterId: held.counterId }), 'COUNTER_BUSY');
      expect([await snapshot(held.id, [held.counterId]), await snapshot(waiting.id, [])]).toEqual(before);
    },
  );

  it('callTicket at a counter holding a CALLED ticket is COUNTER_BUSY', async () => {
    const held = await buildTicket(TicketStatus.CALLED);
    const waiting = await issue();
    const before = await snapshot(waiting.id, [held.counterId]);
    expectRefused(
      await staff(mutations.callTicket, { counterId: held.counterId, ticketId: waiting.id }),
      'COUNTER_BUSY',
    );
    expect(await snapshot(waiting.id, [held.counterId])).toEqual(before);
  });

  it('callNext with nothing waiting answers null and writes nothing', async () => {
    const counterId = quietHall.counters[0]!.id;
    const before = await snapshot(null, [counterId], quietHall.hall.id);
    const result = await testApp.graphql<{ callNext: TicketData | null }>(
      mutations.callNext,
      { counterId },
      { token: quietHall.tokens.clerk },
    );
    expect(succeeded(result, 'callNext')).toBeNull();
    expect(await snapshot(null, [counterId], quietHall.hall.id)).toEqual(before);
  });

  it.each([TicketStatus.CALLED, TicketStatus.SERVING] as const)(
    'closeCounter while holding a %s ticket is COUNTER_BUSY',
    async (status) => {
      const held = await buildTicket(status);
      const before = await snapshot(held.id, [held.counterId]);
      expectRefused(await counterOperation('closeCounter', held.counterId), 'COUNTER_BUSY');
      expect(await snapshot(held.id, [held.counterId])).toEqual(before);
    },
  );

  it('closes a counter whose tickets are only PARKED', async () => {
    const parked = await buildTicket(TicketStatus.PARKED);
    const closed = succeeded(await counterOperation('closeCounter', parked.counterId), 'closeCounter');
    expect(closed.status).toBe(CounterStatus.CLOSED);
  });

  it('resumeTicket while its counter holds another CALLED ticket is COUNTER_BUSY', async () => {
    const parked = await buildTicket(TicketStatus.PARKED);
    const other = await issue();
    await callTicketAt(parked.counterId, other.id);
    const before = [await snapshot(parked.id, [parked.counterId]), await snapshot(other.id, [])];
    expectRefused(await staff(mutations.resumeTicket, { ticketId: parked.id }), 'COUNTER_BUSY');
    expect([await snapshot(parked.id, [parked.counterId]), await snapshot(other.id, [])]).toEqual(before);

    // Once the counter is free again, the parked ticket resumes there.
    await ticketOperation('completeTicket', other.id);
    const resumed = await ticketOperation('resumeTicket', parked.id);
    expect(resumed).toMatchObject({ status: TicketStatus.CALLED, counter: { id: parked.counterId } });
  });
});
