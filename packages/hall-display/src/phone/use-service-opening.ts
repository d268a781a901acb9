import { useCallback } from 'react';
import { useClient } from 'urql';
import type { TicketServiceOpeningQuery } from '../gql/graphql';
import { type TimedRead, useRefreshedAtChanges } from '../live/use-refreshed-at-changes';
import { ticketServiceOpeningQuery } from './documents';

/** Whether the ticket's current service issues tickets now, and when that changes. */
export type ServiceOpening = NonNullable<TicketServiceOpeningQuery['myTicket']>['service'];

/**
 * The ticket's service's opening state, read again when it changes (it starts or stops issuing),
 * every 5 minutes, and after a reconnect: kept out of the ticket pushed on every change in the
 * hall, where each phone would make the server read the calendar once more per push. The phone's
 * own clock schedules the reads: it has no server time, and a late read only delays the words.
 * Null until known, or when the read fails.
 */
export function useServiceOpening(accessCode: string): ServiceOpening | null {
  const client = useClient();
  const read = useCallback(async (): Promise<TimedRead<ServiceOpening>> => {
    const result = await client
      .query(ticketServiceOpeningQuery, { accessCode }, { requestPolicy: 'network-only' })
      .toPromise();
    return { value: result.data?.myTicket?.service, error: result.error };
  }, [client, accessCode]);
  return useRefreshedAtChanges({
    key: accessCode,
    read,
    changesOf: (service) => [service.opensAt, service.stopsIssuingAt],
    now: () => Date.now(),
  }).value;
}
