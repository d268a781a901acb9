import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/support/database.js';
import { createLogger } from '../logger.js';
import { migrations } from './migrations/index.js';
import { entities } from '../modules/entities.js';
import { isMigrated, openDatabase, ormOptions } from './orm.js';
import { MikroORM } from '@mikro-orm/core';
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

  it('carry an installation’s halls and services over: no calendar means open all day, names per language from name and nameEn', async () => {
    const url = await createTestDatabase({ migrated: false });
    const orm = await MikroORM.init<PostgreSqlDriver>(ormOptions(url, entities, createLogger('silent')));
    opened.push(orm);
    // The schema as the last landing before calendars left it, with a hall and a service in it.
    await orm.getMigrator().up({ to: 'Migration20261201210000_queue_head_index' });
    const em = orm.em.fork();
    await em.execute(
      `INSERT INTO hall (id, code, name, name_en, timezone, created_at) VALUES (gen_random_uuid(), 'OLD', '老大厅', 'Old hall', 'Asia/Shanghai', now())`,
    );
    await em.execute(
      `INSERT INTO service (id, hall_id, code, name, prefix, created_at) SELECT gen_random_uuid(), id, 'tax', '税务', 'T', now() FROM hall`,
    );
    await orm.getMigrator().up();
    const [hall] = await em.execute<
      { active: boolean; weekly_hours: unknown; languages: unknown; names: unknown }[]
    >(`SELECT active, weekly_hours, languages, names FROM hall WHERE code = 'OLD'`);
    expect(hall).toEqual({
      active: true,
      weekly_hours: [],
      languages: ['zh-CN', 'en'],
      names: [
        { lang: 'zh-CN', text: '老大厅' },
        { lang: 'en', text: 'Old hall' },
      ],
    });
    const [service] = await em.execute<
      { names: unknown; weekly_hours: unknown; last_issue_minutes_before_close: number }[]
    >(`SELECT names, weekly_hours, last_issue_minutes_before_close FROM service WHERE code = 'tax'`);
    expect(service).toEqual({
      names: [{ lang: 'zh-CN', text: '税务' }],
      weekly_hours: [],
      last_issue_minutes_before_close: 0,
    });
  });
});
