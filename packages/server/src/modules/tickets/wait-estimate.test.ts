import { seededRandom as mulberry32 } from '../../common/seeded-random.js';
import { describe, expect, it } from 'vitest';
import { estimateServiceMinutes, estimateWait, type WaitEstimateInput } from './wait-estimate.js';

const minutes = (count: number): number => count * 60;
const repeat = (value: number, count: number): number[] => Array.from({ length: count }, () => value);

describe('estimateServiceMinutes', () => {
  it.each<[string, readonly number[], number, number, number]>([
    ['no history: the prior, spread half of it', [], 10, 10, 5],
    ['prior 0, no history', [], 0, 0, 0],
    // One sample equal to the prior: variance (5 · 5² + 1 · 0) / 6.
    ['one sample equal to the prior', [minutes(10)], 10, 10, Math.sqrt(125 / 6)],
    // Mean (5 · 10 + 1 · 20) / 6; variance (5 · 25 + 0) / 6.
    ['one sample is worth a sixth', [minutes(20)], 10, 70 / 6, Math.sqrt(125 / 6)],
    // History: weights 1 and 0.8 → mean (1 + 8) / 1.8 = 5, variance (16 + 0.8 · 25) / 1.8 = 20;
    // blended with prior 5 (spread 2.5): mean 5, variance (5 · 6.25 + 2 · 20) / 7.
    ['newest weighs more than older', [minutes(1), minutes(10)], 5, 5, Math.sqrt(71.25 / 7)],
    // Same samples, other order: history mean (10 + 0.8) / 1.8 = 6, blended (25 + 12) / 7.
    ['same samples, other order', [minutes(10), minutes(1)], 5, 37 / 7, Math.sqrt(71.25 / 7)],
    // 50 samples of 5 min against a prior of 20: mean (100 + 250) / 55, variance 5 · 100 / 55.
    ['50 samples outweigh the prior 10 to 1', repeat(minutes(5), 50), 20, 350 / 55, Math.sqrt(500 / 55)],
    [
      'only the newest 50 samples count',
      [...repeat(minutes(5), 50), ...repeat(minutes(500), 10)],
      20,
      350 / 55,
      Math.sqrt(500 / 55),
    ],
    [
      'invalid samples are skipped',
      [Number.NaN, -60, Number.POSITIVE_INFINITY, minutes(20)],
      10,
      70 / 6,
      Math.sqrt(125 / 6),
    ],
  ])('%s', (_label, recent, prior, expectedMean, expectedSpread) => {
    const estimate = estimateServiceMinutes(recent, prior);
    expect(estimate.meanMinutes).toBeCloseTo(expectedMean, 9);
    expect(estimate.spreadMinutes).toBeCloseTo(expectedSpread, 9);
  });

  it('follows a change: recent fast services pull the mean below older slow ones', () => {
    const speedingUp = [...repeat(minutes(4), 10), ...repeat(minutes(12), 40)];
    const slowingDown = [...repeat(minutes(12), 10), ...repeat(minutes(4), 40)];
    expect(estimateServiceMinutes(speedingUp, 8).meanMinutes).toBeLessThan(6);
    expect(estimateServiceMinutes(slowingDown, 8).meanMinutes).toBeGreaterThan(10);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses prior %s', (prior) => {
    expect(() => estimateServiceMinutes([], prior)).toThrow(RangeError);
  });
});

/** Open counters of these ranks, none busy with lower-ranked queues. */
function ranks(...values: number[]): WaitEstimateInput['openCounters'] {
  return values.map((rank) => ({ rank, busyWithLowerRanks: false }));
}

const base: WaitEstimateInput = {
  peopleAhead: 3,
  recentServiceSeconds: [],
  priorServiceMinutes: 10,
  openCounters: ranks(1),
};

