import { retryDelayMilliseconds } from './connection.js';
import { HallEventCatchUp, type SeqGap, type Sequenced } from './hall-event-catch-up.js';

/** The most events one replay asks for (the API's own default page). */
export const maxReplayEvents = 500;

/** What the live feed tells its subscriber. */
export interface HallEventSink<Event> {
  next(event: Event): void;
  /** The feed failed (refused, server error); it is over. */
  error(error: unknown): void;
  /** The server ended the feed. */
  complete(): void;
}

/**
 * How {@link followHallEvents} reaches the server: the `hallEvents(hallId, afterSeq)`
 * subscription and the `hallEvents(hallId, afterSeq, limit)` query, for one hall.
 */
export interface HallEventTransport<Event extends Sequenced> {
  /** Opens the live feed: the events after `afterSeq`, then live ones. Returns its stop function. */
  subscribe(afterSeq: number, sink: HallEventSink<Event>): () => void;
  /** Reads at most `limit` events after `afterSeq`, oldest first. */
  replay(afterSeq: number, limit: number): Promise<readonly Event[]>;
}

/** Options of {@link followHallEvents}. */
export interface FollowHallEventsOptions<Event extends Sequenced> {
  transport: HallEventTransport<Event>;
  /** The seq the caller's picture already reflects; only later events are delivered. */
  afterSeq: number;
  /** Events to apply, in seq order, each exactly once over the follower's whole life. */
  onEvents: (events: Event[]) => void;
  /** A feed or replay failed; the follower retries by itself, this is for logs and for refused tokens. */
  onError?: (error: unknown) => void;
  /** Wait before retry number `attempt` (0 first); default the client's capped, jittered backoff. */
  retryDelay?: (attempt: number) => number;
}

/** A running {@link followHallEvents}. */
export interface HallEventFollower {
  /** The last seq delivered. */
  readonly lastSeq: number;
  /**
   * The connection is lost: drops the live feed, so that the WebSocket client does not resume
   * it on the next connection from the seq it was first opened with.
   */
  pause(): void;
  /** The connection is back: reopens the live feed after the last seq delivered. */
  resume(): void;
  /** Stops for good; nothing is delivered afterwards. */
  stop(): void;
}

/**
 * Follows one hall's events so that none is missed or repeated, whatever the network does:
 * the live feed is (re)opened after the last seq seen, a gap in the seqs is filled by a replay
 * before the events behind it are delivered, duplicates (a replay overlapping the live feed)
 * are dropped, and a failed feed or replay is retried with backoff.
 */
export function followHallEvents<Event extends Sequenced>(
  options: FollowHallEventsOptions<Event>,
): HallEventFollower {
  const catchUp = new HallEventCatchUp<Event>(options.afterSeq);
  const retryDelay = options.retryDelay ?? ((attempt: number) => retryDelayMilliseconds(attempt));
  // The open feed: its stop function and an identity, so that a late message from a feed
  // already closed is recognised and dropped.
  let feed: { stop: (() => void) | null } | null = null;
  let feedRetry: ReturnType<typeof setTimeout> | undefined;
  let feedFailures = 0;
  let replaying = false;
  let replayRetry: ReturnType<typeof setTimeout> | undefined;
  let replayFailures = 0;
  let paused = false;
  let stopped = false;

  const deliver = (events: Event[]): void => {
    if (events.length > 0 && !stopped) options.onEvents(events);
  };

  const closeFeed = (): void => {
    clearTimeout(feedRetry);
    feedRetry = undefined;
    const closing = feed;
    feed = null;
    closing?.stop?.();
  };

  const openFeed = (): void => {
    closeFeed();
    const opened: { stop: (() => void) | null } = { stop: null };
    feed = opened;
    const ended = (error: unknown): void => {
      if (feed !== opened || stopped) return;
      feed = null;
      if (error !== undefined) options.onError?.(error);
      feedRetry = setTimeout(openFeed, retryDelay(feedFailures));
      feedFailures += 1;
    };
    const stop = options.transport.subscribe(catchUp.lastSeq, {
      next: (event) => {
        if (feed !== opened || stopped) return;
        feedFailures = 0;
        const result = catchUp.receive([event]);
        deliver(result.ready);
        if (result.gap) fillGap(result.gap);
      },
      error: (error) => ended(error ?? new Error('hallEvents feed failed')),
      complete: () => ended(undefined),
    });
    // The sink may have ended synchronously, before the stop function existed.
    if (feed === opened) opened.stop = stop;
    else stop();
  };

  const fillGap = (gap: SeqGap): void => {
    if (replaying || stopped) return;
    replaying = true;
    clearTimeout(replayRetry);
    const limit = Math.min(maxReplayEvents, gap.beforeSeq - gap.afterSeq - 1);
    options.transport.replay(gap.afterSeq, limit).then(
      (events) => {
        replaying = false;
        replayFailures = 0;
        if (stopped) return;
        const result = catchUp.receive(events.filter((event) => event.seq < gap.beforeSeq));
        deliver(result.ready);
        const stuck = result.gap && result.gap.afterSeq === gap.afterSeq;
        // The server has nothing for the gap: waiting would hold every later event for ever.
        if (stuck) deliver(catchUp.skipGap());
        if (catchUp.gap) fillGap(catchUp.gap);
      },
      (error: unknown) => {
        replaying = false;
        if (stopped) return;
        options.onError?.(error);
        replayRetry = setTimeout(() => {
          if (catchUp.gap) fillGap(catchUp.gap);
        }, retryDelay(replayFailures));
        replayFailures += 1;
      },
    );
  };

  openFeed();

  return {
    get lastSeq() {
      return catchUp.lastSeq;
    },
    pause() {
      if (stopped) return;
      paused = true;
      closeFeed();
    },
    resume() {
      if (stopped || !paused) return;
      paused = false;
      feedFailures = 0;
      openFeed();
    },
    stop() {
      stopped = true;
      closeFeed();
      clearTimeout(replayRetry);
    },
  };
}
