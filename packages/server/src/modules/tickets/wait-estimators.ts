/**
 * The wait estimators OneStop compares (docs/domain.md, "The wait estimate"): each a pure function of
 * one reading of the queue ({@link QueueReading}), answering the median wait in minutes, unrounded.
 * `pnpm simulate` prints every one of them beside the simple formula, per day and overall;
 * {@link estimateWait} (wait-estimate.ts) gives citizens the one that won there
 * ({@link chosenEstimator}), with a p90 calibrated on the hall's own recent errors
 * ({@link calibratedP90}).
 */

/** An OPEN counter that serves the estimated service, and what it did in the pace window. */
export interface CounterReading {
  /** Its rank for the service (1 = primary). */
  rank: number;
  /** Citizens wait for a service this counter ranks before this one: it calls them first. */
  busyWithLowerRanks: boolean;
  /** Its calls of this service in the pace window (the last half hour); 0 when unknown. */
  recentCallsOfService?: number;
  /** Its calls of any service in the pace window. */
  recentCalls?: number;
}

/** What the estimators read of a service's queue at one moment, for one place in it. */
export interface QueueReading {
  /** Callable segments that will be called before this one (call order, not issue order). */
  peopleAhead: number;
  /** Booked appointments that may still check in ahead of this one (they queue at their slot). */
  expectedAppointments?: number;
  /**
   * Remote tickets not checked in yet, queued before this one but after the head of the callable
   * line (the line has not reached them): those who come in time keep their place.
   */
  remoteAhead?: number;
  /** Recent service durations (call to end) of this service in seconds, newest first. */
  recentServiceSeconds: readonly number[];
  /** The service's prior mean service time, which carries the estimate while history is short. */
  priorServiceMinutes: number;
  /** Each OPEN counter serving the service. */
  openCounters: readonly CounterReading[];
  /** Calls of this service in the pace window, by any counter, open now or not. */
  recentCalls?: number;
  /** How long the head of this service's line has waited so far, in minutes. */
  headOfLineWaitedMinutes?: number | null;
  /**
   * The service's last citizens called today, newest first: each one's wait (queued to called)
   * and how many were ahead of it when it queued (null when not recorded).
   */
  recentCalled?: readonly { waitedMinutes: number; aheadAtQueue: number | null }[];
}

/** How many of the service's last called citizens the reading holds. */
export const recentCalledRead = 10;

/** An estimator: the median wait, in minutes, of the place `reading` describes. */
export type WaitEstimator = (reading: QueueReading) => number;

/** The minutes of calls the pace estimators read. */
export const paceWindowMinutes = 30;
/** Each older service duration weighs this much of the next newer one. */
const decayPerSample = 0.8;
/** Older samples than this add under 0.8^50 ≈ 1e-5 of the newest weight: not worth reading. */
const maxSamples = 50;
/** The prior counts as this many samples, so a handful of visits cannot swing the estimate. */
const priorSampleWeight = 5;
/** With no history of spread, assume a service varies by half its mean. */
const priorSpreadShare = 0.5;
/** What a counter busy with its lower-ranked queues still gives (ageing lets overdue tickets through). */
const busyCounterShare = 0.1;
/** With no OPEN counter the hall is expected to open one soon; assume half a counter meanwhile. */
const capacityWithoutOpenCounter = 0.5;
/**
 * Share of the remote tickets ahead that come in time and keep their place. Measured in the
 * simulator's days (75 of 125 in time, 41 late, 9 never: 0.6); a hall's own share is not read.
 */
export const remoteInTimeShare = 0.6;
/** Calls a pace needs in its window before it is believed over the structural model. */
const paceCallsForFullWeight = 8;

/**
 * The service time of a service, in minutes: `meanMinutes` and `spreadMinutes` (a standard deviation).
 *
 * History: the newest 50 durations of `recent` (seconds, newest first), weighted 1, 0.8, 0.8², …
 * so the estimate follows a clerk who speeds up or a rush of hard cases. Its weighted mean and
 * variance are blended with the prior as if the prior were worth 5 samples against the `n`
 * read: `mean = (5 · prior + n · historyMean) / (5 + n)`, the variance alike with a prior spread of
 * half the prior mean. Samples that are not finite or negative (clock trouble) are skipped.
 */
