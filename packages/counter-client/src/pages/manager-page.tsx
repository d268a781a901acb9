import { useQuery } from 'urql';
import { DataTable } from '../components/data-table';
import { QueryResult } from '../components/query-result';
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
  const query = useQuery({ query: managedHallsQuery });
  return (
    <section>
      <h1>{text('managerPage.title')}</h1>
      <p className="notice notice-preview">{text('managerPage.preview')}</p>
      <QueryResult query={query}>
        {({ halls }) => (
          <DataTable
            rows={halls}
            columns={[
              { header: text('column.code'), cell: (hall) => hall.code, className: 'code' },
              { header: text('column.name'), cell: (hall) => hall.name, rowHeader: true },
              { header: text('column.nameEn'), cell: (hall) => hall.nameEn ?? '—', lang: 'en' },
              { header: text('column.timezone'), cell: (hall) => hall.timezone },
              { header: text('column.parent'), cell: (hall) => hall.parent?.name ?? '—' },
            ]}
          />
        )}
      </QueryResult>
    </section>
  );
}
