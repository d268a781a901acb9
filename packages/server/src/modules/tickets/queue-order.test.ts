import { seededRandom as mulberry32 } from '../../common/seeded-random.js';
import { PriorityClass } from '@onestop/shared';
import { describe, expect, it } from 'vitest';
import {
  compareForCounter,
  compareForService,
  isOverdue,
  orderForCounter,
  orderForService,
  peopleAheadIn,
  type QueueEntry,
} from './queue-order.js';

const now = new Date('2026-11-24T10:00:00.000Z');
const minutesAgo = (minutes: number): Date => new Date(now.getTime() - minutes * 60_000);

// Service A is the counter's primary (rank 1), B its secondary (rank 2); C it does not serve.
const rankByService: ReadonlyMap<string, number> = new Map([
  ['A', 1],
  ['B', 2],
]);

function entry(overrides: Partial<QueueEntry> & Pick<QueueEntry, 'segmentId'>): QueueEntry {
  return {
    serviceId: 'A',
    priority: PriorityClass.NORMAL,
    queuedAt: minutesAgo(5),
    targetWaitMinutes: 30,
    ...overrides,
  };
}

describe('isOverdue', () => {
  it.each<[string, Date, number, boolean]>([
    ['well within the target', minutesAgo(5), 30, false],
    ['exactly at the target', minutesAgo(30), 30, false],
    ['one millisecond past the target', new Date(minutesAgo(30).getTime() - 1), 30, true],
    ['long past the target', minutesAgo(90), 30, true],
    ['target 0, queued this instant', now, 0, false],
    ['target 0, queued a millisecond ago', new Date(now.getTime() - 1), 0, true],
    ['an appointment checked in before its slot: queued in the future', minutesAgo(-10), 0, false],
  ])('%s → %s', (_label, queuedAt, targetWaitMinutes, expected) => {
    expect(isOverdue(entry({ segmentId: 's', queuedAt, targetWaitMinutes }), now)).toBe(expected);
  });
});