export function estimateServiceMinutes(
  recent: readonly number[],
  priorMinutes: number,
): { meanMinutes: number; spreadMinutes: number } {
  if (!Number.isFinite(priorMinutes) || priorMinutes < 0) {
    throw new RangeError(`priorMinutes must be a finite number ≥ 0, got ${priorMinutes}`);
  }
  const samplesMinutes = recent
    .filter((seconds) => Number.isFinite(seconds) && seconds >= 0)
    .slice(0, maxSamples)
    .map((seconds) => seconds / 60);
  const priorSpread = priorMinutes * priorSpreadShare;
  if (samplesMinutes.length === 0) return { meanMinutes: priorMinutes, spreadMinutes: priorSpread };

  let weightSum = 0;
  let weightedSum = 0;
  samplesMinutes.forEach((minutes, age) => {
    weightSum += decayPerSample ** age;
    weightedSum += decayPerSample ** age * minutes;
  });
  const historyMean = weightedSum / weightSum;
  let weightedSquares = 0;
  samplesMinutes.forEach((minutes, age) => {
    weightedSquares += decayPerSample ** age * (minutes - historyMean) ** 2;
  });
  const historyVariance = weightedSquares / weightSum;
  const sampleCount = samplesMinutes.length;
  const totalWeight = priorSampleWeight + sampleCount;
  return {
    meanMinutes: (priorSampleWeight * priorMinutes + sampleCount * historyMean) / totalWeight,
    spreadMinutes: Math.sqrt(
      (priorSampleWeight * priorSpread ** 2 + sampleCount * historyVariance) / totalWeight,
    ),
  };
}

const countOf = (value: number | null | undefined): number =>
  value != null && Number.isFinite(value) && value > 0 ? value : 0;

/**
 * The work ahead, in citizens: the callable people ahead, the appointments that may still check in
 * ahead, and the share of the remote tickets ahead that will come in time and keep their place.
 */
export function workAhead(reading: QueueReading): number {
  if (!Number.isFinite(reading.peopleAhead) || reading.peopleAhead < 0) {
    throw new RangeError(`peopleAhead must be a finite number ≥ 0, got ${reading.peopleAhead}`);
  }
  return (
    reading.peopleAhead +
    countOf(reading.expectedAppointments) +
    remoteInTimeShare * countOf(reading.remoteAhead)
  );
}

/** Counters with a rank below 1 or not a number are bad data; they must not add capacity. */
const validCounters = (reading: QueueReading): CounterReading[] =>
  reading.openCounters.filter((counter) => Number.isFinite(counter.rank) && counter.rank >= 1);

/** Σ 1/rank over the OPEN counters, a counter busy with lower-ranked queues counting a tenth. */
export function structuralCapacity(reading: QueueReading): number {
  return validCounters(reading).reduce(
    (sum, counter) => sum + (counter.busyWithLowerRanks ? busyCounterShare : 1 / counter.rank),
    0,
  );
}

/**
 * The structural model: the mean service time (history blended with the prior) × (work ahead +
 * half a service under way) ÷ capacity, capacity 0.5 when no counter is open.
 */
export const modelEstimator: WaitEstimator = (reading) => {
  const { meanMinutes } = estimateServiceMinutes(reading.recentServiceSeconds, reading.priorServiceMinutes);
  const capacity = structuralCapacity(reading);
  return (meanMinutes * (workAhead(reading) + 0.5)) / (capacity > 0 ? capacity : capacityWithoutOpenCounter);
};

/** The calls per minute the service's queue really moved in the pace window; null under 3 calls. */
function drainRate(reading: QueueReading): number | null {
  const calls = countOf(reading.recentCalls);
  return calls >= 3 ? calls / paceWindowMinutes : null;
}

/** The work ahead at the pace the service's queue moved in the last half hour; the model without one. */
export const drainEstimator: WaitEstimator = (reading) => {
  const rate = drainRate(reading);
  return rate === null ? modelEstimator(reading) : (workAhead(reading) + 0.5) / rate;
};

/**
 * The issue-20 estimator, kept for comparison: the mean of the model and the drain when the
 * service had calls in the last half hour, else the model.
 */
export const previousEstimator: WaitEstimator = (reading) =>
  drainRate(reading) === null
    ? modelEstimator(reading)
    : (modelEstimator(reading) + drainEstimator(reading)) / 2;

/**
 * Each OPEN counter's own recent pace for this service: its calls of it in the last half hour
 * per minute, shrunk towards the structural share (1/rank ÷ mean service time) by how few calls
 * the counter made (a counter that just opened, or came back from a pause, has made none). The
 * counters that called this service but are closed or paused now add nothing; the counter's other
 * services are in its pace already, as the share of its calls they took.
 */
