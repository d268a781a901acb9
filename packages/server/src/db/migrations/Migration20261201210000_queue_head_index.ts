import { Migration } from '@mikro-orm/migrations';

/**
 * Each service's WAITING segments by priority class in order of arrival: callNext and a counter's
 * queue read the first few of each instead of sorting the whole queue on every call.
 */
export class Migration20261201210000_queue_head_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "segment_queue_head_index" on "segment" ("service_id", "service_day", "priority", "queued_at", "id") where "status" = 'WAITING';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop index "segment_queue_head_index";');
  }
}
