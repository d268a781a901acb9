import { ConsoleFrame, type ConsoleTab } from '../console/console-frame';
import { LiveView } from '../console/live/live-view';
import { RatingsView } from '../console/ratings/ratings-view';
import { StatsView } from '../console/stats/stats-view';

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
            return <StatsView hall={hall} />;
          case 'ratings':
            return <RatingsView hall={hall} />;
        }
      }}
    </ConsoleFrame>
  );
}
