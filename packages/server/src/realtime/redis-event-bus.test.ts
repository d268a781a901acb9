import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeBusContract, type BusTransport } from '../../test/scale-out/bus-contract.js';
import { openBusDatabase, type BusDatabase } from '../../test/scale-out/bus-fixture.js';
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

const redis: BusTransport<RedisHallEventBus> = {
  database: () => database,
  startBus,
  async cutListenerConnection(bus) {
    await admin.call('CLIENT', 'KILL', 'ID', String(await bus.subscriberClientId()));
  },
  // The subscribing connection is named after the bus (the publishing one is not).
  hasOpenConnections: async (bus) =>
    ((await admin.call('CLIENT', 'LIST')) as string).includes(`onestop-subscribe-${bus.origin}`),
};

describe.runIf(testRedisUrl)('Redis pub/sub event bus', () => {
  describeBusContract(redis);

  it('by default listens on a channel named after the database, so instances on other databases never share it', async () => {
    const bus = await startBus({ channel: undefined });
    const databaseName = new URL(database.url).pathname.slice(1);
    expect(bus.channel).toBe(`onestop:${databaseName}:hall-events`);
    expect(await admin.call('PUBSUB', 'NUMSUB', bus.channel)).toEqual([bus.channel, 1]);
  });
});
