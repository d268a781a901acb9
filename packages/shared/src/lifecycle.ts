import { CounterStatus, TicketStatus } from './enums.js';

/**
 * The lifecycles of docs/domain.md as tables: which operation a ticket's segment (or a counter)
 * allows in each status, and the status after it. The server refuses what the tables refuse
 * (INVALID_TRANSITION naming the current status); the workstation derives its buttons from them.
 */

/** Everything that moves a segment from one status to another (issuing creates it WAITING). */
export type TicketOperation =
  | 'call'
  | 'recall'
  | 'start'
  | 'complete'
  | 'noShow'
  | 'requeue'
  | 'transfer'
  | 'park'
  | 'resume'
  | 'cancel'
  | 'expire';

/** One row of a lifecycle table: the statuses an operation applies to, and the status after it. */
interface Transition<Status> {
  from: readonly Status[];
  to: Status;
}

const ticketTransitions: Readonly<Record<TicketOperation, Transition<TicketStatus>>> = {
  call: { from: [TicketStatus.WAITING], to: TicketStatus.CALLED },
  // Stays CALLED; the server turns a recall past the hall's maxRecalls into a no-show.
  recall: { from: [TicketStatus.CALLED], to: TicketStatus.CALLED },
  start: { from: [TicketStatus.CALLED], to: TicketStatus.SERVING },
  // From CALLED too: a clerk who never pressed start (servingAt = calledAt).
  complete: { from: [TicketStatus.CALLED, TicketStatus.SERVING], to: TicketStatus.DONE },
  noShow: { from: [TicketStatus.CALLED], to: TicketStatus.NO_SHOW },
  requeue: { from: [TicketStatus.NO_SHOW], to: TicketStatus.WAITING },
  // This segment ends TRANSFERRED; a new WAITING one opens in the target service.
  transfer: { from: [TicketStatus.CALLED, TicketStatus.SERVING], to: TicketStatus.TRANSFERRED },
  park: { from: [TicketStatus.CALLED, TicketStatus.SERVING], to: TicketStatus.PARKED },
  resume: { from: [TicketStatus.PARKED], to: TicketStatus.CALLED },
  cancel: { from: [TicketStatus.WAITING], to: TicketStatus.CANCELLED },
  // At the end of the service day, whatever is still open.
  expire: {
    from: [TicketStatus.WAITING, TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.PARKED],
    to: TicketStatus.EXPIRED,
  },
};

/** Every ticket operation, in the order of the lifecycle diagram (for exhaustive tests and UIs). */
export const ticketOperations: readonly TicketOperation[] = Object.keys(
  ticketTransitions,
) as TicketOperation[];

/**
 * Statuses in which a segment is still in the hall's hands: waiting, at a counter, or parked
 * aside. These expire when the service day ends.
 */
export const activeStatuses: readonly TicketStatus[] = ticketTransitions.expire.from;

/**
 * Statuses in which a segment's pass is over: DONE, NO_SHOW, CANCELLED, TRANSFERRED, EXPIRED.
 * Only NO_SHOW can be reopened (requeue, same service day); the others never change again.
 */
export const finalStatuses: readonly TicketStatus[] = Object.values(TicketStatus).filter(
  (status) => !activeStatuses.includes(status),
);

/** The statuses of the one ticket a counter holds at most: called to it, or being served there. */
export const heldStatuses: readonly TicketStatus[] = [TicketStatus.CALLED, TicketStatus.SERVING];

/** The statuses ticket operation `operation` may be applied to. */
export function allowedFrom(operation: TicketOperation): readonly TicketStatus[] {
  return ticketTransitions[operation].from;
}

/** True when ticket operation `operation` is legal for a segment in `status`. */
export function canApply(operation: TicketOperation, status: TicketStatus): boolean {
  return ticketTransitions[operation].from.includes(status);
}

/** The status a segment in `status` has after `operation`; null when the operation is refused there. */
export function statusAfter(operation: TicketOperation, status: TicketStatus): TicketStatus | null {
  return canApply(operation, status) ? ticketTransitions[operation].to : null;
}

/** What a clerk does to a counter. */
export type CounterOperation = 'open' | 'pause' | 'resume' | 'close';

const counterTransitions: Readonly<Record<CounterOperation, Transition<CounterStatus>>> = {
  open: { from: [CounterStatus.CLOSED], to: CounterStatus.OPEN },
  pause: { from: [CounterStatus.OPEN], to: CounterStatus.PAUSED },
  resume: { from: [CounterStatus.PAUSED], to: CounterStatus.OPEN },
  // Only while it holds no ticket: a citizen who was called is served or released first (COUNTER_BUSY).
  close: { from: [CounterStatus.OPEN, CounterStatus.PAUSED], to: CounterStatus.CLOSED },
};

/** Every counter operation. */
export const counterOperations: readonly CounterOperation[] = Object.keys(
  counterTransitions,
) as CounterOperation[];

/** The status a counter in `status` has after `operation`; null when the operation is refused there. */
export function counterStatusAfter(operation: CounterOperation, status: CounterStatus): CounterStatus | null {
  const transition = counterTransitions[operation];
  return transition.from.includes(status) ? transition.to : null;
}

/**
 * Whether a counter in `status` calls tickets (COUNTER_NOT_OPEN otherwise); it must also hold
 * none in {@link heldStatuses} (COUNTER_BUSY otherwise).
 */
export function counterCalls(status: CounterStatus): boolean {
  return status === CounterStatus.OPEN;
}
