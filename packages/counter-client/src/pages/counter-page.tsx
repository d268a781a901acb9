import { counterStatusLabel } from '@onestop/shared';
import { useQuery } from 'urql';
import { DataTable } from '../components/data-table';
import { HallScope } from '../components/hall-scope';
import { QueryResult } from '../components/query-result';
import { graphql } from '../gql';
import { useLocale } from '../locale/locale';

const counterHallQuery = graphql(`
  query CounterHall($hallId: ID!) {
    hall(id: $hallId) {
      id
      name
      counters {
        id
        label
        status
        services {
          rank
          service {
            id
            name
            prefix
          }
        }
      }
    }
  }
`);

/** `/counter`: the clerk's workstation; for now the counters of the hall and what each serves. */
export function CounterPage() {
  return <HallScope>{(hall) => <HallCounters hallId={hall.id} />}</HallScope>;
}

function HallCounters({ hallId }: { hallId: string }) {
  const { locale, text } = useLocale();
  const query = useQuery({ query: counterHallQuery, variables: { hallId } });
  return (
    <QueryResult query={query}>
      {({ hall }) =>
        hall ? (
          <section>
            <h1>{text('counterPage.title', { hall: hall.name })}</h1>
            <p className="notice notice-preview">{text('counterPage.preview')}</p>
            {hall.counters.length === 0 ? (
              <p className="empty">{text('hall.noCounters')}</p>
            ) : (
              <DataTable
                rows={hall.counters}
                columns={[
                  {
                    header: text('column.label'),
                    cell: (counter) => counter.label,
                    rowHeader: true,
                    className: 'counter-label',
                  },
                  {
                    header: text('column.status'),
                    cell: (counter) => (
                      <span className={`status status-${counter.status.toLowerCase()}`}>
                        {counterStatusLabel(counter.status, locale)}
                      </span>
                    ),
                  },
                  {
                    header: text('column.services'),
                    cell: (counter) => (
                      <ol className="ranked-services">
                        {[...counter.services]
                          .sort((first, second) => first.rank - second.rank)
                          .map(({ rank, service }) => (
                            <li key={service.id} value={rank}>
                              <span className="prefix">{service.prefix}</span> {service.name}
                            </li>
                          ))}
                      </ol>
                    ),
                  },
                ]}
              />
            )}
          </section>
        ) : (
          <p className="notice">{text('hall.none')}</p>
        )
      }
    </QueryResult>
  );
}
