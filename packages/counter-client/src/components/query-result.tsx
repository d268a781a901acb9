import type { ReactNode } from 'react';
import type { AnyVariables, UseQueryResponse } from 'urql';
import { ErrorNotice } from './error-notice';
import { Loading } from './loading';

/** Props of {@link QueryResult}. */
export interface QueryResultProps<Data, Variables extends AnyVariables> {
  /** What `useQuery` returned. */
  query: UseQueryResponse<Data, Variables>;
  children: (data: Data) => ReactNode;
}

/** A query's data once it has come, or the error (with a retry) or the loading notice meanwhile. */
export function QueryResult<Data, Variables extends AnyVariables>({
  query: [result, reexecute],
  children,
}: QueryResultProps<Data, Variables>) {
  if (result.error) {
    return <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  if (!result.data) return <Loading />;
  return children(result.data);
}
