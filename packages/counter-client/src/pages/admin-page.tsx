import { Role } from '@onestop/shared';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { QueryResult } from '../components/query-result';
import { CalendarSection } from '../console/admin/calendar-section';
import { DevicesSection } from '../console/admin/devices-section';
import { DistrictSection } from '../console/admin/district-section';
import { HallSettings } from '../console/admin/hall-settings';
import { HallSetupSection, StaffOfHall } from '../console/admin/hall-setup-section';
import { SetupPath } from '../console/admin/setup-path';
import { type ConsoleHall, ConsoleFrame, type ConsoleTab } from '../console/console-frame';
import { consoleHallsQuery } from '../console/documents';
import { useSession } from '../session/session-context';

type AdminTab = 'hall' | 'services' | 'counters' | 'staff' | 'devices' | 'calendar' | 'district';

const adminTabs: readonly ConsoleTab<AdminTab>[] = [
  { id: 'services', label: 'console.tab.services' },
  { id: 'counters', label: 'console.tab.counters' },
  { id: 'staff', label: 'console.tab.staff' },
  { id: 'devices', label: 'console.tab.devices' },
  { id: 'calendar', label: 'console.tab.calendar' },
  { id: 'district', label: 'console.tab.district' },
  { id: 'hall', label: 'console.tab.hall' },
];

/**
 * `/admin`: a hall's services, counters, staff, devices, calendar, settings and the district
 * tree (`?tab=…&hall=…`); the set-up path (`?setup=…`) when there is no hall yet.
 */
export function AdminPage() {
  const { staff } = useSession();
  const [search] = useSearchParams();
  if (search.has('setup')) {
    return (
      <section className="console">
        <SetupPath />
      </section>
    );
  }
  return (
    <ConsoleFrame
      title="console.adminTitle"
      tabs={adminTabs}
      // Only an ADMIN makes a hall at the top of a district; a manager without halls waits for one.
      whenNoHalls={staff.role === Role.ADMIN ? () => <SetupPath /> : undefined}
    >
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
    case 'calendar':
      return <CalendarSection hall={hall} />;
    case 'district':
      return <DistrictOfHall hall={hall} reloadHalls={reloadHalls} />;
    case 'services':
    case 'counters':
      return <HallSetupSection tab={tab} hall={hall} />;
  }
}

function DistrictOfHall({ hall, reloadHalls }: { hall: ConsoleHall; reloadHalls: () => void }) {
  const query = useQuery({ query: consoleHallsQuery });
  return (
    <QueryResult query={query}>
      {({ halls }) => (
        <DistrictSection
          hall={hall}
          halls={halls}
          onChanged={() => {
            // The frame's picker and this tree both list the halls.
            reloadHalls();
            query[1]({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </QueryResult>
  );
}
