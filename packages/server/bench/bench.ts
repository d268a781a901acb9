/**
 * `pnpm bench`: OneStop's figures, each beside a raw floor measured in the same run, on the same
 * database and machine. Not a test: it prints a table and writes bench/results/latest.json
 * (`--quick`, a seconds-long smoke run for CI, writes bench/results/quick.json instead).
 *
 *   pnpm bench                      the full suite (≈ 10 min on 2 cores)
 *   pnpm bench --quick              every case, small
 *   pnpm bench --only=issue,callNext,fanOut,start
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
import { prepareBenchHall } from './support/bench-hall.js';
import { machineCpuTicks } from './support/measure.js';
import { startServerProcess } from './support/server-process.js';

const quick = process.argv.includes('--quick');
const only = process.argv
  .find((argument) => argument.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const runs = (name: string): boolean => !only || only.includes(name);

const plan = quick
  ? {
      coldStarts: 1,
      issue: { rate: 200, seconds: 2, warmSeconds: 1, peakSeconds: 2, peakWorkers: 16 },
      callNext: { counters: 10, seconds: 3, preload: 600, issueWorkers: 16 },
      fanOut: { displays: [100], calls: 10 },
    }
  : {
      coldStarts: 3,
      issue: { rate: 200, seconds: 20, warmSeconds: 5, peakSeconds: 10, peakWorkers: 32 },
      // A long queue, but a hall's kind of queue: each issue counts the people ahead of it.
      callNext: { counters: 50, seconds: 60, preload: 12_000, issueWorkers: 32 },
      fanOut: { displays: [1_000, 10_000], calls: 100 },
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
