import { describe, expect, it } from 'vitest';
import {
  assumedTripMinutes,
  blendEstimator,
  calibratedP90,
  counterPaceRate,
  drainEstimator,
  formulaEstimator,
  headOfLineEstimator,
  lastCalledEstimator,
  minutesPerPlace,
  modelEstimator,
  perPlaceEstimator,
  previousEstimator,
  remoteInTimeShare,
  remoteTicketWait,
  structuralCapacity,
  waitEstimators,
  workAhead,
  type CounterReading,
  type EstimateOutcome,
  type QueueReading,
} from './wait-estimators.js';

/** Open primary counters, none busy with lower-ranked queues, with no calls in the window. */
const primaries = (count: number): CounterReading[] =>
  Array.from({ length: count }, () => ({ rank: 1, busyWithLowerRanks: false }));

/** Three ahead, a prior of 10 min and no history, one open primary counter. */
const base: QueueReading = {
  peopleAhead: 3,
  recentServiceSeconds: [],
  priorServiceMinutes: 10,
  openCounters: primaries(1),
};

describe('workAhead', () => {
  it.each<[string, Partial<QueueReading>, number]>([
    ['the people ahead', {}, 3],
    ['appointments that may still check in ahead count whole', { expectedAppointments: 2 }, 5],
    [
      'remote tickets ahead count by the share that comes in time',
      { remoteAhead: 5 },
      3 + 5 * remoteInTimeShare,
    ],
    ['nonsense counts add nothing', { expectedAppointments: -1, remoteAhead: Number.NaN }, 3],
  ])('%s', (_label, overrides, expected) => {
    expect(workAhead({ ...base, ...overrides })).toBeCloseTo(expected, 9);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses peopleAhead %s', (peopleAhead) => {
    expect(() => workAhead({ ...base, peopleAhead })).toThrow(RangeError);
  });
});

describe('structuralCapacity', () => {
  it.each<[string, CounterReading[], number]>([
    ['one primary', primaries(1), 1],
    [
      'a rank-2 counter counts half',
      [
        { rank: 1, busyWithLowerRanks: false },
        { rank: 2, busyWithLowerRanks: false },
      ],
      1.5,
    ],
    ['a counter busy with lower ranks gives a tenth', [{ rank: 2, busyWithLowerRanks: true }], 0.1],
    [
      'ranks below 1 are bad data',
      [
        { rank: 0, busyWithLowerRanks: false },
        { rank: Number.NaN, busyWithLowerRanks: false },
      ],
      0,
    ],
  ])('%s', (_label, openCounters, expected) => {
    expect(structuralCapacity({ ...base, openCounters })).toBeCloseTo(expected, 9);
  });
});

