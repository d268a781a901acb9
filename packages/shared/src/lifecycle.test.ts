import { describe, expect, it } from 'vitest';
import { CounterStatus, TicketStatus } from './enums.js';
import {
  activeStatuses,
  allowedFrom,
  canApply,
  counterCalls,
  counterOperations,
  counterStatusAfter,
  finalStatuses,
  heldStatuses,
  statusAfter,
  ticketOperations,
  type CounterOperation,
  type TicketOperation,
} from './lifecycle.js';

const { WAITING, CALLED, SERVING, PARKED, DONE, NO_SHOW, CANCELLED, TRANSFERRED, EXPIRED } = TicketStatus;
// Refused: INVALID_TRANSITION.
const NO = null;

/** docs/domain.md's lifecycle, written out cell by cell: status × operation → status after, or NO. */
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
    expect(statusAfter(operation, status)).toBe(expected);
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

  it('a counter holds a called or serving ticket', () => {
    expect([...heldStatuses].sort()).toEqual([CALLED, SERVING]);
  });
});

const { CLOSED, OPEN, PAUSED } = CounterStatus;

/** The counter's statuses × operations, cell by cell. */
const expectedCounterMatrix: Record<CounterStatus, Record<CounterOperation, CounterStatus | null>> = {
  CLOSED: { open: OPEN, pause: NO, resume: NO, close: NO },
  OPEN: { open: NO, pause: PAUSED, resume: NO, close: CLOSED },
  PAUSED: { open: NO, pause: NO, resume: OPEN, close: CLOSED },
};

describe('the counter status × operation matrix', () => {
  const counterCells = Object.values(CounterStatus).flatMap((status) =>
    counterOperations.map(
      (operation) => [status, operation, expectedCounterMatrix[status][operation]] as const,
    ),
  );

  it('covers 3 statuses × 4 operations', () => {
    expect(counterCells).toHaveLength(12);
  });

  it.each(counterCells)('%s + %s → %s', (status, operation, expected) => {
    expect(counterStatusAfter(operation, status)).toBe(expected);
  });

  it('only an open counter calls', () => {
    expect(Object.values(CounterStatus).filter(counterCalls)).toEqual([OPEN]);
  });
});
