import type pg from 'pg';
import { issueOne, type BenchHall } from '../support/bench-hall.js';
import { closedLoop, openLoop, percentile, settleDatabase } from '../support/measure.js';

export interface IssueTicketFigures {
  rate: number;
  seconds: number;
  p50Ms: number;
  p99Ms: number;
  failures: number;
  peakPerSecond: number;
  floor: { p50Ms: number; p99Ms: number; peakPerSecond: number };
}

/**
 * issueTicket through HTTP at a steady rate (kiosks do not wait for each other), then as fast as
 * `peakWorkers` kiosks can; the floor does the same with a bare `INSERT … RETURNING` through `pg`.
 * The tickets go to the hall's services in turn, as a hall's citizens choose theirs: one service
 * taking 200 tickets a second for 20 s would hold a queue of 4,000, which no hall has (and every
 * issue counts the people ahead of it).
 */
export async function benchIssueTicket(
  hall: BenchHall,
  pool: pg.Pool,
  options: { rate: number; seconds: number; warmSeconds: number; peakSeconds: number; peakWorkers: number },
): Promise<IssueTicketFigures> {
  await pool.query(`CREATE TABLE IF NOT EXISTS bench_floor_ticket (
    id bigserial PRIMARY KEY, hall_id uuid NOT NULL, number text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`);
  const floorInsert = (index: number): Promise<unknown> =>
    pool.query('INSERT INTO bench_floor_ticket (hall_id, number) VALUES ($1, $2) RETURNING id', [
      hall.hallId,
      `A${index}`,
    ]);

  let issued = 0;
  const issueNext = async (): Promise<void> => {
    await issueOne(hall, hall.serviceIds[(issued += 1) % hall.serviceIds.length]);
  };
  // Warm both paths (connections, prepared plans, the JIT) at the measured rate before measuring.
  await openLoop(options.rate, options.warmSeconds, issueNext);
  await openLoop(options.rate, options.warmSeconds, async (index) => {
    await floorInsert(index);
  });
  await settleDatabase(pool);
  const steady = await openLoop(options.rate, options.seconds, issueNext);
  await settleDatabase(pool);
  const floorSteady = await openLoop(options.rate, options.seconds, async (index) => {
    await floorInsert(index);
  });
  await settleDatabase(pool);
  const peak = await closedLoop(options.peakWorkers, options.peakSeconds, async () => {
    await issueNext();
    return true;
  });
  let floorIndex = 0;
  await settleDatabase(pool);
  const floorPeak = await closedLoop(options.peakWorkers, options.peakSeconds, async () => {
    await floorInsert((floorIndex += 1));
    return true;
  });
  return {
    rate: options.rate,
    seconds: options.seconds,
    p50Ms: percentile(steady.latencies, 50),
    p99Ms: percentile(steady.latencies, 99),
    failures: steady.failures + peak.failures,
    peakPerSecond: peak.perSecond,
    floor: {
      p50Ms: percentile(floorSteady.latencies, 50),
      p99Ms: percentile(floorSteady.latencies, 99),
      peakPerSecond: floorPeak.perSecond,
    },
  };
}