describe('the estimators, each on its own reading', () => {
  // Prior 10 min, no history: the model's mean is 10.
  it.each<[string, (reading: QueueReading) => number, Partial<QueueReading>, number]>([
    ['model: mean × (ahead + 0.5) ÷ capacity', modelEstimator, {}, 35],
    ['model: two counters halve it', modelEstimator, { openCounters: primaries(2) }, 17.5],
    ['model: no counter open assumes half a counter', modelEstimator, { openCounters: [] }, 70],
    ['drain: (ahead + 0.5) at the service’s calls per minute', drainEstimator, { recentCalls: 15 }, 7],
    ['drain: under 3 calls it is the model', drainEstimator, { recentCalls: 2 }, 35],
    ['previous: the mean of model and drain', previousEstimator, { recentCalls: 15 }, 21],
    ['previous: the model without a pace', previousEstimator, {}, 35],
    ['formula: mean × ahead ÷ open counters', formulaEstimator, { openCounters: primaries(2) }, 15],
    ['formula: at least one counter', formulaEstimator, { openCounters: [] }, 30],
    [
      'last called: its wait',
      lastCalledEstimator,
      {
        recentCalled: [
          { waitedMinutes: 23, aheadAtQueue: null },
          { waitedMinutes: 90, aheadAtQueue: 2 },
        ],
      },
      23,
    ],
    ['last called: the model without one', lastCalledEstimator, { recentCalled: [] }, 35],
    ['head of line: how long the head has waited', headOfLineEstimator, { headOfLineWaitedMinutes: 17 }, 17],
    [
      'head of line: first in line, the model',
      headOfLineEstimator,
      { peopleAhead: 0, headOfLineWaitedMinutes: 17 },
      5,
    ],
    [
      'per place: the last called waited 20 min for 4 places; this one has 4 places',
      perPlaceEstimator,
      { recentCalled: [{ waitedMinutes: 20, aheadAtQueue: 3 }] },
      20,
    ],
    ['per place: the model without any', perPlaceEstimator, { recentCalled: [] }, 35],
    [
      'blend: the geometric mean of minutes per place (20) and the model (35)',
      blendEstimator,
      { recentCalled: [{ waitedMinutes: 20, aheadAtQueue: 3 }] },
      Math.sqrt(20 * 35),
    ],
    // The formula's time for 4 places at one counter is 40 minutes: the model's 35 stays under 80.
    ['blend: the model before the day’s first call', blendEstimator, {}, 35],
    // Its last citizen waited 200 minutes for one place: √(800 × 35) = 167 is over twice the 40.
    [
      'blend: at most twice the formula’s time for the places ahead',
      blendEstimator,
      { recentCalled: [{ waitedMinutes: 200, aheadAtQueue: 0 }] },
      80,
    ],
    // Nobody ahead, a 4-minute service: the formula's 4 minutes count as 5 under the ceiling;
    // √(200 × 2) = 20 is over twice that.
    [
      'blend: the ceiling is at least 10 minutes',
      blendEstimator,
      { peopleAhead: 0, priorServiceMinutes: 4, recentCalled: [{ waitedMinutes: 200, aheadAtQueue: 0 }] },
      10,
    ],
  ])('%s', (_label, estimator, overrides, expected) => {
    expect(estimator({ ...base, ...overrides })).toBeCloseTo(expected, 9);
  });

  it('averages minutes per place over the last 10 walk-ins called, skipping the others', () => {
    const reading = {
      ...base,
      recentCalled: [
        { waitedMinutes: 10, aheadAtQueue: 0 },
        { waitedMinutes: 40, aheadAtQueue: 1 },
        { waitedMinutes: 99, aheadAtQueue: null },
        { waitedMinutes: Number.NaN, aheadAtQueue: 3 },
        ...Array.from({ length: 8 }, () => ({ waitedMinutes: 6, aheadAtQueue: 2 })),
      ],
    };
    // Of the first 10: 10/1, 40/2 and six of 6/3.
    expect(minutesPerPlace(reading)).toBeCloseTo((10 + 20 + 6 * 2) / 8, 9);
    expect(minutesPerPlace({ ...base, recentCalled: [{ waitedMinutes: 5, aheadAtQueue: null }] })).toBeNull();
  });

  it('paces a counter by its own calls once it made 8 in the window, structurally before', () => {
    const counter = (recentCalls: number, recentCallsOfService: number): CounterReading => ({
      rank: 1,
      busyWithLowerRanks: false,
      recentCalls,
      recentCallsOfService,
    });
    // Structural: 1 / 10 min per minute.
    expect(counterPaceRate({ ...base, openCounters: [counter(0, 0)] })).toBeCloseTo(0.1, 9);
    // 12 calls, 6 of them of this service, in 30 minutes: 0.2 per minute.
    expect(counterPaceRate({ ...base, openCounters: [counter(12, 6)] })).toBeCloseTo(0.2, 9);
    // 4 calls, all of this service: half trusted, 0.5 · 4/30 + 0.5 · 0.1.
    expect(counterPaceRate({ ...base, openCounters: [counter(4, 4)] })).toBeCloseTo(0.5 * (4 / 30) + 0.05, 9);
  });

  it('never shortens the wait for one more person ahead, whichever estimator', () => {
    const readings: QueueReading[] = [
      base,
      {
        ...base,
        recentCalls: 9,
        openCounters: [{ rank: 1, busyWithLowerRanks: false, recentCalls: 9, recentCallsOfService: 5 }],
      },
      { ...base, recentCalled: [{ waitedMinutes: 30, aheadAtQueue: 5 }] },
    ];
    for (const [name, estimator] of Object.entries(waitEstimators))
      for (const reading of readings)
        expect(estimator({ ...reading, peopleAhead: 4 }), name).toBeGreaterThanOrEqual(estimator(reading));
  });
});

