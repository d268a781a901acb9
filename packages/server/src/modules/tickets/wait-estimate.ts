import { workDoneAt, type CalendarRules } from '@onestop/shared';
import {
  calibratedP90,
  chosenEstimator,
  remoteTicketWait,
  waitEstimators,
  type EstimateOutcome,
  type QueueReading,
} from './wait-estimators.js';

export { estimateServiceMinutes } from './wait-estimators.js';

/**
 * The wait range shown to a waiting citizen: p50 and p90 minutes, never one optimistic number
 * (docs/domain.md, "Wait estimate").
 *
 * - The p50 is the estimator chosen on the simulator's days among those `pnpm simulate` compares
 *   (wait-estimators.ts, {@link chosenEstimator}): the geometric mean of minutes per place (what a
 *   place in this line cost its last 10 walk-ins called today, times the places ahead) and the
 *   structural model (mean service time × work ahead ÷ the open counters' capacity), at most twice
 *   the simple formula's time for the places ahead. The work ahead counts the callable people
 *   ahead, the appointments that may still check in ahead and the remote tickets the line has not
 *   reached. A remote ticket not checked in waits at least until its phone asks its citizen to
 *   come, plus the trip.
 * - The p90 is calibrated on the hall's own recent errors ({@link calibratedP90}), so that about
 *   one citizen in ten waits past it.
 */

/** What {@link estimateWait} needs to know about a waiting segment, its service and its hall. */
export interface WaitEstimateInput extends QueueReading {
  /** The hall's newest estimates beside the waits that followed, newest first (the p90's calibration). */
  recentOutcomes?: readonly EstimateOutcome[];
  /** A remote ticket not checked in yet: its service's `checkInAhead` (the phone asks it to come then). */
  awaitingCheckIn?: { checkInAhead: number } | null;
}

/** What a service's wait estimate reads from the database, whoever is waiting. */
export type EstimateInputs = Omit<WaitEstimateInput, 'peopleAhead'>;

/** Half of the citizens are called within `p50Minutes`, nine in ten within `p90Minutes`. */
export interface WaitEstimateRange {
  p50Minutes: number;
  p90Minutes: number;
}

/** An estimate beyond a day means "not today"; larger numbers would only mislead. */
const maxWaitMinutes = 24 * 60;
/** Floating-point noise must not push an exact whole minute up to the next one. */
const roundingTolerance = 1e-9;

/**
 * The wait range of a waiting segment, in whole minutes: the chosen estimator's median rounded up
 * (a citizen minds a late call more than an early one), and the p90 calibrated on the hall's
 * recent errors, at least p50 + 1 so the range is never a single promise; both capped at 24 h
 * (p50 at 24 h − 1 min).
 */
export function estimateWait(input: WaitEstimateInput): WaitEstimateRange {
  const estimator = waitEstimators[chosenEstimator]!;
  const p50Exact = input.awaitingCheckIn
    ? remoteTicketWait(estimator, input, input.awaitingCheckIn.checkInAhead)
    : estimator(input);
  const roundUp = (minutes: number): number => Math.max(0, Math.ceil(minutes - roundingTolerance));
  const p50Minutes = Math.min(roundUp(p50Exact), maxWaitMinutes - 1);
  const p90Exact = calibratedP90(p50Minutes, input.recentOutcomes ?? []);
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
