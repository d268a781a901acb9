import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { sleep } from './measure.js';

/** The built server (`pnpm bench` builds it first): what `pnpm start` runs, without a dev loader. */
const serverEntry = resolve(import.meta.dirname, '../../dist/main.js');
const sourceEntry = resolve(import.meta.dirname, '../../src/main.ts');

/** A free TCP port on 127.0.0.1, asked of the OS. */
async function freePort(): Promise<number> {
  return await new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface ServerProcess {
  url: string;
  port: number;
  pid: number;
  /** Milliseconds from spawn to the first `/readyz` 200. */
  readyAfterMs: number;
  stop(): Promise<void>;
  /** SIGKILL: no shutdown code runs, as in a crash; resolves with the exit signal. */
  kill(): Promise<string>;
}

/** Starts the server as its own process on `databaseUrl`, and waits until it is ready. */
export async function startServerProcess(options: {
  /** null: the server's own embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  environment?: Record<string, string>;
  /** Extra arguments for node, e.g. `--cpu-prof` to profile the server. */
  nodeArguments?: string[];
  /** Run `src/main.ts` through tsx's loader instead of the build (tests, which build nothing). */
  fromSource?: boolean;
  /** A port to listen on (a restart on the same address); a free one by default. */
  port?: number;
  /** A file for the server's standard output (e.g. `--trace-gc`'s lines); discarded by default. */
  outputFile?: string;
}): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  // tsx's loader runs in node's own process, so a signal reaches the server itself.
  const entry = options.fromSource
    ? ['--import', 'tsx', '--conditions=@onestop/source', sourceEntry]
    : [serverEntry];
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArguments ?? []), ...entry], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      DATA_DIR: options.dataDir,
      APPS_DIR: 'none',
      LOG_LEVEL: 'warn',
      DEMO: 'on',
      DEMO_PASSWORD: 'bench-password-1',
      ADMIN_PASSWORD: 'bench-password-1',
      // The benchmarks issue hundreds of tickets a second from one kiosk.
      KIOSK_ISSUES_PER_MINUTE: '100000000',
      MAX_CONNECTIONS_PER_ADDRESS: '100000000',
      ACCESS_CODE_REQUESTS_PER_MINUTE: '100000000',
      ONLINE_BOOKINGS_PER_MINUTE: '100000000',
      ...options.environment,
    },
    stdio: ['ignore', options.outputFile ? openSync(options.outputFile, 'a') : 'ignore', 'pipe'],
  });
  let errorOutput = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errorOutput = (errorOutput + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<string>((resolveExit) =>
    child.once('exit', (code, signal) => resolveExit(signal ?? String(code))),
  );
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the server exited while starting:\n${errorOutput}`);
    try {
      const response = await fetch(`${url}/readyz`);
      await response.body?.cancel();
      if (response.status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (performance.now() - started > 60_000) {
      child.kill('SIGKILL');
      throw new Error(`the server was not ready within 60 s:\n${errorOutput}`);
    }
    await sleep(10);
  }
  const readyAfterMs = performance.now() - started;
  return {
    url,
    port,
    pid: child.pid!,
    readyAfterMs,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
    async kill() {
      child.kill('SIGKILL');
      return await exited;
    },
  };
}
