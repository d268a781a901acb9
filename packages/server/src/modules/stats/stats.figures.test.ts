import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createStatsFixture,
  statsNow,
  statsWindow,
  type StatsFixture,
} from '../../../test/support/stats-fixture.js';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';

/**
 * Every figure of every grouping over the hand-made district of stats-fixture.ts, worked out on
 * paper from the waits and service times noted there. Periods go by queuedAt; days and hours are
 * Shanghai's. Percentiles are PostgreSQL's percentile_cont: p at position p·(n−1) of the sorted
 * values, interpolated linearly.
 */

let testApp: TestApp;
let fixture: StatsFixture;
beforeAll(async () => {
  testApp = await startTestApp();
  fixture = await createStatsFixture(testApp);
  testApp.clock.set(statsNow.getTime());
});
afterAll(async () => {
  await testApp?.close();
});

const figureFields = [
  'issued',
  'served',
  'noShows',
  'cancelled',
  'expired',
  'avgWaitSeconds',
  'p50WaitSeconds',
  'p90WaitSeconds',
  'maxWaitSeconds',
  'avgServiceSeconds',
  'p50ServiceSeconds',
  'p90ServiceSeconds',
  'slaRate',
  'noShowRate',
  'abandonRate',
  'estimateMaeSeconds',
  'estimateUnderRate',
  'ratings',
  'satisfactionRate',
  'utilisation',
] as const;
const countFields = new Set(['issued', 'served', 'noShows', 'cancelled', 'expired', 'ratings']);

type Figure = (typeof figureFields)[number];
type StatsRowResult = { key: string; label: string } & Record<Figure, number | null>;

/** One expected row, its figures grouped as they are computed. */
function row(
  key: string,
  label: string,
  figures: {
    /** issued, served, no-shows, cancelled, expired */
    counts: [number, number, number, number, number];
    /** avg, p50, p90, max */
    wait: [number, number, number, number] | null;
    /** avg, p50, p90 */
    service: [number, number, number] | null;
    sla: number | null;
    noShowRate: number | null;
    abandonRate: number | null;
    mae: number | null;
    underRate: number | null;
    /** count, satisfaction */
    ratings: [number, number | null];
    utilisation?: number | null;
  },
): StatsRowResult {
  const [issued, served, noShows, cancelled, expired] = figures.counts;
  const [avgWait, p50Wait, p90Wait, maxWait] = figures.wait ?? [null, null, null, null];
  const [avgService, p50Service, p90Service] = figures.service ?? [null, null, null];
  return {
    key,
    label,
    issued,
    served,
    noShows,
    cancelled,
    expired,
    avgWaitSeconds: avgWait,
    p50WaitSeconds: p50Wait,
    p90WaitSeconds: p90Wait,
    maxWaitSeconds: maxWait,
    avgServiceSeconds: avgService,
    p50ServiceSeconds: p50Service,
    p90ServiceSeconds: p90Service,
    slaRate: figures.sla,
    noShowRate: figures.noShowRate,
    abandonRate: figures.abandonRate,
    estimateMaeSeconds: figures.mae,
    estimateUnderRate: figures.underRate,
    ratings: figures.ratings[0],
    satisfactionRate: figures.ratings[1],
    utilisation: figures.utilisation ?? null,
  };
}

/** Same rows in the same order; counts and nulls exactly, other figures to 1e-9. */
function expectRows(actual: StatsRowResult[], expected: StatsRowResult[]): void {
  expect(actual.map((each) => [each.key, each.label])).toEqual(
    expected.map((each) => [each.key, each.label]),
  );
  expected.forEach((expectedRow, index) => {
    const actualRow = actual[index]!;
    for (const field of figureFields) {
      const want = expectedRow[field];
      const got = actualRow[field];
      const where = `${expectedRow.label} ${field}`;
      if (want === null || countFields.has(field)) expect(got, where).toBe(want);
      else {
        expect(got, where).not.toBeNull();
        expect(got!, where).toBeCloseTo(want, 9);
      }
    }
  });
}

const rowFields = `key label ${figureFields.join(' ')}`;

