import type { ClientErrorLike } from '@onestop/shared/client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import type { KioskCheckedInTicketFragment } from '../gql/graphql';
import { checkInTicketMutation } from './documents';
import { issueWithRetry } from './issue-with-retry';

/** The remote ticket as the kiosk checked it in. */
export type CheckedInTicket = KioskCheckedInTicketFragment;

/** Where the check-in of one scanned remote ticket stands. */
export type TicketCheckInState =
  | { phase: 'idle' }
  | { phase: 'checkingIn'; attempt: number }
  | { phase: 'checkedIn'; ticket: CheckedInTicket }
  | { phase: 'refused'; error: ClientErrorLike };

/** What {@link useTicketCheckIn} gives the kiosk. */
export interface TicketCheckIn {
  state: TicketCheckInState;
  /** Checks the ticket of this access code in; ignored while one is under way (a double scan). */
  checkIn: (accessCode: string) => void;
  /** Back to the start: stops any retries and forgets the ticket. */
  reset: () => void;
}

/**
 * A remote ticket (远程取号) checked in at the kiosk by the QR code its phone page shows: the
 * kiosk's device token proves the citizen stands in the hall. Checking in is idempotent on the
 * server (a ticket already checked in is answered unchanged), so a lost answer is simply asked
 * again, with the same backoff as a ticket's issue, until the server answers finally.
 */
export function useTicketCheckIn(): TicketCheckIn {
  const client = useClient();
  const [state, setState] = useState<TicketCheckInState>({ phase: 'idle' });
  const busy = useRef(false);
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  const checkIn = useCallback(
    (accessCode: string) => {
      // A ref, not state: a scanner that sends the code twice outruns a re-render.
      if (busy.current) return;
      busy.current = true;
      const controller = new AbortController();
      running.current = controller;
      setState({ phase: 'checkingIn', attempt: 1 });
      void issueWithRetry<CheckedInTicket>({
        attempt: async () => {
          const result = await client
            .mutation(checkInTicketMutation, { accessCode }, { requestPolicy: 'network-only' })
            .toPromise();
          return { data: result.data?.checkInTicket, error: result.error };
        },
        onRetry: (next) => {
          if (!controller.signal.aborted) setState({ phase: 'checkingIn', attempt: next });
        },
        signal: controller.signal,
      }).then((outcome) => {
        if (controller.signal.aborted) return;
        busy.current = false;
        if (outcome.kind === 'issued') setState({ phase: 'checkedIn', ticket: outcome.data });
        else if (outcome.kind === 'refused') setState({ phase: 'refused', error: outcome.error });
      });
    },
    [client],
  );

  const reset = useCallback(() => {
    running.current?.abort();
    running.current = null;
    busy.current = false;
    setState({ phase: 'idle' });
  }, []);

  return { state, checkIn, reset };
}
