import type { UiMessageKey } from '@onestop/shared';
import type { DeskDialog } from './desk-dialogs';
import type { WorkstationOperation } from './operations';
import type { CounterDesk } from './use-counter-desk';
import type { KeyedOperation } from './workstation-config';

/** What a press of an operation's button or key does: run it now, or open the dialog that asks for the rest. */
export type DeskPress =
  { run: (desk: CounterDesk) => Promise<boolean> } | { dialog: Exclude<DeskDialog, { kind: 'leave' }> };

/** One operation as the clerk meets it: its button, its key and what pressing either does. */
export interface DeskAction {
  label: UiMessageKey;
  /** The configured key that presses it; without one it is reached with Tab and Enter. */
  key?: KeyedOperation;
  primary?: boolean;
  press: DeskPress;
}

/**
 * The operations pressed as they are, from a button or a key. Resuming a parked ticket and
 * requeueing a no-show are pressed on a ticket of their own, so they are not here.
 */
export type DeskOperation = Exclude<WorkstationOperation, 'resumeParked' | 'requeue'>;

/** The one table of the workstation's buttons and keys: the bars and the key handler read it. */
export const deskActions: Readonly<Record<DeskOperation, DeskAction>> = {
  openCounter: {
    label: 'workstation.op.openCounter',
    primary: true,
    press: { run: (desk) => desk.openCounter() },
  },
  // One key for two operations: it pauses an open counter and resumes a paused one.
  pauseCounter: {
    label: 'workstation.op.pauseCounter',
    key: 'pauseOrResume',
    press: { dialog: { kind: 'pause' } },
  },
  resumeCounter: {
    label: 'workstation.op.resumeCounter',
    key: 'pauseOrResume',
    primary: true,
    press: { run: (desk) => desk.resumeCounter() },
  },
  closeCounter: { label: 'workstation.op.closeCounter', press: { run: (desk) => desk.closeCounter() } },
  callNext: {
    label: 'workstation.op.callNext',
    key: 'callNext',
    primary: true,
    press: { run: (desk) => desk.callNext() },
  },
  recall: { label: 'workstation.op.recall', key: 'recall', press: { run: (desk) => desk.recall() } },
  start: { label: 'workstation.op.start', key: 'start', press: { run: (desk) => desk.start() } },
  complete: {
    label: 'workstation.op.complete',
    key: 'complete',
    primary: true,
    press: { dialog: { kind: 'complete' } },
  },
  noShow: { label: 'workstation.op.noShow', key: 'noShow', press: { run: (desk) => desk.noShow() } },
  transfer: { label: 'workstation.op.transfer', press: { dialog: { kind: 'transfer' } } },
  park: { label: 'workstation.op.park', press: { run: (desk) => desk.park() } },
  callTicket: {
    label: 'workstation.op.callTicket',
    press: { dialog: { kind: 'callTicket', ticketId: null } },
  },
};

/** The buttons of the operation bar, in its order; the counter's own sit in the status bar. */
export const ticketBarOperations: readonly DeskOperation[] = [
  'callNext',
  'recall',
  'start',
  'complete',
  'noShow',
  'transfer',
  'park',
  'callTicket',
];

/** The operations `key` presses, in the order they are tried: a press presses the first legal one. */
export function operationsOfKey(key: KeyedOperation): DeskOperation[] {
  return (Object.keys(deskActions) as DeskOperation[]).filter(
    (operation) => deskActions[operation].key === key,
  );
}
