import { Migration } from '@mikro-orm/migrations';

/**
 * Remote join (远程取号): settings per service, empty for every service there is (read as the
 * defaults, remote join off, so each service behaves as before); a segment's awaiting check-in
 * flag, false for every ticket there is; each hall's check-in secret, a fresh random one per hall;
 * and the TICKET_CHECKED_IN event.
 */
export class Migration20261207060000_remote_join extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "service" add column "remote_join_settings" jsonb not null default '{}';`);
    this.addSql(`alter table "segment" add column "awaiting_check_in" boolean not null default false;`);
    // A volatile default is evaluated per row: every existing hall, and every hall inserted later
    // by any means, gets its own secret (two version-4 UUIDs, 244 random bits from PostgreSQL's
    // strong random source).
    this.addSql(
      `alter table "hall" add column "check_in_secret" varchar(64) not null default replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');`,
    );
    this.addSql(`alter table "hall_event" drop constraint if exists "hall_event_type_check";`);
    this.addSql(
      `alter table "hall_event" add constraint "hall_event_type_check" check ("type" in ('TICKET_ISSUED', 'TICKET_CALLED', 'TICKET_RECALLED', 'SERVING_STARTED', 'TICKET_COMPLETED', 'TICKET_NO_SHOW', 'TICKET_REQUEUED', 'TICKET_TRANSFERRED', 'TICKET_PARKED', 'TICKET_RESUMED', 'TICKET_CANCELLED', 'TICKET_EXPIRED', 'TICKET_RATED', 'TICKET_CHECKED_IN', 'COUNTER_OPENED', 'COUNTER_PAUSED', 'COUNTER_RESUMED', 'COUNTER_CLOSED'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "hall_event" where "type" = 'TICKET_CHECKED_IN';`);
    this.addSql(`alter table "hall_event" drop constraint if exists "hall_event_type_check";`);
    this.addSql(
      `alter table "hall_event" add constraint "hall_event_type_check" check ("type" in ('TICKET_ISSUED', 'TICKET_CALLED', 'TICKET_RECALLED', 'SERVING_STARTED', 'TICKET_COMPLETED', 'TICKET_NO_SHOW', 'TICKET_REQUEUED', 'TICKET_TRANSFERRED', 'TICKET_PARKED', 'TICKET_RESUMED', 'TICKET_CANCELLED', 'TICKET_EXPIRED', 'TICKET_RATED', 'COUNTER_OPENED', 'COUNTER_PAUSED', 'COUNTER_RESUMED', 'COUNTER_CLOSED'));`,
    );
    this.addSql(`alter table "hall" drop column "check_in_secret";`);
    this.addSql(`alter table "segment" drop column "awaiting_check_in";`);
    this.addSql(`alter table "service" drop column "remote_join_settings";`);
  }
}