describe('compareForCounter', () => {
  // Each row: the entry expected to be called first, then the other one.
  it.each<[string, QueueEntry, QueueEntry]>([
    [
      'overdue beats not overdue',
      entry({ segmentId: 'z', queuedAt: minutesAgo(31) }),
      entry({ segmentId: 'a', queuedAt: minutesAgo(29) }),
    ],
    [
      'overdue NORMAL rank 2 beats fresh PRIORITY rank 1',
      entry({ segmentId: 'z', serviceId: 'B', queuedAt: minutesAgo(31) }),
      entry({ segmentId: 'a', serviceId: 'A', priority: PriorityClass.PRIORITY, queuedAt: minutesAgo(1) }),
    ],
    [
      'overdue on a short target beats an older entry within a long target',
      entry({ segmentId: 'z', queuedAt: minutesAgo(11), targetWaitMinutes: 10 }),
      entry({ segmentId: 'a', queuedAt: minutesAgo(50), targetWaitMinutes: 60 }),
    ],
    [
      'PRIORITY beats NORMAL',
      entry({ segmentId: 'z', priority: PriorityClass.PRIORITY, queuedAt: minutesAgo(1) }),
      entry({ segmentId: 'a', queuedAt: minutesAgo(20) }),
    ],
    [
      'PRIORITY beats rank',
      entry({ segmentId: 'z', serviceId: 'B', priority: PriorityClass.PRIORITY, queuedAt: minutesAgo(1) }),
      entry({ segmentId: 'a', serviceId: 'A', queuedAt: minutesAgo(20) }),
    ],
    [
      'both overdue: PRIORITY still beats NORMAL',
      entry({ segmentId: 'z', priority: PriorityClass.PRIORITY, queuedAt: minutesAgo(31) }),
      entry({ segmentId: 'a', queuedAt: minutesAgo(80) }),
    ],
    [
      'rank beats queuedAt',
      entry({ segmentId: 'z', serviceId: 'A', queuedAt: minutesAgo(1) }),
      entry({ segmentId: 'a', serviceId: 'B', queuedAt: minutesAgo(20) }),
    ],
    [
      'both overdue PRIORITY: rank still beats queuedAt',
      entry({ segmentId: 'z', serviceId: 'A', priority: PriorityClass.PRIORITY, queuedAt: minutesAgo(40) }),
      entry({ segmentId: 'a', serviceId: 'B', priority: PriorityClass.PRIORITY, queuedAt: minutesAgo(90) }),
    ],
    [
      'earlier queuedAt first',
      entry({ segmentId: 'z', queuedAt: minutesAgo(10) }),
      entry({ segmentId: 'a', queuedAt: minutesAgo(9) }),
    ],
    [
      'a millisecond earlier is earlier',
      entry({ segmentId: 'z', queuedAt: new Date(minutesAgo(10).getTime() - 1) }),
      entry({ segmentId: 'a', queuedAt: minutesAgo(10) }),
    ],
    [
      'exactly at target is not overdue: the older-but-not-overdue rank 2 loses to rank 1',
      entry({ segmentId: 'z', serviceId: 'A', queuedAt: minutesAgo(1) }),
      entry({ segmentId: 'a', serviceId: 'B', queuedAt: minutesAgo(30) }),
    ],
    [
      // An appointment's queuedAt is its slot's start (docs/domain.md, "Appointments").
      'a walk-in who came at 09:55 before a 10:00 appointment checked in at 09:50',
      entry({ segmentId: 'z', queuedAt: minutesAgo(5) }),
      entry({ segmentId: 'a', queuedAt: now }),
    ],
    [
      'a 10:00 appointment checked in at 10:10 before a walk-in who came at 10:05',
      entry({ segmentId: 'z', queuedAt: minutesAgo(10) }),
      entry({ segmentId: 'a', queuedAt: minutesAgo(5) }),
    ],
    [
      'an appointment whose slot is still to come after a walk-in who came now',
      entry({ segmentId: 'z', queuedAt: now }),
      entry({ segmentId: 'a', queuedAt: minutesAgo(-20) }),
    ],
    [
      'full tie → smaller segmentId',
      entry({ segmentId: '0a8e6f1c-0000-4000-8000-000000000001' }),
      entry({ segmentId: '0a8e6f1c-0000-4000-8000-000000000002' }),
    ],
    [
      'tie-break is code-unit order, not locale order ("B" < "a")',
      entry({ segmentId: 'B' }),
      entry({ segmentId: 'a' }),
    ],
    [
      'a served service before one the counter does not serve',
      entry({ segmentId: 'z', serviceId: 'B' }),
      entry({ segmentId: 'a', serviceId: 'C' }),
    ],
  ])('%s', (_label, first, second) => {
    expect(compareForCounter(first, second, rankByService, now)).toBeLessThan(0);
    expect(compareForCounter(second, first, rankByService, now)).toBeGreaterThan(0);
  });

  it('is 0 only for the same segment', () => {
    const only = entry({ segmentId: 'same' });
    expect(compareForCounter(only, { ...only }, rankByService, now)).toBe(0);
  });
});

describe('compareForService', () => {
  it.each<[string, QueueEntry, QueueEntry]>([
    [
      'overdue NORMAL beats fresh PRIORITY',
      entry({ segmentId: 'z', queuedAt: minutesAgo(31) }),
      entry({ segmentId: 'a', priority: PriorityClass.PRIORITY, queuedAt: minutesAgo(1) }),
    ],
    [
      'PRIORITY beats NORMAL',
      entry({ segmentId: 'z', priority: PriorityClass.PRIORITY, queuedAt: minutesAgo(1) }),
      entry({ segmentId: 'a', queuedAt: minutesAgo(20) }),
    ],
    [
      'no rank: service B is not behind A, the earlier one goes first',
      entry({ segmentId: 'z', serviceId: 'B', queuedAt: minutesAgo(20) }),
      entry({ segmentId: 'a', serviceId: 'A', queuedAt: minutesAgo(1) }),
    ],
    [
      'exactly at target is not overdue',
      entry({ segmentId: 'z', priority: PriorityClass.PRIORITY, queuedAt: minutesAgo(1) }),
      entry({ segmentId: 'a', queuedAt: minutesAgo(30) }),
    ],
    ['full tie → smaller segmentId', entry({ segmentId: 'a1' }), entry({ segmentId: 'a2' })],
  ])('%s', (_label, first, second) => {
    expect(compareForService(first, second, now)).toBeLessThan(0);
    expect(compareForService(second, first, now)).toBeGreaterThan(0);
  });
});

