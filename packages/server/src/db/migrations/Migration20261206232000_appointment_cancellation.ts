import { Migration } from '@mikro-orm/migrations';

/** When an appointment was cancelled and, when staff cancelled it, why. */
export class Migration20261206232000_appointment_cancellation extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "appointment" add column "cancelled_at" timestamptz null, add column "cancel_reason" varchar(200) null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "appointment" drop column "cancelled_at", drop column "cancel_reason";`);
  }
}
