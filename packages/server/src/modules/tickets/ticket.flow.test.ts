import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHallFixture, type HallFixture } from '../../../test/support/hall-fixture.js';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';
import { formatTicketNumber, serviceDayOf } from '@onestop/shared';

let testApp: TestApp;
let fixture: HallFixture;
beforeAll(async () => {
  testApp = await startTestApp();
  fixture = await createHallFixture(testApp, { serviceCount: 2, counterCount: 2, openCounters: true });
});
afterAll(async () => {
  await testApp?.close();
});

const ticketFields =
  'id number status queuedAt calledAt servingAt endedAt recallCount counter { label } service { prefix } segments { status service { prefix } } route { prefix }';

async function issue(serviceIndex: number, extra: Record<string, unknown> = {}) {
  const result = await testApp.graphql<{
    issueTicket: {
      accessCode: string;
      peopleAhead: number;
      estimate: { p50Minutes: number; p90Minutes: number };
      ticket: { id: string; number: string; status: string };
    };
  }>(
    `mutation($input: IssueTicketInput!) { issueTicket(input: $input) { accessCode peopleAhead estimate { p50Minutes p90Minutes } ticket { ${ticketFields} } } }`,
    { input: { hallId: fixture.hall.id, serviceId: fixture.services[serviceIndex]!.id, ...extra } },
    { token: fixture.tokens.kiosk },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.issueTicket;
}

async function clerk<Data = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) {
  return await testApp.graphql<Data>(query, variables, { token: fixture.tokens.clerk });
}

