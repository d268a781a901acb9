import { createDriverPool, type DriverPool } from '../db/driver.js';
import type { Logger } from '../logger.js';
import type { HallEventListener } from './event-bus.js';
import type { HallEventMessage } from './events.js';
import { hallEventMessageOf, hallEventsSql, lastSeqsSql, type HallEventRow } from './hall-event-table.js';

/** Where a cross-instance bus reads what its transport did not carry: the hall_event table. */
export interface HallEventSource {
  /** The hall's events with `afterSeq < seq <= upToSeq`, oldest first, at most `limit`. */
  eventsBetween(
    hallId: string,
    afterSeq: number,
    upToSeq: number,
    limit: number,
  ): Promise<HallEventMessage[]>;
  /** Each hall's last seq (`hall.last_event_seq`), of the halls named or of all; unknown halls are left out. */
  lastSeqs(hallIds: readonly string[] | 'all'): Promise<Map<string, number>>;
}

/** How many events one read of the table returns: a long outage is read page by page. */
const pageSize = 500;

/** {@link HallEventSource} on a small pool of its own (the bus is built apart from the ORM). */
export class PostgresHallEventSource implements HallEventSource {
  constructor(private readonly pool: DriverPool) {}

  async eventsBetween(
    hallId: string,
    afterSeq: number,
    upToSeq: number,
    limit: number,
  ): Promise<HallEventMessage[]> {
    const rows = await this.pool.query<HallEventRow>(hallEventsSql(hallId, afterSeq, upToSeq, limit));
    return rows.map(hallEventMessageOf);
  }

  async lastSeqs(hallIds: readonly string[] | 'all'): Promise<Map<string, number>> {
    if (hallIds !== 'all' && hallIds.length === 0) return new Map();
    const rows = await this.pool.query<{ id: string; last_event_seq: number }>(lastSeqsSql(hallIds));
    return new Map(rows.map((row) => [row.id, row.last_event_seq]));
  }
}

interface FollowedHall {
  listeners: Set<HallEventListener>;
  /** The last seq this hall's listeners got; null before the first. */
  delivered: number | null;
  /** The hall's newest seq known when it was first followed: deliveries start after it. */
  baseline: number | null;
  /** This hall's deliveries, one after another, so listeners get seqs in order. */
  queue: Promise<void>;
}

/**
 * The listening half of a cross-instance bus, whatever the transport: hands each hall's events to
 * this process's listeners once each and in seq order. An event can arrive twice (published here
 * and read back, or read from the table by a catch-up) or out of order (two instances' messages
 * cross): a seq already delivered is dropped, and a gap before an event is filled from the table
 * (seqs are gapless and in commit order, and messages are sent after commit, so what fills the
 * gap is committed). `catchUp` reads what a transport missed (after a reconnect, or a message
 * lost between an instance's commit and its publish) for every followed hall.
 */
export class HallEventRelay {
  private readonly halls = new Map<string, FollowedHall>();
  /**
   * Every hall's newest seq this process knows of, followed or not: a hall's first listener
   * starts from it at once, so an event committed just after subscribing is never taken for an
   * older one. Filled at start from the table and kept by every event that passes.
   */
  private readonly newestSeqs = new Map<string, number>();

  constructor(
    private readonly source: HallEventSource,
    private readonly logger: Logger,
  ) {}

  /** Learns every hall's newest seq from the table; the bus calls it once before it is used. */
  async start(): Promise<void> {
    for (const [hallId, seq] of await this.source.lastSeqs('all')) this.noteSeq(hallId, seq);
  }

  subscribe(hallId: string, listener: HallEventListener): () => void {
    let hall = this.halls.get(hallId);
    if (!hall) {
      const followed: FollowedHall = {
        listeners: new Set(),
        delivered: null,
        baseline: this.newestSeqs.get(hallId) ?? null,
        queue: Promise.resolve(),
      };
      this.halls.set(hallId, followed);
      hall = followed;
      // A hall created since start: read its seq (it has barely any events yet).
      if (followed.baseline === null) {
        this.enqueue(hallId, followed, async () => {
          const seqs = await this.source.lastSeqs([hallId]);
          if (followed.delivered === null) followed.baseline ??= seqs.get(hallId) ?? null;
        });
      }
    }
    const followed = hall;
    followed.listeners.add(listener);
    return () => {
      followed.listeners.delete(listener);
      if (followed.listeners.size === 0 && this.halls.get(hallId) === followed) this.halls.delete(hallId);
    };
  }

