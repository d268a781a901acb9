/**
 * How fast waitStats answers for a year of a large hall. Not a test and not run in CI: timings
 * depend on the machine, so it prints figures for a person to read beside a raw floor measured
 * in the same run on the same rows.
 *
 *   pnpm bench:stats            (from the repository root or packages/server)
 *   pnpm bench:stats --explain  (adds PostgreSQL's plan of the heaviest report)
 *
 * It starts a throw-away embedded PostgreSQL, runs the migrations, and generates with
 * generate_series a district: one large hall (≈ 300,000 tickets, 60 counters, 12 services over
 * 365 days) with two smaller child halls (50,000 tickets, 10 counters each), with transfers,
 * no-shows, cancellations, expiries, ratings, and the hall events a real day leaves (ticket events
 * and counters opening, pausing for lunch, resuming and closing). Then it times every groupBy,
 * without and with the child halls, over a year, a month and a day, through the same service
 * function the resolver calls. Last, the wait estimate's one reading on that year, beside a bare
 * round trip.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Role, serviceDayOf, StatsGroupBy } from '@onestop/shared';
import { startEmbeddedDatabase } from '../src/db/embedded-postgres.js';
import { openDatabase } from '../src/db/orm.js';
import { entities } from '../src/modules/entities.js';
import { createLogger } from '../src/logger.js';
import { Actor } from '../src/modules/auth/access.js';
import { runSql, sql } from '../src/db/sql.js';
import { applyReportSettings, statsStatement } from '../src/modules/stats/stats-query.js';
import { waitStats } from '../src/modules/stats/stats.service.js';
import {
  estimateInputsFrom,
  estimateReadingsSql,
  type EstimateReadingsRow,
} from '../src/modules/tickets/queue-readings.js';
import { estimateWait } from '../src/modules/tickets/wait-estimate.js';
import type { StatsInput } from '../src/modules/stats/stats.types.js';

const explain = process.argv.includes('--explain');
const runsPerCase = 5;
const timezone = 'Asia/Shanghai';
/** Local midnight of the first generated day (2025-11-25 in Shanghai). */
const firstDay = '2025-11-25';
const days = 365;

interface HallPlan {
  code: string;
  tickets: number;
  counters: number;
  services: number;
  parentCode: string | null;
}

const plans: HallPlan[] = [
  { code: 'BENCH-DISTRICT', tickets: 300_000, counters: 60, services: 12, parentCode: null },
  { code: 'BENCH-EAST', tickets: 50_000, counters: 10, services: 6, parentCode: 'BENCH-DISTRICT' },
  { code: 'BENCH-WEST', tickets: 50_000, counters: 10, services: 6, parentCode: 'BENCH-DISTRICT' },
];

/**
 * One hall's year, entirely in SQL. Each ticket draws its fate once (r_fate): 80 % served,
 * 4 % no-show, 4 % cancelled before a call, 2 % expired unserved, 10 % transferred once and
 * then served in another service. Waits are skewed towards short ones; the clerk of a segment
 * is the clerk of its counter.
 */
