import { Migration } from '@mikro-orm/migrations';

/**
 * Halls that can be deactivated, and calendars: weekly hours per hall and per service (empty: open
 * all day, as every hall was before), the last-issue minutes before closing (0: as before), and
 * the dates that differ from the weekly hours. Existing halls keep working unchanged.
 */
export class Migration20261206190000_district_calendar extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "calendar_exception" ("hall_id" uuid not null, "date" date not null, "periods" jsonb not null, "note" varchar(100) null, constraint "calendar_exception_pkey" primary key ("hall_id", "date"));`,
    );
    this.addSql(
      `alter table "calendar_exception" add constraint "calendar_exception_hall_id_foreign" foreign key ("hall_id") references "hall" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "hall" add column "active" boolean not null default true, add column "weekly_hours" jsonb not null default '[]';`,
    );
    this.addSql(
      `alter table "service" add column "weekly_hours" jsonb not null default '[]', add column "last_issue_minutes_before_close" int not null default 0;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "calendar_exception" cascade;`);
    this.addSql(`alter table "hall" drop column "active", drop column "weekly_hours";`);
    this.addSql(
      `alter table "service" drop column "weekly_hours", drop column "last_issue_minutes_before_close";`,
    );
  }
}