  /** An event, published here or received from another instance. */
  accept(event: HallEventMessage): void {
    this.noteSeq(event.hallId, event.seq);
    const hall = this.halls.get(event.hallId);
    if (!hall) return;
    this.enqueue(event.hallId, hall, async () => {
      if (hall.delivered !== null && event.seq <= hall.delivered) return;
      const from = hall.delivered ?? hall.baseline;
      if (from !== null && event.seq > from + 1) await this.fill(event.hallId, hall, event.seq - 1);
      this.deliver(hall, event);
    });
  }

  /** A hall's events `fromSeq`…`toSeq` that only the table holds (a message too large to carry them). */
  acceptRange(hallId: string, fromSeq: number, toSeq: number): void {
    this.noteSeq(hallId, toSeq);
    const hall = this.halls.get(hallId);
    if (!hall) return;
    this.enqueue(hallId, hall, async () => {
      // As with a message that carries its events: before any delivery, the referenced ones go out.
      if (hall.delivered === null) hall.baseline = Math.min(hall.baseline ?? fromSeq - 1, fromSeq - 1);
      await this.fill(hallId, hall, toSeq);
    });
  }

  /**
   * Every followed hall catches up to the table: what the transport missed is delivered now, so a
   * hall that goes quiet after an outage does not wait for its next event to be complete.
   */
  async catchUp(): Promise<void> {
    if (this.halls.size === 0) return;
    const lastSeqs = await this.source.lastSeqs([...this.halls.keys()]);
    const fills: Promise<void>[] = [];
    for (const [hallId, lastSeq] of lastSeqs) {
      this.noteSeq(hallId, lastSeq);
      const hall = this.halls.get(hallId);
      if (!hall) continue;
      const from = hall.delivered ?? hall.baseline;
      if (from !== null && lastSeq <= from) continue;
      fills.push(
        this.enqueue(hallId, hall, async () => {
          // Nothing known of the hall yet: its latest event alone, which makes listeners recompute.
          if (hall.delivered === null && hall.baseline === null) hall.baseline = Math.max(lastSeq - 1, 0);
          await this.fill(hallId, hall, lastSeq);
        }),
      );
    }
    await Promise.all(fills);
  }

  close(): void {
    this.halls.clear();
  }

  private noteSeq(hallId: string, seq: number): void {
    if (seq > (this.newestSeqs.get(hallId) ?? -1)) this.newestSeqs.set(hallId, seq);
  }

  private enqueue(hallId: string, hall: FollowedHall, work: () => Promise<void>): Promise<void> {
    hall.queue = hall.queue.then(work).catch((error: unknown) => {
      this.logger.warn({ err: error, hallId }, 'event bus: delivery failed');
    });
    return hall.queue;
  }

  /** Delivers the hall's events after the last delivered (or the baseline) up to `upToSeq`, from the table. */
  private async fill(hallId: string, hall: FollowedHall, upToSeq: number): Promise<void> {
    try {
      for (;;) {
        const from = hall.delivered ?? hall.baseline;
        if (from === null || from >= upToSeq) return;
        const page = await this.source.eventsBetween(hallId, from, upToSeq, pageSize);
        for (const event of page) this.deliver(hall, event);
        if (page.length < pageSize) return;
      }
    } catch (error) {
      // The event that revealed the gap still goes out; a hall event stream fills the gap itself.
      this.logger.warn({ err: error, hallId }, 'event bus: could not read missed events');
    }
  }

  private deliver(hall: FollowedHall, event: HallEventMessage): void {
    if (hall.delivered !== null && event.seq <= hall.delivered) return;
    hall.delivered = event.seq;
    for (const listener of [...hall.listeners]) {
      try {
        listener(event);
      } catch (error) {
        this.logger.error({ err: error, hallId: event.hallId }, 'event bus: a listener threw');
      }
    }
  }
}

/** The pool a cross-instance bus reads the table with (and, for PostgreSQL, sends NOTIFY on). */
export function eventBusPool(databaseUrl: string, applicationName: string, logger: Logger): DriverPool {
  return createDriverPool(databaseUrl, {
    applicationName,
    max: 2,
    onLost: (error) => logger.warn({ err: error }, 'event bus: pool connection lost'),
  });
}

/** Runs `check` every `intervalMs` (0: never), one at a time; the timer keeps no process alive. */
export function everyInterval(intervalMs: number, check: () => Promise<void>, logger: Logger): () => void {
  if (intervalMs <= 0) return () => undefined;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    check()
      .catch((error: unknown) => logger.debug({ err: error }, 'event bus: periodic catch-up failed'))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
