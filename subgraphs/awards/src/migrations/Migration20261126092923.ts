import { Migration } from '@mikro-orm/migrations';

export class Migration20261126092923 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "application_edition_created_index" on "application" ("edition_id", "created_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "application_edition_created_index";`);
  }

}
