import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findFreePort } from '../../src/db/embedded-postgres.js';

const serverRoot = resolve(import.meta.dirname, '../..');

export interface ServerProcess {
  url: string;
  port: number;
  pid: number;
  /** Resolves with the exit signal (or code) once the process is gone. */
  exited: Promise<string>;
  /** SIGKILL: no shutdown code runs, as in a crash or an OOM kill. */
  kill(): Promise<string>;
  /** SIGTERM, and SIGKILL should it not be gone within 10 s. */
  stop(): Promise<void>;
}

/**
 * The real server as its own process (`src/main.ts` through tsx's loader, in the same process
 * as node, so a signal reaches the server itself), on `databaseUrl`; resolves once /readyz is 200.
 */
export async function startServerProcess(options: {
  databaseUrl: string;
  port?: number;
  environment?: Record<string, string>;
}): Promise<ServerProcess> {
  const port = options.port ?? (await findFreePort());
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'onestop-process-'));
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@onestop/source', 'src/main.ts'], {
    cwd: serverRoot,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: options.databaseUrl,
      DATA_DIR: dataDir,
      APPS_DIR: 'none',
      DEMO: 'off',
      LOG_LEVEL: 'warn',
      KIOSK_ISSUES_PER_MINUTE: '1000000',
      ACCESS_CODE_REQUESTS_PER_MINUTE: '1000000',
      ...options.environment,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errorOutput = '';
  child.stderr.on('data', (chunk: Buffer) => {
    errorOutput = (errorOutput + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<string>((resolveExit) =>
    child.once('exit', (code, signal) => {
      rmSync(dataDir, { recursive: true, force: true });
      resolveExit(signal ?? String(code));
    }),
  );
  const deadline = Date.now() + 30_000;
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
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server was not ready within 30 s:\n${errorOutput}`);
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
  return {
    url,
    port,
    pid: child.pid!,
    exited,
    async kill() {
      child.kill('SIGKILL');
      return await exited;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
