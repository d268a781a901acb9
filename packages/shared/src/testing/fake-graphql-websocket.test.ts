import { afterEach, describe, expect, it } from 'vitest';
import { createOneStopClient, disposeOneStopClient } from '../client/index.js';
import { createFakeGraphqlWebSocket } from './index.js';

const clients: ReturnType<typeof createOneStopClient>[] = [];
afterEach(() => clients.splice(0).forEach(disposeOneStopClient));

function clientOn(server: ReturnType<typeof createFakeGraphqlWebSocket>) {
  const client = createOneStopClient({
    url: 'http://hall.test/graphql',
    getToken: () => 'device-token',
    locale: 'zh-CN',
    webSocketImpl: server.WebSocket,
  });
  clients.push(client);
  return client;
}

async function until(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 200 && !condition(); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  expect(condition()).toBe(true);
}

describe('createFakeGraphqlWebSocket', () => {
  it('records a subscription with its variables and token, and delivers what the test pushes', async () => {
    const server = createFakeGraphqlWebSocket();
    const results: unknown[] = [];
    const subscription = clientOn(server)
      .subscription('subscription Tick($hallId: ID!) { tick(hallId: $hallId) }', { hallId: 'hall-1' })
      .subscribe((result) => results.push(result.error?.graphQLErrors[0]?.extensions ?? result.data));
    await until(() => server.open('Tick').length === 1);
    const [tick] = server.open('Tick');
    expect(tick?.variables).toEqual({ hallId: 'hall-1' });
    expect(tick?.connectionParams).toEqual({ token: 'device-token' });

    tick?.next({ tick: 1 });
    await until(() => results.length === 1);
    tick?.error('UNAUTHENTICATED');
    await until(() => results.length === 2);
    expect(results).toEqual([{ tick: 1 }, { code: 'UNAUTHENTICATED' }]);
    expect(tick?.open).toBe(false);
    subscription.unsubscribe();
  });

  it('marks a subscription closed when the client stops it or the socket drops', async () => {
    const server = createFakeGraphqlWebSocket();
    const client = clientOn(server);
    const first = client.subscription('subscription A { a }', {}).subscribe(() => undefined);
    client.subscription('subscription B { b }', {}).subscribe(() => undefined);
    await until(() => server.open('A').length === 1 && server.open('B').length === 1);
    first.unsubscribe();
    await until(() => server.open('A').length === 0);

    server.control.serverUp = false;
    server.drop();
    expect(server.open('B')).toHaveLength(0);
  });
});
