import { afterAll, beforeAll, expect } from 'vitest';
import { createStatsFixture, statsNow, statsWindow, type StatsFixture } from './stats-fixture.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * The rows of waitStats as the figures tests write them down: every figure of a row, grouped as
 * they are computed, worked out on paper from the waits and service times noted in
 * stats-fixture.ts.
 */

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
export type StatsRowResult = { key: string; label: string } & Record<Figure, number | null>;

/** One expected row, its figures grouped as they are computed. */
export function row(
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
export function expectRows(actual: StatsRowResult[], expected: StatsRowResult[]): void {
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

/** waitStats of the central hall over the report window, as its manager unless told otherwise. */
export async function waitStats(
  testApp: TestApp,
  fixture: StatsFixture,
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

/** A test file's hand-made district, and waitStats of its central hall over the report window. */
export interface StatsDistrict {
  testApp: TestApp;
  fixture: StatsFixture;
  waitStats(
    input: Record<string, unknown>,
    options?: { token?: string; locale?: 'en' | 'zh-CN' },
  ): Promise<StatsRowResult[]>;
}

/** Starts the district before the file's tests (the clock at the report's now) and closes it after. */
export function useStatsDistrict(): StatsDistrict {
  const district = {
    waitStats: (input, options) => waitStats(district.testApp, district.fixture, input, options),
  } as StatsDistrict;
  beforeAll(async () => {
    district.testApp = await startTestApp();
    district.fixture = await createStatsFixture(district.testApp);
    district.testApp.clock.set(statsNow.getTime());
  });
  afterAll(async () => {
    await district.testApp?.close();
  });
  return district;
}

/** The label of the row of segments nobody called. */
export const notCalled = 'Not called (no counter, no clerk)';

/** The central hall's segments nobody called: s4 (cancelled), s9 (expired), s12 (waiting). */
export const centralNotCalled = row('', notCalled, {
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
