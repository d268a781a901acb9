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
