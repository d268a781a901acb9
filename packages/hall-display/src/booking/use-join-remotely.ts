import { useCallback } from 'react';
import { useClient } from 'urql';
import type { JoinRemotelyInput, JoinRemotelyMutation } from '../gql/graphql';
import { joinRemotelyMutation } from './documents';
import { type RetriedSubmission, useRetriedSubmission } from './use-retried-submission';

/** The remote ticket's access code, which opens its phone page `/t/:accessCode`. */
const accessCodeOf = (data: JoinRemotelyMutation): string => data.joinRemotely.accessCode;

/**
 * Takes a remote ticket with one idempotency key per press, retried as the kiosk issues
 * ({@link useRetriedSubmission}): a join whose answer was lost returns the same ticket instead of a
 * refusal for the phone's second one. Done, the state holds the ticket's access code.
 */
export function useJoinRemotely(): RetriedSubmission<Omit<JoinRemotelyInput, 'idempotencyKey'>, string> {
  const client = useClient();
  const send = useCallback(
    (input: Omit<JoinRemotelyInput, 'idempotencyKey'>, idempotencyKey: string) =>
      client
        .mutation(
          joinRemotelyMutation,
          { input: { ...input, idempotencyKey } },
          { requestPolicy: 'network-only' },
        )
        .toPromise(),
    [client],
  );
  return useRetriedSubmission(send, accessCodeOf);
}
