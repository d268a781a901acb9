import { useQuery } from 'urql';
import { QueryResult } from '../../components/query-result';
import type { ConsoleHall } from '../console-frame';
import { consoleHallsQuery, hallSetupQuery } from '../documents';
import { CountersSection } from './counters-section';
import { ServicesSection } from './services-section';
import { StaffSection } from './staff-section';

/** The services or the counters of a hall, loaded together (a counter's form lists the services). */
export function HallSetupSection({ tab, hall }: { tab: 'services' | 'counters'; hall: ConsoleHall }) {
  const query = useQuery({ query: hallSetupQuery, variables: { hallId: hall.id } });
  // The client keeps no cache that a mutation could invalidate: a change reloads the hall.
  const reload = () => query[1]({ requestPolicy: 'network-only' });
  return (
    <QueryResult query={query}>
      {({ hall: setup }) =>
        setup === null || setup === undefined ? null : tab === 'services' ? (
          <ServicesSection
            hallId={setup.id}
            hallLanguages={setup.languages}
            services={setup.services}
            onChanged={reload}
          />
        ) : (
          <CountersSection hall={setup} onChanged={reload} />
        )
      }
    </QueryResult>
  );
}

/** The staff of a hall, with the halls a staff member may be given. */
export function StaffOfHall({ hall }: { hall: ConsoleHall }) {
  // The halls a staff member may be given: those this administrator sees.
  const query = useQuery({ query: consoleHallsQuery });
  return <QueryResult query={query}>{({ halls }) => <StaffSection hall={hall} halls={halls} />}</QueryResult>;
}
