import { errorCodeOf, type ServerClock } from '@onestop/shared/client';
import { useCallback } from 'react';
import { useClient } from 'urql';
import type { HallOpeningQuery } from '../gql/graphql';
import { hallOpeningQuery } from './documents';
import { type TimedRead, useRefreshedAtChanges } from './use-refreshed-at-changes';

/** Whether the hall is open and each of its services issues tickets, and when that changes. */
export type HallOpening = NonNullable<HallOpeningQuery['hall']>;

/** One service's side of {@link HallOpening}. */
export type ServiceOpening = HallOpening['services'][number];

/** Options of {@link useHallOpening}. */
export interface UseHallOpeningOptions {
  hallId: string;
  /** The server's clock as the screen knows it, to wait for the next change. */
  serverClock: ServerClock;
  /** The server refused the hall (FORBIDDEN: deactivated). */
  onOutOfService: () => void;
}

/** What {@link useHallOpening} gives a screen. */
export interface HallOpeningState {
  /** Null until the first read: the screen then shows the hall as it did before calendars (open). */
  opening: HallOpening | null;
  /** Reads again now (e.g. the server has just refused a ticket: SERVICE_CLOSED). */
  refresh: () => void;
}

/** Every instant at which something in `opening` changes. */
export function openingChanges(opening: HallOpening): (string | null | undefined)[] {
  return [
    opening.opensAt,
    opening.closesAt,
    ...opening.services.flatMap((service) => [service.opensAt, service.stopsIssuingAt]),
  ];
}

/**
 * The hall's opening state for a kiosk or a display, read again at the instant it changes (the
 * hall opens or closes, a service starts or stops issuing), every 5 minutes, and after a
 * reconnect. A FORBIDDEN answer means the hall was deactivated.
 */
export function useHallOpening({
  hallId,
  serverClock,
  onOutOfService,
}: UseHallOpeningOptions): HallOpeningState {
  const client = useClient();
  const read = useCallback(async (): Promise<TimedRead<HallOpening>> => {
    const result = await client
      .query(hallOpeningQuery, { hallId }, { requestPolicy: 'network-only' })
      .toPromise();
    return { value: result.data?.hall, error: result.error };
  }, [client, hallId]);
  const { value, refresh } = useRefreshedAtChanges({
    key: hallId,
    read,
    changesOf: openingChanges,
    now: () => serverClock.now(),
    onError: (error) => {
      if (error && errorCodeOf(error) === 'FORBIDDEN') onOutOfService();
    },
  });
  return { opening: value, refresh };
}

/** A service's opening state, or null while unknown (shown as issuing, as before calendars). */
export function serviceOpeningOf(opening: HallOpening | null, serviceId: string): ServiceOpening | null {
  return opening?.services.find((service) => service.id === serviceId) ?? null;
}
