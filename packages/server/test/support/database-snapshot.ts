import type { TestApp } from './test-app.js';

/** Every row of every table, so a refusal can be shown to have written nothing at all. */
export async function databaseSnapshot(testApp: TestApp): Promise<Record<string, unknown>> {
  const em = testApp.app.orm.em.fork();
  const tables = await em.execute<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'mikro_orm%'
     ORDER BY table_name`,
  );
  const snapshot: Record<string, unknown> = {};
  for (const { table_name: table } of tables) {
    const [result] = await em.execute<{ rows: unknown }[]>(
      `SELECT coalesce(json_agg(row_data ORDER BY row_data::text), '[]'::json) AS rows FROM "${table}" AS row_data`,
    );
    snapshot[table] = result?.rows;
  }
  return snapshot;
}
