/** The ranked services of a counter as the administration edits them. */

/** One service in the editor: whether the counter serves it, and at which rank (as typed). */
export interface RankChoice {
  serviceId: string;
  serves: boolean;
  rank: string;
}

/** The editor's rows: every service of the hall, ticked with its rank where the counter serves it. */
export function rankChoicesOf(
  hallServiceIds: readonly string[],
  served: readonly { rank: number; service: { id: string } }[],
): RankChoice[] {
  return hallServiceIds.map((serviceId) => {
    const current = served.find((entry) => entry.service.id === serviceId);
    return { serviceId, serves: current !== undefined, rank: current ? String(current.rank) : '' };
  });
}

/**
 * What setCounterServices takes: the ticked services in rank order. An empty rank takes the
 * next free one after the highest given, so ticking a service is enough; a rank that is not a
 * whole number makes the whole list null (the form says so rather than guessing).
 */
export function counterServicesInput(
  choices: readonly RankChoice[],
): { serviceId: string; rank: number }[] | null {
  const ticked = choices.filter((choice) => choice.serves);
  const ranks: (number | null)[] = [];
  for (const choice of ticked) {
    const typed = choice.rank.trim();
    if (typed === '') ranks.push(null);
    else if (/^\d+$/.test(typed)) ranks.push(Number(typed));
    else return null;
  }
  let next = Math.max(0, ...ranks.filter((rank): rank is number => rank !== null)) + 1;
  return ticked
    .map((choice, index) => ({ serviceId: choice.serviceId, rank: ranks[index] ?? next++ }))
    .sort((left, right) => left.rank - right.rank);
}

/** A counter's services, primary first (rank 1), as people read them. */
export function byRank<Entry extends { rank: number }>(entries: readonly Entry[]): Entry[] {
  return [...entries].sort((left, right) => left.rank - right.rank);
}
