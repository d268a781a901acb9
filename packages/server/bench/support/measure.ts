/** Small measuring helpers shared by the benchmark cases. */

/** The p-th percentile (0–100) of `values` by nearest rank; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((left, right) => left - right);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolveSleep) => setTimeout(resolveSleep, milliseconds));
}

/**
 * Sends `operation` at a fixed rate for `seconds` (an open loop: a slow answer does not delay the
 * next request, as with real kiosks), and returns each request's latency in milliseconds.
 */
export async function openLoop(
  ratePerSecond: number,
  seconds: number,
  operation: (index: number) => Promise<void>,
): Promise<{ latencies: number[]; failures: number }> {
  const total = Math.round(ratePerSecond * seconds);
  const interval = 1000 / ratePerSecond;
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let index = 0; index < total; index += 1) {
    const due = started + index * interval;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    pending.push(
      (async () => {
        const sent = performance.now();
        try {
          await operation(index);
          latencies.push(performance.now() - sent);
        } catch {
          failures += 1;
        }
      })(),
    );
  }
  await Promise.all(pending);
  return { latencies, failures };
}

/**
 * `workers` loops running `operation` back to back for `seconds` (a closed loop): the most the
 * system answers. Returns operations per second and the latencies.
 */
export async function closedLoop(
  workers: number,
  seconds: number,
  operation: (worker: number) => Promise<boolean>,
): Promise<{ perSecond: number; latencies: number[]; failures: number; completed: number }> {
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (performance.now() < deadline) {
        const sent = performance.now();
        try {
          const more = await operation(worker);
          latencies.push(performance.now() - sent);
          if (!more) return;
        } catch {
          failures += 1;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { perSecond: latencies.length / elapsed, latencies, failures, completed: latencies.length };
}

/** CPU time (user + system, in ms) a process has used so far, from /proc (Linux). */
export async function processCpuMilliseconds(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

/** Resident memory of a process in bytes, from /proc (Linux). */
export async function processRssBytes(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) * 1024 : Number.NaN;
}

/** The machine's CPU time so far by kind, in clock ticks, from /proc/stat (Linux). */
export async function machineCpuTicks(): Promise<{ busy: number; idle: number; steal: number }> {
  const { readFile } = await import('node:fs/promises');
  const [user, nice, system, idle, iowait, irq, softirq, steal] = (await readFile('/proc/stat', 'utf8'))
    .split('\n')[0]!
    .split(/\s+/)
    .slice(1, 9)
    .map(Number) as [number, number, number, number, number, number, number, number];
  return { busy: user + nice + system + irq + softirq, idle: idle + iowait, steal };
}

/**
 * Before each measured phase: what autovacuum would have done by then (VACUUM ANALYZE), and a
 * checkpoint, so that neither a figure nor its floor pays for the write-ahead log the phase before
 * it left (after a checkpoint, each page's first change logs the whole page).
 */
export async function settleDatabase(database: { query(text: string): Promise<unknown> }): Promise<void> {
  await database.query('VACUUM (ANALYZE)');
  await database.query('CHECKPOINT');
}
