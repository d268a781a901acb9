import { errorCodeOf } from '@onestop/shared/client';
import type { Client } from '@urql/core';
import { heartbeatMutation } from './documents';

/** How often a display tells the server it is alive (the server calls it offline after 90 s). */
const heartbeatIntervalMilliseconds = 30_000;

/**
 * Sends `heartbeat` now and every 30 s, so that managers see a display go offline. A refused
 * token (the device was revoked) calls `onRefused`; other failures (server down) are left to
 * the next beat. Returns the stop function.
 */
export function startHeartbeat(client: Client, onRefused: () => void): () => void {
  let stopped = false;
  const beat = async (): Promise<void> => {
    const result = await client.mutation(heartbeatMutation, {}).toPromise();
    if (!stopped && result.error && errorCodeOf(result.error) === 'UNAUTHENTICATED') {
      stop();
      onRefused();
    }
  };
  const timer = setInterval(() => void beat(), heartbeatIntervalMilliseconds);
  const stop = (): void => {
    stopped = true;
    clearInterval(timer);
  };
  void beat();
  return stop;
}
