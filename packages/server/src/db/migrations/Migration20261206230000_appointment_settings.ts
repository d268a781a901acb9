import { Migration } from '@mikro-orm/migrations';

/**
 * Appointment settings per service, empty for every service there is: read as the defaults, with
 * appointments off, so each service behaves as before until its administrator turns them on.
 */
export class Migration20261206230000_appointment_settings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "service" add column "appointment_settings" jsonb not null default '{}';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "service" drop column "appointment_settings";`);
  }
}