export function counterPaceRate(reading: QueueReading): number {
  const { meanMinutes } = estimateServiceMinutes(reading.recentServiceSeconds, reading.priorServiceMinutes);
  return validCounters(reading).reduce((sum, counter) => {
    const structural =
      (counter.busyWithLowerRanks ? busyCounterShare : 1 / counter.rank) / Math.max(meanMinutes, 0.5);
    const calls = countOf(counter.recentCalls);
    const trust = Math.min(1, calls / paceCallsForFullWeight);
    const observed = countOf(counter.recentCallsOfService) / paceWindowMinutes;
    return sum + trust * observed + (1 - trust) * structural;
  }, 0);
}

/** The work ahead at the open counters' own recent paces; the model while none is open. */
export const counterPaceEstimator: WaitEstimator = (reading) => {
  const rate = counterPaceRate(reading);
  return rate > 0 ? (workAhead(reading) + 0.5) / rate : modelEstimator(reading);
};

/** Last to be called (LES, Ibrahim & Whitt): the wait of the service's last called citizen. */
export const lastCalledEstimator: WaitEstimator = (reading) => {
  const last = reading.recentCalled?.[0]?.waitedMinutes;
  return last != null && Number.isFinite(last) ? Math.max(0, last) : modelEstimator(reading);
};

/**
 * Head of the line (HOL, Ibrahim & Whitt): how long the first in line has waited so far; a
 * newcomer who is first in line waits about a service.
 */
export const headOfLineEstimator: WaitEstimator = (reading) =>
  reading.peopleAhead > 0 &&
  reading.headOfLineWaitedMinutes != null &&
  Number.isFinite(reading.headOfLineWaitedMinutes)
    ? Math.max(0, reading.headOfLineWaitedMinutes)
    : modelEstimator(reading);

/**
 * Minutes per place: the mean, over the service's last 10 citizens called today who queued as
 * walk-ins, of each one's wait divided by the places it waited for (the people ahead when it
 * queued, plus itself). A last-to-be-called estimator (LES) that scales with the place in line: it
 * learns what a place has really cost lately — the counters' paces, their other services, the
 * overdue tickets they call first, the appointments and remote tickets that came in between —
 * without modelling any of them. Null before the day's first such call.
 */
export function minutesPerPlace(reading: QueueReading): number | null {
  const perPlace = (reading.recentCalled ?? [])
    .slice(0, recentCalledRead)
    .filter(
      (called): called is { waitedMinutes: number; aheadAtQueue: number } =>
        called.aheadAtQueue !== null &&
        called.aheadAtQueue >= 0 &&
        Number.isFinite(called.waitedMinutes) &&
        called.waitedMinutes >= 0,
    )
    .map((called) => called.waitedMinutes / (called.aheadAtQueue + 1));
  return perPlace.length > 0 ? perPlace.reduce((sum, minutes) => sum + minutes, 0) / perPlace.length : null;
}

/** The work ahead at the minutes per place the last called citizens waited; the model without any. */
export const perPlaceEstimator: WaitEstimator = (reading) => {
  const perPlace = minutesPerPlace(reading);
  return perPlace === null ? modelEstimator(reading) : perPlace * (workAhead(reading) + 1);
};

/**
 * The learned and the modelled together, under a ceiling: the geometric mean of minutes per place
 * and the structural model, at most {@link ceilingFactor} times the simple formula's time for the
 * places ahead (and at least 5 minutes of it).
 * - Minutes per place trails a line that grows (the morning) or drains (the afternoon), as it
 *   learns from citizens who queued a wait ago; the model reads the counters open now. Geometric,
 *   as their errors are ratios rather than differences.
 * - The ceiling: where a service is starved (one helping counter, in a rush), its last citizens
 *   waited so long per place that minutes per place, times a long line, would promise hours more
 *   than the counters open now need (the simulator's days with half the counters staffed).
 * Before the day's first call, minutes per place is the model, and so is the blend (under the ceiling).
 */
export const blendEstimator: WaitEstimator = (reading) =>
  Math.min(
    Math.sqrt(Math.max(0, perPlaceEstimator(reading)) * Math.max(0, modelEstimator(reading))),
    ceilingFactor *
      Math.max(ceilingFloorMinutes, formulaEstimator({ ...reading, peopleAhead: workAhead(reading) + 1 })),
  );

