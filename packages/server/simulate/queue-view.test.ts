import { describe, expect, it } from 'vitest';
import { QueueView } from './queue-view.js';

describe('QueueView', () => {
  const counters = [
    { id: 'c1', prefixes: ['A', 'B'] },
    { id: 'c2', prefixes: ['B'] },
  ];

  it('gives a reading that later calls and services do not change (the estimate was given then)', () => {
    const view = new QueueView(counters);
    view.opened('c1');
    view.queued('t1', 'A', 600, true, 0);
    view.called('t1', 'c1', 'A', 610);
    view.served('A', 5);
    const reading = view.reading('A', 611, 0);
    const before = structuredClone(reading);
    view.queued('t2', 'A', 612, true, 0);
    view.called('t2', 'c1', 'A', 700);
    view.served('A', 30);
    expect(reading).toEqual(before);
    expect(view.reading('A', 701, 0).recentCalled).toEqual([
      { waitedMinutes: 88, aheadAtQueue: 0 },
      { waitedMinutes: 10, aheadAtQueue: 0 },
    ]);
  });

  it('counts the remote tickets the line has not reached, and learns nothing from their waits', () => {
    const view = new QueueView(counters);
    view.opened('c1');
    view.queued('passed', 'A', 590, false, null);
    view.queued('head', 'A', 600, true, 0);
    view.queued('remote', 'A', 605, false, null);
    const reading = view.reading('A', 610, 1);
    expect(reading.remoteAhead).toBe(1);
    expect(reading.headOfLineWaitedMinutes).toBe(10);
    view.checkedIn('remote', null);
    view.called('remote', 'c1', 'A', 620);
    expect(view.reading('A', 621, 0).recentCalled).toEqual([{ waitedMinutes: 15, aheadAtQueue: null }]);
  });

  it('reads each open counter serving the service with its rank, busy with a lower rank or not', () => {
    const view = new QueueView(counters);
    view.opened('c1');
    view.opened('c2');
    view.queued('a', 'A', 600, true, 0);
    expect(view.reading('B', 601, 0).openCounters).toEqual([
      { rank: 2, busyWithLowerRanks: true, recentCalls: 0, recentCallsOfService: 0 },
      { rank: 1, busyWithLowerRanks: false, recentCalls: 0, recentCallsOfService: 0 },
    ]);
    view.closed('c2');
    expect(view.reading('B', 602, 0).openCounters).toHaveLength(1);
  });
});
