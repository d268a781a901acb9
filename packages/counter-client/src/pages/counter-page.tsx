import { counterStatusLabel } from '@onestop/shared';
import { useQuery } from 'urql';
import { ErrorNotice } from '../components/error-notice';
import { HallScope } from '../components/hall-scope';
import { Loading } from '../components/loading';
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
  const [result, reexecute] = useQuery({ query: counterHallQuery, variables: { hallId } });
  if (result.error) {
    return <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  if (!result.data) return <Loading />;
  const hall = result.data.hall;
  if (!hall) return <p className="notice">{text('hall.none')}</p>;

  return (
    <section>
      <h1>{text('counterPage.title', { hall: hall.name })}</h1>
      <p className="notice notice-preview">{text('counterPage.preview')}</p>
      {hall.counters.length === 0 ? (
        <p className="empty">{text('hall.noCounters')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{text('column.label')}</th>
              <th scope="col">{text('column.status')}</th>
              <th scope="col">{text('column.services')}</th>
            </tr>
          </thead>
          <tbody>
            {hall.counters.map((counter) => (
              <tr key={counter.id}>
                <th scope="row" className="counter-label">
                  {counter.label}
                </th>
                <td>
                  <span className={`status status-${counter.status.toLowerCase()}`}>
                    {counterStatusLabel(counter.status, locale)}
                  </span>
                </td>
                <td>
                  <ol className="ranked-services">
                    {[...counter.services]
                      .sort((first, second) => first.rank - second.rank)
                      .map(({ rank, service }) => (
                        <li key={service.id} value={rank}>
                          <span className="prefix">{service.prefix}</span> {service.name}
                        </li>
                      ))}
                  </ol>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
