import type { ServerClock } from '@onestop/shared/client';
import { useEffect, useState } from 'react';

/**
 * The server's time, re-read at every render and at least every `intervalMilliseconds`: waits
 * and service times are measured on the server's clock, which a laptop's own may not agree with,
 * and the first render after the clock learnt the server's time must already use it.
 */
export function useServerNow(clock: ServerClock, intervalMilliseconds = 1_000): number {
  const [, setTicks] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTicks((ticks) => ticks + 1), intervalMilliseconds);
    return () => clearInterval(timer);
  }, [intervalMilliseconds]);
  return clock.now();
}
