/** The figures of the live view that the server leaves to the client: they change every second. */

/** A service's queue as the live view reads it. */
export interface QueueOldest {
  service: { id: string };
  /** When its longest-waiting ticket queued; null when nobody waits. */
  oldestQueuedAt?: string | null;
}

/**
 * Per service, how long its longest-waiting ticket has waited at `nowMilliseconds`, in seconds.
 * From queuedAt (the wait's start by docs/domain.md: after a FRONT transfer the original queue time).
 */
export function longestWaitByService(
  queues: readonly QueueOldest[],
  nowMilliseconds: number,
): Map<string, number> {
  const waits = new Map<string, number>();
  for (const queue of queues) {
    const queuedAt = queue.oldestQueuedAt ? Date.parse(queue.oldestQueuedAt) : Number.NaN;
    if (Number.isNaN(queuedAt)) continue;
    waits.set(queue.service.id, Math.max(0, Math.floor((nowMilliseconds - queuedAt) / 1000)));
  }
  return waits;
}

/** A service's queue as the hall's totals add it up. */
export interface QueueCounts {
  /** Tickets waiting that can be called (checked-in remote tickets among them). */
  waiting: number;
  /** Remote tickets (远程取号) waiting whose citizen has not checked in at the hall yet: not in `waiting`. */
  remoteWaiting: number;
  /** Remote tickets checked in and still waiting: among `waiting`. */
  remoteCheckedIn: number;
}

/**
 * The hall's totals of its services' queues. Each ticket waits in one service's queue only, so
 * the sums count no ticket twice.
 */
export function hallQueueTotals(queues: readonly QueueCounts[]): QueueCounts {
  const totals: QueueCounts = { waiting: 0, remoteWaiting: 0, remoteCheckedIn: 0 };
  for (const queue of queues) {
    totals.waiting += queue.waiting;
    totals.remoteWaiting += queue.remoteWaiting;
    totals.remoteCheckedIn += queue.remoteCheckedIn;
  }
  return totals;
}

/** An alert as the live view reads it. */
export interface LiveAlert {
  kind: string;
  since: string;
  service?: { id: string } | null;
  counter?: { id: string } | null;
  device?: { id: string } | null;
}

/** What makes an alert the same alert from one push to the next: its kind and its subject. */
export function alertKey(alert: LiveAlert): string {
  return [alert.kind, alert.service?.id ?? '', alert.counter?.id ?? '', alert.device?.id ?? ''].join('|');
}

/** The newest first, so that what just happened is at the top. */
export function alertsNewestFirst<Alert extends LiveAlert>(alerts: readonly Alert[]): Alert[] {
  return [...alerts].sort((left, right) => Date.parse(right.since) - Date.parse(left.since));
}

/** The keys of alerts in `current` that were not in `previous` (none on the first push: nothing is "new" then). */
export function newAlertKeys(
  previous: readonly LiveAlert[] | null,
  current: readonly LiveAlert[],
): Set<string> {
  if (previous === null) return new Set();
  const before = new Set(previous.map(alertKey));
  return new Set(current.map(alertKey).filter((key) => !before.has(key)));
}

/** The counters an alert says are open with no workstation following them (the clerk's client vanished). */
export function unattendedCounterIds(alerts: readonly LiveAlert[]): Set<string> {
  return new Set(
    alerts.flatMap((alert) =>
      alert.kind === 'COUNTER_UNATTENDED' && alert.counter ? [alert.counter.id] : [],
    ),
  );
}
