/**
 * Writes a new migration with the SQL that brings the committed migrations up to the entities.
 * Runs against a throw-away embedded PostgreSQL, so nobody's data is touched:
 *   pnpm --filter @onestop/server migration:create
 * Then add the new class to src/db/migrations/index.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { startEmbeddedDatabase } from '../src/db/embedded-postgres.js';
import { ormOptions } from '../src/db/orm.js';
import { entities } from '../src/modules/entities.js';
import { createLogger } from '../src/logger.js';

const logger = createLogger('warn');
const dataDir = mkdtempSync(join(tmpdir(), 'onestop-migration-'));
const database = await startEmbeddedDatabase(dataDir, logger);
try {
  const options = ormOptions(database.url, entities, logger);
  const orm = await MikroORM.init<PostgreSqlDriver>({
    ...options,
    migrations: {
      ...options.migrations,
      path: resolve(import.meta.dirname, '../src/db/migrations'),
      emit: 'ts',
      fileName: (timestamp, name) => `Migration${timestamp}${name ? `_${name}` : ''}`,
    },
  });
  await orm.getMigrator().up();
  const result = await orm.getMigrator().createMigration(undefined, false, false, process.argv[2]);
  console.log(result.fileName ? `wrote ${result.fileName}` : 'no changes');
  await orm.close();
} finally {
  await database.dispose();
  rmSync(dataDir, { recursive: true, force: true });
}
