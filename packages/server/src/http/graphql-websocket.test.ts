import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { expectEventually } from '../../test/support/eventually.js';
import { serveGraphqlOverWebSocket } from './graphql-websocket.js';

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { hello: { type: GraphQLString } } }),
});

let httpServer: Server | null = null;
let served: { dispose(): Promise<void> } | null = null;
const clients: WebSocket[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.terminate();
  await served?.dispose();
  await new Promise<void>((resolve) => (httpServer ? httpServer.close(() => resolve()) : resolve()));
  httpServer = null;
  served = null;
});

/** A graphql-ws server whose keep-alive period is `keepAliveMs`, and its URL. */
async function serve(keepAliveMs: number): Promise<string> {
  httpServer = createServer();
  const webSocketServer = new WebSocketServer({ server: httpServer });
  served = serveGraphqlOverWebSocket(
    { schema },
    webSocketServer,
    () => ({ clientAddress: '127.0.0.1', acceptLanguage: undefined, connectionId: 'test' }),
    keepAliveMs,
  );
  await new Promise<void>((resolve) => httpServer!.listen(0, '127.0.0.1', resolve));
  return `ws://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
}

async function connect(url: string, options: { autoPong: boolean }): Promise<WebSocket> {
  const client = new WebSocket(url, 'graphql-transport-ws', options);
  clients.push(client);
  await new Promise((resolve, reject) => client.once('open', resolve).once('error', reject));
  return client;
}

describe('the WebSocket keep-alive', () => {
  it('pings every socket once a period, a slice of them at a time rather than all at once', async () => {
    const url = await serve(1_200);
    const pingTimes: number[][] = [];
    for (let index = 0; index < 120; index += 1) {
      const client = await connect(url, { autoPong: true });
      const times: number[] = [];
      pingTimes.push(times);
      client.on('ping', () => times.push(performance.now()));
    }
    await expectEventually(() => expect(pingTimes.every((times) => times.length >= 2)).toBe(true), 5_000);
    // Each socket's pings come a period apart.
    for (const times of pingTimes) expect(times[1]! - times[0]!).toBeGreaterThan(900);
    // No 10 ms holds more than a few of the 120 first pings (all at once, they came together).
    const first = pingTimes.map((times) => times[0]!).sort((a, b) => a - b);
    const mostInTenMs = Math.max(
      ...first.map((time) => first.filter((other) => other >= time && other < time + 10).length),
    );
    expect(mostInTenMs).toBeLessThanOrEqual(6);
  });

  it('closes a socket that does not answer a ping before its next one, and keeps one that does', async () => {
    const url = await serve(600);
    const silent = await connect(url, { autoPong: false });
    const answering = await connect(url, { autoPong: true });
    const closed = new Promise((resolve) => silent.once('close', resolve));
    await closed;
    expect(answering.readyState).toBe(WebSocket.OPEN);
  });
});
