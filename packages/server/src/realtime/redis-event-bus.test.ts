import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBusDatabase, recorder, seqsUpTo, type BusDatabase } from '../../test/scale-out/bus-fixture.js';
import { expectEventually } from '../../test/support/eventually.js';
import { testRedisUrl } from '../../test/support/redis.js';
import { createLogger } from '../logger.js';
import { RedisHallEventBus, type RedisEventBusOptions } from './redis-event-bus.js';

/** One channel per test run: runs sharing the Redis never hear each other. */
const channel = `onestop-test:${randomUUID()}:hall-events`;

let database: BusDatabase;
let admin: Redis;
const buses: RedisHallEventBus[] = [];

beforeAll(async () => {
  if (!testRedisUrl) return;
  database = await openBusDatabase();
  admin = new Redis(testRedisUrl, { lazyConnect: true });
  await admin.connect();
});
afterAll(async () => {
  await Promise.all(buses.map((bus) => bus.close()));
  admin?.disconnect();
  await database?.close();
});

async function startBus(options: Partial<RedisEventBusOptions> = {}): Promise<RedisHallEventBus> {
  const bus = await RedisHallEventBus.start({
    redisUrl: testRedisUrl!,
    databaseUrl: database.url,
    logger: createLogger('silent'),
    channel,
    checkIntervalMs: 0,
    ...options,
  });
  buses.push(bus);
  return bus;
}

describe.runIf(testRedisUrl)('Redis pub/sub event bus', () => {
  it('delivers each event once and in order, on the other instance and on the publishing one', async () => {
    const hallId = await database.createHall();
    const [one, two] = [await startBus(), await startBus()];
    const onOne = recorder();
    const onTwo = recorder();
    one.subscribe(hallId, onOne.listener);
    two.subscribe(hallId, onTwo.listener);
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
    const [last] = await database.commit(hallId, 1, { bus: two });
    await expectEventually(() => expect(onOne.seqs().at(-1)).toBe(last!.seq));
    expect(onOne.seqs()).toEqual(seqsUpTo(8));
    expect(onTwo.seqs()).toEqual(seqsUpTo(8));
    expect(onOne.events).toEqual(onTwo.events);
  });

  it('by default listens on a channel named after the database, so instances on other databases never share it', async () => {
    const bus = await startBus({ channel: undefined });
    const databaseName = new URL(database.url).pathname.slice(1);
    expect(bus.channel).toBe(`onestop:${databaseName}:hall-events`);
    expect(await admin.call('PUBSUB', 'NUMSUB', bus.channel)).toEqual([bus.channel, 1]);
  });

  it('reconnects by itself after its connection is cut and delivers what was published meanwhile, with no further event', async () => {
    const busy = await database.createHall();
    const quiet = await database.createHall();
    const listener = await startBus({ reconnectDelayMs: 1_000 });
    const publisher = await startBus();
    const onBusy = recorder();
    const onQuiet = recorder();
    listener.subscribe(busy, onBusy.listener);
    listener.subscribe(quiet, onQuiet.listener);
    await database.commit(busy, 2, { bus: publisher });
    await expectEventually(() => expect(onBusy.seqs()).toEqual([1, 2]));

    await admin.call('CLIENT', 'KILL', 'ID', String(await listener.subscriberClientId()));
    await expectEventually(() => expect(listener.listening).toBe(false));
    // Published while the listener is away: Redis keeps nothing for it.
    await database.commit(busy, 3, { bus: publisher });
    await database.commit(quiet, 2, { bus: publisher });
    expect(listener.listening).toBe(false);

    await expectEventually(() => {
      expect(onBusy.seqs()).toEqual(seqsUpTo(5));
      expect(onQuiet.seqs()).toEqual([1, 2]);
    });
    expect(listener.reconnects).toBe(1);
    await database.commit(busy, 1, { bus: publisher });
    await expectEventually(() => expect(onBusy.seqs()).toEqual(seqsUpTo(6)));
  });

  it('catches up on events whose message never came', async () => {
    const hallId = await database.createHall();
    const bus = await startBus({ checkIntervalMs: 100 });
    const received = recorder();
    bus.subscribe(hallId, received.listener);
    await database.commit(hallId, 3);
    await expectEventually(() => expect(received.seqs()).toEqual([1, 2, 3]), 2_000);
  });

  it('closes its connections, and a second close is harmless', async () => {
    const bus = await startBus();
    const subscriberName = `onestop-subscribe-${bus.origin}`;
    const clientNames = async (): Promise<string> => (await admin.call('CLIENT', 'LIST')) as string;
    expect(await clientNames()).toContain(subscriberName);
    await bus.close();
    await bus.close();
    await expectEventually(async () => expect(await clientNames()).not.toContain(subscriberName));
  });
});
