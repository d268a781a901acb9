import { seededRandom as mulberry32 } from '../../common/seeded-random.js';
import { describe, expect, it } from 'vitest';
import { estimateServiceMinutes, estimateWait, type WaitEstimateInput } from './wait-estimate.js';
import { assumedTripMinutes, calibratedP90, chosenEstimator, waitEstimators } from './wait-estimators.js';

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

/** The chosen estimator's median, unrounded. */
const chosen = (input: WaitEstimateInput): number => waitEstimators[chosenEstimator]!(input);

describe('estimateWait', () => {
  it.each<[string, Partial<WaitEstimateInput>]>([
    ['no history', {}],
    ['nobody ahead', { peopleAhead: 0 }],
    ['two counters', { openCounters: ranks(1, 1) }],
    [
      'the last called waited 12 min for 3 places',
      { recentCalled: [{ waitedMinutes: 12, aheadAtQueue: 2 }] },
    ],
    [
      'a fast queue of 50 quick services',
      { recentServiceSeconds: Array.from({ length: 50 }, () => 90), recentCalls: 20 },
    ],
  ])('gives the chosen estimator’s median rounded up, and a p90 above it: %s', (_label, overrides) => {
    const input = { ...base, ...overrides };
    const range = estimateWait(input);
    expect(range.p50Minutes).toBe(Math.ceil(chosen(input) - 1e-9));
    expect(range.p90Minutes).toBe(Math.ceil(calibratedP90(range.p50Minutes, []) - 1e-9));
  });

  it('calibrates the p90 on the hall’s recent errors: waits twice the estimate widen it', () => {
    const outcomes = (factor: number) =>
      Array.from({ length: 60 }, (_unused, index) => ({
        p50Minutes: 10 + index,
        waitedMinutes: (10 + index) * factor,
      }));
    const honest = estimateWait({ ...base, recentOutcomes: outcomes(1) });
    const late = estimateWait({ ...base, recentOutcomes: outcomes(2) });
    expect(late.p50Minutes).toBe(honest.p50Minutes);
    expect(honest.p90Minutes).toBe(honest.p50Minutes + 1);
    expect(late.p90Minutes).toBeGreaterThan(honest.p90Minutes);
  });

  it('lets a remote ticket not checked in wait for its citizen’s trip', () => {
    const quick = { ...base, peopleAhead: 1, openCounters: ranks(1, 1, 1, 1) };
    expect(estimateWait(quick).p50Minutes).toBeLessThan(assumedTripMinutes);
    expect(estimateWait({ ...quick, awaitingCheckIn: { checkInAhead: 8 } }).p50Minutes).toBe(
      assumedTripMinutes,
    );
  });

  it('gives a day at most', () => {
    expect(estimateWait({ ...base, peopleAhead: 100_000 })).toEqual({ p50Minutes: 1439, p90Minutes: 1440 });
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses peopleAhead %s', (peopleAhead) => {
    expect(() => estimateWait({ ...base, peopleAhead })).toThrow(RangeError);
  });
});

function randomInput(random: () => number): WaitEstimateInput {
  const integerBelow = (limit: number): number => Math.floor(random() * limit);
  const counters = Array.from({ length: integerBelow(5) }, () => ({
    rank: 1 + integerBelow(3),
    busyWithLowerRanks: random() < 0.3,
    recentCalls: integerBelow(15),
    recentCallsOfService: integerBelow(8),
  }));
  return {
    peopleAhead: integerBelow(60),
    recentServiceSeconds: Array.from({ length: integerBelow(70) }, () => 30 + integerBelow(3600)),
    priorServiceMinutes: random() * 30,
    openCounters: counters,
    recentCalls: integerBelow(20),
    expectedAppointments: integerBelow(3),
    remoteAhead: integerBelow(4),
    recentCalled: Array.from({ length: integerBelow(10) }, () => ({
      waitedMinutes: random() * 90,
      aheadAtQueue: random() < 0.2 ? null : integerBelow(30),
    })),
    recentOutcomes: Array.from({ length: integerBelow(100) }, () => ({
      p50Minutes: integerBelow(90),
      waitedMinutes: random() * 120,
    })),
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

  it('a remote ticket not checked in never waits less than a walk-in at its place', () => {
    for (const input of inputs) {
      const walkIn = estimateWait(input);
      const remote = estimateWait({ ...input, awaitingCheckIn: { checkInAhead: input.peopleAhead % 10 } });
      expect(remote.p50Minutes).toBeGreaterThanOrEqual(walkIn.p50Minutes);
    }
  });
});
