import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHallFixture, type HallFixture } from '../../../test/support/hall-fixture.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../../../test/support/test-app.js';

/**
 * The figures of tickets that went through the real queue engine: what the engine writes
 * (first call, servingAt = calledAt when completed from CALLED, the clerk on COUNTER_OPENED)
 * is what the statistics read.
 */

let testApp: TestApp;
let fixture: HallFixture;
beforeAll(async () => {
  testApp = await startTestApp();
  fixture = await createHallFixture(testApp, { serviceCount: 1, counterCount: 1, openCounters: false });
});
afterAll(async () => {
  await testApp?.close();
});

async function ok<Data>(promise: Promise<GraphQLResponse<Data>>): Promise<Data> {
  const result = await promise;
  expect(result.errors).toBeUndefined();
  return result.data!;
}

const minute = 60_000;

describe('statistics of a day run through the engine', () => {
  it('counts, times, the estimate given at enqueue, ratings and utilisation', async () => {
    const clerk = (query: string, variables: Record<string, unknown> = {}) =>
      ok(testApp.graphql<Record<string, { id: string }>>(query, variables, { token: fixture.tokens.clerk }));
    const counterId = fixture.counters[0]!.id;
    // The test clock starts at 09:30 in Shanghai.
    const dayStart = new Date('2026-11-23T16:00:00.000Z');
    const dayEnd = new Date('2026-11-24T16:00:00.000Z');

    await clerk('mutation($id: ID!) { openCounter(counterId: $id) { id } }', { id: counterId });
    testApp.clock.advance(minute);
    const issue = () =>
      ok(
        testApp.graphql<{
          issueTicket: {
            accessCode: string;
            ticket: { id: string };
            estimate: { p50Minutes: number; p90Minutes: number };
          };
        }>(
          'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { accessCode ticket { id } estimate { p50Minutes p90Minutes } } }',
          { input: { hallId: fixture.hall.id, serviceId: fixture.services[0]!.id } },
          { token: fixture.tokens.kiosk },
        ),
      );
    const served = (await issue()).issueTicket;
    testApp.clock.advance(minute);
    // Queued behind the first and given up before any call.
    const cancelled = (await issue()).issueTicket;
    await ok(
      testApp.graphql('mutation($code: String!) { cancelTicket(accessCode: $code) { id } }', {
        code: cancelled.accessCode,
      }),
    );
    testApp.clock.advance(3 * minute);
    await clerk('mutation($id: ID!) { callNext(counterId: $id) { id } }', { id: counterId });
    testApp.clock.advance(4 * minute);
    // Completed straight from CALLED: service time counts from the call.
    await clerk('mutation($id: ID!) { completeTicket(ticketId: $id) { id } }', { id: served.ticket.id });
    await ok(
      testApp.graphql('mutation($code: String!) { rateTicket(accessCode: $code, score: 4) { id } }', {
        code: served.accessCode,
      }),
    );
    testApp.clock.advance(minute);
    await clerk('mutation($id: ID!) { pauseCounter(counterId: $id, reason: "lunch") { id } }', {
      id: counterId,
    });
    testApp.clock.advance(30 * minute);

    const me = await ok(
      testApp.graphql<{ me: { id: string } }>('{ me { id } }', {}, { token: fixture.tokens.clerk }),
    );
    const stats = await ok(
      testApp.graphql<{ waitStats: Record<string, number | string | null>[] }>(
        `query($input: StatsInput!) { waitStats(input: $input) {
           key issued served cancelled avgWaitSeconds p90WaitSeconds avgServiceSeconds slaRate abandonRate
           estimateMaeSeconds estimateUnderRate ratings satisfactionRate utilisation } }`,
        {
          input: {
            hallId: fixture.hall.id,
            from: dayStart.toISOString(),
            to: dayEnd.toISOString(),
            groupBy: 'STAFF',
            staffIds: [me.me.id],
          },
        },
        { token: fixture.tokens.clerk },
      ),
    );
    // Waited 09:31 → 09:35, served 09:35 → 09:39; the counter was open 09:30 → 09:40.
    const estimate = served.estimate;
    expect(stats.waitStats).toEqual([
      {
        key: me.me.id,
        issued: 1,
        served: 1,
        cancelled: 0,
        avgWaitSeconds: 240,
        p90WaitSeconds: 240,
        avgServiceSeconds: 240,
        slaRate: 1,
        abandonRate: 0,
        estimateMaeSeconds: Math.abs(estimate.p50Minutes * 60 - 240),
        estimateUnderRate: 240 > estimate.p90Minutes * 60 ? 1 : 0,
        ratings: 1,
        satisfactionRate: 1,
        utilisation: 240 / 600,
      },
    ]);

    const hall = await ok(
      testApp.graphql<{ waitStats: { issued: number; cancelled: number; abandonRate: number }[] }>(
        'query($input: StatsInput!) { waitStats(input: $input) { issued cancelled abandonRate } }',
        {
          input: {
            hallId: fixture.hall.id,
            from: dayStart.toISOString(),
            to: dayEnd.toISOString(),
            groupBy: 'HALL',
          },
        },
        { token: fixture.tokens.admin },
      ),
    );
    expect(hall.waitStats).toEqual([{ issued: 2, cancelled: 1, abandonRate: 0.5 }]);
  });
});
