import { Migration } from '@mikro-orm/migrations';

export class Migration20261125034908_queue_engine extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "hall_event" ("hall_id" uuid not null, "seq" int not null, "type" text check ("type" in ('TICKET_ISSUED', 'TICKET_CALLED', 'TICKET_RECALLED', 'SERVING_STARTED', 'TICKET_COMPLETED', 'TICKET_NO_SHOW', 'TICKET_REQUEUED', 'TICKET_TRANSFERRED', 'TICKET_PARKED', 'TICKET_RESUMED', 'TICKET_CANCELLED', 'TICKET_EXPIRED', 'TICKET_RATED', 'COUNTER_OPENED', 'COUNTER_PAUSED', 'COUNTER_RESUMED', 'COUNTER_CLOSED')) not null, "at" timestamptz not null, "ticket_id" uuid null, "segment_id" uuid null, "counter_id" uuid null, "staff_id" uuid null, "data" jsonb not null, constraint "hall_event_pkey" primary key ("hall_id", "seq"));`,
    );

    this.addSql(
      `create table "ticket" ("id" uuid not null, "hall_id" uuid not null, "service_day" date not null, "prefix" varchar(3) not null, "sequence" int not null, "number" varchar(16) not null, "priority" text check ("priority" in ('NORMAL', 'PRIORITY')) not null, "channel" text check ("channel" in ('KIOSK', 'ONLINE', 'STAFF', 'APPOINTMENT')) not null, "access_code" varchar(64) not null, "idempotency_key" varchar(100) null, "phone" varchar(32) null, "route" jsonb not null, "issued_at" timestamptz not null, constraint "ticket_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "ticket" add constraint "ticket_access_code_unique" unique ("access_code");`);
    this.addSql(
      `alter table "ticket" add constraint "ticket_idempotency_unique" unique ("hall_id", "idempotency_key");`,
    );
    this.addSql(
      `alter table "ticket" add constraint "ticket_number_unique" unique ("hall_id", "prefix", "service_day", "sequence");`,
    );

    this.addSql(
      `create table "segment" ("id" uuid not null, "ticket_id" uuid not null, "ordinal" int not null, "hall_id" uuid not null, "service_day" date not null, "priority" text check ("priority" in ('NORMAL', 'PRIORITY')) not null, "service_id" uuid not null, "status" text check ("status" in ('WAITING', 'CALLED', 'SERVING', 'PARKED', 'DONE', 'NO_SHOW', 'CANCELLED', 'TRANSFERRED', 'EXPIRED')) not null default 'WAITING', "queued_at" timestamptz not null, "called_at" timestamptz null, "serving_at" timestamptz null, "ended_at" timestamptz null, "counter_id" uuid null, "staff_id" uuid null, "recall_count" int not null default 0, "outcome" varchar(200) null, "estimate_p50_minutes" int null, "estimate_p90_minutes" int null, constraint "segment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "segment_counter_id_status_index" on "segment" ("counter_id", "status");`);
    this.addSql(
      `create index "segment_waiting_index" on "segment" ("hall_id", "service_day", "status", "service_id");`,
    );
    this.addSql(
      `alter table "segment" add constraint "segment_ticket_id_ordinal_unique" unique ("ticket_id", "ordinal");`,
    );

    this.addSql(
      `create table "rating" ("id" uuid not null, "hall_id" uuid not null, "ticket_id" uuid not null, "segment_id" uuid not null, "score" smallint not null, "comment" varchar(500) null, "created_at" timestamptz not null, "follow_up_note" varchar(1000) null, "followed_up_at" timestamptz null, "followed_up_by_id" uuid null, constraint "rating_pkey" primary key ("id"), constraint rating_score_range check (score >= 1 and score <= 5));`,
    );
    this.addSql(`alter table "rating" add constraint "rating_segment_id_unique" unique ("segment_id");`);

    this.addSql(
      `create table "ticket_number_sequence" ("hall_id" uuid not null, "prefix" varchar(3) not null, "service_day" date not null, "last_number" int not null, constraint "ticket_number_sequence_pkey" primary key ("hall_id", "prefix", "service_day"));`,
    );

    this.addSql(
      `alter table "hall_event" add constraint "hall_event_hall_id_foreign" foreign key ("hall_id") references "hall" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "ticket" add constraint "ticket_hall_id_foreign" foreign key ("hall_id") references "hall" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "segment" add constraint "segment_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "segment" add constraint "segment_hall_id_foreign" foreign key ("hall_id") references "hall" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "segment" add constraint "segment_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "segment" add constraint "segment_counter_id_foreign" foreign key ("counter_id") references "counter" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "segment" add constraint "segment_staff_id_foreign" foreign key ("staff_id") references "staff" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "rating" add constraint "rating_hall_id_foreign" foreign key ("hall_id") references "hall" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "rating" add constraint "rating_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "rating" add constraint "rating_segment_id_foreign" foreign key ("segment_id") references "segment" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "rating" add constraint "rating_followed_up_by_id_foreign" foreign key ("followed_up_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`alter table "hall" add column "last_event_seq" int not null default 0;`);

    this.addSql(`alter table "service" add column "prior_service_minutes" int not null default 8;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "segment" drop constraint "segment_ticket_id_foreign";`);

    this.addSql(`alter table "rating" drop constraint "rating_ticket_id_foreign";`);

    this.addSql(`alter table "rating" drop constraint "rating_segment_id_foreign";`);

    this.addSql(`drop table if exists "hall_event" cascade;`);

    this.addSql(`drop table if exists "ticket" cascade;`);

    this.addSql(`drop table if exists "segment" cascade;`);

    this.addSql(`drop table if exists "rating" cascade;`);

    this.addSql(`drop table if exists "ticket_number_sequence" cascade;`);

    this.addSql(`alter table "hall" drop column "last_event_seq";`);

    this.addSql(`alter table "service" drop column "prior_service_minutes";`);
  }
}
