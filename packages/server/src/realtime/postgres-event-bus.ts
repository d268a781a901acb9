import { randomUUID } from 'node:crypto';
import { createDriverClient, type DriverClient, type DriverPool } from '../db/driver.js';
import { sql } from '../db/sql.js';
import type { Logger } from '../logger.js';
import type { HallEventBus, HallEventListener } from './event-bus.js';
import type { HallEventMessage } from './events.js';
import {
  eventBusPool,
  everyInterval,
  HallEventRelay,
  PostgresHallEventSource,
  type HallEventSource,
} from './hall-event-relay.js';

/**
 * What travels on the channel: the events themselves (`e`), or, when they would not fit in a
 * NOTIFY payload, the hall and seq range to read from the table (`h`, `f`, `t`). `o` names the
 * instance that sent it.
 */
type Notification = { o: string; e: HallEventMessage[] } | { o: string; h: string; f: number; t: number };

/** NOTIFY refuses payloads of 8000 bytes or more; keep a margin. */
export const notifyPayloadLimitBytes = 7_900;

export interface PostgresEventBusOptions {
  databaseUrl: string;
  logger: Logger;
  /** LISTEN/NOTIFY channel; channels are per database, so instances on other databases never hear it. */
  channel?: string;
  /** First wait before re-establishing a dropped LISTEN connection; doubles up to `maxReconnectDelayMs`. */
  reconnectDelayMs?: number;
  maxReconnectDelayMs?: number;
  /** How often followed halls are compared with the table, for events whose NOTIFY never came (0: never). */
  checkIntervalMs?: number;
}

/** Quotes a channel name for LISTEN (an identifier; NOTIFY takes it as a parameter of pg_notify). */
function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Several instances on one database: PostgreSQL LISTEN/NOTIFY. An instance delivers its own
 * events to its listeners at publish (no round trip, and they keep flowing while NOTIFY is down)
 * and sends them to the others with NOTIFY after commit, in a statement of its own; it ignores
 * its own notifications, so each listener gets each event once. LISTEN runs on a dedicated
 * connection that re-establishes itself; after each reconnect every followed hall catches up
 * from the table, and a periodic check catches what a crash between commit and NOTIFY lost.
 */
export class PostgresHallEventBus implements HallEventBus {
  /** How many times the LISTEN connection was re-established (for tests and logs). */
  reconnects = 0;
  private readonly channel: string;
  private readonly relay: HallEventRelay;
  private listenClient: DriverClient | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private readonly outbox: string[] = [];
  private sending: Promise<void> | null = null;
  private stopChecking: () => void = () => undefined;
  private closed = false;

  private constructor(
    private readonly options: PostgresEventBusOptions,
    /** Names this instance's notifications (ignored when they come back) and its connections. */
    readonly origin: string,
    private readonly pool: DriverPool,
    source: HallEventSource,
  ) {
    this.channel = options.channel ?? 'onestop_hall_events';
    this.relay = new HallEventRelay(source, options.logger);
  }

  /** Connects and listens; fails when the database cannot be reached now. */
  static async start(options: PostgresEventBusOptions): Promise<PostgresHallEventBus> {
    const origin = randomUUID();
    const pool = eventBusPool(options.databaseUrl, `onestop-events-${origin}`, options.logger);
    const bus = new PostgresHallEventBus(options, origin, pool, new PostgresHallEventSource(pool));
    try {
      await bus.listen();
      await bus.relay.start();
    } catch (error) {
      await bus.close().catch(() => undefined);
      throw error;
    }
    bus.stopChecking = everyInterval(
      options.checkIntervalMs ?? 5_000,
      () => bus.relay.catchUp(),
      options.logger,
    );
    return bus;
  }

  /** Whether the LISTEN connection is up now. */
  get listening(): boolean {
    return this.listenClient !== null;
  }

  /** The application_name of this instance's LISTEN connection (tests find it in pg_stat_activity). */
  get listenerName(): string {
    return `onestop-listen-${this.origin}`;
  }

