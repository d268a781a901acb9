import type { CombinedError } from '@urql/core';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useSession } from '../session/session-context';

const visibleHallsQuery = graphql(`
  query VisibleHalls {
    halls {
      id
      name
    }
  }
`);

/** The hall a page works on until a hall picker exists. */
export interface FirstHall {
  hall: { id: string; name: string } | null;
  fetching: boolean;
  error: CombinedError | undefined;
}

/**
 * The signed-in staff member's first hall; for an account bound to no hall (an
 * administrator of every hall), the first hall it can see.
 */
export function useFirstHall(): FirstHall {
  const { staff } = useSession();
  const ownHall = staff.halls[0] ?? null;
  const [result] = useQuery({ query: visibleHallsQuery, pause: ownHall !== null });
  if (ownHall) return { hall: ownHall, fetching: false, error: undefined };
  return {
    hall: result.data?.halls[0] ?? null,
    fetching: !result.data && !result.error,
    error: result.error,
  };
}
