import {
  type ConnectionStateStore,
  type OneStopClientOptions,
  createConnectionStateStore,
  createOneStopClient,
} from '@onestop/shared/client';
import type { Client } from '@urql/core';
import { readDeviceToken } from './device/device-token';

// The connection state of each client made here, for the screens' "reconnecting" mark and
// for the feeds that must resubscribe after a reconnect.
const connectionStates = new WeakMap<Client, ConnectionStateStore>();

/**
 * The app's one urql client. Public screens speak both languages at once, so the server's
 * own messages are asked for in the default language, zh-CN; the screens localise by code.
 */
export function createHallDisplayClient(overrides: Partial<OneStopClientOptions> = {}): Client {
  const connection = createConnectionStateStore();
  const client = createOneStopClient({
    getToken: readDeviceToken,
    locale: 'zh-CN',
    ...overrides,
    onConnectionChange: (state) => {
      connection.report(state);
      overrides.onConnectionChange?.(state);
    },
  });
  connectionStates.set(client, connection);
  return client;
}

/** The connection state of a client made by {@link createHallDisplayClient}. */
export function connectionStateOf(client: Client): ConnectionStateStore {
  const connection = connectionStates.get(client);
  if (!connection) throw new Error('This client was not made by createHallDisplayClient');
  return connection;
}
