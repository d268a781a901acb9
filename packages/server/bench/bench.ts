/**
 * `pnpm bench`: OneStop's figures, each beside a raw floor measured in the same run, on the same
 * database and machine. Not a test: it prints a table and writes bench/results/latest.json
 * (`--quick`, a seconds-long smoke run for CI, writes bench/results/quick.json instead).
 *
 *   pnpm bench                      the full suite (≈ 10 min on 2 cores)
 *   pnpm bench --quick              every case, small
 *   pnpm bench --only=issue,callNext,fanOut,start,province
 *
 * Everything runs against a throw-away embedded PostgreSQL and the built server started as its
 * own process (as `pnpm start` runs it), so its CPU and memory are measured apart from the
 * clients'. See README "Performance".
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { startEmbeddedDatabase } from '../src/db/embedded-postgres.js';
import { createLogger } from '../src/logger.js';
import { benchCallNext, type CallNextFigures } from './cases/call-next.js';
import { benchColdStart, type ColdStartFigures } from './cases/cold-start.js';
import { benchFanOut, type FanOutFigures, type FanOutSubscription } from './cases/fan-out.js';
import { benchIssueTicket, type IssueTicketFigures } from './cases/issue-ticket.js';
import { benchProvince, type ProvinceFigures } from './cases/province.js';
import { prepareBenchHall } from './support/bench-hall.js';
import { machineCpuTicks } from './support/measure.js';
import { seedProvince } from './support/province-district.js';
import { startServerProcess } from './support/server-process.js';

const quick = process.argv.includes('--quick');
const only = process.argv
  .find((argument) => argument.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const runs = (name: string): boolean => !only || only.includes(name);
const option = (name: string): string | undefined =>
  process.argv.find((argument) => argument.startsWith(`--${name}=`))?.slice(name.length + 3);
/** `--profile=DIR`: the province's server instances run under `--cpu-prof`, written to DIR at exit. */
const profileDir = option('profile');
/** `--trace-gc=FILE`: the province's server instances log every collection (`--trace-gc`) to FILE. */
const garbageCollectionLog = option('trace-gc');

const plan = quick
  ? {
      coldStarts: 1,
      issue: { rate: 200, seconds: 2, warmSeconds: 1, peakSeconds: 2, peakWorkers: 16 },
      callNext: { counters: 10, seconds: 3, preload: 600, issueWorkers: 16 },
      fanOut: { displays: [100], calls: 10 },
      province: {
        district: { halls: 100, displays: 400, seed: 20261207 },
        rate: 40,
        warmSeconds: 1,
        seconds: 3,
        capacity: { factors: [2], seconds: 2, limitMs: 100 },
        instances: [1],
      },
    }
  : {
      coldStarts: 3,
      issue: { rate: 200, seconds: 20, warmSeconds: 5, peakSeconds: 10, peakWorkers: 32 },
      // A long queue, but a hall's kind of queue: each issue counts the people ahead of it.
      callNext: { counters: 50, seconds: 60, preload: 12_000, issueWorkers: 32 },
      fanOut: { displays: [1_000, 10_000], calls: 100 },
      // A province: 2,000 halls, 10,000 displays, its halls' own rates (≈ 650 mutations/s in all),
      // then the load multiplied until the mutations' p99 passes 100 ms; on one instance, then two.
      province: {
        district: { halls: 2_000, displays: 10_000, seed: 20261207 },
        // `--province-rate=R` and `--province-seconds=S` change the province's own step (to profile
        // the server at a load it carries, say); `--province-instances=1` skips the second case.
        rate: Number(option('province-rate') ?? 650),
        warmSeconds: 10,
        seconds: Number(option('province-seconds') ?? 30),
        capacity: {
          factors: process.argv.includes('--no-capacity') ? [] : [1.5, 2, 2.5, 3, 4, 5, 6, 8],
          seconds: 15,
          limitMs: 100,
        },
        instances: (option('province-instances') ?? '1,2').split(',').map(Number),
      },
    };

interface Results {
  at: string;
  quick: boolean;
  machine: string;
  /**
   * Share of the run's CPU time the hypervisor gave to other guests (steal): the machine's own
   * noise. Figures of runs with much steal are not comparable with quieter ones.
   */
  stealPercent?: number;
  coldStart?: ColdStartFigures;
  issueTicket?: IssueTicketFigures;
  callNext?: CallNextFigures;
  fanOut: FanOutFigures[];
  province: ProvinceFigures[];
}

