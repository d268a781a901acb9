import { Migration } from '@mikro-orm/migrations';

export class Migration20261125061944_service_queue_alert_threshold extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "service" add column "queue_alert_threshold" int not null default 30;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "service" drop column "queue_alert_threshold";`);
  }
}
