import { Role } from './enums.js';

/**
 * Who may do what: each right and the roles that hold it (the API contract's "Who may call
 * what"). The server checks every operation against this table, within the halls the caller
 * reaches; the staff app uses the same table to offer only the pages a role may open. Citizens
 * hold no role: a ticket's access code is their key to that one ticket.
 */
export const rights = {
  /** Read a hall's set-up: its services and counters. */
  readHallSetup: [Role.ADMIN, Role.MANAGER, Role.CLERK, Role.KIOSK, Role.DISPLAY],
  /** Set up a hall: its settings, services, counters, staff and devices (MANAGER: in their halls). */
  administerHall: [Role.ADMIN, Role.MANAGER],
  /** Issue a ticket at a kiosk or for a citizen at the desk. */
  issueTicket: [Role.ADMIN, Role.MANAGER, Role.CLERK, Role.KIOSK],
  /** Open, pause, resume and close a counter; call and serve its tickets. */
  operateCounter: [Role.ADMIN, Role.MANAGER, Role.CLERK],
  /** Read a hall's waiting tickets, a counter's queue, one ticket. */
  readQueue: [Role.ADMIN, Role.MANAGER, Role.CLERK],
  /** Read and follow a hall's board and events (public: no personal data). */
  readBoard: [Role.ADMIN, Role.MANAGER, Role.CLERK, Role.KIOSK, Role.DISPLAY],
  /** Watch a hall's live status and alerts. */
  readHallStatus: [Role.ADMIN, Role.MANAGER],
  /** Read wait-time statistics (a CLERK only their own figures). */
  readStats: [Role.ADMIN, Role.MANAGER, Role.CLERK],
  /** Read ratings and write their follow-up. */
  readRatings: [Role.ADMIN, Role.MANAGER],
} as const satisfies Record<string, readonly Role[]>;

/** A right of the {@link rights} table. */
export type Right = keyof typeof rights;

/** True when `role` holds `right`. */
export function holdsRight(role: string, right: Right): boolean {
  return (rights[right] as readonly string[]).includes(role);
}
