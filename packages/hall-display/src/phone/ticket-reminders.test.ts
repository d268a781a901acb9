import { describe, expect, it } from 'vitest';
import { rememberedTickets, rememberedTicketsLimit, rememberTicket } from './remembered-tickets';
import {
  checkInCodeFromScan,
  type ReminderFacts,
  reminderAlertKey,
  remotePhaseOf,
  takeReminderAlert,
} from './ticket-reminders';

function facts(overrides: Partial<ReminderFacts> = {}): ReminderFacts {
  return {
    status: 'WAITING',
    channel: 'ONLINE',
    checkedIn: false,
    position: 10,
    service: { remoteJoinSettings: { checkInAhead: 5 } },
    segments: [{ id: 'segment-1' }],
    ...overrides,
  };
}

describe('remotePhaseOf', () => {
  it.each([
    { case: 'remote, far from the front', ticket: facts(), phase: 'holdingPlace' },
    { case: 'remote, 6 ahead of checkInAhead 5', ticket: facts({ position: 6 }), phase: 'holdingPlace' },
    { case: 'remote, 5 ahead', ticket: facts({ position: 5 }), phase: 'comeAndCheckIn' },
    { case: 'remote, at the front', ticket: facts({ position: 0 }), phase: 'comeAndCheckIn' },
    // checkInAhead 0 still asks at 3 ahead: the almost-your-turn distance.
    {
      case: 'remote, checkInAhead 0, 3 ahead',
      ticket: facts({ position: 3, service: { remoteJoinSettings: { checkInAhead: 0 } } }),
      phase: 'comeAndCheckIn',
    },
    { case: 'remote, checked in', ticket: facts({ checkedIn: true, position: 1 }), phase: 'checkedIn' },
    { case: 'remote, called', ticket: facts({ status: 'CALLED', checkedIn: true }), phase: 'none' },
    { case: 'kiosk ticket', ticket: facts({ channel: 'KIOSK', checkedIn: true }), phase: 'none' },
  ])('$case: $phase', ({ ticket, phase }) => {
    expect(remotePhaseOf(ticket)).toBe(phase);
  });
});

describe('reminderAlertKey', () => {
  it('names one alert per reminder and segment, none while there is nothing to remind of', () => {
    expect(reminderAlertKey('code', facts())).toBeNull();
    expect(reminderAlertKey('code', facts({ position: 4 }))).toBe(
      'onestop.citizen.alerted.code.segment-1.COME_AND_CHECK_IN',
    );
    const almost = facts({ channel: 'KIOSK', checkedIn: true, position: 3 });
    expect(reminderAlertKey('code', almost)).toBe('onestop.citizen.alerted.code.segment-1.ALMOST_YOUR_TURN');
    // Transferred: a new segment waits in a new line, and is alerted there again.
    expect(
      reminderAlertKey('code', { ...almost, segments: [{ id: 'segment-1' }, { id: 'segment-2' }] }),
    ).toBe('onestop.citizen.alerted.code.segment-2.ALMOST_YOUR_TURN');
    expect(reminderAlertKey('code', { ...almost, status: 'CALLED' })).toBeNull();
  });
});

/** A phone's storage in memory. */
function memoryStore() {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

describe('takeReminderAlert', () => {
  it('gives each alert once, and a reload (a new page on the same storage) does not give it again', () => {
    const store = memoryStore();
    const page = new Set<string>();
    expect(takeReminderAlert(store, 'key-1', page)).toBe(true);
    expect(takeReminderAlert(store, 'key-1', page)).toBe(false);
    const reloaded = new Set<string>();
    expect(takeReminderAlert(store, 'key-1', reloaded)).toBe(false);
    expect(takeReminderAlert(store, 'key-2', reloaded)).toBe(true);
  });

  it('keeps it once within the page when storage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    const page = new Set<string>();
    expect(takeReminderAlert(refusing, 'key-1', page)).toBe(true);
    expect(takeReminderAlert(refusing, 'key-1', page)).toBe(false);
    expect(takeReminderAlert(null, 'key-2', page)).toBe(true);
  });
});

describe('checkInCodeFromScan', () => {
  it.each([
    { text: 'https://hall.example.cn/checkin/042917', code: '042917' },
    { text: 'http://10.0.0.5:3000/checkin/123456/', code: '123456' },
    { text: 'https://hall.example.cn/checkin/123456?from=wall', code: '123456' },
    { text: ' 654321 ', code: '654321' },
    { text: 'https://hall.example.cn/t/abcdefabcdefabcdef', code: null },
    { text: 'https://hall.example.cn/checkin/12345', code: null },
    { text: '1234567', code: null },
  ])('$text → $code', ({ text, code }) => {
    expect(checkInCodeFromScan(text)).toBe(code);
  });
});

describe('remembered tickets', () => {
  it('lists the tickets opened, newest first, once each, a few at most, for a day', () => {
    localStorage.clear();
    const start = Date.UTC(2026, 11, 7, 1, 0);
    rememberTicket('first', start);
    rememberTicket('second', start + 1_000);
    rememberTicket('first', start + 2_000);
    expect(rememberedTickets(start + 3_000)).toEqual(['first', 'second']);
    for (let index = 0; index < 20; index += 1) rememberTicket(`ticket-${index}`, start + 10_000 + index);
    expect(rememberedTickets(start + 20_000)).toHaveLength(rememberedTicketsLimit);
    expect(rememberedTickets(start + 25 * 60 * 60 * 1000)).toEqual([]);
  });

  it('reads nothing from storage another version filled with something else', () => {
    localStorage.setItem('onestop.citizen.tickets', '{"not":"a list"}');
    expect(rememberedTickets()).toEqual([]);
  });
});
