/**
 * The console's sections live in the address (`?tab=stats&hall=…`), so that a reload, the back
 * button and a shared link open the same section of the same hall.
 */

/** The tab named in `search`, when it is one of `tabs`; else the first tab. */
export function tabFromSearch<Tab extends string>(search: URLSearchParams, tabs: readonly Tab[]): Tab {
  const named = search.get('tab');
  const found = tabs.find((tab) => tab === named);
  return found ?? (tabs[0] as Tab);
}

/** The hall named in `search` when the staff member sees it; else their own first hall, else the first one they see. */
export function hallFromSearch<Hall extends { id: string }>(
  search: URLSearchParams,
  visibleHalls: readonly Hall[],
  ownHallIds: readonly string[],
): Hall | null {
  const named = search.get('hall');
  return (
    visibleHalls.find((hall) => hall.id === named) ??
    visibleHalls.find((hall) => ownHallIds.includes(hall.id)) ??
    visibleHalls[0] ??
    null
  );
}

/** `search` with one parameter changed, the others kept. */
export function withParameter(search: URLSearchParams, name: string, value: string): URLSearchParams {
  const next = new URLSearchParams(search);
  next.set(name, value);
  return next;
}
