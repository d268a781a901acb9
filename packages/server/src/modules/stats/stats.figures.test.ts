import { describe, expect, it } from 'vitest';
import {
  centralNotCalled,
  expectRows,
  notCalled,
  row,
  useStatsDistrict,
} from '../../../test/support/stats-rows.js';

/**
 * Every figure of the groupings by place and person (HALL, SERVICE, COUNTER, STAFF) over the
 * hand-made district of stats-fixture.ts, worked out on paper from the waits and service times
 * noted there. Periods go by queuedAt; days and hours are Shanghai's. Percentiles are PostgreSQL's
 * percentile_cont: p at position p·(n−1) of the sorted values, interpolated linearly. Groupings by
 * period are in stats.periods.test.ts; filters, labels and waitOverMinutes in stats.filters.test.ts.
 */

const district = useStatsDistrict();
const { waitStats } = district;

describe('waitStats over the hand-made district', () => {
  it('HALL: the central hall alone', async () => {
    // Waits of the 11 called segments, sorted: 60 120 120 300 300 600 720 1200 1200 1200 1800.
    // Service times (DONE, TRANSFERRED): 120 180 480 480 600 600 600 1200.
    expectRows(await waitStats({ groupBy: 'HALL' }), [
      row(district.fixture.halls.central.id, 'Central hall', {
        counts: [14, 7, 2, 1, 1],
        wait: [7620 / 11, 600, 1200, 1800],
        service: [532.5, 540, 780],
        sla: 7 / 11,
        noShowRate: 2 / 11,
        abandonRate: 2 / 14,
        mae: 222,
        underRate: 1 / 10,
        ratings: [6, 3 / 6],
      }),
    ]);
  });

  it('HALL with child halls: one row per hall', async () => {
    expectRows(await waitStats({ groupBy: 'HALL', includeChildHalls: true }), [
      row(district.fixture.halls.central.id, 'Central hall', {
        counts: [14, 7, 2, 1, 1],
        wait: [7620 / 11, 600, 1200, 1800],
        service: [532.5, 540, 780],
        sla: 7 / 11,
        noShowRate: 2 / 11,
        abandonRate: 2 / 14,
        mae: 222,
        underRate: 1 / 10,
        ratings: [6, 3 / 6],
      }),
      row(district.fixture.halls.east.id, 'East branch', {
        counts: [2, 1, 0, 1, 0],
        wait: [600, 600, 600, 600],
        service: [600, 600, 600],
        sla: 1,
        noShowRate: 0,
        abandonRate: 1 / 2,
        mae: 0,
        underRate: 0,
        ratings: [1, 1],
      }),
    ]);
  });

  it('SERVICE', async () => {
    expectRows(await waitStats({ groupBy: 'SERVICE' }), [
      // B: waits 300 1200 1800; service 180 480 1200.
      row(district.fixture.services.B.id, 'Business licences', {
        counts: [5, 2, 0, 0, 1],
        wait: [1100, 1200, 1680, 1800],
        service: [620, 480, 1056],
        sla: 2 / 3,
        noShowRate: 0,
        abandonRate: 1 / 5,
        mae: 360,
        underRate: 0,
        ratings: [2, 1 / 2],
      }),
      // A: waits 60 120 120 300 600 720 1200 1200; service 120 480 600 600 600.
      row(district.fixture.services.A.id, 'Social security', {
        counts: [9, 5, 2, 1, 0],
        wait: [540, 450, 1200, 1200],
        service: [480, 600, 600],
        sla: 5 / 8,
        noShowRate: 2 / 8,
        abandonRate: 1 / 9,
        mae: 1140 / 7,
        underRate: 1 / 7,
        ratings: [4, 2 / 4],
      }),
    ]);
  });

  it('SERVICE with child halls: labels name the hall', async () => {
    const rows = await waitStats({ groupBy: 'SERVICE', includeChildHalls: true });
    expect(rows.map((each) => each.label)).toEqual([
      'Central hall · Business licences',
      'Central hall · Social security',
      'East branch · Tax',
    ]);
    expectRows(rows.slice(2), [
      row(district.fixture.services.C.id, 'East branch · Tax', {
        counts: [2, 1, 0, 1, 0],
        wait: [600, 600, 600, 600],
        service: [600, 600, 600],
        sla: 1,
        noShowRate: 0,
        abandonRate: 1 / 2,
        mae: 0,
        underRate: 0,
        ratings: [1, 1],
      }),
    ]);
  });

  it('COUNTER, with utilisation from the OPEN spans of the hall events', async () => {
    expectRows(await waitStats({ groupBy: 'COUNTER' }), [
      // waits 60 120 120 300 300 600 720; service 120 180 480 600 600 600 (2 580 s) over 105 000 s open.
      row(district.fixture.counters.c1.id, 'Counter 1', {
        counts: [7, 5, 1, 0, 0],
        wait: [2220 / 7, 300, 648, 720],
        service: [430, 540, 600],
        sla: 6 / 7,
        noShowRate: 1 / 7,
        abandonRate: 0,
        mae: 70,
        underRate: 1 / 6,
        ratings: [4, 2 / 4],
        utilisation: 2580 / 105_000,
      }),
      // waits 1200 1200 1200 1800; service 480 1200 (1 680 s) over 34 200 s open.
      row(district.fixture.counters.c2.id, 'Counter 2', {
        counts: [4, 2, 1, 0, 0],
        wait: [1350, 1200, 1620, 1800],
        service: [840, 840, 1128],
        sla: 1 / 4,
        noShowRate: 1 / 4,
        abandonRate: 0,
        mae: 450,
        underRate: 0,
        ratings: [2, 1 / 2],
        utilisation: 1680 / 34_200,
      }),
      centralNotCalled,
    ]);
  });

  it('COUNTER with child halls', async () => {
    const rows = await waitStats({ groupBy: 'COUNTER', includeChildHalls: true });
    expect(rows.map((each) => each.label)).toEqual([
      'Central hall · Counter 1',
      'Central hall · Counter 2',
      'East branch · Counter 1',
      notCalled,
    ]);
    expectRows(rows.slice(2), [
      row(district.fixture.counters.k1.id, 'East branch · Counter 1', {
        counts: [1, 1, 0, 0, 0],
        wait: [600, 600, 600, 600],
        service: [600, 600, 600],
        sla: 1,
        noShowRate: 0,
        abandonRate: 0,
        mae: 0,
        underRate: 0,
        ratings: [1, 1],
        utilisation: 600 / 46_800,
      }),
      row('', notCalled, {
        counts: [4, 0, 0, 2, 1],
        wait: null,
        service: null,
        sla: null,
        noShowRate: null,
        abandonRate: 3 / 4,
        mae: null,
        underRate: null,
        ratings: [0, null],
      }),
    ]);
    expect(rows[0]!.utilisation).toBeCloseTo(2580 / 105_000, 12);
  });

  it('STAFF: OPEN time belongs to the clerk who opened or resumed', async () => {
    expectRows(await waitStats({ groupBy: 'STAFF' }), [
      // waits 1200 1200 1800; service 480 1200 over Y's 30 600 s.
      row(district.fixture.staff.Y.id, 'Li Y', {
        counts: [3, 2, 1, 0, 0],
        wait: [1400, 1200, 1680, 1800],
        service: [840, 840, 1128],
        sla: 1 / 3,
        noShowRate: 1 / 3,
        abandonRate: 0,
        mae: 400,
        underRate: 0,
        ratings: [2, 1 / 2],
        utilisation: 1680 / 30_600,
      }),
      // counter 1's segments and s13 (still being served at counter 2): waits 60 120 120 300 300
      // 600 720 1200; X opened counter 2 at 14:00, so 105 000 + 3 600 s open.
      row(district.fixture.staff.X.id, 'Wang, "Xiao"', {
        counts: [8, 5, 1, 0, 0],
        wait: [427.5, 300, 864, 1200],
        service: [430, 540, 600],
        sla: 6 / 8,
        noShowRate: 1 / 8,
        abandonRate: 0,
        mae: 1020 / 7,
        underRate: 1 / 7,
        ratings: [4, 2 / 4],
        utilisation: 2580 / 108_600,
      }),
      centralNotCalled,
    ]);
  });
});
