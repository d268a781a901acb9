import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** The same server URL pointed at another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A connection to the server's maintenance database, for CREATE and DROP DATABASE. */
export async function adminConnection(serverUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  return client;
}

/** Per test run, so two runs on one server (CI's PostgreSQL) never share a template. */
export function templateDatabaseName(): string {
  return `onestop_tpl_${process.pid}`;
}

/** A fresh database for one test file, copied from the migrated template in milliseconds. */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<string> {
  const serverUrl = inject('testServerUrl');
  const template = inject('templateDatabase');
  const name = `${template}_${randomBytes(6).toString('hex')}`;
  const admin = await adminConnection(serverUrl);
  try {
    const source = options.migrated === false ? 'template0' : template;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${source}`);
        break;
      } catch (error) {
        // Two copies of one template at the same instant: PostgreSQL asks the second to wait.
        if (attempt >= 20 || !String(error).includes('is being accessed by other users')) throw error;
        await new Promise((resolveWait) => setTimeout(resolveWait, 50 * attempt));
      }
    }
  } finally {
    await admin.end();
  }
  return databaseUrl(serverUrl, name);
}
