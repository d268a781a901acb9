import { createClient, type Client } from 'graphql-ws';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/database.js';
import { expectEventually } from '../support/eventually.js';
import { createHallFixture, type HallFixture } from '../support/hall-fixture.js';
import { startTestApp } from '../support/test-app.js';
import { checkIntegrity, issueOnce, postGraphQL, startIssueLoad } from './fault-support.js';
import { startServerProcess, type ServerProcess } from '../../bench/support/server-process.js';

// The server is killed with SIGKILL while kiosks issue and counters call: no shutdown code runs.
// Started again on the same database, everything it acknowledged is there, and a display that
// reconnects with hallEvents(afterSeq:) gets every event exactly once.

let databaseUrl: string;
let fixture: HallFixture;
const servers: ServerProcess[] = [];
const dataDir = mkdtempSync(join(tmpdir(), 'onestop-process-'));

/** The real server as its own process, from source, on the test's database. */
async function startServer(port?: number): Promise<ServerProcess> {
  return await startServerProcess({
    databaseUrl,
    dataDir,
    port,
    fromSource: true,
    environment: { DEMO: 'off' },
  });
}
const clients: Client[] = [];
beforeAll(async () => {
  databaseUrl = await createTestDatabase();
  // The hall, its staff and devices, written by an in-process app on the real clock (the child
  // process checks the clerk's session against its own clock), then that app is gone.
  const setup = await startTestApp({ clock: () => new Date() }, databaseUrl);
  try {
    fixture = await createHallFixture(setup, { serviceCount: 2, counterCount: 3, openCounters: true });
  } finally {
    await setup.close();
  }
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  for (const server of servers) await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const eventsSubscription =
  'subscription($hallId: ID!, $afterSeq: Int) { hallEvents(hallId: $hallId, afterSeq: $afterSeq) { seq type ticket { id } } }';
type EventData = { hallEvents: { seq: number; type: string; ticket: { id: string } | null } };

/** A display on `server`'s hall events after `afterSeq`, collecting their seqs. */
function display(server: ServerProcess, afterSeq: number): { seqs: number[]; closed: () => boolean } {
  const client = createClient({
    url: `${server.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { token: fixture.tokens.display },
    retryAttempts: 0,
  });
  clients.push(client);
  const seqs: number[] = [];
  let ended = false;
  client.subscribe<EventData>(
    { query: eventsSubscription, variables: { hallId: fixture.hall.id, afterSeq } },
    {
      next: (value) => {
        if (value.data) seqs.push(value.data.hallEvents.seq);
      },
      error: () => {
        ended = true;
      },
      complete: () => {
        ended = true;
      },
    },
  );
  return { seqs, closed: () => ended };
}

/** Counter clerks calling the next ticket and completing it, until stopped; what was acknowledged. */
function startCounterLoad(baseUrl: string) {
  const called: string[] = [];
  const completed: string[] = [];
  let stopped = false;
  const counterLoop = async (counterId: string): Promise<void> => {
    while (!stopped) {
      const call = await postGraphQL<{ callNext: { id: string } | null }>(
        baseUrl,
        'mutation($counterId: ID!) { callNext(counterId: $counterId) { id } }',
        { counterId },
        fixture.tokens.clerk,
      );
      const ticketId = call?.data?.callNext?.id;
      if (!ticketId) {
        // An empty queue, or the server is gone: wait a little instead of spinning.
        await new Promise((resolveWait) => setTimeout(resolveWait, 20));
        continue;
      }
      called.push(ticketId);
      const done = await postGraphQL<{ completeTicket: { id: string } }>(
        baseUrl,
        'mutation($ticketId: ID!) { completeTicket(ticketId: $ticketId) { id } }',
        { ticketId },
        fixture.tokens.clerk,
      );
      if (done?.data?.completeTicket.id === ticketId) completed.push(ticketId);
    }
  };
  const running = Promise.all(fixture.counters.map((counter) => counterLoop(counter.id)));
  return {
    called,
    completed,
    async stop() {
      stopped = true;
      await running;
    },
  };
}

describe('the server killed with SIGKILL mid-load', () => {
  it('keeps every acknowledged ticket and event, and a reconnecting display catches up without gap or repeat', async () => {
    const first = await startServer();
    servers.push(first);
    const before = display(first, 0);

    const issues = startIssueLoad({
      baseUrl: () => first.url,
      kioskToken: fixture.tokens.kiosk,
      input: (index) => ({ hallId: fixture.hall.id, serviceId: fixture.services[index % 2]!.id }),
      workers: 3,
      maxRequests: 2_000,
    });
    const counters = startCounterLoad(first.url);
    const issuedTickets = (): string[] =>
      issues.outcomes.flatMap((outcome) => (outcome.ticketId ? [outcome.ticketId] : []));
    await expectEventually(() => {
      expect(issuedTickets().length).toBeGreaterThanOrEqual(80);
      expect(counters.completed.length).toBeGreaterThanOrEqual(15);
      expect(before.seqs.length).toBeGreaterThanOrEqual(50);
    }, 20_000);

    // Mid-load: requests are in flight from three kiosks and three counters.
    expect(await first.kill()).toBe('SIGKILL');
    await issues.stop();
    await counters.stop();
    await expectEventually(() => expect(before.closed()).toBe(true), 5_000);
    const lastSeen = before.seqs.at(-1)!;

    const second = await startServer(first.port);
    servers.push(second);
    const after = display(second, lastSeen);
    // Life goes on after the restart: the reconnected display sees the new events live.
    const newTickets: string[] = [];
    for (let index = 0; index < 10; index += 1) {
      const outcome = await issueOnce(second.url, fixture.tokens.kiosk, {
        hallId: fixture.hall.id,
        serviceId: fixture.services[0]!.id,
      });
      expect(outcome.errorCode).toBeNull();
      newTickets.push(outcome.ticketId!);
    }

    const acknowledgedTickets = [...issuedTickets(), ...newTickets];
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ last: number }>(
        'SELECT last_event_seq AS last FROM hall WHERE id = $1',
        [fixture.hall.id],
      );
      const lastSeq = rows[0]!.last;
      await expectEventually(() => expect(after.seqs.at(-1)).toBe(lastSeq), 5_000);
      // Before the kill and after the reconnect, together: 1 … last, each exactly once.
      expect([...before.seqs, ...after.seqs]).toEqual(
        Array.from({ length: lastSeq }, (_, index) => index + 1),
      );

      // Every acknowledged call and completion left its event.
      const events = await client.query<{ ticket_id: string; type: string }>(
        `SELECT ticket_id, type FROM hall_event WHERE hall_id = $1 AND type IN ('TICKET_CALLED', 'TICKET_COMPLETED')`,
        [fixture.hall.id],
      );
      const eventKeys = new Set(events.rows.map((row) => `${row.type} ${row.ticket_id}`));
      expect(counters.called.filter((id) => !eventKeys.has(`TICKET_CALLED ${id}`))).toEqual([]);
      expect(counters.completed.filter((id) => !eventKeys.has(`TICKET_COMPLETED ${id}`))).toEqual([]);
      const done = await client.query<{ ticket_id: string }>(
        `SELECT ticket_id FROM segment WHERE ticket_id = ANY($1::uuid[]) AND status = 'DONE'`,
        [counters.completed],
      );
      expect(done.rows).toHaveLength(counters.completed.length);
    } finally {
      await client.end();
    }

    const integrity = await checkIntegrity(databaseUrl, acknowledgedTickets);
    expect(integrity).toEqual({
      tickets: integrity.tickets,
      lostTickets: [],
      halfWritten: [],
      brokenNumberings: [],
      brokenEventLogs: [],
    });
    // Tickets the database has beyond the acknowledged ones: at most those in flight at the kill.
    expect(integrity.tickets - acknowledgedTickets.length).toBeLessThanOrEqual(3);
  });
});
