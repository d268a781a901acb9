import { useQuery } from 'urql';
import { QueryResult } from '../components/query-result';
import { CountersSection } from '../console/admin/counters-section';
import { DevicesSection } from '../console/admin/devices-section';
import { HallSettings } from '../console/admin/hall-settings';
import { ServicesSection } from '../console/admin/services-section';
import { StaffSection } from '../console/admin/staff-section';
import { type ConsoleHall, ConsoleFrame, type ConsoleTab } from '../console/console-frame';
import { consoleHallsQuery, hallSetupQuery } from '../console/documents';

type AdminTab = 'hall' | 'services' | 'counters' | 'staff' | 'devices';

const adminTabs: readonly ConsoleTab<AdminTab>[] = [
  { id: 'services', label: 'console.tab.services' },
  { id: 'counters', label: 'console.tab.counters' },
  { id: 'staff', label: 'console.tab.staff' },
  { id: 'devices', label: 'console.tab.devices' },
  { id: 'hall', label: 'console.tab.hall' },
];

/** `/admin`: a hall's services, counters, staff, devices and settings (`?tab=…&hall=…`). */
export function AdminPage() {
  return (
    <ConsoleFrame title="console.adminTitle" tabs={adminTabs}>
      {(tab, hall, reloadHalls) => <AdminSection tab={tab} hall={hall} reloadHalls={reloadHalls} />}
    </ConsoleFrame>
  );
}

function AdminSection({
  tab,
  hall,
  reloadHalls,
}: {
  tab: AdminTab;
  hall: ConsoleHall;
  reloadHalls: () => void;
}) {
  switch (tab) {
    case 'hall':
      return <HallSettings hall={hall} onSaved={reloadHalls} />;
    case 'staff':
      return <StaffOfHall hall={hall} />;
    case 'devices':
      return <DevicesSection hall={hall} />;
    case 'services':
    case 'counters':
      return <HallSetupSection tab={tab} hall={hall} />;
  }
}

function StaffOfHall({ hall }: { hall: ConsoleHall }) {
  // The halls a staff member may be given: those this administrator sees (already cached by the frame).
  const query = useQuery({ query: consoleHallsQuery });
  return <QueryResult query={query}>{({ halls }) => <StaffSection hall={hall} halls={halls} />}</QueryResult>;
}

function HallSetupSection({ tab, hall }: { tab: 'services' | 'counters'; hall: ConsoleHall }) {
  const query = useQuery({ query: hallSetupQuery, variables: { hallId: hall.id } });
  // The client keeps no cache that a mutation could invalidate: a change reloads the hall.
  const reload = () => query[1]({ requestPolicy: 'network-only' });
  return (
    <QueryResult query={query}>
      {({ hall: setup }) =>
        setup === null || setup === undefined ? null : tab === 'services' ? (
          <ServicesSection hallId={setup.id} services={setup.services} onChanged={reload} />
        ) : (
          <CountersSection hall={setup} onChanged={reload} />
        )
      }
    </QueryResult>
  );
}