describe('orderForCounter', () => {
  it('orders by all keys and leaves out services the counter does not serve', () => {
    const entries = [
      entry({ segmentId: 'fresh-normal-B', serviceId: 'B', queuedAt: minutesAgo(10) }),
      entry({ segmentId: 'other-service', serviceId: 'C', queuedAt: minutesAgo(99) }),
      entry({ segmentId: 'fresh-normal-A', serviceId: 'A', queuedAt: minutesAgo(2) }),
      entry({ segmentId: 'fresh-priority-B', serviceId: 'B', priority: PriorityClass.PRIORITY }),
      entry({ segmentId: 'overdue-normal-B', serviceId: 'B', queuedAt: minutesAgo(45) }),
      entry({ segmentId: 'fresh-normal-A-older', serviceId: 'A', queuedAt: minutesAgo(3) }),
      entry({ segmentId: 'fresh-priority-A', serviceId: 'A', priority: PriorityClass.PRIORITY }),
    ];
    const input = [...entries];

    const ordered = orderForCounter(entries, rankByService, now).map((queued) => queued.segmentId);

    expect(ordered).toEqual([
      'overdue-normal-B',
      'fresh-priority-A',
      'fresh-priority-B',
      'fresh-normal-A-older',
      'fresh-normal-A',
      'fresh-normal-B',
    ]);
    expect(entries).toEqual(input);
  });

  it('returns nothing when the counter serves none of the services', () => {
    expect(orderForCounter([entry({ segmentId: 'x', serviceId: 'C' })], rankByService, now)).toEqual([]);
  });
});

describe('orderForService', () => {
  it('orders without rank', () => {
    const entries = [
      entry({ segmentId: 'b', queuedAt: minutesAgo(10) }),
      entry({ segmentId: 'a', queuedAt: minutesAgo(10) }),
      entry({ segmentId: 'priority', priority: PriorityClass.PRIORITY, queuedAt: minutesAgo(1) }),
      entry({ segmentId: 'overdue', queuedAt: minutesAgo(31) }),
    ];
    expect(orderForService(entries, now).map((queued) => queued.segmentId)).toEqual([
      'overdue',
      'priority',
      'a',
      'b',
    ]);
  });
});

function randomQueue(random: () => number): QueueEntry[] {
  const pick = <T>(choices: readonly T[]): T => choices[Math.floor(random() * choices.length)] as T;
  const size = Math.floor(random() * 30);
  return Array.from({ length: size }, (_unused, index) => ({
    // Few distinct values per key so that ties, and so the later keys, are exercised often.
    segmentId: `${pick(['0', '9', 'A', 'a', 'f'])}${index}`,
    serviceId: pick(['A', 'B', 'C']),
    priority: pick([PriorityClass.NORMAL, PriorityClass.PRIORITY]),
    queuedAt: minutesAgo(pick([0, 5, 10, 30, 45])),
    targetWaitMinutes: pick([10, 30]),
  }));
}

