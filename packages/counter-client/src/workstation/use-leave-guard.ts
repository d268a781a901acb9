import type { CounterStatus } from '@onestop/shared';
import { useEffect, useRef } from 'react';
import { useSession } from '../session/session-context';

/**
 * Keeps a clerk from walking away from an open counter unawares: logout first asks
 * `askToLeave` (pause or close it), and closing the tab gets the browser's question.
 */
export function useLeaveGuard(counterStatus: CounterStatus | null, askToLeave: () => Promise<boolean>): void {
  const { setLogoutGuard } = useSession();
  // The guard is set once; it reads the status and the question of the moment of logout.
  const latest = useRef({ counterStatus, askToLeave });
  useEffect(() => {
    latest.current = { counterStatus, askToLeave };
  });
  useEffect(
    () =>
      setLogoutGuard?.(() => {
        const { counterStatus: status, askToLeave: ask } = latest.current;
        if (status === null || status === 'CLOSED') return Promise.resolve(true);
        return ask();
      }),
    [setLogoutGuard],
  );

  // Closing the tab with the counter open: the browser allows only its own generic question.
  useEffect(() => {
    if (counterStatus === null || counterStatus === 'CLOSED') return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [counterStatus]);
}
