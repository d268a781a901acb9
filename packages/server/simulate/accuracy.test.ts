import { describe, expect, it } from 'vitest';
import { estimateAccuracy } from './accuracy.js';

describe('estimateAccuracy', () => {
  it('compares both estimates against the same waits', () => {
    const accuracy = estimateAccuracy([
      {
        appointment: false,
        p50Minutes: 10,
        p90Minutes: 15,
        baselineMinutes: 8,
        drainMinutes: null,
        waitedMinutes: 12,
      },
      {
        appointment: false,
        p50Minutes: 5,
        p90Minutes: 9,
        baselineMinutes: 2,
        drainMinutes: null,
        waitedMinutes: 4,
      },
      {
        appointment: false,
        p50Minutes: 20,
        p90Minutes: 30,
        baselineMinutes: 10,
        drainMinutes: null,
        waitedMinutes: 31,
      },
    ]);
    expect(accuracy.samples).toBe(3);
    expect(accuracy.oneStopMaeMinutes).toBeCloseTo((2 + 1 + 11) / 3, 9);
    expect(accuracy.oneStopUnderP50Rate).toBeCloseTo(2 / 3, 9);
    expect(accuracy.oneStopUnderP90Rate).toBeCloseTo(1 / 3, 9);
    expect(accuracy.baselineMaeMinutes).toBeCloseTo((4 + 2 + 21) / 3, 9);
    expect(accuracy.baselineUnderRate).toBe(1);
  });

  it('is not a number without samples', () => {
    expect(estimateAccuracy([]).oneStopMaeMinutes).toBeNaN();
  });
});
