import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually } from '../../test/support/eventually.js';
import { createHallFixture, type HallFixture } from '../../test/support/hall-fixture.js';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';

let testApp: TestApp;
let fixture: HallFixture;
beforeAll(async () => {
  testApp = await startTestApp();
  fixture = await createHallFixture(testApp, { serviceCount: 1, counterCount: 1 });
});
afterAll(async () => {
  await testApp?.close();
});

async function scrape(): Promise<string> {
  const response = await fetch(`${testApp.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return await response.text();
}

/** The value of one sample line, or null. */
function sample(text: string, line: string): number | null {
  const found = text.split('\n').find((candidate) => candidate.startsWith(`${line} `));
  return found ? Number(found.slice(line.length + 1)) : null;
}

describe('GET /metrics', () => {
  it('counts operations, connections, subscriptions, published events and the pool', async () => {
    const before = await scrape();
    expect(sample(before, 'onestop_websocket_connections')).toBe(0);
    expect(sample(before, 'onestop_graphql_subscriptions')).toBe(0);
    expect(before).toContain('onestop_process_cpu_user_seconds_total');
    const mutationsOk = 'onestop_graphql_operation_duration_seconds_count{type="mutation",outcome="ok"}';
    const refused = 'onestop_graphql_operation_duration_seconds_count{type="unknown",outcome="error"}';
    const okBefore = sample(before, mutationsOk) ?? 0;
    const refusedBefore = sample(before, refused) ?? 0;

    const display = testApp.webSocketClient({ token: fixture.tokens.display });
    const stop = display.subscribe(
      {
        query: 'subscription($id: ID!) { boardUpdated(hallId: $id) { seq } }',
        variables: { id: fixture.hall.id },
      },
      { next: () => undefined, error: () => undefined, complete: () => undefined },
    );
    const issued = await testApp.graphql(
      'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { id } } }',
      { input: { hallId: fixture.hall.id, serviceId: fixture.services[0]!.id } },
      { token: fixture.tokens.kiosk },
    );
    expect(issued.errors).toBeUndefined();
    await testApp.graphql('query { nope }');

    await expectEventually(async () => {
      const during = await scrape();
      expect(sample(during, 'onestop_websocket_connections')).toBe(1);
      expect(sample(during, 'onestop_graphql_subscriptions')).toBe(1);
      expect(sample(during, 'onestop_hall_events_published_total')).toBeGreaterThanOrEqual(1);
      expect(sample(during, mutationsOk)).toBe(okBefore + 1);
      // A document that does not validate has no operation type.
      expect(sample(during, refused)).toBe(refusedBefore + 1);
      expect(sample(during, 'onestop_db_pool_connections{state="used"}')).not.toBeNull();
      // The root resolver, by its schema name; the nested ticket { id } is not timed on its own.
      expect(
        sample(
          during,
          'onestop_graphql_resolver_duration_seconds_count{field="Mutation.issueTicket",outcome="ok"}',
        ),
      ).toBe(1);
      expect(during).not.toContain('field="IssuedTicket.ticket"');
    });

    stop();
    await display.dispose();
    await expectEventually(async () => {
      const after = await scrape();
      expect(sample(after, 'onestop_graphql_subscriptions')).toBe(0);
      expect(sample(after, 'onestop_websocket_connections')).toBe(0);
    });
  });
});
