import type { PriorityClass } from '@onestop/shared';
import type { ClientErrorLike } from '@onestop/shared/client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import type { IssueTicketMutation } from '../gql/graphql';
import { issueTicketMutation } from './documents';
import { createIdempotencyKey, issueWithRetry } from './issue-with-retry';

/** The ticket as the kiosk received it. */
export type IssuedTicket = IssueTicketMutation['issueTicket'];

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
  /** Back to the start: stops any retries and forgets the ticket. */
  reset: () => void;
}

/**
 * One press, one ticket: each press gets a fresh idempotency key, kept for all its retries, so
 * that a flaky network or a double tap never prints two tickets and never loses one. A second
 * press while the first is under way is ignored synchronously (a ref, not state, which a double
 * tap would outrun).
 */
export function useTicketIssuer(hallId: string): TicketIssuer {
  const client = useClient();
  const [state, setState] = useState<IssuerState>({ phase: 'idle' });
  const busy = useRef(false);
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  const issue = useCallback(
    (request: TicketRequest) => {
      if (busy.current) return;
      busy.current = true;
      const idempotencyKey = createIdempotencyKey();
      const controller = new AbortController();
      running.current = controller;
      setState({ phase: 'issuing', attempt: 1 });
      const input = {
        hallId,
        serviceId: request.serviceId,
        priority: request.priority,
        idempotencyKey,
        ...(request.route.length > 0 ? { route: [...request.route] } : {}),
      };
      void issueWithRetry<IssueTicketMutation>({
        attempt: () =>
          client.mutation(issueTicketMutation, { input }, { requestPolicy: 'network-only' }).toPromise(),
        onRetry: (attempt) => {
          if (!controller.signal.aborted) setState({ phase: 'issuing', attempt });
        },
        signal: controller.signal,
      }).then((outcome) => {
        if (controller.signal.aborted) return;
        if (outcome.kind === 'issued') setState({ phase: 'issued', issued: outcome.data.issueTicket });
        else if (outcome.kind === 'refused') setState({ phase: 'refused', error: outcome.error });
      });
    },
    [client, hallId],
  );

  const reset = useCallback(() => {
    running.current?.abort();
    running.current = null;
    busy.current = false;
    setState({ phase: 'idle' });
  }, []);

  return { state, issue, reset };
}