describe('remoteTicketWait', () => {
  it.each<[string, number, number, number]>([
    // Model: 10 min a place at one counter. 3 ahead, asked at 8: asked at once, the trip is longer than the queue.
    ['asked to come at once: the trip', 3, 8, Math.max(35, assumedTripMinutes)],
    // 12 ahead, asked when 8 are: after (4 + 0.5) · 10 = 45 min, then the trip: 60, under the queue's 125.
    ['a long queue outlasts the trip', 12, 8, 125],
    // 12 ahead, asked at 11: after 15 min, then the trip: 30, under the queue's 125.
    ['asked sooner, the queue still outlasts the trip', 12, 11, 125],
  ])('%s', (_label, peopleAhead, checkInAhead, expected) => {
    expect(remoteTicketWait(modelEstimator, { ...base, peopleAhead }, checkInAhead)).toBeCloseTo(expected, 9);
  });

  it('waits for the trip when the queue would call it sooner', () => {
    const fast = { ...base, peopleAhead: 10, openCounters: primaries(10) };
    // The queue: 10 · 10.5 / 10 = 10.5 min; asked after 2.5 · 1 = 2.5 min, then the trip.
    expect(remoteTicketWait(modelEstimator, fast, 8)).toBeCloseTo(2.5 + assumedTripMinutes, 9);
  });
});

describe('calibratedP90', () => {
  const outcomes = (count: number, scaledError: (index: number) => number, p50 = 10): EstimateOutcome[] =>
    Array.from({ length: count }, (_unused, index) => ({
      p50Minutes: p50,
      waitedMinutes: p50 + scaledError(index) * (p50 + 5),
    }));

  it.each<[string, number, EstimateOutcome[], number]>([
    ['under 30 outcomes: p50 + 0.6 × (p50 + 5)', 20, outcomes(29, () => 5), 20 + 0.6 * 25],
    // 99 outcomes with scaled errors 0.00 … 0.98: the ⌈0.92 · 100⌉ = 92nd smallest is 0.91.
    ['the conformal quantile of the scaled errors', 20, outcomes(99, (index) => index / 100), 20 + 0.91 * 25],
    // All waited less than estimated: still a minute above.
    ['never under p50 + 1', 20, outcomes(50, () => -0.5), 21],
    ['only the newest 200 count', 10, [...outcomes(200, () => 1), ...outcomes(500, () => 10)], 10 + 1 * 15],
    [
      'nonsense outcomes are skipped',
      10,
      [
        ...outcomes(40, () => 1),
        { p50Minutes: Number.NaN, waitedMinutes: 3 },
        { p50Minutes: 3, waitedMinutes: -1 },
      ],
      25,
    ],
  ])('%s', (_label, p50, recent, expected) => {
    expect(calibratedP90(p50, recent)).toBeCloseTo(expected, 9);
  });

  it('leaves about one in ten past it when the errors go on as before', () => {
    // Waits of log-normal spread around the estimate: past errors and future ones alike.
    let state = 7;
    const random = () => {
      state = (state * 16807) % 2147483647;
      return state / 2147483647;
    };
    const draw = (p50: number) => ({
      p50Minutes: p50,
      waitedMinutes:
        p50 * Math.exp(0.5 * Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random())),
    });
    const history = Array.from({ length: 200 }, () => draw(5 + random() * 40));
    const future = Array.from({ length: 2000 }, () => draw(5 + random() * 40));
    const past = future.filter(
      (outcome) => outcome.waitedMinutes > calibratedP90(outcome.p50Minutes, history),
    );
    expect(past.length / future.length).toBeGreaterThan(0.06);
    expect(past.length / future.length).toBeLessThan(0.14);
  });
});