/** The blend's ceiling: this many times the simple formula's time for the places ahead. */
const ceilingFactor = 2;
/** The formula's time under the ceiling is counted as at least this many minutes. */
const ceilingFloorMinutes = 5;

/** The simple formula other systems use: mean service × people ahead ÷ open counters. */
export const formulaEstimator: WaitEstimator = (reading) => {
  const { meanMinutes } = estimateServiceMinutes(reading.recentServiceSeconds, reading.priorServiceMinutes);
  return (meanMinutes * reading.peopleAhead) / Math.max(1, validCounters(reading).length);
};

/** Every estimator `pnpm simulate` compares, by the name it prints. */
export const waitEstimators: Readonly<Record<string, WaitEstimator>> = Object.freeze({
  previous: previousEstimator,
  model: modelEstimator,
  drain: drainEstimator,
  counterPace: counterPaceEstimator,
  lastCalled: lastCalledEstimator,
  headOfLine: headOfLineEstimator,
  perPlace: perPlaceEstimator,
  blend: blendEstimator,
});

/** The estimator citizens are given, chosen on the simulator's days (README, "wait estimate"). */
export const chosenEstimator = 'blend';

/** An estimate given earlier beside the wait that followed it, in minutes. */
export interface EstimateOutcome {
  p50Minutes: number;
  waitedMinutes: number;
}

/** Outcomes the calibration reads at most (the hall's newest called citizens). */
export const calibrationSamples = 200;
/** Fewer outcomes than this and the calibration is not trusted: the fallback spread is used. */
const minimumCalibrationSamples = 30;
/** Errors scale with the wait, but a short wait still errs by a few minutes. */
const errorScaleOffsetMinutes = 5;
/**
 * The share of past scaled errors the p90 covers. Not 0.9: errors drift within a day (a rush
 * grows them faster than the last 200 outcomes follow), and on the simulator's days 0.9 left
 * 12–15 % past the p90 where 0.92 leaves about 10 %.
 */
const coveredShare = 0.92;
/** The p90 of a hall without history: this many times the p50 (plus the offset) above it. */
const fallbackSpreadShare = 0.6;

/**
 * The p90 from the hall's own recent errors, as split conformal prediction does: each of its last
 * 200 outcomes' error is scaled by its estimate, `(wait − p50) / (p50 + 5)`; the p90 adds to this
 * p50 the scaled error that 92 % of them stayed under (the ⌈0.92 (n + 1)⌉-th smallest), so that
 * about one citizen in ten waits past it while the errors go on as lately. With under 30
 * outcomes, the p50 plus 0.6 × (p50 + 5). Never under p50 + 1.
 */
export function calibratedP90(p50Minutes: number, outcomes: readonly EstimateOutcome[]): number {
  const scaled = outcomes
    .filter(
      (outcome) =>
        Number.isFinite(outcome.p50Minutes) &&
        Number.isFinite(outcome.waitedMinutes) &&
        outcome.p50Minutes >= 0 &&
        outcome.waitedMinutes >= 0,
    )
    .slice(0, calibrationSamples)
    .map(
      (outcome) =>
        (outcome.waitedMinutes - outcome.p50Minutes) / (outcome.p50Minutes + errorScaleOffsetMinutes),
    )
    .sort((left, right) => left - right);
  const quantile =
    scaled.length < minimumCalibrationSamples
      ? fallbackSpreadShare
      : scaled[Math.min(scaled.length - 1, Math.ceil(coveredShare * (scaled.length + 1)) - 1)]!;
  return Math.max(p50Minutes + 1, p50Minutes + quantile * (p50Minutes + errorScaleOffsetMinutes));
}

/**
 * A remote citizen's trip from being asked to come (at `checkInAhead` people ahead) to the
 * check-in, in minutes: assumed, as a hall does not record when its citizens set out.
 */
export const assumedTripMinutes = 15;

/**
 * The median wait of a remote ticket not checked in yet: it is called once it is at the head of
 * the line and checked in, so no sooner than the queue's wait, nor than the wait until the phone
 * asks its citizen to come (`checkInAhead` people ahead) plus the trip.
 */
export function remoteTicketWait(
  estimator: WaitEstimator,
  reading: QueueReading,
  checkInAhead: number,
): number {
  const queue = estimator(reading);
  const untilAsked =
    reading.peopleAhead > checkInAhead
      ? estimator({ ...reading, peopleAhead: reading.peopleAhead - checkInAhead })
      : 0;
  return Math.max(queue, untilAsked + assumedTripMinutes);
}
