import { Migration } from '@mikro-orm/migrations';

export class Migration20261125030403_foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "hall" ("id" uuid not null, "code" varchar(32) not null, "name" varchar(100) not null, "name_en" varchar(100) null, "timezone" varchar(64) not null, "target_wait_minutes" int not null default 20, "max_recalls" int not null default 2, "parent_id" uuid null, "created_at" timestamptz not null, constraint "hall_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "hall" add constraint "hall_code_unique" unique ("code");`);

    this.addSql(
      `create table "device" ("id" uuid not null, "hall_id" uuid not null, "role" text check ("role" in ('KIOSK', 'DISPLAY')) not null, "name" varchar(100) not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "last_seen_at" timestamptz null, "revoked_at" timestamptz null, constraint "device_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "device" add constraint "device_token_hash_unique" unique ("token_hash");`);

    this.addSql(
      `create table "service" ("id" uuid not null, "hall_id" uuid not null, "code" varchar(32) not null, "name" varchar(100) not null, "name_en" varchar(100) null, "prefix" varchar(3) not null, "target_wait_minutes" int not null default 20, "daily_quota" int null, "active" boolean not null default true, "created_at" timestamptz not null, constraint "service_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "service" add constraint "service_hall_id_prefix_unique" unique ("hall_id", "prefix");`,
    );
    this.addSql(
      `alter table "service" add constraint "service_hall_id_code_unique" unique ("hall_id", "code");`,
    );
    // The last guard behind the validation: a ticket prefix is 1–3 capital letters.
    this.addSql(
      `alter table "service" add constraint "service_prefix_format" check ("prefix" ~ '^[A-Z]{1,3}$');`,
    );

    this.addSql(
      `create table "staff" ("id" uuid not null, "username" varchar(32) not null, "display_name" varchar(100) not null, "role" text check ("role" in ('ADMIN', 'MANAGER', 'CLERK')) not null, "password_hash" varchar(255) not null, "active" boolean not null default true, "created_at" timestamptz not null, constraint "staff_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "staff" add constraint "staff_username_unique" unique ("username");`);

    this.addSql(
      `create table "counter" ("id" uuid not null, "hall_id" uuid not null, "label" varchar(32) not null, "status" text check ("status" in ('CLOSED', 'OPEN', 'PAUSED')) not null default 'CLOSED', "pause_reason" varchar(200) null, "staff_id" uuid null, "created_at" timestamptz not null, constraint "counter_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "counter" add constraint "counter_hall_id_label_unique" unique ("hall_id", "label");`,
    );

    this.addSql(
      `create table "counter_service" ("counter_id" uuid not null, "service_id" uuid not null, "rank" int not null, constraint "counter_service_pkey" primary key ("counter_id", "service_id"));`,
    );

    this.addSql(
      `create table "staff_hall" ("staff_id" uuid not null, "hall_id" uuid not null, constraint "staff_hall_pkey" primary key ("staff_id", "hall_id"));`,
    );
    this.addSql(`create index "device_hall_id_index" on "device" ("hall_id");`);

    this.addSql(
      `create table "staff_session" ("id" uuid not null, "staff_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "staff_session_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "staff_session" add constraint "staff_session_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(`create index "staff_session_expires_at_index" on "staff_session" ("expires_at");`);

    this.addSql(
      `alter table "hall" add constraint "hall_parent_id_foreign" foreign key ("parent_id") references "hall" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "device" add constraint "device_hall_id_foreign" foreign key ("hall_id") references "hall" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "service" add constraint "service_hall_id_foreign" foreign key ("hall_id") references "hall" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "counter" add constraint "counter_hall_id_foreign" foreign key ("hall_id") references "hall" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "counter" add constraint "counter_staff_id_foreign" foreign key ("staff_id") references "staff" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "counter_service" add constraint "counter_service_counter_id_foreign" foreign key ("counter_id") references "counter" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "counter_service" add constraint "counter_service_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "staff_hall" add constraint "staff_hall_staff_id_foreign" foreign key ("staff_id") references "staff" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "staff_hall" add constraint "staff_hall_hall_id_foreign" foreign key ("hall_id") references "hall" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "staff_session" add constraint "staff_session_staff_id_foreign" foreign key ("staff_id") references "staff" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "hall" drop constraint "hall_parent_id_foreign";`);

    this.addSql(`alter table "device" drop constraint "device_hall_id_foreign";`);

    this.addSql(`alter table "service" drop constraint "service_hall_id_foreign";`);

    this.addSql(`alter table "counter" drop constraint "counter_hall_id_foreign";`);

    this.addSql(`alter table "staff_hall" drop constraint "staff_hall_hall_id_foreign";`);

    this.addSql(`alter table "counter_service" drop constraint "counter_service_service_id_foreign";`);

    this.addSql(`alter table "counter" drop constraint "counter_staff_id_foreign";`);

    this.addSql(`alter table "staff_hall" drop constraint "staff_hall_staff_id_foreign";`);

    this.addSql(`alter table "staff_session" drop constraint "staff_session_staff_id_foreign";`);

    this.addSql(`alter table "counter_service" drop constraint "counter_service_counter_id_foreign";`);

    this.addSql(`drop table if exists "hall" cascade;`);

    this.addSql(`drop table if exists "device" cascade;`);

    this.addSql(`drop table if exists "service" cascade;`);

    this.addSql(`drop table if exists "staff" cascade;`);

    this.addSql(`drop table if exists "counter" cascade;`);

    this.addSql(`drop table if exists "counter_service" cascade;`);

    this.addSql(`drop table if exists "staff_hall" cascade;`);

    this.addSql(`drop table if exists "staff_session" cascade;`);
  }
}
