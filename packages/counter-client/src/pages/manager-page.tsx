import { lazy, Suspense } from 'react';
import { Loading } from '../components/loading';
import { ConsoleFrame, type ConsoleTab } from '../console/console-frame';
import { LiveView } from '../console/live/live-view';

// The charts (recharts) load only when a manager opens statistics or ratings: a clerk's
// workstation, in the same app, never downloads them.
const StatsView = lazy(async () => ({ default: (await import('../console/stats/stats-view')).StatsView }));
const RatingsView = lazy(async () => ({
  default: (await import('../console/ratings/ratings-view')).RatingsView,
}));

type ManagerTab = 'live' | 'stats' | 'ratings';

const managerTabs: readonly ConsoleTab<ManagerTab>[] = [
  { id: 'live', label: 'console.tab.live' },
  { id: 'stats', label: 'console.tab.stats' },
  { id: 'ratings', label: 'console.tab.ratings' },
];

/** `/manager`: the hall live, its statistics and its ratings (`?tab=live|stats|ratings&hall=…`). */
export function ManagerPage() {
  return (
    <ConsoleFrame title="console.managerTitle" tabs={managerTabs}>
      {(tab, hall) => {
        switch (tab) {
          case 'live':
            return <LiveView hall={hall} />;
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
