import { PriorityClass } from '@onestop/shared';

/**
 * What the call-next rules need to know about one WAITING segment.
 *
 * `queuedAt` is the issue time (an appointment's time; after a transfer with placement FRONT
 * the original queuedAt, BY_ARRIVAL the transfer time). `targetWaitMinutes` is the target
 * wait of the segment's service.
 */
export interface QueueEntry {
  segmentId: string;
  serviceId: string;
  priority: PriorityClass;
  queuedAt: Date;
  targetWaitMinutes: number;
  /**
   * False for a remote ticket not checked in yet (docs/domain.md, "Remote join"): it keeps its
   * place but is passed over — never called, never counted as ahead. Absent means checked in.
   */
  checkedIn?: boolean;
}

/** True unless the entry is a remote ticket still to be checked in: only these can be called. */
export function isCallable(entry: QueueEntry): boolean {
  return entry.checkedIn !== false;
}

const millisecondsPerMinute = 60_000;

/**
 * True when the segment has waited strictly longer than its service's target wait at `now`.
 *
 * This is the ageing rule: an overdue segment jumps ahead of everything that is not overdue,
 * whatever its priority or the counter's rank for its service. Without it, a steady flow of
 * PRIORITY tickets or of a counter's primary service would starve everyone else forever.
 * Exactly at the target is not yet overdue (SQL: `queued_at + target * interval '1 minute' < now`).
 */
export function isOverdue(entry: QueueEntry, now: Date): boolean {
  const waitedMilliseconds = now.getTime() - entry.queuedAt.getTime();
  return waitedMilliseconds > entry.targetWaitMinutes * millisecondsPerMinute;
}

// Each key returns a negative number when `left` goes first, so keys chain with `||`.

function byOverdue(left: QueueEntry, right: QueueEntry, now: Date): number {
  return Number(isOverdue(right, now)) - Number(isOverdue(left, now));
}

function byPriority(left: QueueEntry, right: QueueEntry): number {
  const isPriority = (entry: QueueEntry): number => Number(entry.priority === PriorityClass.PRIORITY);
  return isPriority(right) - isPriority(left);
}

function byQueuedAt(left: QueueEntry, right: QueueEntry): number {
  return left.queuedAt.getTime() - right.queuedAt.getTime();
}

// Plain code-unit comparison, as PostgreSQL orders uuid (and C-collated text); localeCompare
// would disagree with the SQL query on mixed case or punctuation.
function bySegmentId(left: QueueEntry, right: QueueEntry): number {
  if (left.segmentId === right.segmentId) return 0;
  return left.segmentId < right.segmentId ? -1 : 1;
}

// A service the counter does not serve has no rank; it sorts after every ranked one, although
// orderForCounter never lets such entries in.
function rankOf(entry: QueueEntry, rankByService: ReadonlyMap<string, number>): number {
  return rankByService.get(entry.serviceId) ?? Number.POSITIVE_INFINITY;
}

function byRank(left: QueueEntry, right: QueueEntry, rankByService: ReadonlyMap<string, number>): number {
  const leftRank = rankOf(left, rankByService);
  const rightRank = rankOf(right, rankByService);
  if (leftRank === rightRank) return 0;
  return leftRank < rightRank ? -1 : 1;
}

/**
 * Orders two WAITING segments for a counter at instant `now`; negative when `left` is called first.
 *
 * Keys, in order (the claiming SQL query uses the same ones, so keep them in step):
 * 1. overdue before not overdue ({@link isOverdue}: ageing, so no queue starves);
 * 2. PRIORITY before NORMAL;
 * 3. lower `rank` of the segment's service at this counter first (`rankByService`, 1 = primary);
 * 4. earlier `queuedAt` first;
 * 5. `segmentId` ascending in plain code-unit order, so the order is total and deterministic.
 */
export function compareForCounter(
  left: QueueEntry,
  right: QueueEntry,
  rankByService: ReadonlyMap<string, number>,
  now: Date,
): number {
  return (
    byOverdue(left, right, now) ||
    byPriority(left, right) ||
    byRank(left, right, rankByService) ||
    byQueuedAt(left, right) ||
    bySegmentId(left, right)
  );
}

/**
 * The WAITING segments a counter may call, first to be called first: only entries of services
 * the counter serves (those with a rank in `rankByService`) that are {@link isCallable}, sorted by
 * {@link compareForCounter}. Overdue entries lead (ageing prevents starvation). Returns a new
 * array; the input is untouched.
 */
export function orderForCounter(
  entries: readonly QueueEntry[],
  rankByService: ReadonlyMap<string, number>,
  now: Date,
): QueueEntry[] {
  return entries
    .filter((entry) => rankByService.has(entry.serviceId) && isCallable(entry))
    .sort((left, right) => compareForCounter(left, right, rankByService, now));
}

/**
 * Orders two WAITING segments of one service's queue at `now`; negative when `left` goes first.
 * The counter keys without the rank: overdue first (ageing prevents starvation), PRIORITY before
 * NORMAL, earlier `queuedAt`, then `segmentId` ascending. It decides who is "ahead" of a citizen.
 */
export function compareForService(left: QueueEntry, right: QueueEntry, now: Date): number {
  return (
    byOverdue(left, right, now) ||
    byPriority(left, right) ||
    byQueuedAt(left, right) ||
    bySegmentId(left, right)
  );
}

/**
 * One service's WAITING segments in the order {@link compareForService} gives, first to be called
 * first (overdue entries lead: ageing prevents starvation). A remote ticket not checked in stands
 * at its place — the line a manager reads — though counters pass over it ({@link orderForCounter})
 * and nobody counts it as ahead ({@link peopleAheadIn}). Returns a new array.
 */
export function orderForService(entries: readonly QueueEntry[], now: Date): QueueEntry[] {
  return [...entries].sort((left, right) => compareForService(left, right, now));
}

/**
 * How many of one service's WAITING segments are ahead of `entry`: the callable ones that
 * {@link compareForService} puts first. A remote ticket not checked in counts those ahead of its
 * place, and is itself counted by nobody.
 */
export function peopleAheadIn(entries: readonly QueueEntry[], entry: QueueEntry, now: Date): number {
  return entries.filter(
    (other) =>
      other.segmentId !== entry.segmentId && isCallable(other) && compareForService(other, entry, now) < 0,
  ).length;
}
