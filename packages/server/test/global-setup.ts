import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../src/db/embedded-postgres.js';
import { openDatabase } from '../src/db/orm.js';
import { entities } from '../src/modules/entities.js';
import { createLogger } from '../src/logger.js';
import { adminConnection, databaseUrl, templateDatabaseName } from './support/database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the PostgreSQL server the tests run on (any database on it). */
    testServerUrl: string;
    /** A migrated, empty database that each test file copies. */
    templateDatabase: string;
  }
}

/**
 * One PostgreSQL for the whole run: TEST_DATABASE_URL when given (CI's PostgreSQL 15), else a real
 * embedded cluster in a temporary directory. Migrations run once into a template database.
 * As root from a checkout PostgreSQL's user cannot reach (under /root), `startEmbeddedDatabase`
 * runs a copy of the programs it can reach (db/postgres-reach.ts), as `pnpm start` does.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const logger = createLogger('warn');
  let embedded: EmbeddedDatabase | null = null;
  let dataDir: string | null = null;
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    dataDir = mkdtempSync(join(tmpdir(), 'onestop-test-'));
    embedded = await startEmbeddedDatabase(dataDir, logger);
    serverUrl = embedded.url;
  }
  const template = templateDatabaseName();
  const admin = await adminConnection(serverUrl);
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const orm = await openDatabase(databaseUrl(serverUrl, template), entities, logger);
  await orm.close(true);
  await admin.end();

  project.provide('testServerUrl', serverUrl);
  project.provide('templateDatabase', template);

  return async () => {
    const cleanup = await adminConnection(serverUrl);
    const leftovers = await cleanup.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`,
      [`${template}_%`, template],
    );
    for (const { datname } of leftovers.rows)
      await cleanup.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await cleanup.end();
    await embedded?.dispose();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    // Run as root from a TMPDIR PostgreSQL's user cannot reach, the cluster lives elsewhere (linked).
    if (embedded) rmSync(embedded.clusterDir, { recursive: true, force: true });
  };
}
