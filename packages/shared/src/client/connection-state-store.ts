import type { ConnectionState } from './index.js';

/** The WebSocket's state, kept for screens and feeds that must react to every change. */
export interface ConnectionStateStore {
  /** The last state reported (`connecting` before anything was). */
  current(): ConnectionState;
  /** Pass as `onConnectionChange` of `createOneStopClient`. */
  report(state: ConnectionState): void;
  /**
   * Calls `listener` on every change, synchronously, before the WebSocket client goes on: a
   * feed that must not be resumed from a stale position can drop it in time. Returns the unsubscribe.
   */
  subscribe(listener: (state: ConnectionState) => void): () => void;
}

/** A {@link ConnectionStateStore}; React reads it with `useSyncExternalStore(store.subscribe, store.current)`. */
export function createConnectionStateStore(): ConnectionStateStore {
  let state: ConnectionState = 'connecting';
  const listeners = new Set<(state: ConnectionState) => void>();
  return {
    current: () => state,
    report(next) {
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener(next);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
