import { ErrorCode, TicketStatus } from '@onestop/shared';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/domain-error.js';
import {
  activeStatuses,
  allowedFrom,
  canApply,
  finalStatuses,
  statusAfter,
  ticketOperations,
  type TicketOperation,
} from './ticket-lifecycle.js';

const { WAITING, CALLED, SERVING, PARKED, DONE, NO_SHOW, CANCELLED, TRANSFERRED, EXPIRED } = TicketStatus;
// Refused: INVALID_TRANSITION.
const NO = null;

/** domain.md's lifecycle, written out cell by cell: status × operation → status after, or NO. */
const expectedMatrix: Record<TicketStatus, Record<TicketOperation, TicketStatus | null>> = {
  // prettier-ignore
  WAITING:     { call: CALLED, recall: NO,     start: NO,      complete: NO,   noShow: NO,      requeue: NO,      transfer: NO,          park: NO,     resume: NO,     cancel: CANCELLED, expire: EXPIRED },
  // prettier-ignore
  CALLED:      { call: NO,     recall: CALLED, start: SERVING, complete: DONE, noShow: NO_SHOW, requeue: NO,      transfer: TRANSFERRED, park: PARKED, resume: NO,     cancel: NO,        expire: EXPIRED },
  // prettier-ignore
  SERVING:     { call: NO,     recall: NO,     start: NO,      complete: DONE, noShow: NO,      requeue: NO,      transfer: TRANSFERRED, park: PARKED, resume: NO,     cancel: NO,        expire: EXPIRED },
  // prettier-ignore
  PARKED:      { call: NO,     recall: NO,     start: NO,      complete: NO,   noShow: NO,      requeue: NO,      transfer: NO,          park: NO,     resume: CALLED, cancel: NO,        expire: EXPIRED },
  // prettier-ignore
  DONE:        { call: NO,     recall: NO,     start: NO,      complete: NO,   noShow: NO,      requeue: NO,      transfer: NO,          park: NO,     resume: NO,     cancel: NO,        expire: NO },
  // prettier-ignore
  NO_SHOW:     { call: NO,     recall: NO,     start: NO,      complete: NO,   noShow: NO,      requeue: WAITING, transfer: NO,          park: NO,     resume: NO,     cancel: NO,        expire: NO },
  // prettier-ignore
  CANCELLED:   { call: NO,     recall: NO,     start: NO,      complete: NO,   noShow: NO,      requeue: NO,      transfer: NO,          park: NO,     resume: NO,     cancel: NO,        expire: NO },
  // prettier-ignore
  TRANSFERRED: { call: NO,     recall: NO,     start: NO,      complete: NO,   noShow: NO,      requeue: NO,      transfer: NO,          park: NO,     resume: NO,     cancel: NO,        expire: NO },
  // prettier-ignore
  EXPIRED:     { call: NO,     recall: NO,     start: NO,      complete: NO,   noShow: NO,      requeue: NO,      transfer: NO,          park: NO,     resume: NO,     cancel: NO,        expire: NO },
};

const cells = Object.values(TicketStatus).flatMap((status) =>
  ticketOperations.map((operation) => [status, operation, expectedMatrix[status][operation]] as const),
);

describe('the status × operation matrix', () => {
  it('covers 9 statuses × 11 operations', () => {
    expect(Object.values(TicketStatus)).toHaveLength(9);
    expect(ticketOperations).toHaveLength(11);
    expect(cells).toHaveLength(99);
  });

  it.each(cells)('%s + %s → %s', (status, operation, expected) => {
    expect(canApply(operation, status)).toBe(expected !== NO);
    expect(allowedFrom(operation).includes(status)).toBe(expected !== NO);
    if (expected === NO) {
      let thrown: unknown;
      try {
        statusAfter(operation, status);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(DomainError);
      expect(thrown).toMatchObject({ code: ErrorCode.INVALID_TRANSITION, details: { status } });
    } else {
      expect(statusAfter(operation, status)).toBe(expected);
    }
  });
});

describe('status groups', () => {
  it('active statuses are the ones that expire at the end of the day', () => {
    expect([...activeStatuses].sort()).toEqual([CALLED, PARKED, SERVING, WAITING]);
    expect([...activeStatuses].sort()).toEqual([...allowedFrom('expire')].sort());
  });

  it('final statuses are all the others', () => {
    expect([...finalStatuses].sort()).toEqual([CANCELLED, DONE, EXPIRED, NO_SHOW, TRANSFERRED]);
  });

  it('only requeue leaves a final status', () => {
    const leavingFinal = cells.filter(
      ([status, , expected]) => finalStatuses.includes(status) && expected !== NO,
    );
    expect(leavingFinal).toEqual([[NO_SHOW, 'requeue', WAITING]]);
  });
});
