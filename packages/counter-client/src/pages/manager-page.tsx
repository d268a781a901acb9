import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { ErrorNotice } from '../components/error-notice';
import { Loading } from '../components/loading';
import { graphql } from '../gql';
import { useLocale } from '../locale/locale';

const managedHallsQuery = graphql(`
  query ManagedHalls {
    halls {
      id
      code
      name
      nameEn
      timezone
      parent {
        id
        name
      }
    }
  }
`);

/** `/manager`: live status, statistics and ratings later; for now the halls this manager sees. */
export function ManagerPage() {
  const { text } = useLocale();
  const [result, reexecute] = useQuery({ query: managedHallsQuery });

  let content: ReactNode;
  if (result.error) {
    content = (
      <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
    );
  } else if (!result.data) {
    content = <Loading />;
  } else {
    content = (
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{text('column.code')}</th>
            <th scope="col">{text('column.name')}</th>
            <th scope="col">{text('column.nameEn')}</th>
            <th scope="col">{text('column.timezone')}</th>
            <th scope="col">{text('column.parent')}</th>
          </tr>
        </thead>
        <tbody>
          {result.data.halls.map((hall) => (
            <tr key={hall.id}>
              <td className="code">{hall.code}</td>
              <th scope="row">{hall.name}</th>
              <td lang="en">{hall.nameEn ?? '—'}</td>
              <td>{hall.timezone}</td>
              <td>{hall.parent?.name ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }

  return (
    <section>
      <h1>{text('managerPage.title')}</h1>
      <p className="notice notice-preview">{text('managerPage.preview')}</p>
      {content}
    </section>
  );
}
