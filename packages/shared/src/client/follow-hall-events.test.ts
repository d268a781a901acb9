import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followHallEvents, type HallEventSink, type HallEventTransport } from './follow-hall-events.js';

interface TestEvent {
  seq: number;
}

/**
 * Plays the server: a log of events, live feeds that replay after their afterSeq and then get
 * whatever the test publishes, and a replay query. Feeds and replays can be made to fail.
 */
class FakeHall implements HallEventTransport<TestEvent> {
  readonly log: TestEvent[] = [];
  readonly feeds: { afterSeq: number; sink: HallEventSink<TestEvent>; open: boolean }[] = [];
  readonly replays: { afterSeq: number; limit: number }[] = [];
  failReplays = 0;

  subscribe(afterSeq: number, sink: HallEventSink<TestEvent>): () => void {
    const feed = { afterSeq, sink, open: true };
    this.feeds.push(feed);
    for (const event of this.log) if (event.seq > afterSeq) sink.next(event);
    return () => {
      feed.open = false;
    };
  }

  async replay(afterSeq: number, limit: number): Promise<readonly TestEvent[]> {
    this.replays.push({ afterSeq, limit });
    if (this.failReplays > 0) {
      this.failReplays -= 1;
      throw new Error('network down');
    }
    return this.log.filter((event) => event.seq > afterSeq).slice(0, limit);
  }

  /** Appends an event; open feeds get it unless `lose` says this one goes missing on the way. */
  publish(seq: number, options: { lose?: boolean } = {}): void {
    const event = { seq };
    this.log.push(event);
    if (options.lose) return;
    for (const feed of this.openFeeds()) feed.sink.next(event);
  }

  openFeeds() {
    return this.feeds.filter((feed) => feed.open);
  }

  /** The server ends every open feed, with an error or without. */
  endFeeds(error?: Error): void {
    for (const feed of this.openFeeds()) {
      feed.open = false;
      if (error) feed.sink.error(error);
      else feed.sink.complete();
    }
  }
}

let hall: FakeHall;
let delivered: number[];
const follow = (afterSeq = 0) =>
  followHallEvents<TestEvent>({
    transport: hall,
    afterSeq,
    onEvents: (events) => delivered.push(...events.map((event) => event.seq)),
    retryDelay: () => 1_000,
  });

beforeEach(() => {
  vi.useFakeTimers();
  hall = new FakeHall();
  delivered = [];
});
afterEach(() => vi.useRealTimers());

describe('followHallEvents', () => {
  it('opens the feed after the given seq and delivers each event once, in order', () => {
    hall.log.push({ seq: 1 }, { seq: 2 }, { seq: 3 });
    follow(1);
    hall.publish(4);
    expect(hall.feeds.map((feed) => feed.afterSeq)).toEqual([1]);
    expect(delivered).toEqual([2, 3, 4]);
  });

  it('fills a gap from a replay before delivering what came after it', async () => {
    const follower = follow(0);
    hall.publish(1);
    hall.publish(2, { lose: true });
    hall.publish(3, { lose: true });
    hall.publish(4);
    expect(delivered).toEqual([1]);
    await vi.advanceTimersByTimeAsync(0);
    expect(hall.replays).toEqual([{ afterSeq: 1, limit: 2 }]);
    expect(delivered).toEqual([1, 2, 3, 4]);
    expect(follower.lastSeq).toBe(4);
  });

  it('retries a failed replay and holds the later events meanwhile', async () => {
    follow(0);
    hall.failReplays = 1;
    hall.publish(1, { lose: true });
    hall.publish(2);
    await vi.advanceTimersByTimeAsync(0);
    expect(delivered).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(hall.replays).toHaveLength(2);
    expect(delivered).toEqual([1, 2]);
  });

  it('moves past a gap the server cannot fill', async () => {
    follow(0);
    // Seq 1 never reaches the log (as if it had been deleted).
    hall.log.push({ seq: 2 });
    hall.openFeeds()[0]?.sink.next({ seq: 2 });
    await vi.advanceTimersByTimeAsync(0);
    expect(delivered).toEqual([2]);
  });

  it('drops the feed on pause and reopens it after the last seq on resume: no gap, no repeat', () => {
    const follower = follow(0);
    hall.publish(1);
    hall.publish(2);
    follower.pause();
    expect(hall.openFeeds()).toHaveLength(0);
    // Calls made while the connection is down.
    hall.publish(3);
    hall.publish(4);
    follower.resume();
    hall.publish(5);
    expect(hall.feeds.map((feed) => feed.afterSeq)).toEqual([0, 2]);
    expect(delivered).toEqual([1, 2, 3, 4, 5]);
  });

  it('ignores a repeated resume and a resume without a pause', () => {
    const follower = follow(0);
    follower.resume();
    follower.pause();
    follower.resume();
    follower.resume();
    expect(hall.feeds).toHaveLength(2);
    expect(hall.openFeeds()).toHaveLength(1);
  });

  it('reopens a feed that failed, after a delay, from the last seq, and reports the error', async () => {
    const errors: unknown[] = [];
    followHallEvents<TestEvent>({
      transport: hall,
      afterSeq: 0,
      onEvents: (events) => delivered.push(...events.map((event) => event.seq)),
      onError: (error) => errors.push(error),
      retryDelay: () => 1_000,
    });
    hall.publish(1);
    hall.endFeeds(new Error('UNAVAILABLE'));
    hall.publish(2);
    expect(hall.openFeeds()).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(hall.feeds.map((feed) => feed.afterSeq)).toEqual([0, 1]);
    expect(delivered).toEqual([1, 2]);
    expect(errors).toHaveLength(1);
  });

  it('reopens a feed the server completed', async () => {
    follow(0);
    hall.endFeeds();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(hall.openFeeds()).toHaveLength(1);
  });

  it('delivers nothing once stopped', async () => {
    const follower = follow(0);
    hall.publish(1);
    follower.stop();
    hall.publish(2);
    hall.feeds[0]?.sink.next({ seq: 2 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(delivered).toEqual([1]);
    expect(hall.openFeeds()).toHaveLength(0);
  });
});
