import { Migration } from '@mikro-orm/migrations';

export class Migration20261125044041_rating_hall_created_at extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "rating_hall_id_created_at_index" on "rating" ("hall_id", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "rating_hall_id_created_at_index";`);
  }
}
