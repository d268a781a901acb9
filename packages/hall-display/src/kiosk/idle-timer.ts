import { useCallback, useEffect, useRef, useState } from 'react';

/** What counts as someone using the kiosk: a touch, a click or a key (a QR scanner types keys too). */
export const activityEvents = ['pointerdown', 'touchstart', 'keydown'] as const;

/** Where an idle kiosk stands. */
export interface IdleState {
  /** The last `warnMs` before the timeout: the kiosk says so and offers to keep going. */
  warning: boolean;
  /** Whole seconds until the timeout, rounded up (0 once it is reached). */
  secondsLeft: number;
  /** The time is up. */
  expired: boolean;
}

/** Where a kiosk stands at `now` when it was last used at `lastActivity` (milliseconds). */
export function idleStateAt(lastActivity: number, now: number, timeoutMs: number, warnMs: number): IdleState {
  const remaining = Math.max(0, lastActivity + timeoutMs - now);
  return {
    warning: remaining > 0 && remaining <= warnMs,
    secondsLeft: Math.ceil(remaining / 1000),
    expired: remaining === 0,
  };
}

function sameIdleState(one: IdleState, other: IdleState): boolean {
  return (
    one.warning === other.warning && one.secondsLeft === other.secondsLeft && one.expired === other.expired
  );
}

/** Options of {@link useIdleTimeout}. */
export interface IdleTimeoutOptions {
  /** How long the kiosk may stand unused, counted from the last touch or key. */
  timeoutMs: number;
  /** How long before the timeout the warning shows. */
  warnMs: number;
  /** Called once the time is up without a touch or key; the count then starts again. */
  onTimeout: () => void;
  /** Counts only while true; each time it becomes true the full time starts afresh. */
  enabled: boolean;
}

/** What {@link useIdleTimeout} gives its screen. */
export interface IdleTimeout {
  warning: boolean;
  secondsLeft: number;
  /** One tap on "keep using": the full time again. */
  extend: () => void;
}

/** How often the seconds left are read again: often enough that none is skipped on screen. */
const tickMilliseconds = 250;

/**
 * A time limit the person at the kiosk controls (WCAG 2.2.1): `onTimeout` comes `timeoutMs` after
 * the last touch or key anywhere on the page, not after a screen appeared, so that nobody in the
 * middle of their choices is sent back; `warnMs` before, `warning` is true for a notice that one
 * tap extends.
 */
export function useIdleTimeout({ timeoutMs, warnMs, onTimeout, enabled }: IdleTimeoutOptions): IdleTimeout {
  const latestOnTimeout = useRef(onTimeout);
  useEffect(() => {
    latestOnTimeout.current = onTimeout;
  }, [onTimeout]);
  const lastActivity = useRef(0);
  const fresh = useCallback(() => idleStateAt(0, 0, timeoutMs, warnMs), [timeoutMs, warnMs]);
  const [state, setState] = useState<IdleState>(fresh);

  const read = useCallback(() => {
    const next = idleStateAt(lastActivity.current, Date.now(), timeoutMs, warnMs);
    setState((current) => (sameIdleState(current, next) ? current : next));
  }, [timeoutMs, warnMs]);
  const extend = useCallback(() => {
    lastActivity.current = Date.now();
    read();
  }, [read]);

  useEffect(() => {
    if (!enabled) return;
    extend();
    // Capture: a control that stops an event's propagation still counts as being used.
    const options = { capture: true, passive: true } as const;
    for (const type of activityEvents) document.addEventListener(type, extend, options);
    const ticker = setInterval(read, tickMilliseconds);
    return () => {
      for (const type of activityEvents) document.removeEventListener(type, extend, options);
      clearInterval(ticker);
      // No warning left over for the next time it is enabled.
      setState(fresh());
    };
  }, [enabled, extend, read, fresh]);

  useEffect(() => {
    if (!enabled || !state.expired) return;
    // Start the count again: a screen that stays enabled is not sent back twice in a row.
    extend();
    latestOnTimeout.current();
  }, [enabled, state.expired, extend]);

  const shown = enabled ? state : fresh();
  return { warning: shown.warning, secondsLeft: shown.secondsLeft, extend };
}
