import { workDoneAt, type CalendarRules } from '@onestop/shared';
/**
 * The wait range shown to a waiting citizen: p50 and p90 minutes, never one optimistic number.
 *
 * The model, in three steps:
 * 1. Service time of the service ({@link estimateServiceMinutes}): an exponentially weighted
 *    mean and standard deviation of recent durations (from the call to the end: the walk to the
 *    counter occupies it too), blended with the service's prior.
 * 2. Capacity: the OPEN counters serving it, each worth 1/rank (a rank-2 counter calls this
 *    service only when its primary queue allows, so it counts half) — and only a tenth while
 *    citizens wait for one of that counter's lower-ranked services, which it calls first.
 * 3. Queueing: the citizen waits for the `peopleAhead` to be served plus, on average, half of a
 *    service in progress; the p90 adds a normal quantile of the summed spread, and of the
 *    capacity's own uncertainty (pauses, lunch, tickets of other services that age past their
 *    target and go first).
 *    Appointments booked for slots that began before this segment queued, not checked in yet but
 *    still inside their check-in window, count as people ahead: if they come, their tickets
 *    queue at their slots' starts, ahead of this one (docs/domain.md, "Appointments").
 * 4. The pace the queue really moved: when the service had calls in the last half hour, the
 *    median is the mean of the model's and the drain's (people ahead at that pace), and the p90
 *    at least twice the drain's — measured against the simple formula with `pnpm simulate`.
 */

/** What {@link estimateWait} needs to know about a waiting segment and its service. */
export interface WaitEstimateInput {
  /** Segments that will be called before this one in its service (call order, not issue order). */
  peopleAhead: number;
  /** Recent service durations of this service in seconds, newest first; may be empty. */
  recentServiceSeconds: readonly number[];
  /** The service's prior mean service time, which carries the estimate while history is short. */
  priorServiceMinutes: number;
  /** Each OPEN counter serving this service. */
  openCounters: readonly OpenCounter[];
  /** Calls of this service per minute over the last half hour; null with fewer than 3 calls. */
  recentCallsPerMinute?: number | null;
  /** Booked appointments that may still check in ahead of this segment (see step 3); 0 when absent. */
  expectedAppointments?: number;
}

/** What a service's wait estimate reads from the database, whoever is waiting. */
export type EstimateInputs = Omit<WaitEstimateInput, 'peopleAhead'>;

/** An OPEN counter that serves the estimated service. */
export interface OpenCounter {
  /** Its rank for the service (1 = primary). */
  rank: number;
  /** Citizens wait for a service this counter ranks before this one: it calls them first. */
  busyWithLowerRanks: boolean;
}

/** Half of the citizens are called within `p50Minutes`, nine in ten within `p90Minutes`. */
export interface WaitEstimateRange {
  p50Minutes: number;
  p90Minutes: number;
}

/** Each older sample weighs this much of the next newer one. */
const decayPerSample = 0.8;
/** Older samples than this add under 0.8^50 ≈ 1e-5 of the newest weight: not worth reading. */
const maxSamples = 50;
/** The prior counts as this many samples, so a handful of visits cannot swing the estimate. */
const priorSampleWeight = 5;
/** With no history of spread, assume a service varies by half its mean. */
const priorSpreadShare = 0.5;
/** The one-sided 90 % quantile of the standard normal distribution. */
const normalQuantile90 = 1.2816;
/** What a counter busy with its lower-ranked queues still gives (ageing lets overdue tickets through). */
const busyCounterShare = 0.1;
/** How much the capacity itself may vary over a wait (standard deviation, share of the median). */
const capacitySpreadShare = 0.3;
/** The p90 is at least this many times the drain's median. */
const drainP90Factor = 2;
/** With no OPEN counter the hall is expected to open one soon; assume half a counter meanwhile. */
const capacityWithoutOpenCounter = 0.5;
/** An estimate beyond a day means "not today"; larger numbers would only mislead. */
const maxWaitMinutes = 24 * 60;
/** Floating-point noise must not push an exact whole minute up to the next one. */
const roundingTolerance = 1e-9;

