import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBusDatabase, recorder, seqsUpTo, type BusDatabase } from '../../test/scale-out/bus-fixture.js';
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

describe('PostgreSQL LISTEN/NOTIFY event bus', () => {
  it('delivers each event once and in order, on the other instance and on the publishing one', async () => {
    const hallId = await database.createHall();
    const [one, two] = [await startBus(), await startBus()];
    const onOne = recorder();
    const onTwo = recorder();
    one.subscribe(hallId, onOne.listener);
    two.subscribe(hallId, onTwo.listener);
    // Transactions of one and of several events, published from both instances in turn.
    for (const [bus, count] of [
      [two, 1],
      [one, 2],
      [two, 3],
      [one, 1],
    ] as const) {
      await database.commit(hallId, count, { bus });
    }
    await expectEventually(() => {
      expect(onOne.seqs()).toEqual(seqsUpTo(7));
      expect(onTwo.seqs()).toEqual(seqsUpTo(7));
    });
    // A last event, then nothing late or repeated before it.
    const [last] = await database.commit(hallId, 1, { bus: two });
    await expectEventually(() => expect(onOne.seqs().at(-1)).toBe(last!.seq));
    expect(onOne.seqs()).toEqual(seqsUpTo(8));
    expect(onTwo.seqs()).toEqual(seqsUpTo(8));
    expect(onOne.events).toEqual(onTwo.events);
  });

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

  it('re-establishes a dropped LISTEN connection by itself and delivers what was committed meanwhile, with no further event', async () => {
    const busy = await database.createHall();
    const quiet = await database.createHall();
    // A second of waiting before reconnecting leaves time to commit while nobody listens.
    const listener = await startBus({ reconnectDelayMs: 1_000 });
    const publisher = await startBus();
    const onBusy = recorder();
    const onQuiet = recorder();
    listener.subscribe(busy, onBusy.listener);
    listener.subscribe(quiet, onQuiet.listener);
    await database.commit(busy, 2, { bus: publisher });
    await expectEventually(() => expect(onBusy.seqs()).toEqual([1, 2]));

    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [
      listener.listenerName,
    ]);
    await expectEventually(() => expect(listener.listening).toBe(false));
    // Committed and notified while the listener is away: the notifications are lost to it.
    await database.commit(busy, 3, { bus: publisher });
    await database.commit(quiet, 2, { bus: publisher });
    expect(listener.listening).toBe(false);

    await expectEventually(() => {
      expect(onBusy.seqs()).toEqual(seqsUpTo(5));
      expect(onQuiet.seqs()).toEqual([1, 2]);
    });
    expect(listener.reconnects).toBe(1);
    // Live again afterwards, without repeats.
    await database.commit(busy, 1, { bus: publisher });
    await expectEventually(() => expect(onBusy.seqs()).toEqual(seqsUpTo(6)));
  });

  it('catches up on events whose NOTIFY never came (a crash between commit and publish)', async () => {
    const hallId = await database.createHall();
    const bus = await startBus({ checkIntervalMs: 100 });
    const received = recorder();
    bus.subscribe(hallId, received.listener);
    await database.commit(hallId, 3);
    await expectEventually(() => expect(received.seqs()).toEqual([1, 2, 3]), 2_000);
  });

  it('fills a gap from the table when a later event arrives first', async () => {
    const hallId = await database.createHall();
    const [sender, receiver] = [await startBus(), await startBus()];
    const received = recorder();
    receiver.subscribe(hallId, received.listener);
    await database.commit(hallId, 1, { bus: sender });
    await expectEventually(() => expect(received.seqs()).toEqual([1]));
    // Seqs 2 and 3 never notified; 4 is, and brings them along in order.
    await database.commit(hallId, 2);
    await database.commit(hallId, 1, { bus: sender });
    await expectEventually(() => expect(received.seqs()).toEqual([1, 2, 3, 4]));
  });

  it('keeps sending after a transaction that wrote no events', async () => {
    const hallId = await database.createHall();
    const [sender, receiver] = [await startBus(), await startBus()];
    const received = recorder();
    receiver.subscribe(hallId, received.listener);
    sender.publish([]);
    await database.commit(hallId, 1, { bus: sender });
    await database.commit(hallId, 1, { bus: sender });
    await expectEventually(() => expect(received.seqs()).toEqual([1, 2]));
  });

  it('closes its connections, and a second close is harmless', async () => {
    const bus = await startBus();
    bus.subscribe(await database.createHall(), () => undefined);
    expect(await openConnections(bus)).toBeGreaterThanOrEqual(1);
    await bus.close();
    await bus.close();
    await expectEventually(async () => expect(await openConnections(bus)).toBe(0));
  });
});
