/**
 * The tickets a counter parked, remembered by id in this browser: the API has no list of a
 * counter's parked tickets, so the workstation keeps the ids it parked and asks for each again.
 */
function storageKey(counterId: string): string {
  return `onestop.workstation.parked.${counterId}`;
}

/** The ids of the tickets this browser parked at the counter, oldest first. */
export function readParkedIds(counterId: string): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey(counterId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** Replaces the remembered ids (after pruning those no longer parked here). */
export function writeParkedIds(counterId: string, ids: readonly string[]): void {
  try {
    if (ids.length === 0) localStorage.removeItem(storageKey(counterId));
    else localStorage.setItem(storageKey(counterId), JSON.stringify(ids));
  } catch {
    // Not remembered: the parked ticket is still in the hall's events for a manager to find.
  }
}

/** Remembers one more parked ticket. */
export function rememberParked(counterId: string, ticketId: string): void {
  const ids = readParkedIds(counterId).filter((id) => id !== ticketId);
  writeParkedIds(counterId, [...ids, ticketId]);
}
