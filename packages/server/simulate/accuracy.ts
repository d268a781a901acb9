import type { EstimateSample } from './hall-day.js';
import {
  calibratedP90,
  calibrationSamples,
  chosenEstimator,
  remoteTicketWait,
  waitEstimators,
  type EstimateOutcome,
} from '../src/modules/tickets/wait-estimators.js';

/** How well the waits were foretold: OneStop's range beside the simple formula, same citizens. */
export interface EstimateAccuracy {
  samples: number;
  /** Mean |p50 − wait|, minutes (the domain's "estimate MAE"). */
  oneStopMaeMinutes: number;
  /** Share that waited longer than the p50. */
  oneStopUnderP50Rate: number;
  /** Share that waited longer than the p90 (the domain's "under rate"). */
  oneStopUnderP90Rate: number;
  /** Mean |baseline − wait|, minutes. */
  baselineMaeMinutes: number;
  /** Share that waited longer than the baseline's single number. */
  baselineUnderRate: number;
}

export function estimateAccuracy(samples: readonly EstimateSample[]): EstimateAccuracy {
  const count = samples.length;
  const mean = (values: number[]): number =>
    count === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / count;
  const share = (test: (sample: EstimateSample) => boolean): number =>
    count === 0 ? Number.NaN : samples.filter(test).length / count;
  return {
    samples: count,
    oneStopMaeMinutes: mean(samples.map((sample) => Math.abs(sample.p50Minutes - sample.waitedMinutes))),
    oneStopUnderP50Rate: share((sample) => sample.waitedMinutes > sample.p50Minutes),
    oneStopUnderP90Rate: share((sample) => sample.waitedMinutes > sample.p90Minutes),
    baselineMaeMinutes: mean(
      samples.map((sample) => Math.abs(sample.baselineMinutes - sample.waitedMinutes)),
    ),
    baselineUnderRate: share((sample) => sample.waitedMinutes > sample.baselineMinutes),
  };
}

/** The accuracy as two lines of a table. */
export function accuracyLines(accuracy: EstimateAccuracy): string[] {
  const percent = (value: number): string => `${(value * 100).toFixed(0)} %`;
  return [
    `  wait estimates over ${accuracy.samples} called citizens:`,
    `    OneStop (p50–p90 range)       MAE ${accuracy.oneStopMaeMinutes.toFixed(1)} min, waited past p50 ${percent(accuracy.oneStopUnderP50Rate)}, past p90 ${percent(accuracy.oneStopUnderP90Rate)}`,
    `    mean service × ahead ÷ open   MAE ${accuracy.baselineMaeMinutes.toFixed(1)} min, waited past it ${percent(accuracy.baselineUnderRate)}`,
  ];
}

/** The citizens' channels the report tells apart: the estimate is given at a different moment for each. */
export const sampleGroups: readonly { label: string; test: (sample: EstimateSample) => boolean }[] = [
  { label: 'walk-ins', test: (sample) => !sample.appointment && !sample.remote },
  { label: 'appointments checked in', test: (sample) => sample.appointment },
  { label: 'remote, all', test: (sample) => Boolean(sample.remote) },
  { label: 'remote, in time (from the join)', test: (sample) => sample.remote === 'inTime' },
  { label: 'remote, late (from the check-in)', test: (sample) => sample.remote === 'late' },
];

/**
 * The accuracy by channel as rows of the README's Markdown table (estimate, citizens, MAE, waited
 * longer than estimated), OneStop's row then the formula's for each group that has samples.
 */
export function accuracyTableRows(samples: readonly EstimateSample[]): string[] {
  const percent = (value: number): string => `${(value * 100).toFixed(0)} %`;
  const rows: string[] = [];
  for (const group of sampleGroups) {
    const accuracy = estimateAccuracy(samples.filter(group.test));
    if (accuracy.samples === 0) continue;
    const count = accuracy.samples.toLocaleString('en');
    rows.push(
      `| OneStop, ${group.label} | ${count} | ${accuracy.oneStopMaeMinutes.toFixed(1)} min | past p50 ${percent(accuracy.oneStopUnderP50Rate)}, past p90 ${percent(accuracy.oneStopUnderP90Rate)} |`,
      `| formula, ${group.label} | ${count} | ${accuracy.baselineMaeMinutes.toFixed(1)} min | ${percent(accuracy.baselineUnderRate)} |`,
    );
  }
  return rows;
}

/** What the day's remote tickets came to, as the simulator counts them. */
export interface RemoteJoinCounts {
  remoteJoined: number;
  remoteJoinRefused: number;
  remoteCheckedInInTime: number;
  remoteCheckedInLate: number;
  remoteLateThoughPrompt: number;
  remoteNeverCame: number;
  remoteCheckedInByCode: number;
  remoteCheckedInAtKiosk: number;
  remoteCodeRefusals: number;
}

/** The remote tickets of some days, summed, as one line. */
export function remoteJoinLine(tallies: readonly RemoteJoinCounts[]): string {
  const sum = (key: keyof RemoteJoinCounts): number =>
    tallies.reduce((total, tally) => total + tally[key], 0);
  return (
    `  remote joins ${sum('remoteJoined')} (refused ${sum('remoteJoinRefused')}, those came to the kiosk): ` +
    `checked in in time ${sum('remoteCheckedInInTime')}, late (queued anew) ${sum('remoteCheckedInLate')} ` +
    `(${sum('remoteLateThoughPrompt')} of them set out at once, only their way was too long), ` +
    `never came ${sum('remoteNeverCame')}; by the wall's code ${sum('remoteCheckedInByCode')}, ` +
    `at the kiosk ${sum('remoteCheckedInAtKiosk')}, codes refused ${sum('remoteCodeRefusals')}`
  );
}

