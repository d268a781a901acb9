import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql } from '../db/sql.js';
import type { HallEventBus } from './event-bus.js';
import type { HallEventMessage } from './events.js';
import { hallEventMessageOf, hallEventsSql, type HallEventRow } from './hall-event-table.js';
import { pushIterator } from './push-iterator.js';

/** The hall's events after `afterSeq`, oldest first, from the table. */
export async function eventsAfter(
  em: EntityManager,
  hallId: string,
  afterSeq: number,
  limit: number,
): Promise<HallEventMessage[]> {
  const rows = await runSql<HallEventRow>(em, hallEventsSql(hallId, afterSeq, null, limit));
  return rows.map(hallEventMessageOf);
}

/** A stream on a hall's feed: where its events go (changed once it has caught up), and its end. */
interface FeedMember {
  event(event: HallEventMessage): void;
  fail(error: unknown): void;
}

/**
 * One hall's live events in seq order, none lost or repeated, shared by all its subscribers: one
 * bus listener per hall, and a gap (an event lost between commit and publish, or two commits
 * published out of order) filled from the table once for all of them, not once per display.
 * Each event reaches every subscriber as the same object, so subscriptions share its execution.
 */
class LiveHallEvents {
  readonly members = new Set<FeedMember>();
  private lastSeq = Number.NaN;
  private delivering = Promise.resolve();
  private readonly stopListening: () => void;

  constructor(
    readonly hallId: string,
    bus: HallEventBus,
    private readonly fork: () => EntityManager,
    /** Every subscriber's stream fails with the error that stopped this feed. */
    private readonly failed: (feed: LiveHallEvents, error: unknown) => void,
  ) {
    this.stopListening = bus.subscribe(hallId, (event) => this.receive(event));
  }

  private receive(event: HallEventMessage): void {
    this.delivering = this.delivering
      .then(async () => {
        if (Number.isNaN(this.lastSeq)) this.lastSeq = event.seq - 1;
        if (event.seq <= this.lastSeq) return;
        if (event.seq > this.lastSeq + 1) {
          const missing = event.seq - this.lastSeq - 1;
          for (const missed of await eventsAfter(this.fork(), this.hallId, this.lastSeq, missing)) {
            if (missed.seq > this.lastSeq && missed.seq < event.seq) this.send(missed);
          }
        }
        this.send(event);
      })
      .catch((error: unknown) => this.failed(this, error));
  }

  /** The seq of the last event this feed sent its members (NaN before its first). */
  get lastSentSeq(): number {
    return this.lastSeq;
  }

  private send(event: HallEventMessage): void {
    this.lastSeq = event.seq;
    for (const member of this.members) member.event(event);
  }

  stop(): void {
    this.stopListening();
  }
}

/**
 * Every event of a hall in seq order, none lost or repeated: with `afterSeq`, first the missed
 * ones from the table, then live ones. A subscriber joins its hall's shared live feed before it
 * reads the backlog, and holds what the feed sends meanwhile, so nothing falls between replay and
 * live (a seq already sent is dropped at the seam); caught up, it gets the feed's events as they
 * come, with nothing of its own to order or fill (it only drops what it has already sent).
 */
export class HallEventStreams {
  private readonly feeds = new Map<string, LiveHallEvents>();
  /** Backlog reads in flight, by hall, seq and size: displays coming back together share one. */
  private readonly backlogReads = new Map<string, Promise<HallEventMessage[]>>();

  constructor(
    private readonly bus: HallEventBus,
    private readonly fork: () => EntityManager,
  ) {}

