/**
 * `pnpm bench:bursts`: why issueTicket at one busy hall has bursts of slow answers, with evidence.
 * One hall takes `--rate` issues a second (200 by default) for `--seconds` (20); meanwhile this
 * samples, every 20 ms, what PostgreSQL's backends wait on (pg_stat_activity) and the write-ahead
 * log's position, and every 250 ms the server's own GC time and event-loop delay (its /metrics).
 * It prints the slow 100 ms windows beside what happened in them, and the same figures over the
 * whole run, so a cause shows as what the slow windows have and the others do not.
 *
 *   pnpm bench:bursts [--rate=200] [--seconds=20] [--settings=default|chosen]
 *
 * `--settings=default` runs the embedded cluster with PostgreSQL's own settings instead of
 * OneStop's (src/db/cluster-settings.ts): the before and after of README "Performance".
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedDatabase } from '../src/db/embedded-postgres.js';
import { createLogger } from '../src/logger.js';
import { issueOne, prepareBenchHall } from './support/bench-hall.js';
import { openLoop, percentile, settleDatabase, sleep } from './support/measure.js';
import { startServerProcess } from './support/server-process.js';

const argument = (name: string): string | undefined =>
  process.argv.find((value) => value.startsWith(`--${name}=`))?.slice(name.length + 3);
const rate = Number(argument('rate') ?? 200);
const seconds = Number(argument('seconds') ?? 20);
const defaultSettings = argument('settings') === 'default';
const windowMs = 100;
const segmentBytes = 16 * 1024 * 1024;

interface Window {
  answered: number;
  slowest: number;
  walBytes: number;
  segmentSwitch: boolean;
  waits: Map<string, number>;
  samples: number;
  gcMs: number;
  loopDelayMaxMs: number;
}

const clusterDir = mkdtempSync(join(tmpdir(), 'onestop-bursts-'));
const database = await startEmbeddedDatabase(clusterDir, createLogger('warn'), {
  ...(defaultSettings ? { settings: {} } : {}),
});
const admin = new pg.Client({ connectionString: database.url });
await admin.connect();
await admin.query('CREATE DATABASE onestop_bursts');
const url = new URL(database.url);
url.pathname = '/onestop_bursts';
const dataDir = mkdtempSync(join(tmpdir(), 'onestop-bursts-data-'));
const server = await startServerProcess({ databaseUrl: url.toString(), dataDir });
const sampler = new pg.Client({ connectionString: url.toString() });
await sampler.connect();
try {
  const hall = await prepareBenchHall(server.url, dataDir, 10);
  let issued = 0;
  const issueNext = async (): Promise<void> => {
    await issueOne(hall, hall.serviceIds[(issued += 1) % hall.serviceIds.length]);
  };
  process.stderr.write(`warming at ${rate}/s for 5 s\n`);
  await openLoop(rate, 5, issueNext);
  await settleDatabase(admin);

  const windows: Window[] = [];
  const started = performance.now();
  const windowAt = (time: number): Window => {
    const index = Math.floor((time - started) / windowMs);
    while (windows.length <= index) {
      windows.push({
        answered: 0,
        slowest: 0,
        walBytes: 0,
        segmentSwitch: false,
        waits: new Map(),
        samples: 0,
        gcMs: 0,
        loopDelayMaxMs: 0,
      });
    }
    return windows[index]!;
  };
  let sampling = true;
  const samplePostgres = (async () => {
    let lastLsn: bigint | null = null;
    while (sampling) {
      const { rows } = await sampler.query<{ lsn: string; waits: string[] | null }>(
        `SELECT pg_current_wal_lsn()::text AS lsn,
                array_agg(coalesce(wait_event_type || ':' || wait_event, 'CPU')) FILTER (
                  WHERE state = 'active' AND pid <> pg_backend_pid() AND backend_type = 'client backend') AS waits
           FROM pg_stat_activity`,
      );
      const window = windowAt(performance.now());
      const [high, low] = rows[0]!.lsn.split('/').map((part) => BigInt(`0x${part}`)) as [bigint, bigint];
      const lsn = (high << 32n) + low;
      if (lastLsn !== null) {
        window.walBytes += Number(lsn - lastLsn);
        if (lsn / BigInt(segmentBytes) !== lastLsn / BigInt(segmentBytes)) window.segmentSwitch = true;
      }
      lastLsn = lsn;
      window.samples += 1;
      for (const wait of rows[0]!.waits ?? []) window.waits.set(wait, (window.waits.get(wait) ?? 0) + 1);
      await sleep(20);
    }
  })();
  const sampleNode = (async () => {
    let lastGcSeconds: number | null = null;
    while (sampling) {
      const text = await (await fetch(`${server.url}/metrics`)).text();
      const gcSeconds = [
        ...text.matchAll(/^onestop_nodejs_gc_duration_seconds_sum\{[^}]*\} ([\d.e+-]+)$/gm),
      ].reduce((sum, match) => sum + Number(match[1]), 0);
      const loopMax = Number(/^onestop_nodejs_eventloop_lag_max_seconds ([\d.e+-]+)$/m.exec(text)?.[1] ?? 0);
      const window = windowAt(performance.now());
      if (lastGcSeconds !== null) window.gcMs += (gcSeconds - lastGcSeconds) * 1000;
      window.loopDelayMaxMs = Math.max(window.loopDelayMaxMs, loopMax * 1000);
      lastGcSeconds = gcSeconds;
      await sleep(250);
    }
  })();
  process.stderr.write(`issueTicket at ${rate}/s for ${seconds} s at one hall, sampling\n`);
  const latencies: number[] = [];
  await openLoop(rate, seconds, async () => {
    const sent = performance.now();
    await issueNext();
    const now = performance.now();
    const window = windowAt(now);
    window.answered += 1;
    window.slowest = Math.max(window.slowest, now - sent);
    latencies.push(now - sent);
  });
  sampling = false;
  await Promise.all([samplePostgres, sampleNode]);

  const slow = windows.filter((window) => window.slowest > 30);
  const describe = (group: Window[]): string => {
    const samples = group.reduce((sum, window) => sum + window.samples, 0);
    const waits = new Map<string, number>();
    for (const window of group)
      for (const [wait, count] of window.waits) waits.set(wait, (waits.get(wait) ?? 0) + count);
    const top = [...waits.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([wait, count]) => `${wait} ${(count / Math.max(1, samples)).toFixed(2)}`)
      .join(', ');
    const switches = group.filter((window) => window.segmentSwitch).length;
    const wal = group.reduce((sum, window) => sum + window.walBytes, 0) / Math.max(1, group.length);
    const gc = group.reduce((sum, window) => sum + window.gcMs, 0) / Math.max(1, group.length);
    return `${group.length} windows; WAL ${(wal / 1024).toFixed(0)} KB per window; segment switches in ${switches} (${((100 * switches) / Math.max(1, group.length)).toFixed(0)} %); server GC ${gc.toFixed(1)} ms per window; backends waiting (per sample): ${top}`;
  };
  console.log(
    `\nissueTicket at ${rate}/s, ${seconds} s, ${defaultSettings ? "PostgreSQL's default settings" : "OneStop's cluster settings"}: p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(0)} ms`,
  );
  console.log(`slow windows (a request over 30 ms): ${describe(slow)}`);
  console.log(`all windows:                         ${describe(windows)}`);
  console.log(
    '\nthe slow windows, in order (ms from start: slowest; WAL KB; switch; waits; GC ms; loop delay max ms):',
  );
  windows.forEach((window, index) => {
    if (window.slowest <= 30) return;
    const waits = [...window.waits.entries()].map(([wait, count]) => `${wait}×${count}`).join(' ');
    console.log(
      `  ${index * windowMs}: ${window.slowest.toFixed(0)}; ${(window.walBytes / 1024).toFixed(0)}; ${window.segmentSwitch ? 'switch' : '-'}; ${waits}; ${window.gcMs.toFixed(1)}; ${window.loopDelayMaxMs.toFixed(0)}`,
    );
  });
} finally {
  await sampler.end();
  await server.stop();
  await admin.end();
  await database.dispose();
  rmSync(clusterDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}
