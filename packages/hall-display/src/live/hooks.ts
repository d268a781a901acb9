import type { ConnectionState, ServerClock } from '@onestop/shared/client';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useClient } from 'urql';
import { connectionStateOf } from '../graphql-client';
import { type Board, type HallEvent, startHallFeed } from './hall-feed';
import { startHeartbeat } from './heartbeat';

/** The performance mark set when a display has painted its first board (read by the browser tests). */
const firstBoardPaintMark = 'onestop:first-board-paint';

/** The WebSocket's state, for the "reconnecting" mark. */
export function useConnectionState(): ConnectionState {
  const connection = connectionStateOf(useClient());
  return useSyncExternalStore(connection.subscribe, connection.current);
}

/**
 * The server's time, refreshed every `intervalMilliseconds`, and by the returned function at
 * once (call it when the server has just told the time, so the clock never shows the TV's).
 */
export function useServerNow(serverClock: ServerClock, intervalMilliseconds = 1_000): [number, () => void] {
  const [now, setNow] = useState(() => serverClock.now());
  const refresh = useCallback(() => setNow(serverClock.now()), [serverClock]);
  useEffect(() => {
    const timer = setInterval(refresh, intervalMilliseconds);
    return () => clearInterval(timer);
  }, [refresh, intervalMilliseconds]);
  return [now, refresh];
}

/** Options of {@link useHallFeed}. */
export interface UseHallFeedOptions {
  hallId: string;
  serverClock: ServerClock;
  onRefused: () => void;
  /** The server refused the hall (FORBIDDEN: deactivated): the feed stops. */
  onOutOfService: () => void;
  /** Called with each batch of new events (wall screen); leave out to follow the board only. */
  onEvents?: (events: HallEvent[]) => void;
  /** Called with each board before it is shown. */
  onBoard?: (board: Board) => void;
}

/** The hall's live board (null until the first arrives), through {@link startHallFeed}. */
export function useHallFeed({
  hallId,
  serverClock,
  onRefused,
  onOutOfService,
  onEvents,
  onBoard,
}: UseHallFeedOptions): Board | null {
  const client = useClient();
  const [board, setBoard] = useState<Board | null>(null);
  // The latest callbacks, read at call time, so that the feed is not restarted when they change.
  const callbacks = useRef({ onRefused, onOutOfService, onEvents, onBoard });
  useEffect(() => {
    callbacks.current = { onRefused, onOutOfService, onEvents, onBoard };
  });
  const followEvents = onEvents !== undefined;

  useEffect(
    () =>
      startHallFeed({
        client,
        hallId,
        serverClock,
        onBoard: (next) => {
          callbacks.current.onBoard?.(next);
          setBoard(next);
        },
        onEvents: followEvents ? (events) => callbacks.current.onEvents?.(events) : undefined,
        onRefused: () => callbacks.current.onRefused(),
        onForbidden: () => callbacks.current.onOutOfService(),
      }),
    [client, hallId, serverClock, followEvents],
  );
  return board;
}

/** Sends the device's heartbeat every 30 s while the screen is shown. */
export function useHeartbeat(onRefused: () => void): void {
  const client = useClient();
  const refusedCallback = useRef(onRefused);
  useEffect(() => {
    refusedCallback.current = onRefused;
  });
  useEffect(() => startHeartbeat(client, () => refusedCallback.current()), [client]);
}

/**
 * Marks the moment the first board reached the screen (after the browser painted it), so that
 * the time from navigation to a useful screen can be measured: `performance.getEntriesByName`.
 */
function useFirstBoardPaintMark(boardShown: boolean): void {
  useEffect(() => {
    if (!boardShown || performance.getEntriesByName(firstBoardPaintMark).length > 0) return;
    // The frame callback runs before the paint; the task it queues runs after it.
    const frame = requestAnimationFrame(() => setTimeout(() => performance.mark(firstBoardPaintMark), 0));
    return () => cancelAnimationFrame(frame);
  }, [boardShown]);
}

/** Options of {@link useLiveScreen}. */
export type UseLiveScreenOptions = UseHallFeedOptions;

/** What {@link useLiveScreen} gives a display screen. */
export interface LiveScreen {
  /** Null until the first board has arrived. */
  board: Board | null;
  /** The server's time, for the clock. */
  now: number;
  /** The link to the server is down and being retried; the screen shows its last state. */
  reconnecting: boolean;
}

/**
 * Everything a wall or counter screen runs on: the live board (and events, with `onEvents`),
 * the server's time, the state of the link, the heartbeat and the first-paint mark.
 */
export function useLiveScreen(options: UseLiveScreenOptions): LiveScreen {
  const { serverClock, onBoard, onRefused } = options;
  const [now, refreshNow] = useServerNow(serverClock);
  const board = useHallFeed({
    ...options,
    onBoard: (next) => {
      // The board has just told the server's time: the clock must not show the TV's meanwhile.
      refreshNow();
      onBoard?.(next);
    },
  });
  useHeartbeat(onRefused);
  useFirstBoardPaintMark(board !== null);
  const reconnecting = useConnectionState() === 'reconnecting';
  return { board, now, reconnecting };
}