  publish(events: readonly HallEventMessage[]): void {
    if (this.closed || events.length === 0) return;
    for (const event of events) this.relay.accept(event);
    const byHall = new Map<string, HallEventMessage[]>();
    for (const event of events) byHall.set(event.hallId, [...(byHall.get(event.hallId) ?? []), event]);
    for (const [hallId, hallEvents] of byHall) {
      const full = JSON.stringify({ o: this.origin, e: hallEvents } satisfies Notification);
      this.outbox.push(
        Buffer.byteLength(full) <= notifyPayloadLimitBytes
          ? full
          : JSON.stringify({
              o: this.origin,
              h: hallId,
              f: hallEvents[0]!.seq,
              t: hallEvents.at(-1)!.seq,
            } satisfies Notification),
      );
    }
    // sendOutbox awaits before it clears `sending`, so the promise is stored before it could be.
    this.sending ??= this.sendOutbox();
  }

  subscribe(hallId: string, listener: HallEventListener): () => void {
    return this.relay.subscribe(hallId, listener);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.stopChecking();
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    // What was published before closing still reaches the other instances.
    await this.sending;
    const client = this.listenClient;
    this.listenClient = null;
    await client?.end().catch(() => undefined);
    this.relay.close();
    await this.pool.end();
  }

  /**
   * Sends what publish queued, in order, each batch in one statement on the pool: one round trip
   * for whatever piled up while the previous one ran, and never inside a caller's transaction.
   */
  private async sendOutbox(): Promise<void> {
    while (this.outbox.length > 0) {
      const batch = this.outbox.splice(0, 100);
      try {
        await this.pool.query(
          sql`SELECT pg_notify(${this.channel}::text, payload)
              FROM unnest(${batch}::text[]) WITH ORDINALITY AS outbox(payload, position) ORDER BY position`,
        );
      } catch (error) {
        // The events are committed: other instances read them at their next check or next event.
        this.options.logger.warn({ err: error, notifications: batch.length }, 'event bus: NOTIFY failed');
      }
    }
    this.sending = null;
  }

  private async listen(): Promise<void> {
    const client = createDriverClient(this.options.databaseUrl, this.listenerName);
    client.on('notification', (message) => {
      if (message.channel === this.channel && message.payload) this.receive(message.payload);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    try {
      await client.connect();
      await client.query(`LISTEN ${quoteIdentifier(this.channel)}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listenClient = client;
  }

  private receive(payload: string): void {
    let notification: Notification;
    try {
      notification = JSON.parse(payload) as Notification;
    } catch {
      this.options.logger.warn({ payload: payload.slice(0, 200) }, 'event bus: unreadable notification');
      return;
    }
    if (notification.o === this.origin) return;
    if ('e' in notification) for (const event of notification.e) this.relay.accept(event);
    else this.relay.acceptRange(notification.h, notification.f, notification.t);
  }

  private lost(client: DriverClient, error: Error | null): void {
    if (this.listenClient !== client || this.closed) return;
    this.listenClient = null;
    this.options.logger.warn({ err: error ?? undefined }, 'event bus: LISTEN connection lost, reconnecting');
    client.end().catch(() => undefined);
    this.reconnect(this.options.reconnectDelayMs ?? 100);
  }

  private reconnect(delayMs: number): void {
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.closed) return;
      this.listen()
        .then(async () => {
          if (this.closed) return;
          this.reconnects += 1;
          this.options.logger.info({ reconnects: this.reconnects }, 'event bus: LISTEN re-established');
          // Listening first, then reading the table: an event is either read now or notified after.
          await this.relay.catchUp().catch((error: unknown) => {
            this.options.logger.warn({ err: error }, 'event bus: catch-up after reconnect failed');
          });
        })
        .catch((error: unknown) => {
          this.options.logger.debug({ err: error }, 'event bus: reconnect failed');
          this.reconnect(Math.min(delayMs * 2, this.options.maxReconnectDelayMs ?? 5_000));
        });
    }, delayMs);
    this.reconnectTimer.unref();
  }
}
