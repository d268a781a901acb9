import { Migration } from '@mikro-orm/migrations';

/**
 * A hall's public languages (zh-CN and en, as every hall showed until now) and names per language
 * for halls and services, carried over from `name` (zh-CN) and `name_en` (en), which stay.
 */
export class Migration20261206200000_public_languages extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "hall" add column "languages" jsonb not null default '["zh-CN","en"]', add column "names" jsonb not null default '[]';`,
    );
    this.addSql(`alter table "service" add column "names" jsonb not null default '[]';`);
    for (const table of ['hall', 'service']) {
      this.addSql(
        `update "${table}" set "names" = jsonb_build_array(jsonb_build_object('lang', 'zh-CN', 'text', "name"))
           || case when "name_en" is null then '[]'::jsonb
                   else jsonb_build_array(jsonb_build_object('lang', 'en', 'text', "name_en")) end;`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "hall" drop column "languages", drop column "names";`);
    this.addSql(`alter table "service" drop column "names";`);
  }
}
