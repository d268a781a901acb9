import { TicketReminder } from '@onestop/shared';
import { useEffect, useRef } from 'react';
import {
  type AlertStore,
  type ReminderFacts,
  reminderAlertKey,
  reminderOfTicket,
  takeReminderAlert,
} from './ticket-reminders';

/** The vibration of "almost your turn": two short pulses, unlike a call's three long ones. */
export const almostYourTurnVibrationPattern = [200, 100, 200];
/** The vibration of "come to the hall and check in": one long pulse, for a phone in a pocket at home. */
export const comeAndCheckInVibrationPattern = [600];

function phoneStorage(): AlertStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some browsers throw on the mere access when storage is disabled.
    return null;
  }
}

/**
 * Alerts the citizen once per reminder of the ticket ({@link reminderOfTicket}): when it becomes
 * COME_AND_CHECK_IN or ALMOST_YOUR_TURN the phone vibrates where it can and, for almost your turn,
 * chimes (`chime` plays only once sound was allowed). Once means once per segment on this phone:
 * remembered in its storage, so that a reload, a reconnect or a phone woken from sleep neither
 * repeats the alert nor loses it (a phone that wakes to a ticket already within reach alerts then).
 */
export function useReminderAlert(accessCode: string, ticket: ReminderFacts, chime: () => void): void {
  const givenInThisPage = useRef(new Set<string>());
  const alertKey = reminderAlertKey(accessCode, ticket);
  const reminder = reminderOfTicket(ticket);

  useEffect(() => {
    if (alertKey === null) return;
    if (!takeReminderAlert(phoneStorage(), alertKey, givenInThisPage.current)) return;
    const pattern =
      reminder === TicketReminder.ALMOST_YOUR_TURN
        ? almostYourTurnVibrationPattern
        : comeAndCheckInVibrationPattern;
    // Refused silently where the browser forbids it (no vibration motor, iOS).
    if (typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function')
      navigator.vibrate(pattern);
    if (reminder === TicketReminder.ALMOST_YOUR_TURN) chime();
    // `chime` is stable (useCallAlert's callback): a new key or reminder alone runs this again.
  }, [alertKey, reminder, chime]);
}
