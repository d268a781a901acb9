import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeBusContract, type BusTransport } from '../../test/scale-out/bus-contract.js';
import { openBusDatabase, recorder, type BusDatabase } from '../../test/scale-out/bus-fixture.js';
import { expectEventually } from '../../test/support/eventually.js';
import { createLogger } from '../logger.js';
import {
  notifyPayloadLimitBytes,
  PostgresHallEventBus,
  type PostgresEventBusOptions,
} from './postgres-event-bus.js';

let database: BusDatabase;
let admin: pg.Client;
const buses: PostgresHallEventBus[] = [];

beforeAll(async () => {
  database = await openBusDatabase();
  admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
});
afterAll(async () => {
  await Promise.all(buses.map((bus) => bus.close()));
  await admin?.end();
  await database?.close();
});

async function startBus(options: Partial<PostgresEventBusOptions> = {}): Promise<PostgresHallEventBus> {
  const bus = await PostgresHallEventBus.start({
    databaseUrl: database.url,
    logger: createLogger('silent'),
    checkIntervalMs: 0,
    ...options,
  });
  buses.push(bus);
  return bus;
}

/** Connections of a bus still open on the server, by the application_name its connections carry. */
async function openConnections(bus: PostgresHallEventBus): Promise<number> {
  const result = await admin.query<{ count: string }>(
    `SELECT count(*)::text AS count FROM pg_stat_activity WHERE application_name LIKE $1`,
    [`%${bus.origin}`],
  );
  return Number(result.rows[0]!.count);
}

const postgres: BusTransport<PostgresHallEventBus> = {
  database: () => database,
  startBus,
  async cutListenerConnection(bus) {
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [
      bus.listenerName,
    ]);
  },
  hasOpenConnections: async (bus) => (await openConnections(bus)) >= 1,
};

describe('PostgreSQL LISTEN/NOTIFY event bus', () => {
  describeBusContract(postgres);

  it('sends an event too large for NOTIFY as a reference, and the receiver reads it from the table', async () => {
    const hallId = await database.createHall();
    const [sender, receiver] = [await startBus(), await startBus()];
    const received = recorder();
    receiver.subscribe(hallId, received.listener);
    // 3 bytes a character in UTF-8: far over NOTIFY's 8000-byte limit.
    const reason = '暂停'.repeat(notifyPayloadLimitBytes / 3);
    const published = await database.commit(hallId, 2, { bus: sender, reason });
    expect(Buffer.byteLength(JSON.stringify(published))).toBeGreaterThan(8000);
    await expectEventually(() => expect(received.events).toEqual(published));
  });
});
