import type { ClientErrorLike } from '@onestop/shared/client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import type { JoinRemotelyInput } from '../gql/graphql';
import { createIdempotencyKey, issueWithRetry } from '../kiosk/issue-with-retry';
import { joinRemotelyMutation } from './documents';

/** Where one press of "Take a number" stands. */
export type JoinAttempt =
  | { kind: 'idle' }
  | { kind: 'sending'; attempt: number; lastError: ClientErrorLike | null }
  | { kind: 'joined'; accessCode: string }
  | { kind: 'refused'; error: ClientErrorLike };

/** What {@link useJoinRemotely} gives the booking page. */
export interface JoinRemotelyState {
  state: JoinAttempt;
  /** Takes the number; resolves with the final state (null when stopped). */
  join: (input: Omit<JoinRemotelyInput, 'idempotencyKey'>) => Promise<JoinAttempt | null>;
  /** Stops the retries (the citizen gave up); nothing more is sent. */
  stop: () => void;
  /** Back to the form after a refusal was read. */
  reset: () => void;
}

/**
 * Takes a remote ticket as the kiosk issues one (kiosk/issue-with-retry.ts): one idempotency key per
 * press, sent again on every retry, so that a request whose answer was lost on a phone's patchy
 * network returns the same ticket instead of a refusal for the phone's second one.
 */
export function useJoinRemotely(): JoinRemotelyState {
  const client = useClient();
  const [state, setState] = useState<JoinAttempt>({ kind: 'idle' });
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  const join = useCallback(
    (input: Omit<JoinRemotelyInput, 'idempotencyKey'>) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      const idempotencyKey = createIdempotencyKey();
      setState({ kind: 'sending', attempt: 1, lastError: null });
      return issueWithRetry({
        attempt: () =>
          client
            .mutation(
              joinRemotelyMutation,
              { input: { ...input, idempotencyKey } },
              { requestPolicy: 'network-only' },
            )
            .toPromise(),
        onRetry: (attempt, error) => setState({ kind: 'sending', attempt, lastError: error }),
        signal: controller.signal,
      }).then((outcome) => {
        if (controller.signal.aborted || outcome.kind === 'abandoned') return null;
        const final: JoinAttempt =
          outcome.kind === 'issued'
            ? { kind: 'joined', accessCode: outcome.data.joinRemotely.accessCode }
            : { kind: 'refused', error: outcome.error };
        setState(final);
        return final;
      });
    },
    [client],
  );

  const stop = useCallback(() => {
    running.current?.abort();
    setState({ kind: 'idle' });
  }, []);
  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, join, stop, reset };
}
