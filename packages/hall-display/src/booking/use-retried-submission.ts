import type { ClientErrorLike } from '@onestop/shared/client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type AttemptResult, createIdempotencyKey, issueWithRetry } from '../kiosk/issue-with-retry';

/** Where one press of a citizen's "Book" or "Take a number" stands. */
export type SubmissionAttempt<Value> =
  | { kind: 'idle' }
  | { kind: 'sending'; attempt: number; lastError: ClientErrorLike | null }
  | { kind: 'done'; value: Value }
  | { kind: 'refused'; error: ClientErrorLike };

/** What {@link useRetriedSubmission} gives a page. */
export interface RetriedSubmission<Input, Value> {
  state: SubmissionAttempt<Value>;
  /** Sends it; resolves with the final state (null when stopped). */
  submit: (input: Input) => Promise<SubmissionAttempt<Value> | null>;
  /** Stops the retries (the citizen gave up); nothing more is sent. */
  stop: () => void;
  /** Back to the form after a refusal was read (or for another one). */
  reset: () => void;
}

/**
 * Sends a citizen's request as the kiosk issues (kiosk/issue-with-retry.ts): one idempotency key per
 * press, sent again on every retry, so that a request whose answer was lost on a phone's patchy
 * network returns the same result instead of a second one or a refusal of a second one; a network
 * cut, UNAVAILABLE or RATE_LIMITED is retried with backoff until the server gives a final answer.
 * `send` makes one request with the key; `valueOf` reads the result from its data.
 */
export function useRetriedSubmission<Input, Data, Value>(
  send: (input: Input, idempotencyKey: string) => Promise<AttemptResult<Data>>,
  valueOf: (data: Data) => Value,
): RetriedSubmission<Input, Value> {
  const [state, setState] = useState<SubmissionAttempt<Value>>({ kind: 'idle' });
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  const submit = useCallback(
    (input: Input) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      const idempotencyKey = createIdempotencyKey();
      setState({ kind: 'sending', attempt: 1, lastError: null });
      return issueWithRetry({
        attempt: () => send(input, idempotencyKey),
        onRetry: (attempt, error) => setState({ kind: 'sending', attempt, lastError: error }),
        signal: controller.signal,
      }).then((outcome) => {
        if (controller.signal.aborted || outcome.kind === 'abandoned') return null;
        const final: SubmissionAttempt<Value> =
          outcome.kind === 'issued'
            ? { kind: 'done', value: valueOf(outcome.data) }
            : { kind: 'refused', error: outcome.error };
        setState(final);
        return final;
      });
    },
    [send, valueOf],
  );

  const stop = useCallback(() => {
    running.current?.abort();
    setState({ kind: 'idle' });
  }, []);
  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, submit, stop, reset };
}
