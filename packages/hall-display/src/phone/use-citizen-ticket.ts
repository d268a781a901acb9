import { errorCodeOf, retryDelayMilliseconds } from '@onestop/shared/client';
import type { CombinedError } from '@urql/core';
import { useCallback, useEffect, useState } from 'react';
import { useClient, useQuery } from 'urql';
import type { CitizenTicketFieldsFragment } from '../gql/graphql';
import { subscribeOperation } from '../live/subscribe-operation';
import { citizenTicketQuery, citizenTicketSubscription } from './documents';

/** The ticket as the phone page shows it. */
export type CitizenTicket = CitizenTicketFieldsFragment;

/** What {@link useCitizenTicket} gives the phone page. */
export interface CitizenTicketState {
  /** The latest known ticket; null until the first answer or when the code is unknown. */
  ticket: CitizenTicket | null;
  /** The server knows no ticket with this code. */
  notFound: boolean;
  /** The first read failed (server unreachable …); the page explains it and offers a retry. */
  error: CombinedError | null;
  retry: () => void;
  /** A mutation's answer is the newest ticket; shown at once, before the live push. */
  replace: (ticket: CitizenTicket) => void;
}

/**
 * The citizen's ticket: read once over HTTP for a fast first paint, then followed live over
 * `myTicketUpdated`, whose first push is the current ticket (so a reconnect brings the page up
 * to date). A failed subscription is retried with backoff; NOT_FOUND ends it for good.
 */
export function useCitizenTicket(accessCode: string): CitizenTicketState {
  const client = useClient();
  const [result, reexecute] = useQuery({
    query: citizenTicketQuery,
    variables: { accessCode },
    requestPolicy: 'network-only',
  });
  const [liveTicket, setLiveTicket] = useState<CitizenTicket | null>(null);
  const [liveNotFound, setLiveNotFound] = useState(false);

  useEffect(() => {
    let stopped = false;
    let stop: (() => void) | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const retryLater = (): void => {
      if (stopped) return;
      retryTimer = setTimeout(subscribe, retryDelayMilliseconds(failures));
      failures += 1;
    };
    const subscribe = (): void => {
      stop = subscribeOperation(
        client,
        citizenTicketSubscription,
        { accessCode },
        {
          next: (data) => {
            failures = 0;
            setLiveTicket(data.myTicketUpdated);
          },
          error: (error) => {
            if (errorCodeOf(error) === 'NOT_FOUND') setLiveNotFound(true);
            else retryLater();
          },
          complete: retryLater,
        },
      );
    };
    subscribe();
    return () => {
      stopped = true;
      clearTimeout(retryTimer);
      stop?.();
    };
  }, [client, accessCode]);

  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const ticket = liveTicket ?? result.data?.myTicket ?? null;
  const notFound = !ticket && (liveNotFound || (result.data !== undefined && result.data.myTicket === null));
  return {
    ticket,
    notFound,
    error: ticket ? null : (result.error ?? null),
    retry,
    replace: setLiveTicket,
  };
}
