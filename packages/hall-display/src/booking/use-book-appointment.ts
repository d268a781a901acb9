import type { ClientErrorLike } from '@onestop/shared/client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import type { BookAppointmentInput, BookAppointmentMutation } from '../gql/graphql';
import { createIdempotencyKey, issueWithRetry } from '../kiosk/issue-with-retry';
import { bookAppointmentMutation } from './documents';

/** The booking the citizen keeps: the appointment and the manage code, the key to it. */
export type Booking = BookAppointmentMutation['bookAppointment'];

/** Where one press of "Book" stands. */
export type BookingAttempt =
  | { kind: 'idle' }
  | { kind: 'sending'; attempt: number; lastError: ClientErrorLike | null }
  | { kind: 'booked'; booking: Booking }
  | { kind: 'refused'; error: ClientErrorLike };

/** What {@link useBookAppointment} gives the booking page. */
export interface BookAppointmentState {
  state: BookingAttempt;
  /** Sends the booking; resolves with the final state (null when stopped). */
  book: (input: Omit<BookAppointmentInput, 'idempotencyKey'>) => Promise<BookingAttempt | null>;
  /** Stops the retries (the citizen gave up); nothing more is sent. */
  stop: () => void;
  /** Back to the form, for another booking or after a refusal was read. */
  reset: () => void;
}

/**
 * Books as the kiosk issues (kiosk/issue-with-retry.ts): one idempotency key per press, sent again
 * on every retry, so that a request whose answer was lost returns the same booking instead of a
 * second one; a network cut, UNAVAILABLE or RATE_LIMITED is retried with backoff until the server
 * gives a final answer.
 */
export function useBookAppointment(): BookAppointmentState {
  const client = useClient();
  const [state, setState] = useState<BookingAttempt>({ kind: 'idle' });
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  const book = useCallback(
    (input: Omit<BookAppointmentInput, 'idempotencyKey'>) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      const idempotencyKey = createIdempotencyKey();
      setState({ kind: 'sending', attempt: 1, lastError: null });
      return issueWithRetry({
        attempt: () =>
          client
            .mutation(
              bookAppointmentMutation,
              { input: { ...input, idempotencyKey } },
              { requestPolicy: 'network-only' },
            )
            .toPromise(),
        onRetry: (attempt, error) => setState({ kind: 'sending', attempt, lastError: error }),
        signal: controller.signal,
      }).then((outcome) => {
        if (controller.signal.aborted || outcome.kind === 'abandoned') return null;
        const final: BookingAttempt =
          outcome.kind === 'issued'
            ? { kind: 'booked', booking: outcome.data.bookAppointment }
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
  return { state, book, stop, reset };
}
