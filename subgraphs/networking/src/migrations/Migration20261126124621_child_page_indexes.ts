import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes in the order of the nested connections (kit's defineChildPages): an event's participants and meetings,
 * a cooperative's matches on either side. (The generator also proposed dropping what earlier migrations wrote by
 * hand — the pair and overlap constraints, checks — which the entities do not describe: left out.)
 */
export class Migration20261126124621_child_page_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "match_partner_created_index" on "match" ("partner_cooperative_id", "created_at", "id");`);
    this.addSql(`create index "match_cooperative_created_index" on "match" ("cooperative_id", "created_at", "id");`);
    this.addSql(`drop index "meeting_event_id_starts_at_index";`);
    this.addSql(`create index "meeting_event_starts_index" on "meeting" ("event_id", "starts_at", "id");`);
    this.addSql(`create index "event_participant_event_created_index" on "event_participant" ("event_id", "created_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "event_participant_event_created_index";`);
    this.addSql(`drop index "match_partner_created_index";`);
    this.addSql(`drop index "match_cooperative_created_index";`);
    this.addSql(`drop index "meeting_event_starts_index";`);
    this.addSql(`create index "meeting_event_id_starts_at_index" on "meeting" ("event_id", "starts_at");`);
  }
}
