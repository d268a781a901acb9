import type { EstimateSample } from './hall-day.js';

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