describe('estimateWait', () => {
  // Prior 10 min, no history → mean 10, spread 5.
  it.each<[string, Partial<WaitEstimateInput>, number, number]>([
    // The p90 adds hypot(service spread 1.2816 · spread · √(ahead + 1) / capacity, capacity spread
    // 1.2816 · 0.3 · p50). p50 = 10 · 0.5 = 5; p90 = 5 + hypot(6.408, 1.922) = 11.69 → 12.
    ['nobody ahead, one counter, no history uses the prior', { peopleAhead: 0 }, 5, 12],
    // p50 = 10 · 3.5 = 35; p90 = 35 + hypot(12.816, 13.457) = 53.58 → 54.
    ['three ahead, one counter', {}, 35, 54],
    // Capacity 2: p50 = 17.5 → 18; p90 = 17.5 + hypot(6.408, 6.728) = 26.79 → 27.
    ['two primary counters halve the wait', { openCounters: ranks(1, 1) }, 18, 27],
    // Capacity 1.5: p50 = 23.33 → 24; p90 = 23.33 + hypot(8.544, 8.971) = 35.72 → 36.
    ['a rank-2 counter counts half', { openCounters: ranks(1, 2) }, 24, 36],
    ['two rank-2 counters equal one primary', { openCounters: ranks(2, 2) }, 35, 54],
    // Capacity 0.5: p50 = 70; p90 = 70 + hypot(25.632, 26.914) = 107.17 → 108.
    ['no open counter: half a counter', { openCounters: ranks() }, 70, 108],
    ['a lone rank-2 counter is the same as none open', { openCounters: ranks(2) }, 70, 108],
    ['ranks below 1 are ignored', { openCounters: ranks(0, -1, 1) }, 35, 54],
    // Capacity 1 + 0.1 (a rank-2 counter whose primary queue has people): p50 = 31.82 → 32;
    // p90 = 31.82 + hypot(11.651, 12.234) = 48.71 → 49.
    [
      'a counter busy with its lower-ranked queues gives a tenth',
      { openCounters: [...ranks(1), { rank: 2, busyWithLowerRanks: true }] },
      32,
      49,
    ],
    // p50 = 10 · 10.5 = 105; p90 = 105 + hypot(21.253, 40.370) = 150.62 → 151.
    ['ten ahead', { peopleAhead: 10 }, 105, 151],
    ['nothing to wait for: p90 still one minute above', { peopleAhead: 0, priorServiceMinutes: 0 }, 0, 1],
    // History of 50 × 2 min (no spread) against a prior of 30: mean 250 / 55 ≈ 4.545 (the prior
    // alone gives 35), spread √(5 · 225 / 55) ≈ 4.523; p50 = 15.91 → 16;
    // p90 = 15.91 + hypot(11.594, 6.117) = 29.02 → 30.
    [
      'long history dominates the prior',
      { priorServiceMinutes: 30, recentServiceSeconds: repeat(minutes(2), 50) },
      16,
      30,
    ],
    // 58 / 7 × 3.5 is 29.000000000000004 in floating point; p90 = 29 + hypot(10.62, 11.15) = 44.40 → 45.
    ['an exact whole minute is not rounded up', { priorServiceMinutes: 58 / 7 }, 29, 45],
    // The queue moved at one call every 2 minutes: the drain's median is 3.5 / 0.5 = 7, so
    // p50 = (35 + 7) / 2 = 21; p90 = max(21 + 18.58, 2 · 7) = 39.58 → 40.
    ['the pace of the last half hour pulls the median', { recentCallsPerMinute: 0.5 }, 21, 40],
    // A slow pace (one call in 10 minutes): drain median 35, p50 = 35, p90 ≥ 2 · 35 = 70.
    ['a slow queue widens the range to twice its pace', { recentCallsPerMinute: 0.1 }, 35, 70],
    ['no pace known: the model alone', { recentCallsPerMinute: null }, 35, 54],
    ['a day at most', { peopleAhead: 10_000 }, 1439, 1440],
  ])('%s', (_label, overrides, p50Minutes, p90Minutes) => {
    expect(estimateWait({ ...base, ...overrides })).toEqual({ p50Minutes, p90Minutes });
  });

  it('counts booked appointments that may still come ahead as people ahead', () => {
    const peopleAhead = 2;
    expect(estimateWait({ ...base, peopleAhead, expectedAppointments: 1 })).toEqual(
      estimateWait({ ...base, peopleAhead: peopleAhead + 1 }),
    );
    expect(estimateWait({ ...base, peopleAhead, expectedAppointments: 0 })).toEqual(
      estimateWait({ ...base, peopleAhead }),
    );
  });

  it('history shorter than the prior shortens the wait, longer lengthens it', () => {
    const withPrior = estimateWait(base);
    const faster = estimateWait({ ...base, recentServiceSeconds: repeat(minutes(5), 20) });
    const slower = estimateWait({ ...base, recentServiceSeconds: repeat(minutes(20), 20) });
    expect(faster.p50Minutes).toBeLessThan(withPrior.p50Minutes);
    expect(slower.p50Minutes).toBeGreaterThan(withPrior.p50Minutes);
  });

  it('erratic service times widen the range', () => {
    const steady = estimateWait({ ...base, recentServiceSeconds: repeat(minutes(10), 30) });
    const erratic = estimateWait({
      ...base,
      recentServiceSeconds: Array.from({ length: 30 }, (_unused, index) => minutes(index % 2 ? 2 : 18)),
    });
    expect(erratic.p90Minutes - erratic.p50Minutes).toBeGreaterThan(steady.p90Minutes - steady.p50Minutes);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses peopleAhead %s', (peopleAhead) => {
    expect(() => estimateWait({ ...base, peopleAhead })).toThrow(RangeError);
  });
});

