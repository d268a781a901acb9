import pg from 'pg';
import { issueOne, type BenchHall } from '../support/bench-hall.js';
import { closedLoop, percentile, settleDatabase } from '../support/measure.js';

export interface CallNextFigures {
  counters: number;
  seconds: number;
  calls: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Tickets the clients were given twice (by one counter or two). */
  doubleCalls: number;
  /** Tickets the database shows called in the run that no client was given, or the reverse. */
  lostCalls: number;
  failures: number;
  /** Counters that found the queue empty before the run's end (the preload was too short). */
  countersRanDry: number;
  floor: { perSecond: number; p50Ms: number; p99Ms: number };
}

const callNextMutation = 'mutation($id: ID!) { callNext(counterId: $id) { id } }';
const completeMutation = 'mutation($id: ID!) { completeTicket(ticketId: $id) { id } }';

/**
 * `counters` counters call the next ticket of one shared queue as fast as they can, each
 * completing its ticket before calling again (a counter holds one ticket at a time). Only
 * callNext is timed. Afterwards the client log and the database must agree: no ticket given
 * twice, none called without a client knowing. The floor: the same number of `pg` connections
 * claiming rows of a bare table with `FOR UPDATE SKIP LOCKED`.
 */
export async function benchCallNext(
  hall: BenchHall,
  databaseUrl: string,
  options: { seconds: number; preload: number; issueWorkers: number },
): Promise<CallNextFigures> {
  // A queue long enough that no counter runs dry within the run.
  let issued = 0;
  await Promise.all(
    Array.from({ length: options.issueWorkers }, async () => {
      while (issued < options.preload) {
        issued += 1;
        await issueOne(hall);
      }
    }),
  );

  const check = new pg.Client({ connectionString: databaseUrl });
  await check.connect();
  await settleDatabase(check);
  const givenTickets: string[] = [];
  let countersRanDry = 0;
  const callLatencies: number[] = [];
  const startedAt = new Date();
  const counters = hall.counterIds;
  const run = await closedLoop(counters.length, options.seconds, async (worker) => {
    const counterId = counters[worker]!;
    const sent = performance.now();
    const { callNext } = await hall.admin.request<{ callNext: { id: string } | null }>(callNextMutation, {
      id: counterId,
    });
    callLatencies.push(performance.now() - sent);
    if (!callNext) {
      countersRanDry += 1;
      return false;
    }
    givenTickets.push(callNext.id);
    // Not timed: the counter finishes its ticket before its next call.
    await hall.admin.request(completeMutation, { id: callNext.id });
    return true;
  });

  const called = await check.query<{ ticket_id: string }>(
    `SELECT ticket_id FROM segment WHERE hall_id = $1 AND called_at >= $2 AND counter_id = ANY($3::uuid[])`,
    [hall.hallId, startedAt, counters],
  );
  const given = new Set(givenTickets);
  const inDatabase = new Set(called.rows.map((row) => row.ticket_id));
  const doubleCalls = givenTickets.length - given.size;
  const lostCalls =
    [...inDatabase].filter((id) => !given.has(id)).length +
    [...given].filter((id) => !inDatabase.has(id)).length;

  // The floor, on a table of more rows than the run called, indexed as a work queue is (the
  // unclaimed rows by id): without that index each claim walks past every row claimed before it,
  // and the floor sinks as the run goes on.
  await check.query(`DROP TABLE IF EXISTS bench_floor_queue`);
  await check.query(
    `CREATE TABLE bench_floor_queue (id bigserial PRIMARY KEY, claimed_by int, claimed_at timestamptz)`,
  );
  await check.query(`INSERT INTO bench_floor_queue (claimed_by) SELECT NULL FROM generate_series(1, $1)`, [
    Math.max(10_000, givenTickets.length * 20),
  ]);
  await check.query(
    `CREATE INDEX bench_floor_queue_unclaimed ON bench_floor_queue (id) WHERE claimed_by IS NULL`,
  );
  await check.query(`ANALYZE bench_floor_queue`);
  const connections = await Promise.all(
    counters.map(async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      return client;
    }),
  );
  await settleDatabase(check);
  const floorRun = await closedLoop(connections.length, options.seconds, async (worker) => {
    const result = await connections[worker]!.query(
      `UPDATE bench_floor_queue SET claimed_by = $1, claimed_at = now()
       WHERE id = (SELECT id FROM bench_floor_queue WHERE claimed_by IS NULL ORDER BY id
                   FOR UPDATE SKIP LOCKED LIMIT 1)
       RETURNING id`,
      [worker],
    );
    return result.rowCount === 1;
  });
  await Promise.all(connections.map((client) => client.end()));
  await check.end();

  return {
    counters: counters.length,
    seconds: options.seconds,
    calls: givenTickets.length,
    perSecond: run.perSecond,
    p50Ms: percentile(callLatencies, 50),
    p99Ms: percentile(callLatencies, 99),
    doubleCalls,
    lostCalls,
    failures: run.failures,
    countersRanDry,
    floor: {
      perSecond: floorRun.perSecond,
      p50Ms: percentile(floorRun.latencies, 50),
      p99Ms: percentile(floorRun.latencies, 99),
    },
  };
}