/**
 * The service time of a service, in minutes: `meanMinutes` and `spreadMinutes` (a standard deviation).
 *
 * History: the newest `maxSamples` (50) durations of `recent` (seconds, newest first), weighted
 * 1, 0.8, 0.8², … so the estimate follows a clerk who speeds up or a rush of hard cases.
 * Its weighted mean and weighted standard deviation are then blended with the prior as if the
 * prior were worth 5 samples against the number `n` of samples read:
 * `mean = (5 · prior + n · historyMean) / (5 + n)`, and likewise for the variance with a prior
 * spread of half the prior mean (variances, not standard deviations, are what average). With no
 * history the result is the prior; with 50 samples the history carries 50/55 of it.
 * Samples that are not finite or negative (clock trouble) are skipped.
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
  if (samplesMinutes.length === 0) {
    return { meanMinutes: priorMinutes, spreadMinutes: priorSpread };
  }

  let weightSum = 0;
  let weightedSum = 0;
  samplesMinutes.forEach((minutes, age) => {
    const weight = decayPerSample ** age;
    weightSum += weight;
    weightedSum += weight * minutes;
  });
  const historyMean = weightedSum / weightSum;
  let weightedSquares = 0;
  samplesMinutes.forEach((minutes, age) => {
    weightedSquares += decayPerSample ** age * (minutes - historyMean) ** 2;
  });
  const historyVariance = weightedSquares / weightSum;

  const sampleCount = samplesMinutes.length;
  const totalWeight = priorSampleWeight + sampleCount;
  const meanMinutes = (priorSampleWeight * priorMinutes + sampleCount * historyMean) / totalWeight;
  const variance = (priorSampleWeight * priorSpread ** 2 + sampleCount * historyVariance) / totalWeight;
  return { meanMinutes, spreadMinutes: Math.sqrt(variance) };
}

/**
 * The wait range of a waiting segment, in whole minutes.
 *
 * With `mean` and `spread` from {@link estimateServiceMinutes} and capacity = Σ 1/rank over the
 * OPEN counters serving the service, a counter busy with lower-ranked queues counting 0.1
 * (0.5 in all when none is open: the hall will open one):
 * - p50 = mean × (peopleAhead + 0.5) / capacity — the people ahead, plus half a service already
 *   under way at the counter on average;
 * - p90 = p50 + 1.2816 × spread × √(peopleAhead + 1) / capacity — spreads of independent
 *   services add as variances, hence the square root — and at least p50 + 1.
 * Both are rounded up (a citizen minds a late call more than an early one), p90 ≥ p50 + 1 so the
 * range is never a single promise, and both are capped at 24 h (p50 at 24 h − 1 min).
 */
export function estimateWait(input: WaitEstimateInput): WaitEstimateRange {
  if (!Number.isFinite(input.peopleAhead) || input.peopleAhead < 0) {
    throw new RangeError(`peopleAhead must be a finite number ≥ 0, got ${input.peopleAhead}`);
  }
  const expected = input.expectedAppointments ?? 0;
  const peopleAhead = input.peopleAhead + (Number.isFinite(expected) && expected > 0 ? expected : 0);
  const { meanMinutes, spreadMinutes } = estimateServiceMinutes(
    input.recentServiceSeconds,
    input.priorServiceMinutes,
  );

  // A rank below 1 or not a number is bad data; it must not inflate capacity.
  const openCapacity = input.openCounters
    .filter((counter) => Number.isFinite(counter.rank) && counter.rank >= 1)
    .reduce((sum, counter) => sum + (counter.busyWithLowerRanks ? busyCounterShare : 1 / counter.rank), 0);
  const capacity = openCapacity > 0 ? openCapacity : capacityWithoutOpenCounter;

  const modelP50 = (meanMinutes * (peopleAhead + 0.5)) / capacity;
  const pace = input.recentCallsPerMinute;
  const drainP50 = pace != null && Number.isFinite(pace) && pace > 0 ? (peopleAhead + 0.5) / pace : null;
  const p50Exact = drainP50 === null ? modelP50 : (modelP50 + drainP50) / 2;
  const serviceSpread = (normalQuantile90 * spreadMinutes * Math.sqrt(peopleAhead + 1)) / capacity;
  const capacitySpread = normalQuantile90 * capacitySpreadShare * modelP50;
  const p90Exact = Math.max(
    p50Exact + Math.hypot(serviceSpread, capacitySpread),
    drainP50 === null ? 0 : drainP90Factor * drainP50,
    p50Exact + 1,
  );

  const roundUp = (minutes: number): number => Math.max(0, Math.ceil(minutes - roundingTolerance));
  const p50Minutes = Math.min(roundUp(p50Exact), maxWaitMinutes - 1);
  const p90Minutes = Math.min(Math.max(roundUp(p90Exact), p50Minutes + 1), maxWaitMinutes);
  return { p50Minutes, p90Minutes };
}

/**
 * The estimate in the hall's clock: counters pause in the day's breaks, so minutes of work that
 * run into the lunch break resume after it; past the day's last closing they go on serving who
 * still waits (docs/domain.md, "Calendar").
 */
export function withinOpeningHours(
  rules: CalendarRules,
  now: Date,
  estimate: WaitEstimateRange,
): WaitEstimateRange {
  const wallMinutes = (workMinutes: number): number =>
    Math.max(
      workMinutes,
      Math.round((workDoneAt(rules, now, workMinutes).getTime() - now.getTime()) / 60_000),
    );
  return { p50Minutes: wallMinutes(estimate.p50Minutes), p90Minutes: wallMinutes(estimate.p90Minutes) };
}
