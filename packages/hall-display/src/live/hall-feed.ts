import {
  errorCodeOf,
  followHallEvents,
  type HallEventFollower,
  type HallEventTransport,
  retryDelayMilliseconds,
  type ServerClock,
} from '@onestop/shared/client';
import type { Client, CombinedError } from '@urql/core';
import type { BoardFieldsFragment, HallEventFieldsFragment } from '../gql/graphql';
import { connectionStateOf } from '../graphql-client';
import { boardUpdatedSubscription, hallEventFeedSubscription, missedHallEventsQuery } from './documents';
import { subscribeOperation } from './subscribe-operation';

/** The board as a screen receives it. */
export type Board = BoardFieldsFragment;
/** One hall event as a screen receives it. */
export type HallEvent = HallEventFieldsFragment;

/** Options of {@link startHallFeed}. */
export interface HallFeedOptions {
  /** A client made by `createHallDisplayClient`. */
  client: Client;
  hallId: string;
  /** Set from every board's `at`, so that the screen runs on the server's time. */
  serverClock: ServerClock;
  /** Every board pushed; the first is the current one. */
  onBoard: (board: Board) => void;
  /**
   * The hall's events after the first board, in seq order, each exactly once, across every
   * reconnect. Without it only the board is followed (the counter screen needs no more).
   */
  onEvents?: (events: HallEvent[]) => void;
  /** The server refused the device token: the screen goes back to setup. */
  onRefused: () => void;
  /**
   * The server refused the hall (FORBIDDEN: it was deactivated). Without it such an error is
   * retried like any other.
   */
  onForbidden?: () => void;
}

function codeOf(error: unknown): string | null {
  return typeof error === 'object' && error !== null && 'graphQLErrors' in error
    ? errorCodeOf(error as CombinedError)
    : null;
}

/**
 * Follows one hall live through the shared urql client: `boardUpdated` for the picture and,
 * from the first board's seq on, `hallEvents(afterSeq)` for the calls. When the WebSocket
 * drops, the event feed is dropped with it and reopened after the last seq seen once the
 * connection is back, so that nothing is missed or repeated; the board subscription stays and
 * is resumed by the WebSocket client, its first push bringing the picture up to date. Failed
 * subscriptions are retried with backoff; a refused token stops everything. Returns the stop function.
 */
export function startHallFeed(options: HallFeedOptions): () => void {
  const { client, hallId, serverClock, onBoard, onEvents, onRefused, onForbidden } = options;
  const connection = connectionStateOf(client);
  let stopped = false;
  let follower: HallEventFollower | null = null;
  let stopBoard: (() => void) | null = null;
  let boardRetry: ReturnType<typeof setTimeout> | undefined;
  let boardFailures = 0;

  const stop = (): void => {
    stopped = true;
    clearTimeout(boardRetry);
    stopBoard?.();
    stopBoard = null;
    follower?.stop();
    stopConnectionListener();
  };

  const refused = (): void => {
    stop();
    onRefused();
  };

  /** Ends the feed for a refused token or a refused hall; false for an error worth retrying. */
  const endedBy = (error: unknown): boolean => {
    const code = codeOf(error);
    if (code === 'UNAUTHENTICATED') {
      refused();
      return true;
    }
    if (code === 'FORBIDDEN' && onForbidden) {
      stop();
      onForbidden();
      return true;
    }
    return false;
  };

  const transport: HallEventTransport<HallEvent> = {
    subscribe: (afterSeq, sink) =>
      subscribeOperation(
        client,
        hallEventFeedSubscription,
        { hallId, afterSeq },
        {
          next: (data) => sink.next(data.hallEvents),
          error: (error) => sink.error(error),
          complete: () => sink.complete(),
        },
      ),
    replay: async (afterSeq, limit) => {
      const result = await client
        .query(missedHallEventsQuery, { hallId, afterSeq, limit }, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.error) throw result.error;
      return result.data?.hallEvents ?? [];
    },
  };

  const startEvents = (afterSeq: number): void => {
    if (!onEvents || follower) return;
    follower = followHallEvents<HallEvent>({
      transport,
      afterSeq,
      onEvents,
      onError: (error) => {
        endedBy(error);
      },
    });
  };

  const subscribeBoard = (): void => {
    stopBoard = subscribeOperation(
      client,
      boardUpdatedSubscription,
      { hallId },
      {
        next: (data) => {
          if (stopped) return;
          boardFailures = 0;
          const board = data.boardUpdated;
          serverClock.observe(board.at);
          onBoard(board);
          startEvents(board.seq);
        },
        error: (error) => {
          if (!endedBy(error)) retryBoard();
        },
        complete: () => retryBoard(),
      },
    );
  };

  const retryBoard = (): void => {
    if (stopped) return;
    stopBoard = null;
    boardRetry = setTimeout(subscribeBoard, retryDelayMilliseconds(boardFailures));
    boardFailures += 1;
  };

  // Synchronous, so the event feed is dropped before the WebSocket client resumes its
  // subscriptions on the next connection with the afterSeq the feed was opened with.
  const stopConnectionListener = connection.subscribe((state) => {
    if (state === 'reconnecting') follower?.pause();
    else if (state === 'connected') follower?.resume();
  });

  subscribeBoard();
  return stop;
}