/** One estimator's figures over some citizens. */
export interface EstimatorFigures {
  name: string;
  samples: number;
  maeMinutes: number;
  pastP50Rate: number;
  /** NaN for the formula, which gives one number. */
  pastP90Rate: number;
}

/**
 * Every compared estimator (wait-estimators.ts) on the same citizens: its p50 from the queue the
 * simulator saw when the estimate was given (a remote ticket's with its trip), its p90 calibrated on
 * the errors of that estimator's own earlier p50s in the same hall (citizens called before the
 * estimate was given, newest 200), as the server calibrates its own. `samples` must hold every
 * citizen of the days compared, in any order; figures are given for those `judged` selects.
 */
export function compareEstimators(
  samples: readonly EstimateSample[],
  judged: (sample: EstimateSample) => boolean = () => true,
): EstimatorFigures[] {
  const figures: EstimatorFigures[] = [];
  const chosen = samples.filter(judged);
  const summarise = (
    name: string,
    rows: { p50: number; p90: number; waited: number }[],
  ): EstimatorFigures => ({
    name,
    samples: rows.length,
    maeMinutes: rows.reduce((sum, row) => sum + Math.abs(row.p50 - row.waited), 0) / rows.length,
    pastP50Rate: rows.filter((row) => row.waited > row.p50).length / rows.length,
    pastP90Rate: rows.filter((row) => row.waited > row.p90).length / rows.length,
  });
  figures.push(
    summarise(
      'OneStop (as served)',
      chosen.map((sample) => ({
        p50: sample.p50Minutes,
        p90: sample.p90Minutes,
        waited: sample.waitedMinutes,
      })),
    ),
    {
      ...summarise(
        'formula',
        chosen.map((sample) => ({
          p50: sample.baselineMinutes,
          p90: Number.NaN,
          waited: sample.waitedMinutes,
        })),
      ),
      pastP90Rate: Number.NaN,
    },
  );
  const byHall = new Map<string, EstimateSample[]>();
  for (const sample of samples) byHall.set(sample.hall, [...(byHall.get(sample.hall) ?? []), sample]);
  for (const [name, estimator] of Object.entries(waitEstimators)) {
    const p50Of = new Map<EstimateSample, number>();
    for (const sample of samples)
      p50Of.set(
        sample,
        sample.checkInAhead === null
          ? estimator(sample.reading)
          : remoteTicketWait(estimator, sample.reading, sample.checkInAhead),
      );
    const rows: { p50: number; p90: number; waited: number }[] = [];
    for (const hallSamples of byHall.values()) {
      const byCall = [...hallSamples].sort((left, right) => left.calledAt - right.calledAt);
      const outcomes: EstimateOutcome[] = byCall.map((sample) => ({
        p50Minutes: roundedUp(p50Of.get(sample)!),
        waitedMinutes: sample.waitedMinutes,
      }));
      for (const sample of hallSamples) {
        if (!judged(sample)) continue;
        const before = calledBefore(byCall, sample.givenAt);
        const recent = outcomes.slice(Math.max(0, before - calibrationSamples), before).reverse();
        const p50 = roundedUp(p50Of.get(sample)!);
        rows.push({ p50, p90: Math.ceil(calibratedP90(p50, recent)), waited: sample.waitedMinutes });
      }
    }
    figures.push(summarise(name === chosenEstimator ? `${name} (chosen)` : name, rows));
  }
  return figures;
}

/** Whole minutes, as citizens are given them. */
const roundedUp = (minutes: number): number => Math.max(0, Math.ceil(minutes - 1e-9));

/** How many of `byCall` (sorted by calledAt) were called before `instant`. */
function calledBefore(byCall: readonly EstimateSample[], instant: number): number {
  let low = 0;
  let high = byCall.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (byCall[middle]!.calledAt < instant) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The comparison as aligned text lines. */
export function comparisonLines(figures: readonly EstimatorFigures[]): string[] {
  const percent = (value: number): string =>
    Number.isNaN(value) ? '   –' : `${(value * 100).toFixed(0).padStart(3)} %`;
  return figures.map(
    (figure) =>
      `    ${figure.name.padEnd(22)} MAE ${figure.maeMinutes.toFixed(1).padStart(5)} min   past p50 ${percent(figure.pastP50Rate)}   past p90 ${percent(figure.pastP90Rate)}`,
  );
}

/** The comparison as rows of the README's Markdown table. */
export function comparisonTableRows(figures: readonly EstimatorFigures[]): string[] {
  const percent = (value: number): string => (Number.isNaN(value) ? '–' : `${(value * 100).toFixed(0)} %`);
  return figures.map(
    (figure) =>
      `| ${figure.name} | ${figure.samples.toLocaleString('en')} | ${figure.maeMinutes.toFixed(1)} min | ${percent(figure.pastP50Rate)} | ${percent(figure.pastP90Rate)} |`,
  );
}