describe('random queues (property)', () => {
  const seeds = Array.from({ length: 200 }, (_unused, index) => index + 1);

  it('mulberry32 is deterministic and draws from [0, 1)', () => {
    const first = mulberry32(1);
    const second = mulberry32(1);
    const draws = Array.from({ length: 5 }, () => first());
    expect(Array.from({ length: 5 }, () => second())).toEqual(draws);
    expect(draws.every((draw) => draw >= 0 && draw < 1)).toBe(true);
  });

  it('orderForCounter returns a sorted permutation of the served entries', () => {
    for (const seed of seeds) {
      const queue = randomQueue(mulberry32(seed));
      const ordered = orderForCounter(queue, rankByService, now);
      const served = queue.filter((queued) => rankByService.has(queued.serviceId));

      expect([...ordered].sort(bySegmentId)).toEqual([...served].sort(bySegmentId));
      for (let index = 1; index < ordered.length; index++) {
        const previous = ordered[index - 1] as QueueEntry;
        const current = ordered[index] as QueueEntry;
        expect(compareForCounter(previous, current, rankByService, now)).toBeLessThan(0);
      }
    }
  });

  it('orderForService returns a sorted permutation', () => {
    for (const seed of seeds) {
      const queue = randomQueue(mulberry32(seed * 7919));
      const ordered = orderForService(queue, now);

      expect([...ordered].sort(bySegmentId)).toEqual([...queue].sort(bySegmentId));
      for (let index = 1; index < ordered.length; index++) {
        const previous = ordered[index - 1] as QueueEntry;
        const current = ordered[index] as QueueEntry;
        expect(compareForService(previous, current, now)).toBeLessThan(0);
      }
    }
  });

  it('the comparators are antisymmetric and transitive on random triples', () => {
    const random = mulberry32(42);
    const pool = Array.from({ length: 10 }, () => randomQueue(random)).flat();
    for (let index = 0; index + 2 < pool.length; index += 3) {
      const [first, second, third] = pool.slice(index, index + 3) as [QueueEntry, QueueEntry, QueueEntry];
      const compare = (left: QueueEntry, right: QueueEntry): number =>
        Math.sign(compareForCounter(left, right, rankByService, now));
      expect(compare(first, second)).toBe(-compare(second, first) || 0);
      if (compare(first, second) < 0 && compare(second, third) < 0) {
        expect(compare(first, third)).toBeLessThan(0);
      }
    }
  });
});

function bySegmentId(left: QueueEntry, right: QueueEntry): number {
  return left.segmentId < right.segmentId ? -1 : left.segmentId > right.segmentId ? 1 : 0;
}

describe('a remote ticket not checked in (docs/domain.md, "Remote join")', () => {
  // R joined first from home; W1, W2 came to the hall after it; P is a later PRIORITY walk-in.
  const remote = entry({ segmentId: 'r', queuedAt: minutesAgo(20), checkedIn: false });
  const first = entry({ segmentId: 'w1', queuedAt: minutesAgo(10) });
  const second = entry({ segmentId: 'w2', queuedAt: minutesAgo(5) });
  const priority = entry({ segmentId: 'p', queuedAt: minutesAgo(1), priority: PriorityClass.PRIORITY });
  const queue = [second, remote, priority, first];

  it('is passed over by the counter: the ones behind it are called', () => {
    expect(orderForCounter(queue, rankByService, now).map((item) => item.segmentId)).toEqual([
      'p',
      'w1',
      'w2',
    ]);
  });

  it('keeps its place in the service line', () => {
    expect(orderForService(queue, now).map((item) => item.segmentId)).toEqual(['p', 'r', 'w1', 'w2']);
  });

  it('is counted ahead of nobody, and counts the callable ones ahead of its place', () => {
    expect(peopleAheadIn(queue, first, now)).toBe(1);
    expect(peopleAheadIn(queue, second, now)).toBe(2);
    expect(peopleAheadIn(queue, remote, now)).toBe(1);
  });

  it('once checked in is called at its place: first, before those who came after it', () => {
    const checkedIn = { ...remote, checkedIn: true };
    const order = orderForCounter([second, checkedIn, priority, first], rankByService, now);
    expect(order.map((item) => item.segmentId)).toEqual(['p', 'r', 'w1', 'w2']);
    expect(peopleAheadIn([second, checkedIn, priority, first], first, now)).toBe(2);
  });

  it('even overdue, it is never called before its check-in', () => {
    const longAgo = { ...remote, queuedAt: minutesAgo(120) };
    expect(orderForCounter([longAgo, first], rankByService, now).map((item) => item.segmentId)).toEqual([
      'w1',
    ]);
    expect(orderForService([longAgo, first], now)[0]!.segmentId).toBe('r');
  });
});
