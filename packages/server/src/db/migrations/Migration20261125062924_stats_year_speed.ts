import { Migration } from '@mikro-orm/migrations';

/**
 * A year's report within 500 ms: counter events indexed on their own, and each segment carrying
 * its rating's score (kept by a trigger, so every way a rating is written keeps it right).
 */
export class Migration20261125062924_stats_year_speed extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "hall_event_counter_state_index" on "hall_event" ("counter_id", "at", "seq") include ("staff_id", "type") where "type" in ('COUNTER_OPENED', 'COUNTER_PAUSED', 'COUNTER_RESUMED', 'COUNTER_CLOSED');`,
    );
    this.addSql(`alter table "segment" add column "rating_score" smallint null;`);
    this.addSql(
      `update "segment" s set "rating_score" = r."score" from "rating" r where r."segment_id" = s."id";`,
    );
    this.addSql(`create function "segment_copy_rating_score"() returns trigger language plpgsql as $$
      begin
        update "segment" set "rating_score" = new."score" where "id" = new."segment_id";
        return new;
      end $$;`);
    this.addSql(`create trigger "rating_copies_score_to_segment" after insert or update of "score" on "rating"
      for each row execute function "segment_copy_rating_score"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "rating_copies_score_to_segment" on "rating";`);
    this.addSql(`drop function "segment_copy_rating_score"();`);
    this.addSql(`drop index "hall_event_counter_state_index";`);
    this.addSql(`alter table "segment" drop column "rating_score";`);
  }
}