  stream(hallId: string, afterSeq: number | null): AsyncIterableIterator<HallEventMessage> {
    const feed = this.feedOf(hallId);
    let lastSent = afterSeq ?? Number.NaN;
    const held: HallEventMessage[] = [];
    const stream = pushIterator<HallEventMessage>(() => this.leave(feed, member));
    const send = (event: HallEventMessage): void => {
      if (event.seq <= lastSent) return;
      lastSent = event.seq;
      stream.push(event);
    };
    const hold = (event: HallEventMessage): void => {
      held.push(event);
    };
    // Reads from the table what is missing before the held events, sends them and the held ones,
    // until nothing is held, then goes live. A feed that had just started may have heard two
    // commits in the other order and dropped the earlier one; seqs commit in order, so whatever
    // is missing before an event the feed sent is in the table by then.
    const catchUp = async (): Promise<void> => {
      try {
        while (held.length > 0) {
          const first = held[0]!;
          if (first.seq > lastSent + 1) {
            for (const event of await eventsAfter(this.fork(), hallId, lastSent, first.seq - lastSent - 1)) {
              if (event.seq < first.seq) send(event);
            }
          }
          for (const event of held.splice(0)) send(event);
        }
        member.event = live;
      } catch (error) {
        stream.fail(error);
      }
    };
    // Caught up, the feed's events go straight to the stream; one after a gap holds the stream
    // while the gap is read (the feed sends each event once and in order, but may have started
    // after one this stream still lacks). What the backlog already sent is dropped.
    const live = (event: HallEventMessage): void => {
      if (Number.isNaN(lastSent) || event.seq <= lastSent + 1) {
        send(event);
        return;
      }
      member.event = hold;
      hold(event);
      void catchUp();
    };
    const member: FeedMember = {
      event: afterSeq === null ? live : hold,
      fail: (error) => stream.fail(error),
    };
    feed.members.add(member);
    if (afterSeq === null) return stream.iterable;

    // What the feed had sent before this stream joined it never reaches `held`: the backlog must
    // cover it. A shared read may have begun before the join and miss the latest of those.
    const sentBeforeJoining = feed.lastSentSeq;
    void (async () => {
      try {
        // Page through the backlog; a long outage may have left many events.
        for (;;) {
          const page = await this.sharedBacklogRead(hallId, lastSent, 500);
          for (const event of page) send(event);
          if (page.length < 500) break;
        }
        if (lastSent < sentBeforeJoining) {
          for (const event of await eventsAfter(
            this.fork(),
            hallId,
            lastSent,
            sentBeforeJoining - lastSent,
          )) {
            send(event);
          }
        }
      } catch (error) {
        stream.fail(error);
        return;
      }
      await catchUp();
    })();
    return stream.iterable;
  }

  /**
   * The hall's events after `afterSeq`, read once for every stream that asks for the same while
   * the read is in flight: after a network cut, a city centre's hundred screens come back with
   * the same last seq. The events are shared objects, as the live feed's are.
   */
  private sharedBacklogRead(hallId: string, afterSeq: number, limit: number): Promise<HallEventMessage[]> {
    const key = `${hallId}:${afterSeq}:${limit}`;
    let read = this.backlogReads.get(key);
    if (!read) {
      read = eventsAfter(this.fork(), hallId, afterSeq, limit);
      this.backlogReads.set(key, read);
      const forget = (): void => {
        if (this.backlogReads.get(key) === read) this.backlogReads.delete(key);
      };
      read.then(forget, forget);
    }
    return read;
  }

  private feedOf(hallId: string): LiveHallEvents {
    let feed = this.feeds.get(hallId);
    if (!feed) {
      feed = new LiveHallEvents(hallId, this.bus, this.fork, (failedFeed, error) => {
        // The hall's feed could not fill a gap: its subscribers start again (with afterSeq).
        this.drop(failedFeed);
        for (const member of failedFeed.members) member.fail(error);
      });
      this.feeds.set(hallId, feed);
    }
    return feed;
  }

  private leave(feed: LiveHallEvents, member: FeedMember): void {
    feed.members.delete(member);
    if (feed.members.size === 0) this.drop(feed);
  }

  private drop(feed: LiveHallEvents): void {
    feed.stop();
    if (this.feeds.get(feed.hallId) === feed) this.feeds.delete(feed.hallId);
  }
}
