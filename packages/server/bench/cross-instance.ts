/**
 * Two instances on one database: how long a call made on one takes to reach a display on the
 * other, per cross-instance transport, beside a display on the instance that made it. Not a test;
 * it prints a table (README "Running several instances"). Build first, as `pnpm bench` does:
 *
 *   pnpm --filter @onestop/shared run build && pnpm --filter @onestop/server exec tsc -p tsconfig.build.json
 *   cd packages/server && npx tsx --conditions=@onestop/source bench/cross-instance.ts [--calls=200] [--only=postgres]
 *
 * Runs on a throw-away embedded PostgreSQL and the Redis at REDIS_URL (default 127.0.0.1:6379);
 * each instance is the built server in its own process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedDatabase } from '../src/db/embedded-postgres.js';
import { createLogger } from '../src/logger.js';
import {
  benchCrossInstance,
  type CrossInstanceFigures,
  type CrossInstanceTransport,
} from './cases/cross-instance.js';

const argument = (name: string): string | undefined =>
  process.argv.find((value) => value.startsWith(`--${name}=`))?.slice(name.length + 3);
const calls = Number(argument('calls') ?? 200);
const transports = (argument('only')?.split(',') ?? ['postgres', 'redis']) as CrossInstanceTransport[];
const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

const clusterDir = mkdtempSync(join(tmpdir(), 'onestop-bench-'));
const database = await startEmbeddedDatabase(clusterDir, createLogger('warn'));
const admin = new pg.Client({ connectionString: database.url });
await admin.connect();
const figures: CrossInstanceFigures[] = [];
try {
  for (const transport of transports) {
    const name = `onestop_cross_${transport}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(database.url);
    url.pathname = `/${name}`;
    process.stderr.write(`[cross-instance] ${transport}: ${calls} calls\n`);
    figures.push(await benchCrossInstance(url.toString(), transport, { calls, redisUrl }));
  }
} finally {
  await admin.end();
  await database.dispose();
  rmSync(clusterDir, { recursive: true, force: true });
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;
const rows = [
  [
    'EVENT_BUS',
    'calls',
    'other instance p50',
    'p99',
    'same instance p50',
    'p99',
    'transport delay p50',
    'p99',
    'callNext p50',
    'missed',
  ],
  ...figures.map((figure) => [
    figure.transport,
    String(figure.calls),
    ms(figure.otherInstance.p50Ms),
    ms(figure.otherInstance.p99Ms),
    ms(figure.sameInstance.p50Ms),
    ms(figure.sameInstance.p99Ms),
    ms(figure.transportDelay.p50Ms),
    ms(figure.transportDelay.p99Ms),
    ms(figure.callNext.p50Ms),
    String(figure.missed),
  ]),
];
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
console.log(
  `\nmachine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, load average ${loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')}`,
);
