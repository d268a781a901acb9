import { Migration } from '@mikro-orm/migrations';

/**
 * Login and request limits shared by every server instance (src/modules/auth/postgres-rate-limiter.ts).
 * UNLOGGED: no write-ahead log for counters that only matter for a minute or a quarter of an hour;
 * a database crash empties the table, which at worst lets a few more attempts through. Not an
 * entity: the limiter writes it with SQL of its own, and the schema generator skips it (orm.ts).
 */
export class Migration20261125085136_rate_limit_window extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create unlogged table "rate_limit_window" ("scope" varchar(32) not null, "key" varchar(200) not null, "count" int not null, "resets_at" timestamptz not null, constraint "rate_limit_window_pkey" primary key ("scope", "key"));`,
    );
    this.addSql(`create index "rate_limit_window_resets_at_index" on "rate_limit_window" ("resets_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "rate_limit_window";`);
  }
}
