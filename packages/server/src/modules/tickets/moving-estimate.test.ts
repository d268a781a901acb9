import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHallFixture, type HallFixture } from '../../../test/support/hall-fixture.js';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';

// The estimate moves (issue 21): a waiting ticket's `estimate` is its wait from now, estimated
// again as the queue moves, while its segment keeps the estimate given when it queued — the one
// the statistics judge. What a walk-in queued with (the people ahead then) is kept beside its
// wait, so the next estimates learn the minutes a place takes.

const minute = 60_000;
let testApp: TestApp;
let fixture: HallFixture;
beforeAll(async () => {
  testApp = await startTestApp();
  fixture = await createHallFixture(testApp, { serviceCount: 1, counterCount: 1 });
});
afterAll(async () => {
  await testApp?.close();
});

interface Range {
  p50Minutes: number;
  p90Minutes: number;
}

const issue = async (): Promise<{ accessCode: string; id: string; estimate: Range; peopleAhead: number }> => {
  const result = await testApp.graphql<{
    issueTicket: { accessCode: string; peopleAhead: number; estimate: Range; ticket: { id: string } };
  }>(
    'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { accessCode peopleAhead estimate { p50Minutes p90Minutes } ticket { id } } }',
    { input: { hallId: fixture.hall.id, serviceId: fixture.services[0]!.id } },
    { token: fixture.tokens.kiosk },
  );
  expect(result.errors).toBeUndefined();
  const { accessCode, peopleAhead, estimate, ticket } = result.data!.issueTicket;
  return { accessCode, id: ticket.id, estimate, peopleAhead };
};

const seen = async (accessCode: string) => {
  const result = await testApp.graphql<{
    myTicket: {
      status: string;
      position: number | null;
      estimate: Range | null;
      segments: { estimate: Range | null }[];
    };
  }>(
    'query($code: String!) { myTicket(accessCode: $code) { status position estimate { p50Minutes p90Minutes } segments { estimate { p50Minutes p90Minutes } } } }',
    { code: accessCode },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.myTicket;
};

const clerk = async (query: string, variables: Record<string, unknown>) => {
  const result = await testApp.graphql(query, variables, { token: fixture.tokens.clerk });
  expect(result.errors).toBeUndefined();
  return result.data as Record<string, { id: string } | null>;
};

/** The clerk at the hall's counter calls and completes `count` citizens, 3 minutes each. */
const serve = async (count: number): Promise<void> => {
  for (let served = 0; served < count; served += 1) {
    const called = await clerk('mutation($id: ID!) { callNext(counterId: $id) { id } }', {
      id: fixture.counters[0]!.id,
    });
    testApp.clock.advance(3 * minute);
    await clerk('mutation($id: ID!) { completeTicket(ticketId: $id) { id } }', { id: called.callNext!.id });
  }
};

describe('a waiting ticket’s estimate', () => {
  it('moves as the queue moves, while its segment keeps the one it was given', async () => {
    const counterId = fixture.counters[0]!.id;
    await clerk('mutation($id: ID!) { openCounter(counterId: $id) { id } }', { id: counterId });
    const tickets = [];
    for (let index = 0; index < 6; index += 1) {
      tickets.push(await issue());
      testApp.clock.advance(1000);
    }
    const last = tickets.at(-1)!;
    expect(last.peopleAhead).toBe(5);

    const atIssue = await seen(last.accessCode);
    expect(atIssue.position).toBe(5);
    expect(atIssue.estimate).toEqual(last.estimate);
    expect(atIssue.segments[0]!.estimate).toEqual(last.estimate);

    // Four citizens served, 3 minutes each, far quicker than the prior of 8: the line moved.
    await serve(4);
    const later = await seen(last.accessCode);
    expect(later.position).toBe(1);
    expect(later.estimate!.p50Minutes).toBeLessThan(last.estimate.p50Minutes);
    expect(later.estimate!.p90Minutes).toBeGreaterThan(later.estimate!.p50Minutes);
    // The statistics keep judging the estimate given at issue.
    expect(later.segments[0]!.estimate).toEqual(last.estimate);

    // Once called, it shows the estimate it was given again: nothing is left to wait for.
    await serve(2);
    const done = await seen(last.accessCode);
    expect(done.status).toBe('DONE');
    expect(done.estimate).toEqual(last.estimate);
  });

  it('on the board, is each queue’s wait for someone joining now, moving with the queue', async () => {
    const boardEstimate = async () => {
      const result = await testApp.graphql<{
        board: { queues: { waiting: number; estimate: Range | null }[] };
      }>(
        'query($id: ID!) { board(hallId: $id) { queues { waiting estimate { p50Minutes p90Minutes } } } }',
        { id: fixture.hall.id },
        { token: fixture.tokens.display },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.board.queues[0]!;
    };
    for (let index = 0; index < 3; index += 1) await issue();
    const longer = await boardEstimate();
    expect(longer.waiting).toBe(3);
    // Two served: the line is shorter, and the board says so.
    await serve(2);
    const shorter = await boardEstimate();
    expect(shorter.waiting).toBe(1);
    expect(shorter.estimate!.p50Minutes).toBeLessThan(longer.estimate!.p50Minutes);
  });

  it('keeps the people ahead a walk-in queued with, for the minutes a place takes', async () => {
    const rows = await testApp.app.orm.em
      .fork()
      .execute<{ people_ahead_at_queue: number | null }[]>(
        `SELECT people_ahead_at_queue FROM segment WHERE service_id = ? ORDER BY queued_at, id LIMIT 6`,
        [fixture.services[0]!.id],
      );
    expect(rows.map((row) => row.people_ahead_at_queue)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