async function waitStats(
  input: Record<string, unknown>,
  options: { token?: string; locale?: 'en' | 'zh-CN' } = {},
): Promise<StatsRowResult[]> {
  const result = await testApp.graphql<{ waitStats: StatsRowResult[] }>(
    `query($input: StatsInput!) { waitStats(input: $input) { ${rowFields} } }`,
    {
      input: {
        hallId: fixture.halls.central.id,
        from: statsWindow.from.toISOString(),
        to: statsWindow.to.toISOString(),
        ...input,
      },
    },
    { token: options.token ?? fixture.tokens.manager, locale: options.locale ?? 'en' },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.waitStats;
}

const notCalled = 'Not called (no counter, no clerk)';

/** The central hall's segments nobody called: s4 (cancelled), s9 (expired), s12 (waiting). */
const centralNotCalled = row('', notCalled, {
  counts: [3, 0, 0, 1, 1],
  wait: null,
  service: null,
  sla: null,
  noShowRate: null,
  abandonRate: 2 / 3,
  mae: null,
  underRate: null,
  ratings: [0, null],
});

describe('waitStats over the hand-made district', () => {
  it('HALL: the central hall alone', async () => {
    // Waits of the 11 called segments, sorted: 60 120 120 300 300 600 720 1200 1200 1200 1800.
    // Service times (DONE, TRANSFERRED): 120 180 480 480 600 600 600 1200.
    expectRows(await waitStats({ groupBy: 'HALL' }), [
      row(fixture.halls.central.id, 'Central hall', {
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
      row(fixture.halls.central.id, 'Central hall', {
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
      row(fixture.halls.east.id, 'East branch', {
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
      row(fixture.services.B.id, 'Business licences', {
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
      row(fixture.services.A.id, 'Social security', {
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
      row(fixture.services.C.id, 'East branch · Tax', {
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
      row(fixture.counters.c1.id, 'Counter 1', {
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
      row(fixture.counters.c2.id, 'Counter 2', {
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
      row(fixture.counters.k1.id, 'East branch · Counter 1', {
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
      row(fixture.staff.Y.id, 'Li Y', {
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
      row(fixture.staff.X.id, 'Wang, "Xiao"', {
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

  it('filters by service: only those segments, and OPEN time of counters that serve them', async () => {
    expectRows(await waitStats({ groupBy: 'COUNTER', serviceIds: [fixture.services.A.id] }), [
      // waits 60 120 120 300 600 720; service 120 480 600 600 600.
      row(fixture.counters.c1.id, 'Counter 1', {
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
      row(fixture.counters.c2.id, 'Counter 2', {
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
    const byClerk = await waitStats({ groupBy: 'HALL', staffIds: [fixture.staff.Y.id] });
    expectRows(byClerk, [
      row(fixture.halls.central.id, 'Central hall', {
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
    const byCounter = await waitStats({ groupBy: 'DAY', counterIds: [fixture.counters.c2.id] });
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
      const result = await testApp.graphql<{ waitStats: WaitedOverRow[] }>(
        `query($input: StatsInput!) { waitStats(input: $input) { key waitedOver } }`,
        {
          input: {
            hallId: fixture.halls.central.id,
            from: statsWindow.from.toISOString(),
            to: statsWindow.to.toISOString(),
            ...input,
          },
        },
        { token: fixture.tokens.manager },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.waitStats;
    };
    // Central waits: 60 120 120 300 300 600 720 1200 1200 1200 1800.
    expect(await waitedOver({ groupBy: 'HALL' })).toEqual([
      { key: fixture.halls.central.id, waitedOver: null },
    ]);
    expect(await waitedOver({ groupBy: 'HALL', waitOverMinutes: 15 })).toEqual([
      { key: fixture.halls.central.id, waitedOver: 4 },
    ]);
    // 1200 s is not longer than 20 minutes: only the 1800 s wait counts.
    expect(await waitedOver({ groupBy: 'HALL', waitOverMinutes: 20 })).toEqual([
      { key: fixture.halls.central.id, waitedOver: 1 },
    ]);
    // B: 300 1200 1800; A: 60 120 120 300 600 720 1200 1200.
    expect(await waitedOver({ groupBy: 'SERVICE', waitOverMinutes: 15 })).toEqual([
      { key: fixture.services.B.id, waitedOver: 2 },
      { key: fixture.services.A.id, waitedOver: 2 },
    ]);
    // Counter 1: 60 120 120 300 300 600 720; counter 2: 1200 1200 1200 1800; never called: none.
    expect(await waitedOver({ groupBy: 'COUNTER', waitOverMinutes: 10 })).toEqual([
      { key: fixture.counters.c1.id, waitedOver: 1 },
      { key: fixture.counters.c2.id, waitedOver: 4 },
      { key: '', waitedOver: 0 },
    ]);
  });

  it('refuses a waitOverMinutes outside 0–1440, naming the field', async () => {
    const result = await testApp.graphql(
      `query($input: StatsInput!) { waitStats(input: $input) { key } }`,
      {
        input: {
          hallId: fixture.halls.central.id,
          from: statsWindow.from.toISOString(),
          to: statsWindow.to.toISOString(),
          groupBy: 'HALL',
          waitOverMinutes: -1,
        },
      },
      { token: fixture.tokens.manager },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'waitOverMinutes',
    });
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
