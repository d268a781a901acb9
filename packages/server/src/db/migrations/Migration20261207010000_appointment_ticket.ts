import { Migration } from '@mikro-orm/migrations';

/** The ticket an appointment's check-in issued: checking in again answers with the same one. */
export class Migration20261207010000_appointment_ticket extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "appointment" add column "ticket_id" uuid null;`);
    this.addSql(
      `alter table "appointment" add constraint "appointment_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "appointment" add constraint "appointment_ticket_id_unique" unique ("ticket_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "appointment" drop column "ticket_id";`);
  }
}