function step(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

const logger = createLogger('warn');
const clusterDir = mkdtempSync(join(tmpdir(), 'onestop-bench-'));
const database = await startEmbeddedDatabase(clusterDir, logger);
const admin = new pg.Client({ connectionString: database.url });
await admin.connect();
let databaseCount = 0;
const createDatabase = async (): Promise<string> => {
  databaseCount += 1;
  const name = `onestop_bench_${databaseCount}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(database.url);
  url.pathname = `/${name}`;
  return url.toString();
};

const ticksAtStart = await machineCpuTicks();
const results: Results = {
  at: new Date().toISOString(),
  quick,
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
  fanOut: [],
  province: [],
};
try {
  if (runs('start')) {
    step(`cold start × ${plan.coldStarts}`);
    results.coldStart = await benchColdStart(createDatabase, plan.coldStarts);
  }
  const databaseUrl = await createDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'onestop-bench-data-'));
  let server = await startServerProcess({ databaseUrl, dataDir });
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  try {
    let hall = await prepareBenchHall(server.url, dataDir, plan.callNext.counters);
    if (runs('issue')) {
      step(`issueTicket at ${plan.issue.rate}/s for ${plan.issue.seconds} s, then peak`);
      results.issueTicket = await benchIssueTicket(hall, pool, plan.issue);
    }
    if (runs('callNext')) {
      step(`callNext: ${plan.callNext.counters} counters for ${plan.callNext.seconds} s`);
      results.callNext = await benchCallNext(hall, databaseUrl, plan.callNext);
    }
    if (runs('fanOut')) {
      for (const subscription of ['boardUpdated', 'hallEvents'] as FanOutSubscription[]) {
        for (const displays of plan.fanOut.displays) {
          step(`fan-out: ${displays} displays on ${subscription}, ${plan.fanOut.calls} calls`);
          // A fresh server per case: its memory per connection is not blurred by the case before.
          await server.stop();
          server = await startServerProcess({ databaseUrl, dataDir });
          hall = await prepareBenchHall(server.url, dataDir, plan.callNext.counters);
          results.fanOut.push(
            await benchFanOut(hall, server, { subscription, displays, calls: plan.fanOut.calls }),
          );
        }
      }
    }
  } finally {
    await pool.end();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (runs('province')) await runProvince();
} finally {
  await admin.end();
  await database.dispose();
  rmSync(clusterDir, { recursive: true, force: true });
}

const ticksAtEnd = await machineCpuTicks();
const tickCount = (ticks: { busy: number; idle: number; steal: number }): number =>
  ticks.busy + ticks.idle + ticks.steal;
results.stealPercent =
  (100 * (ticksAtEnd.steal - ticksAtStart.steal)) /
  Math.max(1, tickCount(ticksAtEnd) - tickCount(ticksAtStart));
printTable(results);
const resultsDir = resolve(import.meta.dirname, 'results');
mkdirSync(resultsDir, { recursive: true });
// latest.json is the README's table: only a full run writes it; --only and --quick runs go aside.
const resultsFile = join(resultsDir, quick ? 'quick.json' : only ? 'partial.json' : 'latest.json');
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
step(`wrote ${resultsFile}`);
// A display that lost or was sent twice an event is a broken promise, not a slow figure.
const brokenFeeds = results.province.filter((province) => province.lost > 0 || province.repeated > 0);
if (brokenFeeds.length > 0) {
  step(
    `FAILED: displays lost or repeated events (${brokenFeeds.map((p) => `${p.lost} lost, ${p.repeated} repeated`).join('; ')})`,
  );
  process.exitCode = 1;
}

/**
 * The province on a database of its own: the server migrates it and writes the demo, the province
 * is written beside the demo, and each case starts its instances afresh (EVENT_BUS=postgres when
 * there are two, as two machines on one database would run).
 */
async function runProvince(): Promise<void> {
  const databaseUrl = await createDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'onestop-bench-province-'));
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 8 });
  try {
    await (await startServerProcess({ databaseUrl, dataDir })).stop();
    step(`province: writing ${plan.province.district.halls} halls`);
    const halls = await seedProvince(databaseUrl, plan.province.district);
    for (const instances of plan.province.instances) {
      const servers = await Promise.all(
        Array.from({ length: instances }, () =>
          startServerProcess({
            databaseUrl,
            dataDir,
            environment: instances > 1 ? { EVENT_BUS: 'postgres' } : {},
            nodeArguments: [
              ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
              ...(garbageCollectionLog ? ['--trace-gc'] : []),
            ],
            ...(garbageCollectionLog ? { outputFile: garbageCollectionLog } : {}),
          }),
        ),
      );
      try {
        results.province.push(
          await benchProvince(
            {
              halls,
              servers,
              pool,
              rate: plan.province.rate,
              warmSeconds: plan.province.warmSeconds,
              seconds: plan.province.seconds,
              capacity: plan.province.capacity,
              // The storm and the floors once, on one instance.
              storm: instances === 1,
              floor: instances === 1,
              seed: plan.province.district.seed + instances,
            },
            step,
          ),
        );
      } finally {
        await Promise.all(servers.map((server) => server.stop()));
      }
    }
  } finally {
    await pool.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function printTable(figures: Results): void {
  const rows: [string, string, string, string][] = [];
  const ms = (value: number): string => `${value.toFixed(1)} ms`;
  const rate = (value: number): string => `${value.toFixed(0)}/s`;
  const percent = (part: number, whole: number): string => `${((part / whole) * 100).toFixed(0)} %`;
  if (figures.coldStart) {
    const start = figures.coldStart;
    rows.push(['cold start to /readyz 200 (empty database)', ms(start.readyMs), '', '']);
    rows.push(['idle memory (RSS)', `${start.idleRssMegabytes.toFixed(0)} MB`, '', '']);
  }
  if (figures.issueTicket) {
    const issue = figures.issueTicket;
    rows.push([
      `issueTicket p50 at ${issue.rate}/s`,
      ms(issue.p50Ms),
      ms(issue.floor.p50Ms),
      'INSERT … RETURNING',
    ]);
    rows.push([
      `issueTicket p99 at ${issue.rate}/s`,
      ms(issue.p99Ms),
      ms(issue.floor.p99Ms),
      'target ≤ 10 ms',
    ]);
    rows.push([
      'issueTicket peak throughput',
      rate(issue.peakPerSecond),
      rate(issue.floor.peakPerSecond),
      percent(issue.peakPerSecond, issue.floor.peakPerSecond),
    ]);
  }
  if (figures.callNext) {
    const call = figures.callNext;
    rows.push([
      `callNext throughput, ${call.counters} counters`,
      rate(call.perSecond),
      rate(call.floor.perSecond),
      `${percent(call.perSecond, call.floor.perSecond)} (target ≥ 25 %)`,
    ]);
    rows.push(['callNext p99', ms(call.p99Ms), ms(call.floor.p99Ms), 'target ≤ 25 ms']);
    rows.push([
      'callNext double / lost calls',
      `${call.doubleCalls} / ${call.lostCalls}`,
      '',
      `${call.calls} calls${call.countersRanDry ? `; queue ran dry for ${call.countersRanDry} counters` : ''}`,
    ]);
  }
  for (const fan of figures.fanOut) {
    const label = `${fan.subscription} × ${fan.displays}`;
    rows.push([
      `${label}: publish → receipt p50`,
      ms(fan.oneStop.p50Ms),
      ms(fan.floor.p50Ms),
      'bare ws broadcast',
    ]);
    rows.push([`${label}: publish → receipt p99`, ms(fan.oneStop.p99Ms), ms(fan.floor.p99Ms), '']);
    rows.push([
      `${label}: last display reached p99`,
      ms(fan.oneStop.lastReachedP99Ms),
      ms(fan.floor.lastReachedP99Ms),
      fan.displays >= 10_000 ? 'target ≤ 200 ms' : '',
    ]);
    rows.push([
      `${label}: delivered messages/s`,
      rate(fan.oneStop.deliveredPerSecond),
      rate(fan.floor.deliveredPerSecond),
      `${percent(fan.oneStop.deliveredPerSecond, fan.floor.deliveredPerSecond)} (target ≥ 50 %)`,
    ]);
    rows.push([
      `${label}: server CPU per message`,
      `${fan.oneStop.serverCpuMicrosecondsPerMessage.toFixed(1)} µs`,
      `${fan.floor.serverCpuMicrosecondsPerMessage.toFixed(1)} µs`,
      '',
    ]);
    rows.push([
      `${label}: RSS per connection`,
      `${fan.oneStop.rssKilobytesPerConnection.toFixed(1)} KB`,
      `${fan.floor.rssKilobytesPerConnection.toFixed(1)} KB`,
      'target ≤ 16 KB',
    ]);
    if (fan.oneStop.missed || fan.floor.missed) {
      rows.push([`${label}: messages missed`, String(fan.oneStop.missed), String(fan.floor.missed), '']);
    }
  }
  for (const province of figures.province) {
    const label = `province${province.instances > 1 ? ` × ${province.instances} instances` : ''}`;
    const base = province.base;
    rows.push([
      `${label}: ${province.halls} halls (${province.hallSizes.smallest}–${province.hallSizes.largest} counters, ${province.hallSizes.largeHalls} of ≥ 60), ${province.counters} counters, ${province.displays} displays`,
      '',
      '',
      `connected in ${(province.connectMs / 1000).toFixed(1)} s`,
    ]);
    rows.push([
      `${label}: mutations p50 / p99 at ${base.rate}/s (${base.achieved.toFixed(0)}/s answered)`,
      `${ms(base.p50Ms)} / ${ms(base.p99Ms)}`,
      province.floor ? `${ms(province.floor.p50Ms)} / ${ms(province.floor.p99Ms)}` : '',
      `INSERT … RETURNING; ${base.failures} failed`,
    ]);
    for (const [operation, summary] of Object.entries(base.byOperation)) {
      rows.push([
        `  ${operation} p50 / p99 (${summary.count})`,
        `${ms(summary.p50Ms)} / ${ms(summary.p99Ms)}`,
        '',
        '',
      ]);
    }
    rows.push([
      `${label}: commit → hall's last display p50 / p99`,
      `${ms(base.display.p50Ms)} / ${ms(base.display.p99Ms)}`,
      '',
      `target p99 ≤ 50 ms; ${base.display.events} events`,
    ]);
    rows.push([
      `${label}: displays' seqs lost / repeated`,
      `${province.lost} / ${province.repeated}`,
      '',
      'must be 0 / 0',
    ]);
    rows.push([
      `${label}: server CPU per mutation`,
      ms(base.serverCpuMsPerMutation),
      '',
      `target ≤ 0.6 ms; machine ${base.machineBusyPercent.toFixed(0)} % busy`,
    ]);
    rows.push([`${label}: server RSS under load`, `${province.serverRssMegabytes.toFixed(0)} MB`, '', '']);
    rows.push([
      `${label}: RSS per idle display`,
      `${province.rssKilobytesPerIdleDisplay.toFixed(1)} KB`,
      province.floor ? `${province.floor.rssKilobytesPerIdleSocket.toFixed(1)} KB` : '',
      'target ≤ 10 KB; bare ws socket',
    ]);
    for (const step of province.capacity.steps.slice(1)) {
      rows.push([
        `  × ${(step.rate / base.rate).toFixed(1)}: ${step.rate}/s asked, ${step.achieved.toFixed(0)}/s answered`,
        `p99 ${ms(step.p99Ms)}`,
        '',
        `display p99 ${ms(step.display.p99Ms)}, ${step.serverCpuMsPerMutation.toFixed(2)} ms CPU, machine ${step.machineBusyPercent.toFixed(0)} %${step.held ? '' : ' — not held'}`,
      ]);
    }
    rows.push([
      `${label}: capacity (last rate with p99 ≤ ${province.capacity.limitMs} ms)`,
      province.capacity.heldRate === null ? 'none' : rate(province.capacity.heldRate),
      '',
      'target ≥ 1,500/s',
    ]);
    if (province.storm) {
      const storm = province.storm;
      rows.push([
        `${label}: reconnect storm under ${storm.rate}/s, all ${storm.displays} displays caught up`,
        ms(storm.allCaughtUpMs),
        '',
        `p50 ${ms(storm.p50Ms)}, p99 ${ms(storm.p99Ms)}; ${storm.notCaughtUp} never; ${storm.connectRetries} connects retried`,
      ]);
    }
  }
  const widths = [0, 1, 2, 3].map((column) =>
    Math.max(...[['figure', 'OneStop', 'floor', 'note'], ...rows].map((row) => row[column]!.length)),
  );
  const line = (row: readonly string[]): string =>
    row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  console.log(`\n${line(['figure', 'OneStop', 'floor', 'note'])}`);
  for (const row of rows) console.log(line(row));
  console.log(
    `\nmachine: ${figures.machine}, load average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}, CPU stolen by the hypervisor ${figures.stealPercent?.toFixed(1) ?? '?'} %${
      figures.quick ? ' (quick run: small numbers, a smoke test only)' : ''
    }`,
  );
}
