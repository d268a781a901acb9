import { describe, expect, it } from 'vitest';
import { TicketChannel, TicketStatus } from './enums.js';
import {
  almostYourTurnAhead,
  checkInPath,
  defaultRemoteJoinSettings,
  isRemoteTicket,
  reminderOf,
  remoteJoinSettingsOf,
  TicketReminder,
  type ReminderInput,
} from './remote-join.js';

const waiting = (overrides: Partial<ReminderInput>): ReminderInput => ({
  status: TicketStatus.WAITING,
  channel: TicketChannel.ONLINE,
  checkedIn: false,
  peopleAhead: 10,
  checkInAhead: 5,
  ...overrides,
});

describe('remoteJoinSettingsOf', () => {
  it('reads a service never set as off, with the defaults', () => {
    expect(remoteJoinSettingsOf({})).toEqual(defaultRemoteJoinSettings);
    expect(remoteJoinSettingsOf(null).enabled).toBe(false);
  });

  it('keeps what was set and completes the rest', () => {
    expect(remoteJoinSettingsOf({ enabled: true, holdMinutes: 15 })).toEqual({
      ...defaultRemoteJoinSettings,
      enabled: true,
      holdMinutes: 15,
    });
  });
});

describe('reminderOf', () => {
  it.each<[string, Partial<ReminderInput>, TicketReminder]>([
    ['remote, far from the front: nothing yet', { peopleAhead: 6 }, TicketReminder.NONE],
    ['remote, at checkInAhead: come and check in', { peopleAhead: 5 }, TicketReminder.COME_AND_CHECK_IN],
    [
      'remote, at the front: come and check in, never almost',
      { peopleAhead: 0 },
      TicketReminder.COME_AND_CHECK_IN,
    ],
    [
      'remote with checkInAhead 0, at 3 ahead: asked to come anyway',
      { checkInAhead: 0, peopleAhead: almostYourTurnAhead },
      TicketReminder.COME_AND_CHECK_IN,
    ],
    ['remote, checked in, 4 ahead: nothing', { checkedIn: true, peopleAhead: 4 }, TicketReminder.NONE],
    [
      'remote, checked in, 3 ahead: almost your turn',
      { checkedIn: true, peopleAhead: 3 },
      TicketReminder.ALMOST_YOUR_TURN,
    ],
    [
      'a walk-in, 3 ahead: almost your turn',
      { channel: TicketChannel.KIOSK, checkedIn: true, peopleAhead: 3 },
      TicketReminder.ALMOST_YOUR_TURN,
    ],
    [
      'a walk-in, 4 ahead: nothing',
      { channel: TicketChannel.KIOSK, checkedIn: true, peopleAhead: 4 },
      TicketReminder.NONE,
    ],
    [
      'called already: no reminder',
      { status: TicketStatus.CALLED, checkedIn: true, peopleAhead: 0 },
      TicketReminder.NONE,
    ],
  ])('%s', (_label, overrides, expected) => {
    expect(reminderOf(waiting(overrides))).toBe(expected);
  });
});

describe('the small helpers', () => {
  it('names the check-in page of a code, and tells remote tickets by their channel', () => {
    expect(checkInPath('012345')).toBe('/checkin/012345');
    expect(isRemoteTicket({ channel: TicketChannel.ONLINE })).toBe(true);
    expect(isRemoteTicket({ channel: TicketChannel.KIOSK })).toBe(false);
  });
});
