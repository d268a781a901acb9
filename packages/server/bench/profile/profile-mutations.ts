/**
 * The server's CPU per queue mutation, and a CPU profile of it: starts the built server on a fresh
 * database of the PostgreSQL at PROFILE_POSTGRES (127.0.0.1:5432 by default) with `--cpu-prof`,
 * drives the demo hall with a kiosk issuing tickets and counters calling, starting, recalling,
 * completing and pausing, and reads the server's CPU time from /proc over the measured window.
 *
 *   tsx --conditions=@onestop/source bench/profile/profile-mutations.ts \
 *     [--seconds=20] [--rate=300] [--counters=6] [--profile-dir=/tmp/prof] [--no-profile]
 *
 * Prints one JSON line: mutations, CPU ms per mutation, and the measured window in the monotonic
 * clock's microseconds (what the .cpuprofile's timestamps are), for analyse-profile.ts.
 * Not a test and not part of `pnpm bench`: a tool for finding what a mutation spends its CPU on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { prepareBenchHall, issueOne } from '../support/bench-hall.js';
import { readFile } from 'node:fs/promises';
import { processCpuMilliseconds, sleep } from '../support/measure.js';
import { startServerProcess } from '../support/server-process.js';
import { readDemoCredentials } from '../../src/demo/seed.js';

function option(name: string, fallback: string): string {
  const given = process.argv.find((argument) => argument.startsWith(`--${name}=`));
  return given ? given.slice(name.length + 3) : fallback;
}

const seconds = Number(option('seconds', '20'));
const warmSeconds = Number(option('warm-seconds', '5'));
const rate = Number(option('rate', '300'));
const counterCount = Number(option('counters', '6'));
const profileDir = option('profile-dir', '/tmp/prof');
const profiling = !process.argv.includes('--no-profile');
const postgresUrl = process.env.PROFILE_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** User and system CPU time of a process so far, in ms, from /proc (USER_HZ 100). */
async function userAndSystemMilliseconds(pid: number): Promise<{ user: number; system: number }> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { user: Number(fields[11]) * 10, system: Number(fields[12]) * 10 };
}

const monotonicMicroseconds = (): number => Number(process.hrtime.bigint() / 1000n);

const administration = new pg.Client({ connectionString: postgresUrl });
await administration.connect();
const databaseName = `onestop_profile_${Date.now()}`;
await administration.query(`CREATE DATABASE ${databaseName}`);
const databaseUrl = new URL(postgresUrl);
databaseUrl.pathname = `/${databaseName}`;
const dataDir = mkdtempSync(join(tmpdir(), 'onestop-profile-'));

