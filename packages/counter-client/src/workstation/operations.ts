import type { CounterStatus, TicketStatus } from '@onestop/shared';

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

/** Every operation, in the order the workstation lists them (for exhaustive tests). */
export const workstationOperations: readonly WorkstationOperation[] = [
  'openCounter',
  'pauseCounter',
  'resumeCounter',
  'closeCounter',
  'callNext',
  'callTicket',
  'recall',
  'start',
  'complete',
  'noShow',
  'transfer',
  'park',
  'resumeParked',
  'requeue',
];

/**
 * The operations the server would accept in `state` (domain.md's lifecycle and the counter
 * rules of ticket.service): buttons for the others are disabled. The server checks again;
 * this only spares the clerk a refusal.
 */
export function legalOperations(state: WorkstationState): ReadonlySet<WorkstationOperation> {
  const { counterStatus, ticketStatus, parkedCount, hasRequeueableNoShow } = state;
  const legal = new Set<WorkstationOperation>();
  const holdsTicket = ticketStatus === 'CALLED' || ticketStatus === 'SERVING';

  if (counterStatus === 'CLOSED') legal.add('openCounter');
  if (counterStatus === 'OPEN') legal.add('pauseCounter');
  if (counterStatus === 'PAUSED') legal.add('resumeCounter');
  // A citizen who was called must be served or released before the window closes (COUNTER_BUSY).
  if (counterStatus !== 'CLOSED' && !holdsTicket) legal.add('closeCounter');

  // Only an OPEN counter with nobody at it calls (COUNTER_NOT_OPEN, COUNTER_BUSY).
  if (counterStatus === 'OPEN' && !holdsTicket) {
    legal.add('callNext');
    legal.add('callTicket');
  }

  if (ticketStatus === 'CALLED') {
    legal.add('recall');
    legal.add('start');
    legal.add('noShow');
  }
  // Completing from CALLED is legal: a clerk who never pressed start.
  if (holdsTicket) {
    legal.add('complete');
    legal.add('transfer');
    legal.add('park');
  }
  // A parked ticket comes back as CALLED, so the counter must be free; a closed window calls nobody.
  if (parkedCount > 0 && !holdsTicket && counterStatus !== 'CLOSED') legal.add('resumeParked');
  if (hasRequeueableNoShow) legal.add('requeue');
  return legal;
}
