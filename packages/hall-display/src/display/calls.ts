import { serviceDayOf } from '@onestop/shared';
import type { CallFieldsFragment } from '../gql/graphql';

/** A call as the screens show it. */
export type DisplayedCall = CallFieldsFragment;

/** How many calls a wall screen keeps: enough for its big and its recent slots. */
const keptCallCount = 12;

/**
 * The calls to show, newest first, from what the screen had and what just arrived (a board's
 * recent calls or live events, in any order, overlapping): each event once, and each ticket
 * once, at its latest call, since a recall or a call at another counter replaces the one before.
 */
export function mergeCalls(
  current: readonly DisplayedCall[],
  incoming: readonly DisplayedCall[],
  limit = keptCallCount,
): DisplayedCall[] {
  const latestByTicket = new Map<string, DisplayedCall>();
  for (const call of [...current, ...incoming]) {
    const known = latestByTicket.get(call.ticketId);
    if (!known || call.seq > known.seq) latestByTicket.set(call.ticketId, call);
  }
  return [...latestByTicket.values()].sort((a, b) => b.seq - a.seq).slice(0, limit);
}

/** The calls of the hall's current day: yesterday's last calls do not greet the morning. */
export function callsOfToday(
  calls: readonly DisplayedCall[],
  serverNow: number,
  timeZone: string,
): DisplayedCall[] {
  const today = serviceDayOf(serverNow, timeZone);
  return calls.filter((call) => {
    const calledAt = Date.parse(call.calledAt);
    return Number.isFinite(calledAt) && serviceDayOf(calledAt, timeZone) === today;
  });
}

/** One page of a list shown a page at a time: the items, and which page of how many. */
export interface Page<Item> {
  items: Item[];
  page: number;
  pages: number;
}

/**
 * The `turn`-th page (wrapping around) of `items`, `perPage` at a time: a wall screen never
 * scrolls, so a hall with more services than slots shows them in turns.
 */
export function pageOf<Item>(items: readonly Item[], perPage: number, turn: number): Page<Item> {
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const page = ((turn % pages) + pages) % pages;
  return { items: items.slice(page * perPage, (page + 1) * perPage), page: page + 1, pages };
}
