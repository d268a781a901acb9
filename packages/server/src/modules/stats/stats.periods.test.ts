import { describe, expect, it } from 'vitest';
import { expectRows, row, useStatsDistrict } from '../../../test/support/stats-rows.js';

/**
 * Every figure of the groupings by period (DAY, HOUR_OF_DAY) over the hand-made district of
 * stats-fixture.ts, worked out on paper from the waits and service times noted there. Periods go
 * by queuedAt; days and hours are Shanghai's. Percentiles are PostgreSQL's percentile_cont: p at
 * position p·(n−1) of the sorted values, interpolated linearly.
 */

const district = useStatsDistrict();
const { waitStats } = district;

describe('waitStats over the hand-made district', () => {
  it('DAY: in the hall timezone, a segment queued before local midnight stays on its day', async () => {
    expectRows(await waitStats({ groupBy: 'DAY' }), [
      // waits 60 120 300 300 720 1200 1200 1800; service 120 180 480 480 600 600 1200.
      row('2026-11-23', '2026-11-23', {
        counts: [10, 6, 1, 1, 1],
        wait: [712.5, 510, 1380, 1800],
        service: [3660 / 7, 480, 840],
        sla: 5 / 8,
        noShowRate: 1 / 8,
        abandonRate: 2 / 10,
        mae: 1620 / 7,
        underRate: 1 / 7,
        ratings: [5, 2 / 5],
      }),
      // waits 120 600 1200; service 600.
      row('2026-11-24', '2026-11-24', {
        counts: [4, 1, 1, 0, 0],
        wait: [640, 600, 1080, 1200],
        service: [600, 600, 600],
        sla: 2 / 3,
        noShowRate: 1 / 3,
        abandonRate: 0,
        mae: 200,
        underRate: 0,
        ratings: [1, 1],
      }),
    ]);
  });

  it('DAY with child halls', async () => {
    expectRows(await waitStats({ groupBy: 'DAY', includeChildHalls: true }), [
      row('2026-11-23', '2026-11-23', {
        counts: [11, 7, 1, 1, 1],
        wait: [700, 600, 1320, 1800],
        service: [532.5, 540, 780],
        sla: 6 / 9,
        noShowRate: 1 / 9,
        abandonRate: 2 / 11,
        mae: 1620 / 8,
        underRate: 1 / 8,
        ratings: [6, 3 / 6],
      }),
      row('2026-11-24', '2026-11-24', {
        counts: [5, 1, 1, 1, 0],
        wait: [640, 600, 1080, 1200],
        service: [600, 600, 600],
        sla: 2 / 3,
        noShowRate: 1 / 3,
        abandonRate: 1 / 5,
        mae: 200,
        underRate: 0,
        ratings: [1, 1],
      }),
    ]);
  });

  it('HOUR_OF_DAY: local hours, both days together', async () => {
    expectRows(await waitStats({ groupBy: 'HOUR_OF_DAY' }), [
      row('00', '00:00', {
        counts: [2, 2, 0, 0, 0],
        wait: [330, 330, 546, 600],
        service: [360, 360, 552],
        sla: 1,
        noShowRate: 0,
        abandonRate: 0,
        mae: 0,
        underRate: 0,
        ratings: [1, 1],
      }),
      row('09', '09:00', {
        counts: [4, 2, 2, 0, 0],
        wait: [585, 510, 1056, 1200],
        service: [540, 540, 588],
        sla: 2 / 4,
        noShowRate: 2 / 4,
        abandonRate: 0,
        mae: 120,
        underRate: 1 / 4,
        ratings: [2, 1 / 2],
      }),
      row('10', '10:00', {
        counts: [4, 2, 0, 1, 0],
        wait: [740, 300, 1500, 1800],
        service: [660, 600, 1080],
        sla: 2 / 3,
        noShowRate: 0,
        abandonRate: 1 / 4,
        mae: 280,
        underRate: 0,
        ratings: [2, 1 / 2],
      }),
      row('14', '14:00', {
        counts: [2, 0, 0, 0, 0],
        wait: [1200, 1200, 1200, 1200],
        service: null,
        sla: 0,
        noShowRate: 0,
        abandonRate: 0,
        mae: 600,
        underRate: 0,
        ratings: [0, null],
      }),
      row('23', '23:00', {
        counts: [2, 1, 0, 0, 1],
        wait: [1200, 1200, 1200, 1200],
        service: [480, 480, 480],
        sla: 1,
        noShowRate: 0,
        abandonRate: 1 / 2,
        mae: 300,
        underRate: 0,
        ratings: [1, 0],
      }),
    ]);
  });

  it('an empty period gives no rows', async () => {
    expect(
      await waitStats({
        groupBy: 'HALL',
        from: '2026-01-01T00:00:00.000Z',
        to: '2026-01-02T00:00:00.000Z',
      }),
    ).toEqual([]);
  });
});
