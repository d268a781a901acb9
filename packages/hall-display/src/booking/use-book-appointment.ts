import { useCallback } from 'react';
import { useClient } from 'urql';
import type { BookAppointmentInput, BookAppointmentMutation } from '../gql/graphql';
import { bookAppointmentMutation } from './documents';
import { type RetriedSubmission, useRetriedSubmission } from './use-retried-submission';

/** The booking the citizen keeps: the appointment and the manage code, the key to it. */
export type Booking = BookAppointmentMutation['bookAppointment'];

const bookingOf = (data: BookAppointmentMutation): Booking => data.bookAppointment;

/**
 * Books with one idempotency key per press, retried as the kiosk issues ({@link useRetriedSubmission}):
 * a booking whose answer was lost returns the same booking instead of a second one. Done, the state
 * holds the booking.
 */
export function useBookAppointment(): RetriedSubmission<
  Omit<BookAppointmentInput, 'idempotencyKey'>,
  Booking
> {
  const client = useClient();
  const send = useCallback(
    (input: Omit<BookAppointmentInput, 'idempotencyKey'>, idempotencyKey: string) =>
      client
        .mutation(
          bookAppointmentMutation,
          { input: { ...input, idempotencyKey } },
          { requestPolicy: 'network-only' },
        )
        .toPromise(),
    [client],
  );
  return useRetriedSubmission(send, bookingOf);
}
