import { type ClientErrorLike, errorCodeOf } from '@onestop/shared/client';
import { useCallback, useState } from 'react';
import { useClient } from 'urql';
import { checkInTicketMutation } from './documents';
import type { CitizenTicket } from './use-citizen-ticket';

/** Why a check-in was refused, as the phone explains it. */
export type CheckInRefusal =
  /** The code is not the wall's of this minute or the last (mistyped, or read too long ago). */
  { kind: 'codeRefused' } | { kind: 'other'; error: ClientErrorLike };

/** Sorts a refused check-in: the code's own refusal points at the code field, the rest by its error code. */
export function checkInRefusalOf(error: ClientErrorLike): CheckInRefusal {
  const extensions = (error.graphQLErrors[0]?.extensions ?? {}) as Record<string, unknown>;
  if (errorCodeOf(error) === 'BAD_USER_INPUT' && extensions['field'] === 'checkInCode') {
    return { kind: 'codeRefused' };
  }
  return { kind: 'other', error };
}

/** Where one check-in stands. */
export type CheckInState =
  { kind: 'idle' } | { kind: 'sending' } | { kind: 'refused'; refusal: CheckInRefusal };

/**
 * Checks the ticket in with the wall display's code. Not retried by itself: a code lasts two
 * minutes at most, so after a failure the citizen sends the code the wall shows then.
 */
export function useCheckIn(
  accessCode: string,
  onTicket: (ticket: CitizenTicket) => void,
): { state: CheckInState; checkIn: (checkInCode: string) => Promise<void> } {
  const client = useClient();
  const [state, setState] = useState<CheckInState>({ kind: 'idle' });
  const checkIn = useCallback(
    async (checkInCode: string) => {
      setState({ kind: 'sending' });
      const result = await client
        .mutation(checkInTicketMutation, { accessCode, checkInCode }, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.data) {
        setState({ kind: 'idle' });
        onTicket(result.data.checkInTicket);
        return;
      }
      setState({ kind: 'refused', refusal: checkInRefusalOf(result.error ?? { graphQLErrors: [] }) });
    },
    [client, accessCode, onTicket],
  );
  return { state, checkIn };
}
