import { describe, expect, it } from 'vitest';
import { accuracyTableRows, estimateAccuracy, remoteJoinLine, type RemoteJoinCounts } from './accuracy.js';
import type { EstimateSample } from './hall-day.js';

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

describe('accuracy by channel', () => {
  const sample = (waitedMinutes: number, kind: Partial<EstimateSample>): EstimateSample => ({
    appointment: false,
    remote: null,
    p50Minutes: 10,
    p90Minutes: 20,
    baselineMinutes: 5,
    drainMinutes: null,
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
