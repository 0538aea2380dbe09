import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes in the order of the nested connections (kit's defineChildPages): a cooperative's products by French
 * name, an organisation's members by joining date. (The generator also proposed dropping what earlier migrations
 * wrote by hand — trigram and partial indexes, checks — which the entities do not describe: left out.)
 */
export class Migration20261126130001_child_page_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "product_cooperative_name_fr_id_index" on "product" ("cooperative_id", "name_fr", "id");`);
    this.addSql(`create index "organization_membership_organization_joined_index" on "organization_membership" ("organization_id", "joined_on", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "organization_membership_organization_joined_index";`);
    this.addSql(`drop index "product_cooperative_name_fr_id_index";`);
  }
}