describe('a ticket through the hall', () => {
  it('is issued, called, started and completed, then continues its route under the same number', async () => {
    const issued = await issue(0, { route: [fixture.services[1]!.id] });
    expect(issued.ticket.number).toBe('A001');
    expect(issued.accessCode.length).toBeGreaterThanOrEqual(22);
    expect(issued.peopleAhead).toBe(0);
    expect(issued.estimate.p90Minutes).toBeGreaterThan(issued.estimate.p50Minutes);

    const called = await clerk<{
      callNext: { id: string; number: string; status: string; counter: { label: string } };
    }>(`mutation($counterId: ID!) { callNext(counterId: $counterId) { ${ticketFields} } }`, {
      counterId: fixture.counters[0]!.id,
    });
    expect(called.errors).toBeUndefined();
    expect(called.data!.callNext).toMatchObject({
      number: 'A001',
      status: 'CALLED',
      counter: { label: '1' },
    });

    const busy = await clerk(`mutation($counterId: ID!) { callNext(counterId: $counterId) { id } }`, {
      counterId: fixture.counters[0]!.id,
    });
    expect(busy.errors?.[0]?.extensions?.code).toBe('COUNTER_BUSY');

    const ticketId = issued.ticket.id;
    const started = await clerk<{ startServing: { status: string } }>(
      `mutation($id: ID!) { startServing(ticketId: $id) { status } }`,
      { id: ticketId },
    );
    expect(started.data!.startServing.status).toBe('SERVING');
    const completed = await clerk<{
      completeTicket: {
        number: string;
        status: string;
        service: { prefix: string };
        segments: { status: string }[];
        route: unknown[];
      };
    }>(`mutation($id: ID!) { completeTicket(ticketId: $id, outcome: "ok") { ${ticketFields} } }`, {
      id: ticketId,
    });
    expect(completed.errors).toBeUndefined();
    expect(completed.data!.completeTicket).toMatchObject({
      number: 'A001',
      status: 'WAITING',
      service: { prefix: 'B' },
      segments: [{ status: 'DONE' }, { status: 'WAITING' }],
      route: [],
    });

    const mine = await testApp.graphql<{ myTicket: { number: string; status: string; position: number } }>(
      'query($code: String!) { myTicket(accessCode: $code) { number status position } }',
      { code: issued.accessCode },
    );
    expect(mine.data!.myTicket).toEqual({ number: 'A001', status: 'WAITING', position: 0 });

    const rated = await testApp.graphql<{
      rateTicket: { rating: number; segments: { rating: number | null }[] };
    }>(
      'mutation($code: String!) { rateTicket(accessCode: $code, score: 5) { rating segments { rating } } }',
      { code: issued.accessCode },
    );
    expect(rated.data!.rateTicket.rating).toBe(5);
    expect(rated.data!.rateTicket.segments).toEqual([{ rating: 5 }, { rating: null }]);
    // Read afresh: the score the trigger copied to the segment.
    const reread = await testApp.graphql<{ myTicket: { segments: { rating: number | null }[] } }>(
      'query($code: String!) { myTicket(accessCode: $code) { segments { rating } } }',
      { code: issued.accessCode },
    );
    expect(reread.data!.myTicket.segments).toEqual([{ rating: 5 }, { rating: null }]);
    const again = await testApp.graphql(
      'mutation($code: String!) { rateTicket(accessCode: $code, score: 4) { rating } }',
      {
        code: issued.accessCode,
      },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });

  it("reads one counter, with today's tickets parked at it, on any machine", async () => {
    const counterId = fixture.counters[1]!.id;
    // Whatever waits is called (earlier tests leave tickets behind) and parked, two in a row.
    const parked: { id: string; number: string }[] = [];
    for (let index = 0; index < 2; index += 1) {
      testApp.clock.advance(1000);
      await issue(1);
      const called = await clerk<{ callNext: { id: string; number: string } }>(
        'mutation($counterId: ID!) { callNext(counterId: $counterId) { id number } }',
        { counterId },
      );
      parked.push(called.data!.callNext);
      await clerk('mutation($id: ID!) { parkTicket(ticketId: $id) { id } }', {
        id: called.data!.callNext.id,
      });
    }
    const [first, second] = parked as [{ id: string; number: string }, { id: string; number: string }];
    const read = await clerk<{
      counter: { label: string; currentTicket: null; parkedTickets: { number: string; status: string }[] };
    }>(
      'query($id: ID!) { counter(id: $id) { label currentTicket { id } parkedTickets { number status } } }',
      {
        id: counterId,
      },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.counter).toEqual({
      label: '2',
      currentTicket: null,
      parkedTickets: [
        { number: first.number, status: 'PARKED' },
        { number: second.number, status: 'PARKED' },
      ],
    });
    // Resumed, a ticket leaves the parked list.
    await clerk('mutation($id: ID!) { resumeTicket(ticketId: $id) { id } }', { id: first.id });
    const after = await clerk<{ counter: { parkedTickets: { number: string }[] } }>(
      'query($id: ID!) { counter(id: $id) { parkedTickets { number } } }',
      { id: counterId },
    );
    expect(after.data!.counter.parkedTickets).toEqual([{ number: second.number }]);
    await clerk('mutation($id: ID!) { completeTicket(ticketId: $id) { id } }', { id: first.id });
    await clerk('mutation($id: ID!) { resumeTicket(ticketId: $id) { id } }', { id: second.id });
    await clerk('mutation($id: ID!) { completeTicket(ticketId: $id) { id } }', { id: second.id });

    const unknown = await clerk<{ counter: null }>(
      'query { counter(id: "00000000-0000-4000-8000-000000000000") { id } }',
    );
    expect(unknown.data!.counter).toBeNull();
    const display = await testApp.graphql(
      'query($id: ID!) { counter(id: $id) { id } }',
      { id: counterId },
      {
        token: fixture.tokens.display,
      },
    );
    expect(display.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('numbers consecutively and zero-padded, and a retry with the same key returns the same ticket', async () => {
    const first = await issue(1, { idempotencyKey: 'kiosk-1-42' });
    const retry = await issue(1, { idempotencyKey: 'kiosk-1-42' });
    expect(retry.ticket.id).toBe(first.ticket.id);
    expect(retry.accessCode).toBe(first.accessCode);
    const next = await issue(1);
    expect(Number(next.ticket.number.slice(1))).toBe(Number(first.ticket.number.slice(1)) + 1);
    expect(next.ticket.number).toMatch(/^B\d{3}$/);
  });

  it('writes the number as formatTicketNumber does: three digits at least, more past 999', async () => {
    // The issue statement builds the number in SQL; the pure rule is formatTicketNumber.
    const hall = await createHallFixture(testApp, { serviceCount: 1, counterCount: 1 });
    const service = hall.services[0]!;
    const today = serviceDayOf(testApp.clock.now(), hall.hall.timezone);
    for (const sequence of [1, 9, 10, 99, 100, 999, 1000, 12345]) {
      await testApp.app.orm.em.fork().execute(
        `INSERT INTO ticket_number_sequence (hall_id, prefix, service_day, last_number) VALUES (?, ?, ?, ?)
           ON CONFLICT (hall_id, prefix, service_day) DO UPDATE SET last_number = excluded.last_number`,
        [hall.hall.id, service.prefix, today, sequence - 1],
      );
      const issued = await testApp.graphql<{ issueTicket: { ticket: { number: string } } }>(
        'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { number } } }',
        { input: { hallId: hall.hall.id, serviceId: service.id } },
        { token: hall.tokens.kiosk },
      );
      expect(issued.errors).toBeUndefined();
      expect(issued.data!.issueTicket.ticket.number).toBe(formatTicketNumber(service.prefix, sequence));
    }
    expect(formatTicketNumber('A', 7)).toBe('A007');
    expect(formatTicketNumber('GS', 1000)).toBe('GS1000');
  });

  it('records every change as a hall event with a gapless seq', async () => {
    const rows = await testApp.app.orm.em
      .fork()
      .execute<{ seq: number; type: string }[]>(
        'SELECT seq, type FROM hall_event WHERE hall_id = ? ORDER BY seq',
        [fixture.hall.id],
      );
    expect(rows.map((row) => row.seq)).toEqual(rows.map((_, index) => index + 1));
    expect(rows.map((row) => row.type).slice(0, 5)).toEqual([
      'TICKET_ISSUED',
      'TICKET_CALLED',
      'SERVING_STARTED',
      'TICKET_COMPLETED',
      'TICKET_RATED',
    ]);
  });
});
