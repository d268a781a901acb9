import { lazy, Suspense } from 'react';
import { Loading } from '../components/loading';
import { AppointmentsView } from '../console/appointments/appointments-view';
import { ConsoleFrame, type ConsoleTab } from '../console/console-frame';
import { LiveView } from '../console/live/live-view';

// The charts (recharts) load only when a manager opens statistics or ratings: a clerk's
// workstation, in the same app, never downloads them.
const StatsView = lazy(async () => ({ default: (await import('../console/stats/stats-view')).StatsView }));
const RatingsView = lazy(async () => ({
  default: (await import('../console/ratings/ratings-view')).RatingsView,
}));

type ManagerTab = 'live' | 'appointments' | 'stats' | 'ratings';

const managerTabs: readonly ConsoleTab<ManagerTab>[] = [
  { id: 'live', label: 'console.tab.live' },
  { id: 'appointments', label: 'console.tab.appointments' },
  { id: 'stats', label: 'console.tab.stats' },
  { id: 'ratings', label: 'console.tab.ratings' },
];

/**
 * `/manager`: the hall live, its appointments, its statistics and its ratings
 * (`?tab=live|appointments|stats|ratings&hall=…`).
 */
export function ManagerPage() {
  return (
    <ConsoleFrame title="console.managerTitle" tabs={managerTabs}>
      {(tab, hall) => {
        switch (tab) {
          case 'live':
            return <LiveView hall={hall} />;
          case 'appointments':
            return <AppointmentsView hall={hall} />;
          case 'stats':
            return (
              <Suspense fallback={<Loading />}>
                <StatsView hall={hall} />
              </Suspense>
            );
          case 'ratings':
            return (
              <Suspense fallback={<Loading />}>
                <RatingsView hall={hall} />
              </Suspense>
            );
        }
      }}
    </ConsoleFrame>
  );
}
