import { Migration } from '@mikro-orm/migrations';

/**
 * The wait estimate reads, for every issue, a service's last services done and its calls of the
 * last half hour. Without an index of their own both scanned every segment of the service's past
 * (a year: hundreds of thousands), and the estimate slowed every issue as the history grew.
 */
export class Migration20261125094500_estimate_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "segment_service_done_index" on "segment" ("service_id", "ended_at" desc) where "status" = 'DONE';`,
    );
    this.addSql(
      `create index "segment_service_called_index" on "segment" ("service_id", "called_at") where "called_at" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop index "segment_service_done_index";');
    this.addSql('drop index "segment_service_called_index";');
  }
}