async function generateHall(em: EntityManager, plan: HallPlan): Promise<void> {
  const perDay = Math.round(plan.tickets / days);
  const statements = [
    `INSERT INTO hall (id, code, name, name_en, timezone, parent_id, created_at)
     SELECT gen_random_uuid(), '${plan.code}', '${plan.code} 政务服务中心', '${plan.code} service centre',
            '${timezone}', (SELECT id FROM hall WHERE code = ${plan.parentCode ? `'${plan.parentCode}'` : 'NULL'}), now()`,
    `CREATE TEMP TABLE bench_hall AS SELECT id FROM hall WHERE code = '${plan.code}'`,
    `CREATE TEMP TABLE bench_service AS
     SELECT i, gen_random_uuid() AS id FROM generate_series(1, ${plan.services}) i`,
    `INSERT INTO service (id, hall_id, code, name, name_en, prefix, target_wait_minutes, created_at)
     SELECT id, (SELECT id FROM bench_hall), 'svc-' || i, '业务 ' || i, 'Service ' || i, chr(64 + i),
            10 + (i % 3) * 5, now()
     FROM bench_service`,
    `CREATE TEMP TABLE bench_counter AS
     SELECT i, gen_random_uuid() AS id, gen_random_uuid() AS staff_id FROM generate_series(1, ${plan.counters}) i`,
    `INSERT INTO staff (id, username, display_name, role, password_hash, created_at)
     SELECT staff_id, lower('${plan.code}') || '-clerk-' || i, '窗口人员 ' || i, 'CLERK', 'not-a-hash', now()
     FROM bench_counter`,
    `INSERT INTO staff_hall (staff_id, hall_id) SELECT staff_id, (SELECT id FROM bench_hall) FROM bench_counter`,
    `INSERT INTO counter (id, hall_id, label, created_at)
     SELECT id, (SELECT id FROM bench_hall), i::text, now() FROM bench_counter`,
    `INSERT INTO counter_service (counter_id, service_id, rank)
     SELECT c.id, s.id, CASE WHEN s.i = 1 + (c.i % ${plan.services}) THEN 1 ELSE 2 END
     FROM bench_counter c JOIN bench_service s
       ON s.i IN (1 + (c.i % ${plan.services}), 1 + ((c.i + 1) % ${plan.services}), 1 + ((c.i + 2) % ${plan.services}))`,
    // The visits: day, issue time between 08:30 and 17:00 local, service, fate and durations.
    `CREATE TEMP TABLE bench_visit AS
     SELECT gen_random_uuid() AS ticket_id, gen_random_uuid() AS segment_id, gen_random_uuid() AS second_id,
            day, service_i, second_i, counter_i, second_counter_i,
            ((day + time '08:30' + random() * interval '8 hours 30 minutes') AT TIME ZONE '${timezone}') AS issued_at,
            random() AS r_fate,
            make_interval(secs => 60 + power(random(), 2) * 2700) AS wait,
            make_interval(secs => 120 + random() * 900) AS service_time,
            make_interval(secs => 120 + power(random(), 2) * 1200) AS second_wait,
            0.6 + random() * 0.8 AS estimate_bias,
            random() AS r_rating
     FROM (SELECT (date '${firstDay}' + d) AS day FROM generate_series(0, ${days - 1}) d) days
     CROSS JOIN LATERAL (
       SELECT 1 + floor(random() * ${plan.services})::int AS service_i,
              1 + floor(random() * ${plan.services})::int AS second_i,
              1 + floor(random() * ${plan.counters})::int AS counter_i,
              1 + floor(random() * ${plan.counters})::int AS second_counter_i
       FROM generate_series(1, ${perDay}) k WHERE days.day IS NOT NULL) draws`,
    `INSERT INTO ticket (id, hall_id, service_day, prefix, sequence, number, priority, channel, access_code,
                         route, issued_at)
     SELECT v.ticket_id, (SELECT id FROM bench_hall), v.day, chr(64 + v.service_i),
            row_number() OVER (PARTITION BY v.day, v.service_i ORDER BY v.issued_at),
            chr(64 + v.service_i) || lpad((row_number() OVER (PARTITION BY v.day, v.service_i ORDER BY v.issued_at))::text, 3, '0'),
            CASE WHEN v.r_rating < 0.05 THEN 'PRIORITY' ELSE 'NORMAL' END, 'KIOSK',
            replace(v.ticket_id::text, '-', '') || replace(v.segment_id::text, '-', ''), '[]', v.issued_at
     FROM bench_visit v`,
    `CREATE TEMP TABLE bench_segment AS
     SELECT v.segment_id AS id, v.ticket_id, 1 AS ordinal, v.day, s.id AS service_id, v.issued_at AS queued_at,
            CASE WHEN v.r_fate < 0.80 THEN 'DONE' WHEN v.r_fate < 0.84 THEN 'NO_SHOW'
                 WHEN v.r_fate < 0.88 THEN 'CANCELLED' WHEN v.r_fate < 0.90 THEN 'EXPIRED'
                 ELSE 'TRANSFERRED' END AS status,
            v.wait, v.service_time, v.estimate_bias, v.r_rating, c.id AS counter_id, c.staff_id
     FROM bench_visit v
     JOIN bench_service s ON s.i = v.service_i
     JOIN bench_counter c ON c.i = v.counter_i
     UNION ALL
     SELECT v.second_id, v.ticket_id, 2, v.day, s.id, v.issued_at + v.wait + interval '3 minutes', 'DONE',
            v.second_wait, v.service_time, v.estimate_bias, v.r_rating, c.id, c.staff_id
     FROM bench_visit v
     JOIN bench_service s ON s.i = v.second_i
     JOIN bench_counter c ON c.i = v.second_counter_i
     WHERE v.r_fate >= 0.90`,
    `INSERT INTO segment (id, ticket_id, ordinal, hall_id, service_day, priority, service_id, status, queued_at,
                          called_at, serving_at, ended_at, counter_id, staff_id, estimate_p50_minutes,
                          estimate_p90_minutes)
     SELECT id, ticket_id, ordinal, (SELECT id FROM bench_hall), day, 'NORMAL', service_id, status, queued_at,
            CASE WHEN status IN ('DONE', 'NO_SHOW', 'TRANSFERRED') THEN queued_at + wait END,
            CASE WHEN status IN ('DONE', 'TRANSFERRED') THEN queued_at + wait END,
            CASE status WHEN 'DONE' THEN queued_at + wait + service_time
                        WHEN 'TRANSFERRED' THEN queued_at + wait + interval '3 minutes'
                        WHEN 'NO_SHOW' THEN queued_at + wait + interval '2 minutes'
                        WHEN 'CANCELLED' THEN queued_at + wait / 2
                        ELSE ((day + 1 + time '08:00') AT TIME ZONE '${timezone}') END,
            CASE WHEN status IN ('DONE', 'NO_SHOW', 'TRANSFERRED') THEN counter_id END,
            CASE WHEN status IN ('DONE', 'NO_SHOW', 'TRANSFERRED') THEN staff_id END,
            round(extract(epoch FROM wait) / 60 * estimate_bias)::int,
            round(extract(epoch FROM wait) / 60 * estimate_bias * 1.6)::int + 2
     FROM bench_segment`,
    `INSERT INTO rating (id, hall_id, ticket_id, segment_id, score, created_at)
     SELECT gen_random_uuid(), hall_id, ticket_id, id,
            CASE WHEN random() < 0.70 THEN 5 WHEN random() < 0.5 THEN 4 WHEN random() < 0.5 THEN 3
                 WHEN random() < 0.6 THEN 2 ELSE 1 END,
            ended_at + interval '2 minutes'
     FROM segment
     WHERE hall_id = (SELECT id FROM bench_hall) AND status = 'DONE' AND random() < 0.6`,
    // Every state change leaves a hall event, numbered per hall in time order as the engine does.
    `INSERT INTO hall_event (hall_id, seq, type, at, ticket_id, segment_id, counter_id, staff_id, data)
     SELECT (SELECT id FROM bench_hall), row_number() OVER (ORDER BY at, type, ticket_id, counter_id),
            type, at, ticket_id, segment_id, counter_id, staff_id, '{}'::jsonb
     FROM (
       SELECT 'TICKET_ISSUED' AS type, issued_at AS at, ticket_id, segment_id, NULL::uuid AS counter_id,
              NULL::uuid AS staff_id
       FROM bench_visit
       UNION ALL
       SELECT 'TICKET_CALLED', called_at, ticket_id, id, counter_id, staff_id FROM segment
       WHERE hall_id = (SELECT id FROM bench_hall) AND called_at IS NOT NULL
       UNION ALL
       SELECT 'SERVING_STARTED', serving_at, ticket_id, id, counter_id, staff_id FROM segment
       WHERE hall_id = (SELECT id FROM bench_hall) AND status = 'DONE'
       UNION ALL
       SELECT CASE status WHEN 'DONE' THEN 'TICKET_COMPLETED' WHEN 'NO_SHOW' THEN 'TICKET_NO_SHOW'
                          WHEN 'CANCELLED' THEN 'TICKET_CANCELLED' WHEN 'EXPIRED' THEN 'TICKET_EXPIRED'
                          ELSE 'TICKET_TRANSFERRED' END,
              ended_at, ticket_id, id, counter_id, staff_id FROM segment
       WHERE hall_id = (SELECT id FROM bench_hall)
       UNION ALL
       SELECT 'TICKET_RATED', created_at, ticket_id, segment_id, NULL, NULL FROM rating
       WHERE hall_id = (SELECT id FROM bench_hall)
       UNION ALL
       -- Each counter opens between 08:15 and 08:45, pauses for lunch, resumes and closes.
       SELECT event.type, ((day + event.at + (c.i % 4) * interval '10 minutes') AT TIME ZONE '${timezone}'),
              NULL, NULL, c.id, c.staff_id
       FROM (SELECT (date '${firstDay}' + d) AS day FROM generate_series(0, ${days - 1}) d) days
       CROSS JOIN bench_counter c
       CROSS JOIN (VALUES ('COUNTER_OPENED', time '08:15'), ('COUNTER_PAUSED', time '12:00'),
                          ('COUNTER_RESUMED', time '13:00'), ('COUNTER_CLOSED', time '17:30')) event(type, at)
     ) events`,
    `UPDATE hall SET last_event_seq = (SELECT max(seq) FROM hall_event WHERE hall_id = hall.id)
     WHERE id = (SELECT id FROM bench_hall)`,
    'DROP TABLE bench_hall, bench_service, bench_counter, bench_visit, bench_segment',
  ];
  for (const statement of statements) await em.execute(statement);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeMedian(run: () => Promise<unknown>): Promise<number> {
  await run(); // warm-up: plans, caches
  const timings: number[] = [];
  for (let index = 0; index < runsPerCase; index += 1) {
    const started = performance.now();
    await run();
    timings.push(performance.now() - started);
  }
  return median(timings);
}

function pad(text: string | number, width: number): string {
  return String(text).padStart(width);
}

async function main(orm: MikroORM<PostgreSqlDriver>): Promise<void> {
  const em = orm.em.fork();
  const generationStarted = performance.now();
  const generated: unknown[] = await em.execute(`SELECT 1 FROM hall WHERE code = 'BENCH-DISTRICT'`);
  if (generated.length === 0) {
    await em.execute('SELECT setseed(0.42)');
    for (const plan of plans) await generateHall(em, plan);
    // As autovacuum leaves a year-old hall's tables: statistics, and visibility maps for index-only scans.
    await em.execute('VACUUM ANALYZE');
  }
  const generationSeconds = (performance.now() - generationStarted) / 1000;
  const counts: { tickets: string; segments: string; ratings: string; events: string; counters: string }[] =
    await em.execute(`SELECT (SELECT count(*) FROM ticket) AS tickets, (SELECT count(*) FROM segment) AS segments,
                        (SELECT count(*) FROM rating) AS ratings, (SELECT count(*) FROM hall_event) AS events,
                        (SELECT count(*) FROM counter) AS counters`);
  const version: { server_version: string }[] = await em.execute('SHOW server_version');
  console.log(
    `PostgreSQL ${version[0]!.server_version}; generated in ${generationSeconds.toFixed(1)} s:`,
    counts[0],
  );

  const halls: { id: string; code: string }[] = await em.execute(
    `SELECT id, code FROM hall WHERE code LIKE 'BENCH-%'`,
  );
  const district = halls.find((hall) => hall.code === 'BENCH-DISTRICT')!;
  const allHallIds = `{${halls.map((hall) => hall.id).join(',')}}`;
  const admin: { id: string }[] = await em.execute(
    `INSERT INTO staff (id, username, display_name, role, password_hash, created_at)
     VALUES (gen_random_uuid(), 'bench-admin', 'Bench admin', 'ADMIN', 'not-a-hash', now())
     ON CONFLICT (username) DO UPDATE SET role = 'ADMIN' RETURNING id`,
  );
  const start = new Date(`${firstDay}T00:00:00+08:00`);
  const dayMs = 86_400_000;
  const windows = [
    { name: 'year', from: start, to: new Date(start.getTime() + days * dayMs) },
    {
      name: 'month',
      from: new Date(start.getTime() + 200 * dayMs),
      to: new Date(start.getTime() + 230 * dayMs),
    },
    {
      name: 'day',
      from: new Date(start.getTime() + 200 * dayMs),
      to: new Date(start.getTime() + 201 * dayMs),
    },
  ];
  const now = new Date(start.getTime() + (days + 1) * dayMs);

  console.log(
    `\nmedian of ${runsPerCase} runs after a warm-up, in milliseconds, through waitStats() (validation, SQL, labels).` +
      '\nFloors over the same segments: count = SELECT count(*); sort = one bare percentile_cont of the wait.',
  );
  console.log(
    `${'window'.padEnd(6)} ${'children'.padEnd(8)} ${pad('segments', 9)} ${pad('count', 6)} ${pad('sort', 6)}  ${Object.values(
      StatsGroupBy,
    )
      .map((groupBy) => pad(groupBy, 11))
      .join(' ')}`,
  );
  let slowest = { milliseconds: 0, label: '' };
  for (const window of windows) {
    for (const includeChildHalls of [false, true]) {
      const hallIds = includeChildHalls ? allHallIds : `{${district.id}}`;
      // The same predicates as the report's, so the floors read the same rows the same way.
      const segmentsWhere = `s.hall_id = ANY(?::uuid[]) AND s.service_day BETWEEN ?::date - 2 AND ?::date + 2
                             AND s.queued_at >= ? AND s.queued_at < ?`;
      const countSql = `SELECT count(*)::int AS count FROM segment s WHERE ${segmentsWhere}`;
      const sortSql = `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY s.called_at - s.queued_at)
                       FROM segment s WHERE ${segmentsWhere}`;
      const bindings = [
        hallIds,
        window.from.toISOString().slice(0, 10),
        window.to.toISOString().slice(0, 10),
        window.from,
        window.to,
      ];
      const floorRows: { count: number }[] = await em.execute(countSql, bindings);
      const countFloor = await timeMedian(() => em.fork().execute(countSql, bindings));
      const sortFloor = await timeMedian(() => em.fork().execute(sortSql, bindings));
      const timings: string[] = [];
      for (const groupBy of Object.values(StatsGroupBy)) {
        const input: StatsInput = {
          hallId: district.id,
          from: window.from,
          to: window.to,
          groupBy,
          includeChildHalls,
        };
        const milliseconds = await timeMedian(async () => {
          const requestEm = orm.em.fork();
          const actor = new Actor(
            { kind: 'staff', staffId: admin[0]!.id, role: Role.ADMIN, sessionId: 'bench' },
            false,
            requestEm,
          );
          return await waitStats({ em: requestEm, actor, now, locale: 'zh-CN' }, input);
        });
        if (milliseconds > slowest.milliseconds) {
          slowest = { milliseconds, label: `${window.name} ${groupBy} children=${includeChildHalls}` };
        }
        timings.push(pad(milliseconds.toFixed(0), 11));
      }
      console.log(
        `${window.name.padEnd(6)} ${String(includeChildHalls).padEnd(8)} ${pad(floorRows[0]!.count, 9)} ` +
          `${pad(countFloor.toFixed(0), 6)} ${pad(sortFloor.toFixed(0), 6)}  ${timings.join(' ')}`,
      );
    }
  }
  // Timings mean little without the machine they were taken on, busy or not.
  console.log(
    `machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}`,
  );
  console.log(`\nslowest: ${slowest.label}, ${slowest.milliseconds.toFixed(0)} ms (budget 500 ms)`);

  await benchEstimateReadings(
    em,
    district.id,
    new Date(start.getTime() + (days - 1) * dayMs + 7 * 3_600_000),
  );

  if (explain) {
    const statement = statsStatement({
      hallIds: halls.map((hall) => hall.id),
      from: windows[0]!.from,
      to: windows[0]!.to,
      groupBy: StatsGroupBy.COUNTER,
      serviceIds: null,
      counterIds: null,
      staffIds: null,
      waitOverSeconds: null,
      now,
    });
    // Under the same settings as the report itself.
    const plan: { 'QUERY PLAN': string }[] = await em.transactional(async (transaction) => {
      await applyReportSettings(transaction);
      return await runSql<{ 'QUERY PLAN': string }>(
        transaction,
        sql`EXPLAIN (ANALYZE, BUFFERS) ${statement}`,
      );
    });
    console.log('\nplan of year / COUNTER / with children:');
    console.log(plan.map((row) => row['QUERY PLAN']).join('\n'));
  }
}

/** The p-th percentile of timings (nearest rank). */
function percentileOf(values: readonly number[], share: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

/**
 * The wait estimate's one reading (queue-readings.ts) on the same year of the district hall, at
 * 15:00 of its last day: what every issue and, for each of the hall's services, every board push
 * reads. Beside it, a bare round trip (`SELECT 1`) as the floor, and the pure estimator's time.
 */
async function benchEstimateReadings(em: EntityManager, hallId: string, now: Date): Promise<void> {
  const services: { id: string; prior_service_minutes: number }[] = await em.execute(
    `SELECT id, prior_service_minutes FROM service WHERE hall_id = '${hallId}' ORDER BY prefix`,
  );
  // The generated year keeps no people ahead at queue (made before issue 21): give the last day's some.
  await em.execute(
    `UPDATE segment SET people_ahead_at_queue = floor(random() * 12)::int
     WHERE hall_id = '${hallId}' AND service_day = (${sqlDay(now)})::date`,
  );
  const day = serviceDayOf(now, timezone);
  const runs = 200;
  const time = async (run: () => Promise<unknown>): Promise<number[]> => {
    for (let warm = 0; warm < 20; warm += 1) await run();
    const timings: number[] = [];
    for (let index = 0; index < runs; index += 1) {
      const started = performance.now();
      await run();
      timings.push(performance.now() - started);
    }
    return timings;
  };
  const floor = await time(() => em.execute('SELECT 1'));
  const readings: number[] = [];
  let lastRow: EstimateReadingsRow | undefined;
  for (const service of services) {
    readings.push(
      ...(await time(async () => {
        [lastRow] = await runSql<EstimateReadingsRow>(
          em,
          sql`SELECT ${estimateReadingsSql(service.id, day, now)}`,
        );
      })),
    );
  }
  const inputs = { ...estimateInputsFrom(lastRow!, services.at(-1)!.prior_service_minutes), peopleAhead: 7 };
  const pureRuns = 100_000;
  const pureStarted = performance.now();
  for (let index = 0; index < pureRuns; index += 1) estimateWait(inputs);
  const pureMicroseconds = ((performance.now() - pureStarted) * 1000) / pureRuns;
  const figure = (values: number[]) =>
    `p50 ${percentileOf(values, 0.5).toFixed(2)} ms, p99 ${percentileOf(values, 0.99).toFixed(2)} ms`;
  console.log(
    `\nwait estimate on the district hall's year (${services.length} services, ${runs} readings each, ${day} 15:00):` +
      `\n  its reading (one statement): ${figure(readings)}` +
      `\n  floor, SELECT 1:            ${figure(floor)}` +
      `\n  the estimator (pure):        ${pureMicroseconds.toFixed(1)} µs a call` +
      `\n  a board push reads one per service: ${services.length} × the reading`,
  );
}

/** The hall-local date of `now` as SQL. */
function sqlDay(now: Date): string {
  return `'${serviceDayOf(now, timezone)}'`;
}

const logger = createLogger('warn');
// BENCH_DATABASE_URL: an existing, empty (or already generated) database instead of a throw-away
// cluster, to look at plans with psql between runs.
const givenUrl = process.env.BENCH_DATABASE_URL;
const dataDir = givenUrl ? null : mkdtempSync(join(tmpdir(), 'onestop-bench-'));
const database = dataDir ? await startEmbeddedDatabase(dataDir, logger) : null;
try {
  const orm = await openDatabase(givenUrl ?? database!.url, entities, logger);
  try {
    await main(orm);
  } finally {
    await orm.close(true);
  }
} finally {
  await database?.dispose();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
