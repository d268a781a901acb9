import { Migration } from '@mikro-orm/migrations';

/**
 * A counter holds at most one CALLED or SERVING ticket, now kept by the database itself: callNext
 * is a single statement that cannot re-read the counter after waiting for its lock, so two calls
 * racing at one counter both see it free, and this index refuses the second (COUNTER_BUSY).
 */
export class Migration20261201200000_counter_holds_one extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create unique index "segment_counter_holding_index" on "segment" ("counter_id") where "status" in ('CALLED', 'SERVING');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop index "segment_counter_holding_index";');
  }
}
