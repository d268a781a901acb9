import { TicketChannel, TicketStatus } from './enums.js';

/**
 * Remote join (远程取号) per service (docs/domain.md, "Remote join"): the settings an administrator
 * sets and their limits, and what a ticket's phone page tells its citizen as the line moves. The
 * server validates with these limits, the admin form offers them and the phone page decides its
 * reminders with {@link reminderOf}: one rule in one place.
 */

/** A service's remote-join settings (`RemoteJoinSettings` in the API). */
export interface RemoteJoinSettings {
  enabled: boolean;
  /** At most this many remote tickets of the service wait unchecked-in at once. */
  maxWaiting: number;
  /** A remote ticket is asked to check in when this many people or fewer are ahead of it. */
  checkInAhead: number;
  /**
   * Passed over because it was not checked in, a remote ticket keeps its place this long;
   * checked in later, it queues at its check-in time.
   */
  holdMinutes: number;
}

/** The numeric settings of {@link RemoteJoinSettings}. */
export type RemoteJoinNumberSetting = Exclude<keyof RemoteJoinSettings, 'enabled'>;

/**
 * The settings of a service whose administrator never set them, as of every service made before
 * remote join: off, so that the service behaves as before until it is turned on.
 */
export const defaultRemoteJoinSettings: Readonly<RemoteJoinSettings> = Object.freeze({
  enabled: false,
  maxWaiting: 20,
  checkInAhead: 5,
  holdMinutes: 10,
});

/** The smallest and largest value each numeric setting may take (whole numbers). */
export const remoteJoinSettingLimits: Readonly<
  Record<RemoteJoinNumberSetting, { min: number; max: number }>
> = Object.freeze({
  maxWaiting: { min: 1, max: 500 },
  checkInAhead: { min: 0, max: 100 },
  // Up to four hours: a half day's wait at most.
  holdMinutes: { min: 0, max: 240 },
});

/**
 * The settings stored for a service, completed with the defaults for what was never set (a row
 * written before a setting existed holds less than the whole set).
 */
export function remoteJoinSettingsOf(
  stored: Partial<RemoteJoinSettings> | null | undefined,
): RemoteJoinSettings {
  return { ...defaultRemoteJoinSettings, ...(stored ?? {}) };
}

/** Every ticket's phone page alerts its citizen once this many people or fewer are ahead. */
export const almostYourTurnAhead = 3;

/**
 * How long a wall display's check-in code lasts: it changes every minute, and the code of the
 * previous minute is still accepted, so a citizen who scanned it just before it changed is not
 * refused.
 */
export const checkInCodeMinutes = 1;

/** A check-in code as the wall display shows it and a citizen types it: six digits. */
export const checkInCodePattern = /^\d{6}$/;

/** The path of the page a phone opens from the wall display's check-in QR code: `/checkin/<code>`. */
export function checkInPath(checkInCode: string): string {
  return `/checkin/${encodeURIComponent(checkInCode)}`;
}

/** What a ticket's phone page reminds its citizen of, as the line moves. */
export const TicketReminder = {
  /** Nothing yet: wait (at home, for a remote ticket). */
  NONE: 'NONE',
  /** A remote ticket not checked in, with `checkInAhead` or fewer ahead: come to the hall and check in. */
  COME_AND_CHECK_IN: 'COME_AND_CHECK_IN',
  /** {@link almostYourTurnAhead} or fewer ahead: almost your turn (banner, vibration, sound). */
  ALMOST_YOUR_TURN: 'ALMOST_YOUR_TURN',
} as const;
export type TicketReminder = (typeof TicketReminder)[keyof typeof TicketReminder];

/** What {@link reminderOf} reads of a ticket. */
export interface ReminderInput {
  status: TicketStatus;
  channel: TicketChannel;
  /** False for a remote ticket until it is checked in at the hall. */
  checkedIn: boolean;
  /** People ahead of it in its service's line (its position). */
  peopleAhead: number;
  /** Its service's `checkInAhead`. */
  checkInAhead: number;
}

/**
 * The reminder a ticket's phone page shows. Only a WAITING ticket has one. A remote ticket not
 * checked in is asked to come and check in first (it is never called before): once `checkInAhead`
 * or fewer are ahead, and always once it is within {@link almostYourTurnAhead}. A ticket that can
 * be called is told it is almost its turn at {@link almostYourTurnAhead} or fewer ahead.
 */
export function reminderOf(ticket: ReminderInput): TicketReminder {
  if (ticket.status !== TicketStatus.WAITING) return TicketReminder.NONE;
  if (!ticket.checkedIn) {
    const comeAt = Math.max(ticket.checkInAhead, almostYourTurnAhead);
    return ticket.peopleAhead <= comeAt ? TicketReminder.COME_AND_CHECK_IN : TicketReminder.NONE;
  }
  return ticket.peopleAhead <= almostYourTurnAhead ? TicketReminder.ALMOST_YOUR_TURN : TicketReminder.NONE;
}

/** True for a ticket taken from a phone (远程取号), checked in or not. */
export function isRemoteTicket(ticket: { channel: TicketChannel }): boolean {
  return ticket.channel === TicketChannel.ONLINE;
}
