import type { PriorityClass } from '@onestop/shared';
import type { ClientErrorLike } from '@onestop/shared/client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import type { KioskIssuedTicketFragment } from '../gql/graphql';
import { checkInAppointmentMutation, issueTicketMutation } from './documents';
import { type AttemptResult, createIdempotencyKey, issueWithRetry } from './issue-with-retry';

/** The ticket as the kiosk received it. */
export type IssuedTicket = KioskIssuedTicketFragment;

/** Where one press of the kiosk stands. */
export type IssuerState =
  | { phase: 'idle' }
  | { phase: 'issuing'; attempt: number }
  | { phase: 'issued'; issued: IssuedTicket }
  | { phase: 'refused'; error: ClientErrorLike };

/** What a citizen asked for with one press. */
export interface TicketRequest {
  serviceId: string;
  /** Further services of a one-stop visit, in order. */
  route: readonly string[];
  priority: PriorityClass;
}

/** What {@link useTicketIssuer} gives the kiosk. */
export interface TicketIssuer {
  state: IssuerState;
  /** Takes a ticket; ignored while a press is already being handled (a double tap). */
  issue: (request: TicketRequest) => void;
  /** Checks an appointment in by its code: its ticket. Ignored while a press is being handled. */
  checkIn: (code: string) => void;
  /** Back to the start: stops any retries and forgets the ticket. */
  reset: () => void;
}

/**
 * One press, one ticket: each press of a service button gets a fresh idempotency key, kept for
 * all its retries, and an appointment's code is its own key, so that a flaky network or a double
 * tap never prints two tickets and never loses one. A second press while the first is under way
 * is ignored synchronously (a ref, not state, which a double tap would outrun).
 */
export function useTicketIssuer(hallId: string): TicketIssuer {
  const client = useClient();
  const [state, setState] = useState<IssuerState>({ phase: 'idle' });
  const busy = useRef(false);
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  /** Runs one press to its end: the same request, retried until the server answers finally. */
  const run = useCallback((attempt: () => Promise<AttemptResult<IssuedTicket>>) => {
    if (busy.current) return;
    busy.current = true;
    const controller = new AbortController();
    running.current = controller;
    setState({ phase: 'issuing', attempt: 1 });
    void issueWithRetry<IssuedTicket>({
      attempt,
      onRetry: (next) => {
        if (!controller.signal.aborted) setState({ phase: 'issuing', attempt: next });
      },
      signal: controller.signal,
    }).then((outcome) => {
      if (controller.signal.aborted) return;
      if (outcome.kind === 'issued') setState({ phase: 'issued', issued: outcome.data });
      else if (outcome.kind === 'refused') setState({ phase: 'refused', error: outcome.error });
    });
  }, []);

  const issue = useCallback(
    (request: TicketRequest) => {
      // Made before the first attempt, kept for all: a lost answer is found again, not doubled.
      const idempotencyKey = createIdempotencyKey();
      const input = {
        hallId,
        serviceId: request.serviceId,
        priority: request.priority,
        idempotencyKey,
        ...(request.route.length > 0 ? { route: [...request.route] } : {}),
      };
      run(async () => {
        const result = await client
          .mutation(issueTicketMutation, { input }, { requestPolicy: 'network-only' })
          .toPromise();
        return { data: result.data?.issueTicket, error: result.error };
      });
    },
    [client, hallId, run],
  );

  const checkIn = useCallback(
    (code: string) => {
      // Checking in is idempotent by the code itself: a retry gives the same ticket.
      run(async () => {
        const result = await client
          .mutation(checkInAppointmentMutation, { hallId, code }, { requestPolicy: 'network-only' })
          .toPromise();
        return { data: result.data?.checkInAppointment, error: result.error };
      });
    },
    [client, hallId, run],
  );

  const reset = useCallback(() => {
    running.current?.abort();
    running.current = null;
    busy.current = false;
    setState({ phase: 'idle' });
  }, []);

  return { state, issue, checkIn, reset };
}
