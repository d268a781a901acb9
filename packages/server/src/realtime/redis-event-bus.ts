import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { DriverPool } from '../db/driver.js';
import { sql } from '../db/sql.js';
import type { Logger } from '../logger.js';
import type { HallEventBus, HallEventListener } from './event-bus.js';
import type { HallEventMessage } from './events.js';
import { eventBusPool, everyInterval, HallEventRelay, PostgresHallEventSource } from './hall-event-relay.js';

/** What travels on the channel: the events of one publish, and the instance that sent them. */
interface RedisMessage {
  o: string;
  e: HallEventMessage[];
}

export interface RedisEventBusOptions {
  redisUrl: string;
  /** The database whose hall_event table fills what Redis did not deliver (pub/sub keeps nothing). */
  databaseUrl: string;
  logger: Logger;
  /**
   * The pub/sub channel; by default `onestop:<database name>:hall-events`, so instances on other
   * databases sharing the Redis never hear each other.
   */
  channel?: string;
  /** First wait before reconnecting to Redis; doubles up to `maxReconnectDelayMs`. */
  reconnectDelayMs?: number;
  maxReconnectDelayMs?: number;
  /** How often followed halls are compared with the table, for messages Redis lost (0: never). */
  checkIntervalMs?: number;
}

/**
 * Several instances and one Redis: pub/sub on one channel for all halls (an instance follows
 * most halls anyway; one SUBSCRIBE, nothing to keep in step with the halls followed). As with
 * PostgreSQL, an instance delivers its own events locally at publish and ignores its own messages,
 * so each listener gets each event once. ioredis reconnects by itself; pub/sub keeps nothing for a
 * disconnected subscriber, so after each reconnect (SUBSCRIBE first, then the table) every
 * followed hall catches up from the table, and a periodic check catches messages lost otherwise.
 */
export class RedisHallEventBus implements HallEventBus {
  /** How many times the subscription was re-established after a lost connection. */
  reconnects = 0;
  private readonly relay: HallEventRelay;
  private stopChecking: () => void = () => undefined;
  private subscribed = false;
  private closed = false;

  private constructor(
    private readonly options: RedisEventBusOptions,
    /** Names this instance's messages (ignored when they come back) and its subscribing connection. */
    readonly origin: string,
    readonly channel: string,
    private readonly pool: DriverPool,
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
  ) {
    this.relay = new HallEventRelay(new PostgresHallEventSource(pool), options.logger);
  }

  /** Connects to Redis and subscribes; fails when Redis or the database cannot be reached now. */
  static async start(options: RedisEventBusOptions): Promise<RedisHallEventBus> {
    const origin = randomUUID();
    const pool = eventBusPool(options.databaseUrl, `onestop-events-${origin}`, options.logger);
    const first = options.reconnectDelayMs ?? 100;
    const redisOptions = {
      lazyConnect: true,
      retryStrategy: (times: number) =>
        Math.min(first * 2 ** Math.min(times - 1, 16), options.maxReconnectDelayMs ?? 5_000),
    };
    const publisher = new Redis(options.redisUrl, { ...redisOptions, connectionName: 'onestop-publish' });
    // SUBSCRIBE is sent by the bus after each connect, so it knows when listening has resumed.
    const subscriber = new Redis(options.redisUrl, {
      ...redisOptions,
      connectionName: `onestop-subscribe-${origin}`,
      autoResubscribe: false,
      maxRetriesPerRequest: null,
    });
    for (const [client, role] of [
      [publisher, 'publisher'],
      [subscriber, 'subscriber'],
    ] as const) {
      // ioredis reports every failed attempt here; it keeps retrying by itself.
      client.on('error', (error: Error) =>
        options.logger.debug({ err: error, role }, 'event bus: Redis connection error'),
      );
    }
    try {
      const channel =
        options.channel ??
        `onestop:${(await pool.query<{ name: string }>(sql`SELECT current_database() AS name`))[0]!.name}:hall-events`;
      await Promise.all([publisher.connect(), subscriber.connect()]);
      const bus = new RedisHallEventBus(options, origin, channel, pool, publisher, subscriber);
      await bus.subscribeChannel();
      await bus.relay.start();
      bus.stopChecking = everyInterval(
        options.checkIntervalMs ?? 5_000,
        () => bus.relay.catchUp(),
        options.logger,
      );
      return bus;
    } catch (error) {
      publisher.disconnect();
      subscriber.disconnect();
      await pool.end().catch(() => undefined);
      throw error;
    }
  }

  /** Whether the channel is subscribed now. */
  get listening(): boolean {
    return this.subscribed && this.subscriber.status === 'ready';
  }

  /** The id Redis gives the subscribing connection (tests cut it with CLIENT KILL ID). */
  async subscriberClientId(): Promise<number> {
    // CLIENT ID is refused in subscribed mode: ask the publisher for the list and match by name.
    const list = (await this.publisher.call('CLIENT', 'LIST', 'TYPE', 'pubsub')) as string;
    const line = list.split('\n').find((entry) => entry.includes(` name=onestop-subscribe-${this.origin} `));
    const id = line ? /\bid=(\d+)/.exec(line)?.[1] : undefined;
    if (!id) throw new Error('subscriber connection not found');
    return Number(id);
  }

  publish(events: readonly HallEventMessage[]): void {
    if (this.closed || events.length === 0) return;
    for (const event of events) this.relay.accept(event);
    const message = JSON.stringify({ o: this.origin, e: [...events] } satisfies RedisMessage);
    this.publisher.publish(this.channel, message).catch((error: unknown) => {
      // The events are committed: other instances read them at their next check or next event.
      this.options.logger.warn({ err: error }, 'event bus: Redis PUBLISH failed');
    });
  }

  subscribe(hallId: string, listener: HallEventListener): () => void {
    return this.relay.subscribe(hallId, listener);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.stopChecking();
    this.subscriber.disconnect();
    // QUIT after what is queued, so messages published before closing still go out.
    if (this.publisher.status === 'ready') await this.publisher.quit().catch(() => undefined);
    this.publisher.disconnect();
    this.relay.close();
    await this.pool.end();
  }

  private async subscribeChannel(): Promise<void> {
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel === this.channel) this.receive(message);
    });
    this.subscriber.on('close', () => {
      this.subscribed = false;
    });
    // After the first connection, each `ready` is a reconnect: subscribe again, then catch up.
    this.subscriber.on('ready', () => {
      if (this.closed) return;
      this.subscriber
        .subscribe(this.channel)
        .then(async () => {
          this.subscribed = true;
          this.reconnects += 1;
          this.options.logger.info(
            { reconnects: this.reconnects },
            'event bus: Redis subscription re-established',
          );
          await this.relay.catchUp();
        })
        .catch((error: unknown) => {
          this.options.logger.warn({ err: error }, 'event bus: resubscribing or catching up failed');
        });
    });
    await this.subscriber.subscribe(this.channel);
    this.subscribed = true;
  }

  private receive(payload: string): void {
    let message: RedisMessage;
    try {
      message = JSON.parse(payload) as RedisMessage;
    } catch {
      this.options.logger.warn({ payload: payload.slice(0, 200) }, 'event bus: unreadable Redis message');
      return;
    }
    if (message.o === this.origin) return;
    for (const event of message.e) this.relay.accept(event);
  }
}
