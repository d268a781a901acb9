import { describe, expect, it } from 'vitest';
import {
  alertKey,
  alertsNewestFirst,
  hallQueueTotals,
  longestWaitByService,
  newAlertKeys,
  unattendedCounterIds,
} from './live-figures';

describe('longestWaitByService', () => {
  it("reads each service's oldest waiting ticket from the push", () => {
    const now = Date.parse('2026-11-25T02:10:00.000Z');
    const waits = longestWaitByService(
      [
        { service: { id: 'licences' }, oldestQueuedAt: '2026-11-25T01:50:30.000Z' },
        { service: { id: 'tax' }, oldestQueuedAt: '2026-11-25T02:09:59.000Z' },
        { service: { id: 'empty' }, oldestQueuedAt: null },
        { service: { id: 'broken' }, oldestQueuedAt: 'not a date' },
      ],
      now,
    );
    expect(Object.fromEntries(waits)).toEqual({ licences: 19 * 60 + 30, tax: 1 });
  });

  it('never reports a negative wait when the clocks disagree', () => {
    const waits = longestWaitByService(
      [{ service: { id: 'tax' }, oldestQueuedAt: '2026-11-25T02:10:05.000Z' }],
      0,
    );
    expect(waits.get('tax')).toBe(0);
  });
});

describe('hallQueueTotals', () => {
  it.each([
    { name: 'no services', queues: [], totals: { waiting: 0, remoteWaiting: 0, remoteCheckedIn: 0 } },
    {
      name: "each service's waiting and remote tickets",
      queues: [
        { waiting: 7, remoteWaiting: 2, remoteCheckedIn: 1 },
        { waiting: 3, remoteWaiting: 0, remoteCheckedIn: 0 },
        { waiting: 4, remoteWaiting: 1, remoteCheckedIn: 3 },
      ],
      totals: { waiting: 14, remoteWaiting: 3, remoteCheckedIn: 4 },
    },
  ])('adds up $name', ({ queues, totals }) => {
    expect(hallQueueTotals(queues)).toEqual(totals);
  });
});

describe('alerts', () => {
  const queueLong = { kind: 'QUEUE_LONG', since: '2026-11-25T02:00:00Z', service: { id: 'tax' } };
  const offline = { kind: 'DEVICE_OFFLINE', since: '2026-11-25T02:05:00Z', device: { id: 'kiosk' } };

  it('are keyed by kind and subject', () => {
    expect(alertKey(queueLong)).toBe('QUEUE_LONG|tax||');
    expect(alertKey({ ...queueLong, since: 'later' })).toBe(alertKey(queueLong));
  });

  it('are listed newest first', () => {
    expect(alertsNewestFirst([queueLong, offline])).toEqual([offline, queueLong]);
  });

  it('are new only when they were not in the previous push', () => {
    expect([...newAlertKeys(null, [queueLong])]).toEqual([]);
    expect([...newAlertKeys([queueLong], [queueLong, offline])]).toEqual(['DEVICE_OFFLINE|||kiosk']);
    expect([...newAlertKeys([queueLong, offline], [offline])]).toEqual([]);
  });
});

describe('unattendedCounterIds', () => {
  it('names the counters of COUNTER_UNATTENDED alerts only', () => {
    expect([
      ...unattendedCounterIds([
        { kind: 'COUNTER_UNATTENDED', since: 'x', counter: { id: 'counter-4' } },
        { kind: 'QUEUE_LONG', since: 'x', service: { id: 'tax' } },
        { kind: 'NO_OPEN_COUNTER', since: 'x', counter: { id: 'counter-5' } },
      ]),
    ]).toEqual(['counter-4']);
  });
});
