import { type CounterStatus, TicketStatus, TransferPlacement } from '@onestop/shared';
import { expect } from 'vitest';
import { createHallFixture, type HallFixture } from './hall-fixture.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './test-app.js';

/*
 * The ticket and counter transition matrices of docs/domain.md (ticket.transitions.test.ts and
 * counter.transitions.test.ts) work through the GraphQL API against real PostgreSQL: every cell
 * builds its own ticket at its own counter, applies one operation and checks either the new state
 * or the refusal with nothing written. This is what they share.
 */

export const minute = 60_000;
export const day = 24 * 60 * minute;

export interface SegmentData {
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

export interface TicketData {
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

export interface CounterData {
  id: string;
  status: CounterStatus;
  pauseReason: string | null;
}

const ticketFields = `id number status queuedAt calledAt servingAt endedAt recallCount service { id } counter { id }
  segments { id status queuedAt calledAt servingAt endedAt recallCount outcome service { id } counter { id } }`;
const counterFields = 'id status pauseReason';

export const mutations = {
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

/** The data of a call that must succeed. */
export function succeeded<Value>(result: GraphQLResponse<Record<string, Value>>, field: string): Value {
  expect(result.errors).toBeUndefined();
  return result.data![field]!;
}

/** Milliseconds of an API timestamp, so ISO formatting details do not matter. */
export function ms(value: string | null | undefined): number | null {
  return value === null || value === undefined ? null : Date.parse(value);
}

/** Asserts the refusal: the code, the current status when given, and nothing in the response data. */
export function expectRefused(result: GraphQLResponse, code: string, status?: string): void {
  expect(result.errors, JSON.stringify(result.data)).toHaveLength(1);
  expect(result.errors![0]!.extensions?.code).toBe(code);
  if (status !== undefined) expect(result.errors![0]!.extensions?.status).toBe(status);
  const value = result.data ? Object.values(result.data)[0] : null;
  expect(value ?? null).toBeNull();
}

/**
 * Statuses a cell starts from. A transfer always opens a new current segment, so a ticket is
 * never "in" TRANSFERRED: that row starts from a ticket whose first segment is TRANSFERRED and
 * whose current one is WAITING in the target service, and checks the TRANSFERRED segment is never
 * touched again.
 */
export const startStatuses = [
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
export type StartStatus = (typeof startStatuses)[number];

/** The status of the ticket's current segment once built. */
export function currentStatusOf(start: StartStatus): TicketStatus {
  return start === TicketStatus.TRANSFERRED ? TicketStatus.WAITING : start;
}

export interface BuiltTicket {
  id: string;
  accessCode: string;
  /** The counter the ticket was called at (when it was). */
  counterId: string;
  before: TicketData;
}

/** What a refused operation must leave alone: the ticket, its segments, the counters and the event log. */
export interface StoredSnapshot {
  ticket: unknown;
  segments: unknown;
  counters: unknown[];
  events: { count: number; last: number };
}

/**
 * A hall whose counters start OPEN, one fresh counter per cell (so no cell finds a counter busy
 * with another cell's ticket), and a quiet hall to call with nothing waiting.
 */
export class TicketDesk {
  private countersTaken = 0;

  private constructor(
    readonly testApp: TestApp,
    readonly fixture: HallFixture,
    /** A hall used only to call with nothing waiting. */
    readonly quietHall: HallFixture,
  ) {}

  /** Starts the app with a main hall of `counterCount` open counters and two services. */
  static async start(counterCount: number): Promise<TicketDesk> {
    // The EXPIRED cells move the clock a day at a time: sessions must outlive that.
    const testApp = await startTestApp({ sessionTtlSeconds: 365 * 24 * 3600 });
    const fixture = await createHallFixture(testApp, { serviceCount: 2, counterCount, openCounters: true });
    const quietHall = await createHallFixture(testApp, {
      serviceCount: 1,
      counterCount: 1,
      openCounters: true,
    });
    return new TicketDesk(testApp, fixture, quietHall);
  }

  async close(): Promise<void> {
    await this.testApp.close();
  }

  /** An OPEN counter of the main hall that no other test has used. */
  freshCounter(): string {
    const counter = this.fixture.counters[this.countersTaken];
    this.countersTaken += 1;
    if (!counter) throw new Error('the fixture has too few counters for this file');
    return counter.id;
  }

  now(): number {
    return this.testApp.clock.now().getTime();
  }

  async staff<Data = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token: string = this.fixture.tokens.clerk,
  ): Promise<GraphQLResponse<Data>> {
    return await this.testApp.graphql<Data>(query, variables, { token });
  }

  async readTicket(ticketId: string): Promise<TicketData> {
    const result = await this.staff<{ ticket: TicketData }>(
      `query($id: ID!) { ticket(id: $id) { ${ticketFields} } }`,
      {
        id: ticketId,
      },
    );
    return succeeded(result, 'ticket');
  }

  async issue(
    hall: HallFixture = this.fixture,
    serviceIndex = 0,
  ): Promise<{ id: string; accessCode: string }> {
    const result = await this.testApp.graphql<{
      issueTicket: { accessCode: string; ticket: { id: string } };
    }>(
      mutations.issue,
      { input: { hallId: hall.hall.id, serviceId: hall.services[serviceIndex]!.id } },
      { token: hall.tokens.kiosk },
    );
    const issued = succeeded(result, 'issueTicket');
    return { id: issued.ticket.id, accessCode: issued.accessCode };
  }

  async ticketOperation(operation: keyof typeof mutations, ticketId: string): Promise<TicketData> {
    return succeeded(
      await this.staff<Record<string, TicketData>>(mutations[operation], { ticketId }),
      operation,
    );
  }

  async callTicketAt(counterId: string, ticketId: string): Promise<TicketData> {
    return succeeded(
      await this.staff<{ callTicket: TicketData }>(mutations.callTicket, { counterId, ticketId }),
      'callTicket',
    );
  }

  /** Transfers the ticket to the main hall's second service. */
  async transfer(
    ticketId: string,
    placement: TransferPlacement,
  ): Promise<GraphQLResponse<Record<string, TicketData>>> {
    return await this.staff<Record<string, TicketData>>(mutations.transferTicket, {
      ticketId,
      serviceId: this.fixture.services[1]!.id,
      placement,
    });
  }

  /**
   * Everything a refused operation must leave alone: the ticket and its segments as stored, the
   * counters involved and the hall's event log.
   */
  async snapshot(
    ticketId: string | null,
    counterIds: readonly string[],
    hallId = this.fixture.hall.id,
  ): Promise<StoredSnapshot> {
    const em = this.testApp.app.orm.em.fork();
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

  async eventCount(hallId = this.fixture.hall.id): Promise<number> {
    return (await this.snapshot(null, [], hallId)).events.count;
  }

  /** A ticket of service A in `start`, built only through the API. */
  async buildTicket(start: StartStatus): Promise<BuiltTicket> {
    const counterId = this.freshCounter();
    const { id, accessCode } = await this.issue();
    this.testApp.clock.advance(minute);
    const call = async (): Promise<void> => {
      await this.callTicketAt(counterId, id);
    };
    switch (start) {
      case TicketStatus.WAITING:
        break;
      case TicketStatus.CALLED:
        await call();
        break;
      case TicketStatus.SERVING:
        await call();
        await this.ticketOperation('startServing', id);
        break;
      case TicketStatus.PARKED:
        await call();
        await this.ticketOperation('parkTicket', id);
        break;
      case TicketStatus.DONE:
        await call();
        await this.ticketOperation('completeTicket', id);
        break;
      case TicketStatus.NO_SHOW:
        await call();
        await this.ticketOperation('markNoShow', id);
        break;
      case TicketStatus.CANCELLED:
        succeeded(await this.testApp.graphql(mutations.cancelTicket, { code: accessCode }), 'cancelTicket');
        break;
      case TicketStatus.TRANSFERRED:
        await call();
        succeeded(await this.transfer(id, TransferPlacement.BY_ARRIVAL), 'transferTicket');
        break;
      case TicketStatus.EXPIRED: {
        // Past local midnight in Asia/Shanghai; the next write of the hall expires the day before.
        this.testApp.clock.advance(day);
        const next = await this.staff<{ callNext: TicketData | null }>(mutations.callNext, { counterId });
        expect(succeeded(next, 'callNext')).toBeNull();
        break;
      }
    }
    this.testApp.clock.advance(minute);
    const before = await this.readTicket(id);
    expect(before.status).toBe(currentStatusOf(start));
    if (start === TicketStatus.TRANSFERRED) {
      expect(before.segments.map((segment) => segment.status)).toEqual([
        TicketStatus.TRANSFERRED,
        TicketStatus.WAITING,
      ]);
    }
    return { id, accessCode, counterId, before };
  }
}
