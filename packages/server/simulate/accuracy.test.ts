import { describe, expect, it } from 'vitest';
import {
  accuracyTableRows,
  compareEstimators,
  estimateAccuracy,
  remoteJoinLine,
  type RemoteJoinCounts,
} from './accuracy.js';
import type { EstimateSample } from './hall-day.js';

/** What every sample carries beside its figures: where and when, and the queue it read. */
const context = {
  hall: 'QS',
  givenAt: 0,
  calledAt: 0,
  checkInAhead: null,
  reading: { peopleAhead: 0, recentServiceSeconds: [], priorServiceMinutes: 8, openCounters: [] },
} satisfies Partial<EstimateSample>;

describe('estimateAccuracy', () => {
  it('compares both estimates against the same waits', () => {
    const accuracy = estimateAccuracy([
      {
        ...context,
        appointment: false,
        p50Minutes: 10,
        p90Minutes: 15,
        baselineMinutes: 8,
        waitedMinutes: 12,
      },
      {
        ...context,
        appointment: false,
        p50Minutes: 5,
        p90Minutes: 9,
        baselineMinutes: 2,
        waitedMinutes: 4,
      },
      {
        ...context,
        appointment: false,
        p50Minutes: 20,
        p90Minutes: 30,
        baselineMinutes: 10,
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

describe('accuracy by channel', () => {
  const sample = (waitedMinutes: number, kind: Partial<EstimateSample>): EstimateSample => ({
    ...context,
    appointment: false,
    remote: null,
    p50Minutes: 10,
    p90Minutes: 20,
    baselineMinutes: 5,
    waitedMinutes,
    ...kind,
  });

  it('gives walk-ins, appointments and remote tickets rows of their own', () => {
    const rows = accuracyTableRows([
      sample(12, {}),
      sample(8, {}),
      sample(30, { appointment: true }),
      sample(10, { remote: 'inTime' }),
      sample(25, { remote: 'late' }),
    ]);
    expect(rows).toEqual([
      '| OneStop, walk-ins | 2 | 2.0 min | past p50 50 %, past p90 0 % |',
      '| formula, walk-ins | 2 | 5.0 min | 100 % |',
      '| OneStop, appointments checked in | 1 | 20.0 min | past p50 100 %, past p90 100 % |',
      '| formula, appointments checked in | 1 | 25.0 min | 100 % |',
      '| OneStop, remote, all | 2 | 7.5 min | past p50 50 %, past p90 50 % |',
      '| formula, remote, all | 2 | 12.5 min | 100 % |',
      '| OneStop, remote, in time (from the join) | 1 | 0.0 min | past p50 0 %, past p90 0 % |',
      '| formula, remote, in time (from the join) | 1 | 5.0 min | 100 % |',
      '| OneStop, remote, late (from the check-in) | 1 | 15.0 min | past p50 100 %, past p90 100 % |',
      '| formula, remote, late (from the check-in) | 1 | 20.0 min | 100 % |',
    ]);
  });

  it('sums the remote tickets of several halls and days', () => {
    const counts: RemoteJoinCounts = {
      remoteJoined: 10,
      remoteJoinRefused: 1,
      remoteCheckedInInTime: 7,
      remoteCheckedInLate: 1,
      remoteLateThoughPrompt: 0,
      remoteNeverCame: 2,
      remoteCheckedInByCode: 7,
      remoteCheckedInAtKiosk: 1,
      remoteCodeRefusals: 2,
    };
    expect(remoteJoinLine([counts, counts])).toContain('remote joins 20 (refused 2');
    expect(remoteJoinLine([counts, counts])).toContain(
      'checked in in time 14, late (queued anew) 2 (0 of them',
    );
  });
});

describe('compareEstimators', () => {
  /** A citizen with `ahead` people before it at one primary counter, given its estimate at minute `given`. */
  const citizen = (given: number, waited: number, ahead: number): EstimateSample => ({
    ...context,
    appointment: false,
    p50Minutes: 10,
    p90Minutes: 20,
    baselineMinutes: 8 * ahead,
    waitedMinutes: waited,
    givenAt: given * 60_000,
    calledAt: (given + waited) * 60_000,
    reading: {
      ...context.reading,
      peopleAhead: ahead,
      openCounters: [{ rank: 1, busyWithLowerRanks: false }],
    },
  });

  it('judges the served estimate, the formula and every estimator on the same citizens', () => {
    const samples = [citizen(0, 20, 2), citizen(5, 8, 0), citizen(10, 40, 4)];
    const figures = compareEstimators(samples);
    expect(figures.map((figure) => figure.samples)).toEqual(figures.map(() => 3));
    expect(figures[0]).toMatchObject({ name: 'OneStop (as served)', maeMinutes: (10 + 2 + 30) / 3 });
    expect(figures[1]).toMatchObject({ name: 'formula', maeMinutes: (4 + 8 + 8) / 3 });
    // The model with the prior of 8 min at one counter: 8 × (ahead + 0.5), rounded up: 20, 4, 36.
    expect(figures.find((figure) => figure.name === 'model')).toMatchObject({
      maeMinutes: (0 + 4 + 4) / 3,
      pastP50Rate: 2 / 3,
    });
    expect(figures.some((figure) => figure.name.endsWith('(chosen)'))).toBe(true);
  });

  it('calibrates each p90 only on citizens called before the estimate was given', () => {
    // 40 earlier citizens all waited 3× their model p50; the judged one waits just as long.
    const earlier = Array.from({ length: 40 }, (_unused, index) => citizen(index, 3 * 8 * 1.5, 1));
    const judged = citizen(1000, 3 * 8 * 1.5, 1);
    const model = (samples: EstimateSample[]) =>
      compareEstimators(samples, (sample) => sample === judged).find((figure) => figure.name === 'model')!;
    // Without history the fallback p90 (p50 + 0.6 (p50 + 5)) is passed; with it, not.
    expect(model([judged]).pastP90Rate).toBe(1);
    expect(model([...earlier, judged]).pastP90Rate).toBe(0);
  });
});