function randomInput(random: () => number): WaitEstimateInput {
  const integerBelow = (limit: number): number => Math.floor(random() * limit);
  return {
    peopleAhead: integerBelow(60),
    recentServiceSeconds: Array.from({ length: integerBelow(70) }, () => 30 + integerBelow(3600)),
    priorServiceMinutes: random() * 30,
    openCounters: Array.from({ length: integerBelow(5) }, () => ({
      rank: 1 + integerBelow(3),
      busyWithLowerRanks: random() < 0.3,
    })),
    recentCallsPerMinute: random() < 0.5 ? null : 0.05 + random() * 2,
  };
}

describe('random inputs (property)', () => {
  const inputs = Array.from({ length: 500 }, (_unused, index) => randomInput(mulberry32(index + 1)));

  it('gives whole minutes with 0 ≤ p50 < p90 ≤ 24 h', () => {
    for (const input of inputs) {
      const { p50Minutes, p90Minutes } = estimateWait(input);
      expect(Number.isInteger(p50Minutes) && Number.isInteger(p90Minutes)).toBe(true);
      expect(p50Minutes).toBeGreaterThanOrEqual(0);
      expect(p90Minutes).toBeGreaterThanOrEqual(p50Minutes + 1);
      expect(p90Minutes).toBeLessThanOrEqual(24 * 60);
    }
  });

  it('one more person ahead never shortens the wait', () => {
    for (const input of inputs) {
      const now = estimateWait(input);
      const longer = estimateWait({ ...input, peopleAhead: input.peopleAhead + 1 });
      expect(longer.p50Minutes).toBeGreaterThanOrEqual(now.p50Minutes);
      expect(longer.p90Minutes).toBeGreaterThanOrEqual(now.p90Minutes);
    }
  });

  it('one more open counter never lengthens the wait', () => {
    const random = mulberry32(2026);
    for (const input of inputs) {
      // Only once a counter is open: opening the first one may leave capacity at the assumed 0.5.
      const withOneOpen = { ...input, openCounters: [...input.openCounters, ...ranks(1)] };
      const now = estimateWait(withOneOpen);
      const more = estimateWait({
        ...withOneOpen,
        openCounters: [
          ...withOneOpen.openCounters,
          { rank: 1 + Math.floor(random() * 3), busyWithLowerRanks: random() < 0.3 },
        ],
      });
      expect(more.p50Minutes).toBeLessThanOrEqual(now.p50Minutes);
      expect(more.p90Minutes).toBeLessThanOrEqual(now.p90Minutes);
    }
  });

  it('a longer prior never shortens the wait', () => {
    for (const input of inputs) {
      const now = estimateWait(input);
      const slower = estimateWait({ ...input, priorServiceMinutes: input.priorServiceMinutes + 1 });
      expect(slower.p50Minutes).toBeGreaterThanOrEqual(now.p50Minutes);
    }
  });
});
