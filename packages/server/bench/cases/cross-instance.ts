import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { readDemoCredentials } from '../../src/demo/seed.js';
import { prepareBenchHall } from '../support/bench-hall.js';
import { GraphqlHttp } from '../support/graphql-http.js';
import { percentile, sleep } from '../support/measure.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';

export type CrossInstanceTransport = 'postgres' | 'redis';

export interface CrossInstanceFigures {
  transport: CrossInstanceTransport;
  calls: number;
  /** From sending callNext to B until the display on B (the same instance) has the call. */
  sameInstance: { p50Ms: number; p99Ms: number };
  /** From sending callNext to B until the display on A (the other instance) has the call. */
  otherInstance: { p50Ms: number; p99Ms: number };
  /** Per call, how much later the other instance's display had it than the same instance's: the transport's share. */
  transportDelay: { p50Ms: number; p99Ms: number };
  /** The callNext request alone (its HTTP answer), for reference. */
  callNext: { p50Ms: number; p99Ms: number };
  /** Calls a display never received within 5 s. */
  missed: number;
}

const eventsSubscription = `subscription($hallId: ID!) { hallEvents(hallId: $hallId) {
  seq type call { ticketNumber } } }`;

/** A display's hallEvents over raw graphql-ws: when each called ticket number arrived. */
async function connectDisplay(
  url: string,
  token: string,
  hallId: string,
): Promise<{ calledAt: Map<string, number>; close: () => void }> {
  const calledAt = new Map<string, number>();
  const socket = new WebSocket(`${url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
  await new Promise<void>((resolveReady, reject) => {
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { token } })));
    socket.on('error', reject);
    socket.on('message', (raw: Buffer) => {
      const message = JSON.parse(raw.toString('utf8')) as {
        type: string;
        payload?: { data?: { hallEvents: { type: string; call: { ticketNumber: string } | null } } };
      };
      if (message.type === 'connection_ack') {
        socket.send(
          JSON.stringify({
            id: '1',
            type: 'subscribe',
            payload: { query: eventsSubscription, variables: { hallId } },
          }),
        );
        resolveReady();
        return;
      }
      const event = message.payload?.data?.hallEvents;
      if (event?.type === 'TICKET_CALLED' && event.call)
        calledAt.set(event.call.ticketNumber, performance.now());
    });
  });
  return { calledAt, close: () => socket.terminate() };
}

/**
 * Two server processes on one database and `transport` between them; a display on each. B issues
 * and calls `calls` tickets one after another; each call is timed to both displays.
 */
export async function benchCrossInstance(
  databaseUrl: string,
  transport: CrossInstanceTransport,
  options: { calls: number; redisUrl: string },
): Promise<CrossInstanceFigures> {
  const dataDirA = mkdtempSync(join(tmpdir(), 'onestop-bench-a-'));
  const dataDirB = mkdtempSync(join(tmpdir(), 'onestop-bench-b-'));
  const environment = { EVENT_BUS: transport, REDIS_URL: options.redisUrl };
  const servers: ServerProcess[] = [];
  const displays: { close: () => void }[] = [];
  try {
    // A seeds the demo district; B starts on the same database without seeding again.
    const instanceA = await startServerProcess({ databaseUrl, dataDir: dataDirA, environment });
    servers.push(instanceA);
    const instanceB = await startServerProcess({
      databaseUrl,
      dataDir: dataDirB,
      environment: { ...environment, DEMO: 'off' },
    });
    servers.push(instanceB);

    const hall = await prepareBenchHall(instanceA.url, dataDirA, 1);
    const kioskToken = readDemoCredentials(dataDirA)!.devices.find(
      (device) => device.hallId === hall.hallId && device.role === 'KIOSK',
    )!.token;
    const anonymousB = new GraphqlHttp(instanceB.url);
    const adminB = anonymousB.withToken(await anonymousB.login('admin', 'bench-password-1'));
    const kioskB = anonymousB.withToken(kioskToken);

    const onA = await connectDisplay(instanceA.url, hall.displayToken, hall.hallId);
    const onB = await connectDisplay(instanceB.url, hall.displayToken, hall.hallId);
    displays.push(onA, onB);
    // Subscriptions are registered shortly after `subscribe` is sent.
    await sleep(500);

    const counterId = hall.counterIds[0]!;
    const same: number[] = [];
    const other: number[] = [];
    const request: number[] = [];
    const delay: number[] = [];
    let missed = 0;
    let serving: string | null = null;
    for (let index = 0; index < options.calls; index += 1) {
      if (serving) {
        await adminB.request('mutation($id: ID!) { completeTicket(ticketId: $id) { id } }', { id: serving });
      }
      await kioskB.request(
        'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { id } } }',
        { input: { hallId: hall.hallId, serviceId: hall.serviceId } },
      );
      const sentAt = performance.now();
      const { callNext } = await adminB.request<{ callNext: { id: string; number: string } | null }>(
        'mutation($id: ID!) { callNext(counterId: $id) { id number } }',
        { id: counterId },
      );
      request.push(performance.now() - sentAt);
      if (!callNext) throw new Error('callNext found no ticket');
      serving = callNext.id;
      const deadline = performance.now() + 5_000;
      while (
        (!onA.calledAt.has(callNext.number) || !onB.calledAt.has(callNext.number)) &&
        performance.now() < deadline
      ) {
        await sleep(1);
      }
      const reachedA = onA.calledAt.get(callNext.number);
      const reachedB = onB.calledAt.get(callNext.number);
      if (reachedA === undefined || reachedB === undefined) missed += 1;
      if (reachedA !== undefined) other.push(reachedA - sentAt);
      if (reachedB !== undefined) same.push(reachedB - sentAt);
      if (reachedA !== undefined && reachedB !== undefined) delay.push(reachedA - reachedB);
    }
    const summary = (values: number[]): { p50Ms: number; p99Ms: number } => ({
      p50Ms: percentile(values, 50),
      p99Ms: percentile(values, 99),
    });
    return {
      transport,
      calls: options.calls,
      sameInstance: summary(same),
      otherInstance: summary(other),
      transportDelay: summary(delay),
      callNext: summary(request),
      missed,
    };
  } finally {
    for (const display of displays) display.close();
    for (const server of servers.reverse()) await server.stop();
    rmSync(dataDirA, { recursive: true, force: true });
    rmSync(dataDirB, { recursive: true, force: true });
  }
}
