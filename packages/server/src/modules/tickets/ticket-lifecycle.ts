import { ErrorCode, TicketStatus } from '@onestop/shared';
import { DomainError } from '../../common/domain-error.js';

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

interface Transition {
  from: readonly TicketStatus[];
  to: TicketStatus;
}

// The lifecycle of domain.md as one table, so the service, the tests and any reader agree.
const transitions: Readonly<Record<TicketOperation, Transition>> = {
  call: { from: [TicketStatus.WAITING], to: TicketStatus.CALLED },
  // Stays CALLED; the service turns a recall past the hall's maxRecalls into a no-show.
  recall: { from: [TicketStatus.CALLED], to: TicketStatus.CALLED },
  start: { from: [TicketStatus.CALLED], to: TicketStatus.SERVING },
  // From CALLED too: a clerk who never pressed start (servingAt = calledAt).
  complete: { from: [TicketStatus.CALLED, TicketStatus.SERVING], to: TicketStatus.DONE },
  noShow: { from: [TicketStatus.CALLED], to: TicketStatus.NO_SHOW },
  requeue: { from: [TicketStatus.NO_SHOW], to: TicketStatus.WAITING },
  // This segment ends TRANSFERRED; the service opens a new WAITING one in the target service.
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

/** Every operation, in the order of the lifecycle diagram (for exhaustive tests and UIs). */
export const ticketOperations: readonly TicketOperation[] = Object.keys(transitions) as TicketOperation[];

/**
 * Statuses in which a segment is still in the hall's hands: waiting, at a counter, or parked
 * aside. These expire when the service day ends.
 */
export const activeStatuses: readonly TicketStatus[] = [
  TicketStatus.WAITING,
  TicketStatus.CALLED,
  TicketStatus.SERVING,
  TicketStatus.PARKED,
];

/**
 * Statuses in which a segment's pass is over: DONE, NO_SHOW, CANCELLED, TRANSFERRED, EXPIRED.
 * Only NO_SHOW can be reopened (requeue, same service day); the others never change again.
 */
export const finalStatuses: readonly TicketStatus[] = Object.values(TicketStatus).filter(
  (status) => !activeStatuses.includes(status),
);

/** The statuses `operation` may be applied to. */
export function allowedFrom(operation: TicketOperation): readonly TicketStatus[] {
  return transitions[operation].from;
}

/** True when `operation` is legal for a segment in `status`. */
export function canApply(operation: TicketOperation, status: TicketStatus): boolean {
  return transitions[operation].from.includes(status);
}

/**
 * The status a segment in `status` has after `operation`.
 *
 * @throws DomainError `INVALID_TRANSITION` naming the current status when the operation is not
 * legal from it; the caller must then change nothing.
 */
export function statusAfter(operation: TicketOperation, status: TicketStatus): TicketStatus {
  if (!canApply(operation, status)) {
    throw new DomainError(ErrorCode.INVALID_TRANSITION, { status });
  }
  return transitions[operation].to;
}
