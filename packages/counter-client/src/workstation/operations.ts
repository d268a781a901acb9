import {
  canApply,
  type CounterOperation,
  CounterStatus,
  counterCalls,
  counterStatusAfter,
  heldStatuses,
  type TicketOperation,
  TicketStatus,
} from '@onestop/shared';

/** Everything a clerk can do at the workstation, on the counter or on its tickets. */
export type WorkstationOperation =
  | 'openCounter'
  | 'pauseCounter'
  | 'resumeCounter'
  | 'closeCounter'
  | 'callNext'
  | 'callTicket'
  | 'recall'
  | 'start'
  | 'complete'
  | 'noShow'
  | 'transfer'
  | 'park'
  | 'resumeParked'
  | 'requeue';

/** What the legal operations depend on. */
export interface WorkstationState {
  counterStatus: CounterStatus;
  /** The status of the counter's CALLED or SERVING ticket, or null when it holds none. */
  ticketStatus: TicketStatus | null;
  /** How many tickets this counter has parked. */
  parkedCount: number;
  /** Whether a ticket this counter marked as a no-show today can still be put back in the queue. */
  hasRequeueableNoShow: boolean;
}

/** The workstation operations on the counter itself, and the counter operation each one is. */
const counterOperationOf = {
  openCounter: 'open',
  pauseCounter: 'pause',
  resumeCounter: 'resume',
  closeCounter: 'close',
} as const satisfies Partial<Record<WorkstationOperation, CounterOperation>>;

/** The workstation operations on the counter's current ticket, and the ticket operation each one is. */
const currentTicketOperationOf = {
  recall: 'recall',
  start: 'start',
  complete: 'complete',
  noShow: 'noShow',
  transfer: 'transfer',
  park: 'park',
} as const satisfies Partial<Record<WorkstationOperation, TicketOperation>>;

/**
 * The operations the server would accept in `state`: the lifecycle tables of @onestop/shared,
 * plus the counter rules of the server (one held ticket at most). Buttons for the others
 * are disabled. The server checks again; this only spares the clerk a refusal.
 */
export function legalOperations(state: WorkstationState): ReadonlySet<WorkstationOperation> {
  const { counterStatus, ticketStatus, parkedCount, hasRequeueableNoShow } = state;
  const legal = new Set<WorkstationOperation>();
  const holdsTicket = ticketStatus !== null && heldStatuses.includes(ticketStatus);

  for (const [operation, counterOperation] of entries(counterOperationOf)) {
    // A citizen who was called must be served or released before the window closes (COUNTER_BUSY).
    const busy = counterOperation === 'close' && holdsTicket;
    if (counterStatusAfter(counterOperation, counterStatus) !== null && !busy) legal.add(operation);
  }

  // Only a counter that calls, with nobody at it, calls (COUNTER_NOT_OPEN, COUNTER_BUSY).
  if (counterCalls(counterStatus) && !holdsTicket) {
    legal.add('callNext');
    legal.add('callTicket');
  }

  if (ticketStatus !== null) {
    for (const [operation, ticketOperation] of entries(currentTicketOperationOf)) {
      if (canApply(ticketOperation, ticketStatus)) legal.add(operation);
    }
  }

  // A parked ticket comes back as CALLED, so the counter must be free; a closed window calls nobody.
  const resumable = parkedCount > 0 && canApply('resume', TicketStatus.PARKED);
  if (resumable && !holdsTicket && counterStatus !== CounterStatus.CLOSED) legal.add('resumeParked');
  if (hasRequeueableNoShow) legal.add('requeue');
  return legal;
}

/** The entries of a table keyed by operation, typed as such. */
function entries<Key extends string, Value>(table: Readonly<Record<Key, Value>>): [Key, Value][] {
  return Object.entries(table) as [Key, Value][];
}
