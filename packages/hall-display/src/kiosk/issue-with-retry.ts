import { type ClientErrorLike, errorCodeOf, retryDelayMilliseconds } from '@onestop/shared/client';

/** What one attempt at issuing answered, as urql gives it. */
export interface AttemptResult<Data> {
  data?: Data | null;
  error?: ClientErrorLike;
}

/** The final answer of {@link issueWithRetry}. */
export type IssueOutcome<Data> =
  { kind: 'issued'; data: Data } | { kind: 'refused'; error: ClientErrorLike } | { kind: 'abandoned' };

/**
 * Whether trying again with the same idempotency key can help: no answer reached us (network
 * cut, server restarting, the answer lost on the way back), the database was down, or the
 * server asked us to slow down. A refusal (SERVICE_CLOSED, QUOTA_REACHED, FORBIDDEN …) is final.
 */
export function isRetryable(error: ClientErrorLike): boolean {
  if (error.graphQLErrors.length === 0) return true;
  const code = errorCodeOf(error);
  return code === 'UNAVAILABLE' || code === 'RATE_LIMITED';
}

/** Options of {@link issueWithRetry}. */
export interface IssueWithRetryOptions<Data> {
  /** One request; every call must send the same idempotency key. */
  attempt: () => Promise<AttemptResult<Data>>;
  /** Told before each wait, with the number of the attempt that comes next (2, 3 …). */
  onRetry?: (nextAttempt: number, error: ClientErrorLike) => void;
  /** Aborting stops the retries (the citizen walked away); the outcome is then `abandoned`. */
  signal?: AbortSignal;
  /** The wait before retry number `retries` (0 first); default the client's capped, jittered backoff. */
  delayMilliseconds?: (retries: number) => number;
}

/**
 * Issues a ticket, retrying with backoff until the server gives a final answer: the ticket or a
 * refusal. The caller keeps the idempotency key for all attempts, so that a request that reached
 * the server but whose answer was lost returns the same ticket on the retry.
 */
export async function issueWithRetry<Data>(
  options: IssueWithRetryOptions<Data>,
): Promise<IssueOutcome<Data>> {
  const { attempt, onRetry, signal, delayMilliseconds = retryDelayMilliseconds } = options;
  for (let retries = 0; ; retries += 1) {
    if (signal?.aborted) return { kind: 'abandoned' };
    const result = await attempt();
    if (signal?.aborted) return { kind: 'abandoned' };
    if (result.data && !result.error) return { kind: 'issued', data: result.data };
    const error: ClientErrorLike = result.error ?? { graphQLErrors: [] };
    if (!isRetryable(error)) return { kind: 'refused', error };
    onRetry?.(retries + 2, error);
    const stopped = await wait(delayMilliseconds(retries), signal);
    if (stopped) return { kind: 'abandoned' };
  }
}

/** Resolves true when aborted before the time was up. */
function wait(milliseconds: number, signal: AbortSignal | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(true);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(false);
    }, milliseconds);
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(true);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

// One key per press of a service button; the rule lives in shared, where the staff app's bookings use it too.
export { createIdempotencyKey, type RandomSource } from '@onestop/shared/client';
