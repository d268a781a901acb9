import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { SqlFragment } from './sql.js';

/**
 * The one place that reaches past MikroORM: into knex's connection pool, and to the `pg` driver
 * itself for what the ORM does not do (a LISTEN connection, the event bus's own small pool).
 * Everything else talks to PostgreSQL through entities or `db/sql.ts` (docs/architecture.md, "SQL").
 */

/** A connection of the `pg` driver, for LISTEN. */
export type DriverClient = pg.Client;

/** A small pool of the `pg` driver, apart from the ORM's: statements of `db/sql.ts` only. */
export interface DriverPool {
  query<Row>(statement: SqlFragment): Promise<Row[]>;
  end(): Promise<void>;
}

/** What a statement sent as a named prepared statement needs. */
interface NamedStatement {
  name: string;
  text: string;
  values: unknown[];
}

/** What {@link queryOnPool} needs of a pooled pg client. */
interface PooledClient {
  query(statement: NamedStatement): Promise<{ rows: unknown[] }>;
}

/** The knex pool under MikroORM: its pg clients, acquired and released by hand. */
function knexPool(em: EntityManager): {
  acquireConnection(): Promise<PooledClient>;
  releaseConnection(connection: PooledClient): Promise<void>;
} {
  return em.getConnection().getKnex().client as ReturnType<typeof knexPool>;
}

/**
 * Runs one statement on a connection of the ORM's pool, autocommitted, as a named prepared
 * statement (each connection plans it once). Fails as MikroORM's own queries do, with its
 * DriverException (code and constraint kept), which the error mapper knows.
 */
export async function queryOnPool<Row>(em: EntityManager, statement: NamedStatement): Promise<Row[]> {
  const pool = knexPool(em);
  try {
    const connection = await pool.acquireConnection();
    try {
      return (await connection.query(statement)).rows as Row[];
    } finally {
      await pool.releaseConnection(connection);
    }
  } catch (error) {
    throw em.getDriver().convertException(error as Error);
  }
}

/** The ORM's connection pool: connections in use, idle, and requests waiting for one. */
export interface PoolStats {
  used: number;
  free: number;
  pending: number;
}

/** {@link PoolStats} of the ORM's pool (knex's tarn pool). */
export function poolStats(orm: MikroORM<PostgreSqlDriver>): PoolStats {
  const pool = orm.em.getConnection().getKnex().client.pool as
    { numUsed(): number; numFree(): number; numPendingAcquires(): number } | undefined;
  return pool
    ? { used: pool.numUsed(), free: pool.numFree(), pending: pool.numPendingAcquires() }
    : { used: 0, free: 0, pending: 0 };
}

/** A small pool of its own on `databaseUrl`; `onLost` hears of an idle connection that dropped. */
export function createDriverPool(
  databaseUrl: string,
  options: { applicationName: string; max: number; onLost: (error: Error) => void },
): DriverPool {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.max,
    idleTimeoutMillis: 10_000,
    connectionTimeoutMillis: 5_000,
    application_name: options.applicationName,
  });
  // An idle connection that drops emits here; without a handler it would end the process.
  pool.on('error', options.onLost);
  return {
    async query<Row>(statement: SqlFragment): Promise<Row[]> {
      const { text, values } = statement.compileNumbered();
      return (await pool.query(text, values)).rows as Row[];
    },
    end: () => pool.end(),
  };
}

/** A single connection (not yet connected), e.g. to LISTEN on. */
export function createDriverClient(databaseUrl: string, applicationName: string): DriverClient {
  return new pg.Client({
    connectionString: databaseUrl,
    application_name: applicationName,
    connectionTimeoutMillis: 5_000,
    // A connection cut without a FIN (a network partition) is noticed instead of waited on forever.
    keepAlive: true,
  });
}
