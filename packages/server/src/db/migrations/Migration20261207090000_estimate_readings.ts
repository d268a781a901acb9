import { Migration } from '@mikro-orm/migrations';

/**
 * The reworked wait estimate (issue 21) reads the minutes a place took its service's last called
 * citizens — their wait, and the people ahead of them when they queued, kept from now on (null for
 * every segment there is: the estimate falls back to its model until a service has new calls) —
 * and its hall's newest 200 estimates beside their waits (the p90's calibration), which without an
 * index would scan the hall's whole past, slowing every issue as history grows.
 */
export class Migration20261207090000_estimate_readings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "segment" add column "people_ahead_at_queue" int null;`);
    this.addSql(
      `create index "segment_hall_estimated_calls_index" on "segment" ("hall_id", "called_at" desc) where "called_at" is not null and "estimate_p50_minutes" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('alter table "segment" drop column "people_ahead_at_queue";');
    this.addSql('drop index "segment_hall_estimated_calls_index";');
  }
}
