import { type RefObject, useEffect, useRef } from 'react';
import type { DeskOperation } from './desk-actions';
import type { WorkstationOperation } from './operations';
import type { DeskSettled } from './use-counter-desk';

/**
 * Where the clerk goes after an operation went through: the first of these buttons that is enabled
 * then. The button pressed is often gone or disabled by then, and focus must not drop to the page
 * (WCAG 2.4.3): a keyboard or screen reader user would start again from the top.
 */
export const nextFocusAfter: Readonly<Record<WorkstationOperation, readonly DeskOperation[]>> = {
  openCounter: ['callNext'],
  resumeCounter: ['callNext'],
  pauseCounter: ['resumeCounter'],
  closeCounter: ['openCounter'],
  // Nobody waiting: the call button stays, to try again.
  callNext: ['start', 'callNext'],
  callTicket: ['start'],
  resumeParked: ['start', 'complete'],
  // Past the hall's maxRecalls a recall is a no-show, and the next ticket is what is left.
  recall: ['recall', 'callNext'],
  start: ['complete'],
  complete: ['callNext'],
  noShow: ['callNext'],
  transfer: ['callNext'],
  park: ['callNext'],
  requeue: ['callNext'],
};

/** The heading of the ticket at the counter: where focus goes when no next button is there. */
export const currentTicketHeadingId = 'current-ticket-heading';

/** Focus was lost: on nothing, on the page, or on a button disabled under it. */
function focusLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || (active as HTMLButtonElement).disabled === true;
}

/**
 * Moves focus once an operation is answered and its dialog, if any, has closed: after one that
 * went through, to what the clerk needs next ({@link nextFocusAfter}); after a refusal, back to
 * the button pressed if focus was lost meanwhile. Runs once per answer, not on every render.
 */
export function useDeskFocus(
  desk: RefObject<HTMLElement | null>,
  settled: DeskSettled | null,
  dialogOpen: boolean,
): void {
  const handled = useRef<DeskSettled | null>(null);
  useEffect(() => {
    const root = desk.current;
    if (!root || !settled || dialogOpen || handled.current === settled) return;
    handled.current = settled;
    // A refusal leaves the clerk where they were, unless that place has gone.
    if (!settled.done && !focusLost()) return;
    const candidates = settled.done ? nextFocusAfter[settled.operation] : [settled.operation];
    const target =
      candidates
        .map((operation) => root.querySelector<HTMLButtonElement>(`button[data-operation="${operation}"]`))
        .find((button) => button !== null && !button.disabled) ??
      root.querySelector<HTMLElement>(`#${currentTicketHeadingId}`);
    target?.focus();
  }, [desk, settled, dialogOpen]);
}
