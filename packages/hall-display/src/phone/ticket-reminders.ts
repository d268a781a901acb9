import {
  checkInCodePattern,
  isRemoteTicket,
  reminderOf,
  type TicketChannel,
  TicketReminder,
  type TicketStatus,
} from '@onestop/shared';

/** The parts of a ticket the phone page's reminders read. */
export interface ReminderFacts {
  status: TicketStatus;
  channel: TicketChannel;
  checkedIn: boolean;
  position?: number | null;
  service: { remoteJoinSettings: { checkInAhead: number } };
  segments: readonly { id: string }[];
}

/** What the phone page shows about a ticket's place in line, besides its status. */
export type RemotePhase =
  /** Not a remote ticket, or a remote one no longer waiting: nothing of remote join to say. */
  | 'none'
  /** Remote, waiting, not checked in, far from the front: stay where you are, you hold a place. */
  | 'holdingPlace'
  /** Remote, waiting, not checked in, near the front: come to the hall and check in. */
  | 'comeAndCheckIn'
  /** Remote, waiting and checked in: say so, once the citizen is in the hall. */
  | 'checkedIn';

/** The reminder of the shared rule ({@link reminderOf}) for this ticket as the page has it. */
export function reminderOfTicket(ticket: ReminderFacts): TicketReminder {
  return reminderOf({
    status: ticket.status,
    channel: ticket.channel,
    checkedIn: ticket.checkedIn,
    peopleAhead: ticket.position ?? 0,
    checkInAhead: ticket.service.remoteJoinSettings.checkInAhead,
  });
}

/** Which of the remote ticket's states the page shows; 'none' for every other ticket. */
export function remotePhaseOf(ticket: ReminderFacts): RemotePhase {
  if (!isRemoteTicket(ticket) || ticket.status !== 'WAITING') return 'none';
  if (ticket.checkedIn) return 'checkedIn';
  return reminderOfTicket(ticket) === TicketReminder.COME_AND_CHECK_IN ? 'comeAndCheckIn' : 'holdingPlace';
}

/**
 * What names the one alert a ticket gets for a reminder, or null when it has none now: one per
 * reminder (come and check in, almost your turn) and per segment, since a ticket transferred to
 * another service waits in a new line and is alerted again there.
 */
export function reminderAlertKey(accessCode: string, ticket: ReminderFacts): string | null {
  const reminder = reminderOfTicket(ticket);
  if (reminder === TicketReminder.NONE) return null;
  const segment = ticket.segments.at(-1);
  return `onestop.citizen.alerted.${accessCode}.${segment?.id ?? ''}.${reminder}`;
}

/** Where the phone remembers which alerts it gave: `localStorage` in the page, a map in tests. */
export interface AlertStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * Whether the alert named `alertKey` ({@link reminderAlertKey}) is still to give, marking it given:
 * true once per key. What was given is remembered in the phone's storage, so that a reload, a
 * reconnect or a phone that slept and woke does not give it again, and a phone that woke to a
 * ticket already within reach gives it then, once. Storage that refuses (private browsing) falls
 * back to this page's memory: the alert is then at worst repeated after a reload, never lost.
 */
export function takeReminderAlert(
  store: AlertStore | null,
  alertKey: string,
  givenInThisPage: Set<string>,
): boolean {
  if (givenInThisPage.has(alertKey)) return false;
  givenInThisPage.add(alertKey);
  try {
    if (store && store.getItem(alertKey) !== null) return false;
    store?.setItem(alertKey, new Date().toISOString());
  } catch {
    // Storage refused: this page's memory alone keeps it once.
  }
  return true;
}

/**
 * The check-in code in what the camera read: the wall display's QR holds the address of the
 * check-in page (`…/checkin/123456`); six digits alone are taken as they are. Null for anything
 * else (another QR code in view).
 */
export function checkInCodeFromScan(text: string): string | null {
  const trimmed = text.trim();
  if (checkInCodePattern.test(trimmed)) return trimmed;
  const match = /\/checkin\/(\d{6})\/?(?:[?#].*)?$/.exec(trimmed);
  return match ? match[1]! : null;
}
