import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/support/database.js';
import { createLogger } from '../logger.js';
import { migrations } from './migrations/index.js';
import { entities } from '../modules/entities.js';
import { isMigrated, openDatabase } from './orm.js';
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';

const opened: MikroORM<PostgreSqlDriver>[] = [];
afterAll(async () => {
  for (const orm of opened) await orm.close(true);
});

describe('migrations', () => {
  it('build the whole schema on an empty database, and a second run changes nothing', async () => {
    const url = await createTestDatabase({ migrated: false });
    const orm = await openDatabase(url, entities, createLogger('silent'));
    opened.push(orm);
    expect(await isMigrated(orm)).toBe(true);
    expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
    const executed = await orm.getMigrator().getExecutedMigrations();
    expect(executed.map((migration) => migration.name)).toEqual(
      migrations.map((migration) => migration.name),
    );

    const tables = await orm.em
      .fork()
      .execute<{ table_name: string }[]>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
      );
    expect(tables.map((table) => table.table_name)).toEqual(
      expect.arrayContaining([
        'counter',
        'counter_service',
        'device',
        'hall',
        'service',
        'staff',
        'staff_hall',
        'staff_session',
      ]),
    );

    // The entities and the committed migrations agree: nothing left for a new migration to do.
    const difference = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(difference.trim()).toBe('');

    const again = await orm.getMigrator().up();
    expect(again).toEqual([]);
  });

  it('refuse a ticket prefix that is not 1–3 capital letters even without the service layer', async () => {
    const url = await createTestDatabase();
    const orm = await openDatabase(url, entities, createLogger('silent'));
    opened.push(orm);
    const em = orm.em.fork();
    await em.execute(
      `INSERT INTO hall (id, code, name, timezone, created_at) VALUES (gen_random_uuid(), 'H', 'H', 'UTC', now())`,
    );
    await expect(
      em.execute(
        `INSERT INTO service (id, hall_id, code, name, prefix, created_at) SELECT gen_random_uuid(), id, 'x', 'x', 'a1', now() FROM hall`,
      ),
    ).rejects.toThrow(/service_prefix_format/);
  });
});
