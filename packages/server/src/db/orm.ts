import 'reflect-metadata';
import { DataloaderType, MikroORM, type EntityClass, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import { migrations } from './migrations/index.js';
import { runSql, sql, sqlText } from './sql.js';

const migrationsTableName = 'mikro_orm_migrations';

/** The persisted entities (modules/entities.ts): the ORM learns them from its caller. */
export type EntityList = readonly EntityClass<object>[];

export function ormOptions(
  databaseUrl: string,
  entities: EntityList,
  logger?: Logger,
): Options<PostgreSqlDriver> {
  return {
    driver: PostgreSqlDriver,
    clientUrl: databaseUrl,
    entities: [...entities],
    extensions: [Migrator],
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    migrations: {
      migrationsList: migrations,
      tableName: migrationsTableName,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    // Written by SQL of its own (an UNLOGGED table), not an entity: not the generator's to drop.
    schemaGenerator: { skipTables: ['rate_limit_window'] },
    // Field resolvers load relations one parent at a time; the dataloader batches them per tick.
    dataloader: DataloaderType.ALL,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    pool: { min: 0, max: 10, idleTimeoutMillis: 10_000 },
    driverOptions: {
      connection: { connectionTimeoutMillis: 5_000 },
      // knex's own warnings (a pooled connection found broken after the database restarted) go to
      // the log, not to stdout.
      log: { warn: (message: unknown) => logger?.warn({ knex: String(message) }, 'database connection') },
    },
    logger: (message) => logger?.debug({ orm: message }, 'orm'),
    // LOG_LEVEL=debug logs every SQL statement (with its timing), e.g. to count round trips.
    debug: logger?.isLevelEnabled('debug') ? ['query'] : false,
  };
}

/** Connects and brings the schema up to date (migrations run at every start; they are idempotent). */
export async function openDatabase(
  databaseUrl: string,
  entities: EntityList,
  logger: Logger,
): Promise<MikroORM<PostgreSqlDriver>> {
  const orm = await MikroORM.init<PostgreSqlDriver>(ormOptions(databaseUrl, entities, logger));
  const executed = await orm.getMigrator().up();
  if (executed.length)
    logger.info({ migrations: executed.map((migration) => migration.name) }, 'migrations run');
  return orm;
}

/** True when every committed migration has run on the database. */
export async function isMigrated(orm: MikroORM<PostgreSqlDriver>): Promise<boolean> {
  const [row] = await runSql<{ count: number }>(
    orm.em.fork(),
    sql`SELECT count(*)::int AS count FROM ${sqlText(migrationsTableName)}`,
  );
  return (row?.count ?? 0) >= migrations.length;
}
