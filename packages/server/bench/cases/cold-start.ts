import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, processRssBytes, sleep } from '../support/measure.js';
import { startServerProcess } from '../support/server-process.js';

export interface ColdStartFigures {
  runs: number;
  /** Spawn to the first `/readyz` 200 on an empty database: migrations and the demo seed included. */
  readyMs: number;
  /** Resident memory of the server idling 2 s after it became ready. */
  idleRssMegabytes: number;
}

/** Starts the built server `runs` times, each on a database of its own, created empty. */
export async function benchColdStart(
  createDatabase: () => Promise<string>,
  runs: number,
): Promise<ColdStartFigures> {
  const ready: number[] = [];
  const idle: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const dataDir = mkdtempSync(join(tmpdir(), 'onestop-bench-start-'));
    const server = await startServerProcess({ databaseUrl: await createDatabase(), dataDir });
    ready.push(server.readyAfterMs);
    await sleep(2000);
    idle.push(await processRssBytes(server.pid));
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { runs, readyMs: median(ready), idleRssMegabytes: median(idle) / 1024 / 1024 };
}
