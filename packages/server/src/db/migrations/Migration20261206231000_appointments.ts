import { Migration } from '@mikro-orm/migrations';

/** Appointments (预约): a booked slot of a service, from booking to check-in, a miss or a cancellation. */
export class Migration20261206231000_appointments extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "appointment" ("id" uuid not null, "hall_id" uuid not null, "service_id" uuid not null, "status" text check ("status" in ('BOOKED', 'CHECKED_IN', 'MISSED', 'CANCELLED')) not null default 'BOOKED', "slot_start" timestamptz not null, "slot_end" timestamptz not null, "service_day" date not null, "check_in_code" varchar(8) not null, "manage_code" varchar(64) not null, "phone" varchar(11) not null, "name" varchar(50) null, "idempotency_key" varchar(100) null, "booked_by_id" uuid null, "created_at" timestamptz not null, "checked_in_at" timestamptz null, constraint "appointment_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_manage_code_unique" unique ("manage_code");`,
    );
    this.addSql(`create index "appointment_phone_index" on "appointment" ("phone", "status");`);
    this.addSql(`create index "appointment_slot_index" on "appointment" ("service_id", "slot_start");`);
    this.addSql(
      `alter table "appointment" add constraint "appointment_idempotency_unique" unique ("hall_id", "idempotency_key");`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_check_in_code_unique" unique ("hall_id", "service_day", "check_in_code");`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_hall_id_foreign" foreign key ("hall_id") references "hall" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_booked_by_id_foreign" foreign key ("booked_by_id") references "staff" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "appointment" cascade;`);
  }
}
