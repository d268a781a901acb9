import { describe, expect, it } from 'vitest';
import { statsWindow } from '../../../test/support/stats-fixture.js';
import { expectRows, notCalled, row, useStatsDistrict } from '../../../test/support/stats-rows.js';

/**
 * waitStats filtered by service, clerk and counter, its labels in Chinese, and its count of waits
 * longer than waitOverMinutes, over the hand-made district of stats-fixture.ts, worked out on paper
 * from the waits and service times noted there. Percentiles are PostgreSQL's percentile_cont: p at
 * position p·(n−1) of the sorted values, interpolated linearly.
 */

const district = useStatsDistrict();
const { waitStats } = district;

describe('waitStats over the hand-made district', () => {
  it('filters by service: only those segments, and OPEN time of counters that serve them', async () => {
    expectRows(await waitStats({ groupBy: 'COUNTER', serviceIds: [district.fixture.services.A.id] }), [
      // waits 60 120 120 300 600 720; service 120 480 600 600 600.
      row(district.fixture.counters.c1.id, 'Counter 1', {
        counts: [6, 5, 1, 0, 0],
        wait: [320, 210, 660, 720],
        service: [480, 600, 600],
        sla: 5 / 6,
        noShowRate: 1 / 6,
        abandonRate: 0,
        mae: 48,
        underRate: 1 / 5,
        ratings: [4, 2 / 4],
        utilisation: 2400 / 105_000,
      }),
      row(district.fixture.counters.c2.id, 'Counter 2', {
        counts: [2, 0, 1, 0, 0],
        wait: [1200, 1200, 1200, 1200],
        service: null,
        sla: 0,
        noShowRate: 1 / 2,
        abandonRate: 0,
        mae: 450,
        underRate: 0,
        ratings: [0, null],
        utilisation: 0,
      }),
      row('', notCalled, {
        counts: [1, 0, 0, 1, 0],
        wait: null,
        service: null,
        sla: null,
        noShowRate: null,
        abandonRate: 1,
        mae: null,
        underRate: null,
        ratings: [0, null],
      }),
    ]);
  });

  it('filters by clerk and by counter', async () => {
    const byClerk = await waitStats({ groupBy: 'HALL', staffIds: [district.fixture.staff.Y.id] });
    expectRows(byClerk, [
      row(district.fixture.halls.central.id, 'Central hall', {
        counts: [3, 2, 1, 0, 0],
        wait: [1400, 1200, 1680, 1800],
        service: [840, 840, 1128],
        sla: 1 / 3,
        noShowRate: 1 / 3,
        abandonRate: 0,
        mae: 400,
        underRate: 0,
        ratings: [2, 1 / 2],
      }),
    ]);
    const byCounter = await waitStats({ groupBy: 'DAY', counterIds: [district.fixture.counters.c2.id] });
    // s3, s5, s8 queued on the 23rd, s13 on the 24th.
    expect(byCounter.map((each) => [each.key, each.issued, each.served])).toEqual([
      ['2026-11-23', 3, 2],
      ['2026-11-24', 1, 0],
    ]);
  });

  it('labels in Chinese for a Chinese request, in pinyin order', async () => {
    const rows = await waitStats({ groupBy: 'COUNTER', includeChildHalls: true }, { locale: 'zh-CN' });
    expect(rows.map((each) => each.label)).toEqual([
      // dōng before zhōng
      '东区分厅 · 1 号窗口',
      '中心大厅 · 1 号窗口',
      '中心大厅 · 2 号窗口',
      '未叫号（无窗口、无人员）',
    ]);
  });

  it('counts the waits longer than waitOverMinutes, strictly, per row', async () => {
    type WaitedOverRow = { key: string; waitedOver: number | null };
    const waitedOver = async (input: Record<string, unknown>): Promise<WaitedOverRow[]> => {
      const result = await district.testApp.graphql<{ waitStats: WaitedOverRow[] }>(
        `query($input: StatsInput!) { waitStats(input: $input) { key waitedOver } }`,
        {
          input: {
            hallId: district.fixture.halls.central.id,
            from: statsWindow.from.toISOString(),
            to: statsWindow.to.toISOString(),
            ...input,
          },
        },
        { token: district.fixture.tokens.manager },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.waitStats;
    };
    // Central waits: 60 120 120 300 300 600 720 1200 1200 1200 1800.
    expect(await waitedOver({ groupBy: 'HALL' })).toEqual([
      { key: district.fixture.halls.central.id, waitedOver: null },
    ]);
    expect(await waitedOver({ groupBy: 'HALL', waitOverMinutes: 15 })).toEqual([
      { key: district.fixture.halls.central.id, waitedOver: 4 },
    ]);
    // 1200 s is not longer than 20 minutes: only the 1800 s wait counts.
    expect(await waitedOver({ groupBy: 'HALL', waitOverMinutes: 20 })).toEqual([
      { key: district.fixture.halls.central.id, waitedOver: 1 },
    ]);
    // B: 300 1200 1800; A: 60 120 120 300 600 720 1200 1200.
    expect(await waitedOver({ groupBy: 'SERVICE', waitOverMinutes: 15 })).toEqual([
      { key: district.fixture.services.B.id, waitedOver: 2 },
      { key: district.fixture.services.A.id, waitedOver: 2 },
    ]);
    // Counter 1: 60 120 120 300 300 600 720; counter 2: 1200 1200 1200 1800; never called: none.
    expect(await waitedOver({ groupBy: 'COUNTER', waitOverMinutes: 10 })).toEqual([
      { key: district.fixture.counters.c1.id, waitedOver: 1 },
      { key: district.fixture.counters.c2.id, waitedOver: 4 },
      { key: '', waitedOver: 0 },
    ]);
  });

  it('refuses a waitOverMinutes outside 0–1440, naming the field', async () => {
    const result = await district.testApp.graphql(
      `query($input: StatsInput!) { waitStats(input: $input) { key } }`,
      {
        input: {
          hallId: district.fixture.halls.central.id,
          from: statsWindow.from.toISOString(),
          to: statsWindow.to.toISOString(),
          groupBy: 'HALL',
          waitOverMinutes: -1,
        },
      },
      { token: district.fixture.tokens.manager },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'waitOverMinutes',
    });
  });
});