const server = await startServerProcess({
  databaseUrl: databaseUrl.href,
  dataDir,
  nodeArguments: profiling ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
});
try {
  const hall = await prepareBenchHall(server.url, dataDir, counterCount);
  const clerkPassword = readDemoCredentials(dataDir)!.staff.find((staff) => staff.username === 'clerk1')!;
  const clerk = hall.kiosk.withToken(await hall.kiosk.login('clerk1', clerkPassword.password));
  // Half the counters by the admin (every hall), half by a clerk (her halls, read per request).
  const operatorOf = (counter: number) => (counter % 2 === 0 ? hall.admin : clerk);

  let mutations = 0;
  let failures = 0;
  const counted = async (run: () => Promise<unknown>): Promise<unknown> => {
    try {
      return await run();
    } catch (error) {
      failures += 1;
      if (failures <= 5) process.stderr.write(`failure: ${(error as Error).message}\n`);
      return null;
    } finally {
      mutations += 1;
    }
  };

  // A kiosk issues at a quarter of the rate; each counter works through its tickets paced at its
  // share of the rest (a served ticket is about three mutations: call, start, complete).
  const issueInterval = 4000 / rate;
  const counterInterval = (1000 * counterCount * 4) / (rate * 3);
  let stopped = false;
  const kiosk = async (): Promise<void> => {
    const pending: Promise<unknown>[] = [];
    const started = performance.now();
    for (let index = 0; !stopped; index += 1) {
      const wait = started + index * issueInterval - performance.now();
      if (wait > 1) await sleep(wait);
      pending.push(counted(() => issueOne(hall, hall.serviceId)));
    }
    await Promise.all(pending);
  };
  const counterWorker = async (counter: number): Promise<void> => {
    const operator = operatorOf(counter);
    const counterId = hall.counterIds[counter]!;
    let next = performance.now() + counter * (counterInterval / counterCount);
    const paced = async (run: () => Promise<unknown>): Promise<unknown> => {
      const wait = next - performance.now();
      if (wait > 1) await sleep(wait);
      next = Math.max(next + counterInterval, performance.now() - counterInterval);
      return await counted(run);
    };
    for (let cycle = 0; !stopped; cycle += 1) {
      const called = (await paced(() =>
        operator.request<{ callNext: { id: string } | null }>(
          'mutation($id: ID!) { callNext(counterId: $id) { id number status } }',
          { id: counterId },
        ),
      )) as { callNext: { id: string } | null } | null;
      const ticketId = called?.callNext?.id;
      if (!ticketId) continue;
      const byId = { id: ticketId };
      if (cycle % 10 === 3)
        await paced(() =>
          operator.request('mutation($id: ID!) { recallTicket(ticketId: $id) { id status } }', byId),
        );
      if (cycle % 10 === 7) {
        await paced(() =>
          operator.request('mutation($id: ID!) { markNoShow(ticketId: $id) { id status } }', byId),
        );
        continue;
      }
      await paced(() =>
        operator.request('mutation($id: ID!) { startServing(ticketId: $id) { id status } }', byId),
      );
      await paced(() =>
        operator.request('mutation($id: ID!) { completeTicket(ticketId: $id) { id status } }', byId),
      );
      if (cycle % 20 === 11) {
        await paced(() =>
          operator.request(
            'mutation($id: ID!) { pauseCounter(counterId: $id, reason: "break") { id status } }',
            { id: counterId },
          ),
        );
        await paced(() =>
          operator.request('mutation($id: ID!) { resumeCounter(counterId: $id) { id status } }', {
            id: counterId,
          }),
        );
      }
    }
  };

  // A queue to call from, then the load: warm (the JIT, connections, prepared plans), then measured.
  for (let index = 0; index < 100; index += 1) await issueOne(hall, hall.serviceId);
  const load = Promise.all([kiosk(), ...hall.counterIds.map((_, counter) => counterWorker(counter))]);
  await sleep(warmSeconds * 1000);
  const startMutations = mutations;
  const startFailures = failures;
  const startCpu = await processCpuMilliseconds(server.pid);
  const startSplit = await userAndSystemMilliseconds(server.pid);
  const windowStart = monotonicMicroseconds();
  await sleep(seconds * 1000);
  const endCpu = await processCpuMilliseconds(server.pid);
  const endSplit = await userAndSystemMilliseconds(server.pid);
  const windowEnd = monotonicMicroseconds();
  const measured = mutations - startMutations;
  stopped = true;
  await load;
  // The idle server's own CPU (timers, alert checks), to tell it apart from the mutations'.
  await sleep(1000);
  const idleStart = await processCpuMilliseconds(server.pid);
  await sleep(3000);
  const idlePerSecond = ((await processCpuMilliseconds(server.pid)) - idleStart) / 3;
  process.stdout.write(
    `${JSON.stringify({
      mutations: measured,
      perSecond: Math.round(measured / seconds),
      failures: failures - startFailures,
      cpuMs: endCpu - startCpu,
      cpuMsPerMutation: Math.round(((endCpu - startCpu) / measured) * 1000) / 1000,
      userMsPerMutation: Math.round(((endSplit.user - startSplit.user) / measured) * 1000) / 1000,
      systemMsPerMutation: Math.round(((endSplit.system - startSplit.system) / measured) * 1000) / 1000,
      idleCpuMsPerSecond: idlePerSecond,
      window: { startMicroseconds: windowStart, endMicroseconds: windowEnd },
      pid: server.pid,
    })}\n`,
  );
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
  await administration.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
  await administration.end();
}
