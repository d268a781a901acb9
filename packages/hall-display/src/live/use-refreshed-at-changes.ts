import { openingRefreshDelay } from '@onestop/shared';
import type { CombinedError } from '@urql/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import { connectionStateOf } from '../graphql-client';

/** How long a failed read waits before the next try; the last value read stays meanwhile. */
export const failedReadRetryMilliseconds = 30_000;
/** The longest time between two reads: an administrator's change of the hours sends no event. */
export const fallbackReadMilliseconds = 5 * 60_000;
/** How often the due time of the next read is compared with the clock. */
const dueCheckMilliseconds = 1_000;
/** A change of the clock's estimate larger than this moves the due time of the next read. */
const clockCorrectionMilliseconds = 2_000;

/** One read's answer. */
export interface TimedRead<Value> {
  value?: Value | null;
  error?: CombinedError;
}

/** Options of {@link useRefreshedAtChanges}. */
export interface RefreshedAtChangesOptions<Value> {
  /** What is read; a new key starts over (another hall, another ticket). */
  key: string;
  /** One read, over HTTP. */
  read: () => Promise<TimedRead<Value>>;
  /** The instants at which the value changes (ISO strings; nulls are ignored). */
  changesOf: (value: Value) => Iterable<string | null | undefined>;
  /** The server's time as the screen knows it, in epoch milliseconds. */
  now: () => number;
  /** A read failed (the screen may react to FORBIDDEN); it is tried again later. */
  onError?: (error: CombinedError | undefined) => void;
}

/** What {@link useRefreshedAtChanges} gives a screen. */
export interface RefreshedAtChanges<Value> {
  /** The last value read; null until the first read succeeds. */
  value: Value | null;
  /** Reads again now (a refusal said the state has changed). */
  refresh: () => void;
}

/**
 * A value that changes with time rather than with hall events — whether the hall is open, whether
 * a service issues tickets — read once, then again just after the next instant it names (when it
 * opens, closes or stops issuing), at the latest every 5 minutes (a change of the hours sends no
 * event), and when the WebSocket comes back after an outage. A read under way is not doubled: a
 * refresh asked meanwhile runs once it is over.
 */
export function useRefreshedAtChanges<Value>(
  options: RefreshedAtChangesOptions<Value>,
): RefreshedAtChanges<Value> {
  const client = useClient();
  const { key } = options;
  const [state, setState] = useState<{ key: string; value: Value } | null>(null);
  // The latest callbacks, read at call time, so that a new function does not restart the timers.
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const refreshNow = useRef<() => void>(() => undefined);

  useEffect(() => {
    let stopped = false;
    let reading = false;
    let readAgain = false;
    // The next read is due at this server time (the next change, just after it)…
    let dueAt = Number.POSITIVE_INFINITY;
    // …and at the latest when this timer fires (the fallback, or a retry after a failure).
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The last value read, and the clock's offset from the monotonic one when dueAt was set.
    let last: Value | null = null;
    let clockOffset = 0;
    const offsetNow = (): number => latest.current.now() - performance.now();
    const setDue = (value: Value): void => {
      const { changesOf, now } = latest.current;
      const at = now();
      dueAt = at + openingRefreshDelay(changesOf(value), at);
      clockOffset = offsetNow();
    };
    const run = async (): Promise<void> => {
      if (stopped) return;
      if (reading) {
        readAgain = true;
        return;
      }
      reading = true;
      clearTimeout(timer);
      dueAt = Number.POSITIVE_INFINITY;
      const { read, onError } = latest.current;
      let answer: TimedRead<Value>;
      try {
        answer = await read();
      } catch {
        answer = {};
      }
      reading = false;
      if (stopped) return;
      if (answer.error || answer.value === undefined || answer.value === null) {
        onError?.(answer.error);
        timer = setTimeout(() => void run(), failedReadRetryMilliseconds);
      } else {
        const value = answer.value;
        last = value;
        setState({ key, value });
        setDue(value);
        timer = setTimeout(() => void run(), fallbackReadMilliseconds);
      }
      if (readAgain) {
        readAgain = false;
        void run();
      }
    };
    refreshNow.current = () => void run();
    // The due time is compared with the server's clock every second rather than turned into one
    // long timeout: the screen learns the server's time from its first board, often after the
    // first read, and a due time set from the device's own clock would be wrong. When the clock
    // has been corrected since, the due time is worked out again from the last value.
    const ticker = setInterval(() => {
      if (reading) return;
      if (last !== null && Math.abs(offsetNow() - clockOffset) > clockCorrectionMilliseconds) setDue(last);
      if (latest.current.now() >= dueAt) void run();
    }, dueCheckMilliseconds);

    let wasDown = false;
    const stopListening = connectionStateOf(client).subscribe((connection) => {
      if (connection === 'reconnecting') wasDown = true;
      else if (connection === 'connected' && wasDown) {
        wasDown = false;
        void run();
      }
    });
    void run();
    return () => {
      stopped = true;
      clearTimeout(timer);
      clearInterval(ticker);
      stopListening();
      refreshNow.current = () => undefined;
    };
  }, [client, key]);

  const refresh = useCallback(() => refreshNow.current(), []);
  return { value: state?.key === key ? state.value : null, refresh };
}
